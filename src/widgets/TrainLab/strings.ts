import { defineStrings, type KeyOf } from '../../i18n';

/** The widget that trains one of the book's models in the reader's browser. */
export const useStrings = defineStrings({
  en: {
    trainTitle: 'Train a network in your browser',
    trainDescription:
      'trains a small network on 1,000 examples in a background thread of this page, showing the loss as it falls, how fast each step runs and which TensorFlow.js backend runs it.',
    trainModel: 'Network',
    trainModelCnn: 'Small CNN (2 conv layers)',
    trainModelResidual: 'ResNet (8 blocks, 16 channels)',
    trainModelLstm: 'LSTM (64 units, 30 steps)',
    trainBackend: 'Backend',
    trainBackendAuto: 'Fastest here (measured)',
    trainSeed: 'Seed',
    trainEpochs: 'Epochs',
    trainStart: 'Train',
    trainStop: 'Stop',
    trainChoosing: 'Timing one training step on each backend this browser offers…',
    trainRunning: 'Step {step} of {steps} · loss {loss} · on {backend}',
    trainDone:
      '{steps} steps on {backend}: loss {first} → {last}, {ms} ms a step ({perSecond} examples a second).',
    trainStopped: 'Stopped after {steps} steps on {backend}: loss {first} → {last}.',
    trainTrials: 'One training step took: {trials}.',
    trainTrialFailed: '{backend} could not run ({reason})',
    trainTrialSlower: '{backend} over {factor}× slower than {than} (stopped early)',
    trainFallback:
      '{from} failed at step {step} ({reason}); training went on with {to} from the weights saved at step {resumed}.',
    trainLossPlot: 'The training loss at every fifth step, on a log scale.',
    trainPlotWaiting: 'The loss will be drawn here as the model trains.',
    trainGalleryCnn: 'The small CNN, on the fastest backend here',
    trainGalleryLstm: 'The LSTM, on the cpu backend',
    trainStep: 'step',
    trainLoss: 'loss',
  },
  zh: {
    trainTitle: '在浏览器里训练一个网络',
    trainDescription:
      '在本页的后台线程中用 1,000 个样本训练一个小网络，显示损失如何下降、每一步跑多快，以及由哪个 TensorFlow.js 后端计算。',
    trainModel: '网络',
    trainModelCnn: '小型 CNN（两个卷积层）',
    trainModelResidual: '残差网络（8 个残差块，16 个通道）',
    trainModelLstm: 'LSTM（64 个单元，30 个时间步）',
    trainBackend: '后端',
    trainBackendAuto: '本机最快（实测）',
    trainSeed: '随机种子',
    trainEpochs: '训练轮数',
    trainStart: '开始训练',
    trainStop: '停止',
    trainChoosing: '正在各个可用后端上各计时一个训练步……',
    trainRunning: '第 {step} / {steps} 步 · 损失 {loss} · 后端 {backend}',
    trainDone:
      '在 {backend} 上训练了 {steps} 步：损失 {first} → {last}，每步 {ms} 毫秒（每秒 {perSecond} 个样本）。',
    trainStopped: '在 {backend} 上训练 {steps} 步后停止：损失 {first} → {last}。',
    trainTrials: '一个训练步的用时：{trials}。',
    trainTrialFailed: '{backend} 无法运行（{reason}）',
    trainTrialSlower: '{backend} 比 {than} 慢 {factor} 倍以上（已提前停止）',
    trainFallback: '{from} 在第 {step} 步出错（{reason}）；训练改由 {to} 从第 {resumed} 步保存的权重继续。',
    trainLossPlot: '每五步记录一次的训练损失，纵轴为对数刻度。',
    trainPlotWaiting: '模型训练时，损失曲线会画在这里。',
    trainGalleryCnn: '小型 CNN，使用本机最快的后端',
    trainGalleryLstm: 'LSTM，使用 cpu 后端',
    trainStep: '步数',
    trainLoss: '损失',
  },
});

export type StringKey = KeyOf<typeof useStrings>;
