import { defineStrings, type KeyOf } from '../../i18n';

/** The exercises the page checks: the shared form, and the explanations each kind computes. */
export const useStrings = defineStrings({
  en: {
    exerciseLabel: 'Exercise',
    exerciseYourAnswer: 'Your answer',
    exerciseCheck: 'Check',
    exerciseShowAnswer: 'Show the answer',
    exerciseOptions: 'Choose one',
    exerciseRight: 'Right.',
    exerciseWrong: 'Not quite: {value} is not the answer.',
    exerciseTryAgain: 'Try again, or show the answer.',
    exerciseAnswerIs: 'The answer:',
    exerciseInvalid: 'Type a number, such as 12 or −0.5.',
    exerciseWhole: 'The answer is a whole number.',
    exerciseChooseFirst: 'Choose one of the options first.',
    exerciseSizeWorking: '⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {answer}.',
    exerciseSizeWorkingDilated:
      '⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1 = ⌊({n} + 2·{p} − {d}·({k} − 1) − 1) / {s}⌋ + 1 = {answer}.',
    exerciseSizeEmpty:
      'The kernel spans {span} pixels but the padded input is only {padded} wide, so no window fits: the output is empty, 0.',
    exerciseSizeHint:
      'Count the window positions: after padding the input is n + 2p = {padded} pixels wide, the kernel covers {span} of them, and it moves {s} at a time.',
    exerciseSizeNoPadding:
      'That would be right without padding. The {p} zeros on each side make the input {padded} pixels wide.',
    exerciseSizeNoPlusOne:
      'Almost: that counts the steps between window positions. The first position counts too.',
    exerciseSizeNoStride:
      'That is the width at stride 1. With stride {s} the window jumps {s} pixels at a time, so fewer positions fit.',
    exerciseSizeUnfloored:
      'A window cannot stop part-way: round the number of steps down before adding the first position.',
    exerciseFeaturePatch: 'Image patch',
    exerciseFeatureKernel: 'Kernel',
    exerciseFeatureWorking: '{terms} = {answer}.',
    exerciseFeatureHint:
      'Multiply each pixel by the weight in the same place and add the nine products: element by element, not a matrix product.',
    exerciseFeatureFlipped:
      'That is the value with the kernel turned by 180°, as the mathematicians’ convolution does. Deep-learning libraries do not flip it: pair each pixel with the weight in the same place.',
    exerciseParamsWorking: 'k·k·C_in·C_out + C_out = {k}·{k}·{cIn}·{cOut} + {cOut} = {answer}.',
    exerciseParamsWorkingNoBias:
      'k·k·C_in·C_out = {k}·{k}·{cIn}·{cOut} = {answer} (this layer has no biases).',
    exerciseParamsHint:
      'There are C_out = {cOut} kernels, and each has k·k·C_in weights: one for every pixel of every input channel under it.',
    exerciseParamsHintBias: 'Each kernel also has one bias.',
    exerciseParamsNoBias: 'Those are the weights alone. Each of the {cOut} kernels also has a bias.',
    exerciseParamsNoDepth: 'Each kernel is as deep as its input: it has {k}·{k}·{cIn} weights, not {k}·{k}.',
    exerciseParamsOneKernel: 'That is one kernel’s worth. The layer has {cOut} kernels.',
    exerciseParamsExtraBias: 'This layer has no biases: count the weights only.',
    exerciseStrideWorking:
      'At stride {s}: ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {answer}, against {full} at stride 1. The window jumps {s} pixels, so about 1/{s} as many positions fit along each side.',
    exerciseKernelOption: 'Kernel {letter}',
    exerciseKernelContrast:
      'Kernel {letter} gives a contrast of {vertical} across a vertical edge and {horizontal} across a horizontal one.',
    exerciseKernelFinds:
      'It picks out vertical edges: it answers a change from left to right more than one from top to bottom.',
    exerciseKernelAlike: 'It treats both directions alike, so it does not single out vertical edges.',
    exerciseKernelHorizontal: 'It prefers horizontal edges.',
    exerciseKernelHow:
      '(Contrast: the largest output minus the smallest on a 6 × 6 image that is dark on one side of the edge and bright on the other.)',
    exerciseGallerySize:
      'A 32 × 32 grey image passes through a conv layer with 5 × 5 kernels, stride 1 and padding 2. How wide is the feature map?',
    exerciseGalleryFeature: 'What value does the kernel give on this patch?',
    exerciseGalleryKernel: 'Which of these kernels finds vertical edges?',
    exerciseGalleryParams:
      'A conv layer takes an RGB image and has 64 kernels of 3 × 3, with biases. How many parameters does it learn?',
    exerciseGalleryStride:
      'A 32 × 32 image meets 3 × 3 kernels with padding 1. How wide is the feature map at stride 2?',
    exerciseClear: 'Clear my answer',
  },
  zh: {
    exerciseLabel: '练习',
    exerciseYourAnswer: '你的答案',
    exerciseCheck: '检查',
    exerciseShowAnswer: '显示答案',
    exerciseOptions: '选择一项',
    exerciseRight: '正确。',
    exerciseWrong: '不对：答案不是 {value}。',
    exerciseTryAgain: '再试一次，或者查看答案。',
    exerciseAnswerIs: '答案：',
    exerciseInvalid: '请输入一个数字，比如 12 或 −0.5。',
    exerciseWhole: '答案是一个整数。',
    exerciseChooseFirst: '请先选择一个选项。',
    exerciseSizeWorking: '⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {answer}。',
    exerciseSizeWorkingDilated:
      '⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1 = ⌊({n} + 2·{p} − {d}·({k} − 1) − 1) / {s}⌋ + 1 = {answer}。',
    exerciseSizeEmpty:
      '卷积核覆盖 {span} 个像素，而填充后的输入只有 {padded} 个像素宽，一个窗口也放不下：输出为空，宽度为 0。',
    exerciseSizeHint:
      '数一数窗口能放在多少个位置：填充后输入宽 n + 2p = {padded} 个像素，卷积核覆盖其中 {span} 个，每次移动 {s} 个像素。',
    exerciseSizeNoPadding: '不填充时这个答案才对。两边各补 {p} 个零，输入变成 {padded} 个像素宽。',
    exerciseSizeNoPlusOne: '差一点：这数的是窗口之间的步数，第一个位置也要算上。',
    exerciseSizeNoStride: '这是步幅为 1 时的宽度。步幅为 {s} 时窗口每次跳 {s} 个像素，能放下的位置更少。',
    exerciseSizeUnfloored: '窗口不能停在半路：先把步数向下取整，再加上第一个位置。',
    exerciseFeaturePatch: '图像块',
    exerciseFeatureKernel: '卷积核',
    exerciseFeatureWorking: '{terms} = {answer}。',
    exerciseFeatureHint: '把每个像素乘以同一位置上的权重，再把九个乘积加起来：逐元素相乘，不是矩阵乘法。',
    exerciseFeatureFlipped:
      '这是把卷积核旋转 180° 后的结果，也就是数学上的卷积。深度学习框架不翻转卷积核：每个像素与同一位置的权重相乘。',
    exerciseParamsWorking: 'k·k·C_in·C_out + C_out = {k}·{k}·{cIn}·{cOut} + {cOut} = {answer}。',
    exerciseParamsWorkingNoBias: 'k·k·C_in·C_out = {k}·{k}·{cIn}·{cOut} = {answer}（这一层没有偏置）。',
    exerciseParamsHint:
      '共有 C_out = {cOut} 个卷积核，每个有 k·k·C_in 个权重：覆盖到的每个输入通道的每个像素各一个。',
    exerciseParamsHintBias: '每个卷积核还有一个偏置。',
    exerciseParamsNoBias: '这只是权重。{cOut} 个卷积核每个还有一个偏置。',
    exerciseParamsNoDepth: '卷积核和输入一样深：每个有 {k}·{k}·{cIn} 个权重，而不是 {k}·{k} 个。',
    exerciseParamsOneKernel: '这只是一个卷积核的量。这一层有 {cOut} 个卷积核。',
    exerciseParamsExtraBias: '这一层没有偏置：只数权重。',
    exerciseStrideWorking:
      '步幅为 {s} 时：⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {answer}，而步幅为 1 时是 {full}。窗口每次跳 {s} 个像素，所以每条边上能放下的位置大约只有 1/{s}。',
    exerciseKernelOption: '卷积核 {letter}',
    exerciseKernelContrast: '卷积核 {letter} 在竖直边缘上的反差是 {vertical}，在水平边缘上是 {horizontal}。',
    exerciseKernelFinds: '它能找出竖直边缘：对从左到右的变化反应比对从上到下的变化更强。',
    exerciseKernelAlike: '它对两个方向一视同仁，所以不会特别找出竖直边缘。',
    exerciseKernelHorizontal: '它偏好水平边缘。',
    exerciseKernelHow: '（反差：在一张一侧暗、一侧亮的 6 × 6 图像上，最大输出减去最小输出。）',
    exerciseGallerySize: '一张 32 × 32 的灰度图经过一个卷积层，卷积核 5 × 5，步幅 1，填充 2。特征图有多宽？',
    exerciseGalleryFeature: '卷积核在这个图像块上得到的值是多少？',
    exerciseGalleryKernel: '下面哪个卷积核能找出竖直边缘？',
    exerciseGalleryParams: '一个卷积层输入 RGB 图像，有 64 个 3 × 3 的卷积核，带偏置。它要学习多少个参数？',
    exerciseGalleryStride: '一张 32 × 32 的图像，卷积核 3 × 3，填充 1。步幅为 2 时特征图有多宽？',
    exerciseClear: '清除我的答案',
  },
});

export type StringKey = KeyOf<typeof useStrings>;
