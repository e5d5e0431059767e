import { defineStrings, type KeyOf } from '../../i18n';

/** The widget on kernel size, stride, padding and dilation in the convolution chapter. */
export const useStrings = defineStrings({
  en: {
    geometryTitle: 'Kernel size, stride and padding',
    geometryDescription:
      'a square input with its zero padding and the windows of a kernel laid on it, beside the output they make, with the output-size formula worked out for the sizes you choose.',
    geometryInputSize: 'Input size n',
    geometryInputValue: 'input {n} × {n}',
    geometryKernelSize: 'Kernel size k',
    geometryKernelValue: 'kernel {k} × {k}',
    geometryStride: 'Stride s',
    geometryStrideValue: 'stride {s}',
    geometryPadding: 'Padding p',
    geometryPaddingValue: 'padding {p}',
    geometryDilation: 'Dilation d',
    geometryDilationValue: 'dilation {d}',
    geometrySamePadding: 'Same padding',
    geometrySameSet:
      'Padding set to {p}: the output is {size} × {size}, the input’s size divided by the stride.',
    geometrySameNone:
      'No padding equal on both sides keeps the size: the kernel spans {span} samples, an even number, so at stride 1 it needs {total} zeros in all, one more on one side than on the other. Frameworks put the extra zero at the end. The padding is unchanged.',
    geometrySameTooWide:
      'Same padding would need p = {p}, more than this figure’s largest padding, {max}. The padding is unchanged.',
    geometryFormulaLabel: 'Output size:',
    geometryFormulaNoFit: 'no window fits',
    geometryInputCaption: 'Input {n} × {n}, padded to {padded} × {padded}',
    geometryInputCaptionUnpadded: 'Input {n} × {n}, no padding',
    geometryOutputCaption: 'Output {size} × {size}',
    geometryInputAlt:
      'The {n} × {n} input with zero padding {p} wide on every side, {padded} × {padded} in all.',
    geometryOutputLabel: 'Output grid, {size} × {size}: the arrow keys choose the window',
    geometryPrevious: 'Previous window',
    geometryNext: 'Next window',
    geometryWindowReads:
      'Output ({row}, {col}) is made from input rows {rows} and columns {cols}; {zeros} of its {taps} taps fall on padding zeros.',
    geometryListJoin: ', ',
    geometryNoFit:
      'No window fits: the kernel spans {span} samples but the padded input has only {padded}, so there is no output. Add padding, or make the kernel or the dilation smaller.',
    geometryUnread:
      'No window reads input rows and columns {list} (hatched): their values never reach the output.',
    geometryUnreadPadding:
      'Some padding zeros are read by no window (faintly hatched). Harmless: every input value is still read.',
    geometryZerosOnly:
      '{count} of the {total} windows lie entirely on padding (dotted output cells): they see only zeros and tell nothing about the input. Less padding would do.',
    geometryAllRead: 'Every input value is read by some window, and every window sees some of the input.',
    geometryLegendInput: 'input value',
    geometryLegendPadding: 'padding zero',
    geometryLegendTaps: 'taps of the chosen window (outline: its span)',
    geometryLegendStart: 'where a window starts',
    geometryLegendUnread: 'read by no window',
    geometryLegendZeros: 'window on zeros only',
    geometryGalleryDefault: 'Default state: a 3 × 3 kernel at stride 2 with padding 1',
    geometryGalleryUncovered: 'Stride 2 leaves the last row and column unread',
    geometryGallerySame: 'Same padding keeps the input’s size',
    geometryGalleryDilation: 'Dilation 2 spreads a 3 × 3 kernel over 5 × 5',
  },
  zh: {
    geometryTitle: '卷积核大小、步幅与填充',
    geometryDescription:
      '一个带零填充的方形输入，卷积核的各个窗口落在它上面，旁边是它们产生的输出，并按你选的大小代入输出大小公式算出结果。',
    geometryInputSize: '输入大小 n',
    geometryInputValue: '输入 {n} × {n}',
    geometryKernelSize: '卷积核大小 k',
    geometryKernelValue: '卷积核 {k} × {k}',
    geometryStride: '步幅 s',
    geometryStrideValue: '步幅 {s}',
    geometryPadding: '填充 p',
    geometryPaddingValue: '填充 {p}',
    geometryDilation: '空洞率 d',
    geometryDilationValue: '空洞率 {d}',
    geometrySamePadding: 'same 填充',
    geometrySameSet: '填充设为 {p}：输出为 {size} × {size}，即输入大小除以步幅。',
    geometrySameNone:
      '两侧相等的填充都无法保持大小：卷积核跨越 {span} 个位置，是偶数，步幅为 1 时一共需要补 {total} 个零，一侧总比另一侧多一个。深度学习框架把多出的那个零补在末尾。填充保持不变。',
    geometrySameTooWide: 'same 填充需要 p = {p}，超过了本图允许的最大填充 {max}。填充保持不变。',
    geometryFormulaLabel: '输出大小：',
    geometryFormulaNoFit: '放不下任何窗口',
    geometryInputCaption: '输入 {n} × {n}，填充后为 {padded} × {padded}',
    geometryInputCaptionUnpadded: '输入 {n} × {n}，不填充',
    geometryOutputCaption: '输出 {size} × {size}',
    geometryInputAlt: '{n} × {n} 的输入，四周各补 {p} 圈零，共 {padded} × {padded}。',
    geometryOutputLabel: '输出网格，{size} × {size}：用方向键选择窗口',
    geometryPrevious: '上一个窗口',
    geometryNext: '下一个窗口',
    geometryWindowReads:
      '输出 ({row}, {col}) 由输入的第 {rows} 行与第 {cols} 列算出；卷积核的 {taps} 个位置中有 {zeros} 个落在填充的零上。',
    geometryListJoin: '、',
    geometryNoFit:
      '放不下任何窗口：卷积核跨越 {span} 个位置，而填充后的输入只有 {padded} 个，所以没有输出。请增加填充，或减小卷积核大小或空洞率。',
    geometryUnread: '没有任何窗口读到输入的第 {list} 行和列（画斜线处）：这些值对输出毫无影响。',
    geometryUnreadPadding: '有些填充的零没有被任何窗口读到（浅色斜线处）。这无妨：每个输入值仍然都被读到了。',
    geometryZerosOnly:
      '{total} 个窗口中有 {count} 个完全落在填充上（输出中带点的格子）：它们只看到零，不含任何关于输入的信息。少填充一些就够了。',
    geometryAllRead: '每个输入值都至少被一个窗口读到，每个窗口也都看到了一部分输入。',
    geometryLegendInput: '输入值',
    geometryLegendPadding: '填充的零',
    geometryLegendTaps: '所选窗口的各个位置（外框：它的跨度）',
    geometryLegendStart: '窗口的起点',
    geometryLegendUnread: '没有窗口读到',
    geometryLegendZeros: '只看到零的窗口',
    geometryGalleryDefault: '默认状态：3 × 3 卷积核，步幅 2，填充 1',
    geometryGalleryUncovered: '步幅 2 使最后一行和一列没有被读到',
    geometryGallerySame: 'same 填充保持输入的大小',
    geometryGalleryDilation: '空洞率 2 让 3 × 3 卷积核覆盖 5 × 5 的范围',
  },
});

export type StringKey = KeyOf<typeof useStrings>;
