import { conv1dStrings } from './widgets/conv1d';
import { kernelLabStrings } from './widgets/kernel-lab';
import { channelsStrings } from './widgets/channels';
import { exercisesStrings } from './widgets/exercises';
import { convGeometryStrings } from './widgets/conv-geometry';
import { convStepperStrings } from './widgets/conv-stepper';
import { trainLabStrings } from './widgets/train-lab';

/** Every string the book's interface shows, in English. `zh.ts` must have exactly these keys. */
export const en = {
  bookTitle: 'Deep Learning, Live',
  bookTagline:
    'An interactive textbook on convolution, pooling, CNNs, ResNet and RNNs, with real models running in your browser.',
  langName: 'English',
  otherLangName: '中文',
  switchLanguage: '阅读中文版',
  skipToContent: 'Skip to content',
  contents: 'Contents',
  onThisPage: 'On this page',
  chapters: 'Chapters',
  previous: 'Previous',
  next: 'Next',
  home: 'Home',
  gallery: 'Widget gallery',
  galleryIntro:
    'Every widget of the book on its own, in the states worth seeing. Instructors can open one full screen from here.',
  anchorLabel: 'Link to the section “{title}”',
  themeLabel: 'Colour theme: {theme}. Change it.',
  themeSystem: 'system',
  themeLight: 'light',
  themeDark: 'dark',
  youWillLearn: 'What you will learn',
  startReading: 'Start reading',
  chapterN: 'Chapter {n}',
  chooseLanguage: 'Choose a language',
  footerNote: 'Everything runs in your browser; nothing is sent anywhere.',
  // the widget frame
  widgetLoading: 'Loading the interactive figure…',
  widgetPlaceholder: 'Interactive figure: {description} It starts when JavaScript runs.',
  widgetFailed: 'This figure stopped working.',
  widgetFailedHelp: 'The rest of the chapter is unaffected. Reset the figure to try again.',
  widgetReset: 'Reset figure',
  fullScreen: 'Full screen',
  exitFullScreen: 'Exit full screen',
  copyLink: 'Copy link to this state',
  linkCopied: 'Link copied. It opens this figure exactly as it is now.',
  linkReady: 'Copy this link:',
  // the TF.js runtime
  backendStarting: 'Starting TensorFlow.js…',
  backendRunning: 'Computed by TensorFlow.js on the {backend} backend',
  backendFailed: 'TensorFlow.js could not start in this browser: {message}',
  // shared controls
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  reset: 'Reset',
  speed: 'Speed',
  speedValue: '{n} steps per second',
  invalidNumber: 'Enter a number, such as 0.5 or -2.',
  outOfRange: 'Enter a number from {min} to {max}.',
  wholeNumber: 'Enter a whole number, such as 3.',
  keptLastValue: 'Kept the last valid value, {value}.',
  showTable: 'Show the numbers as a table',
  colourScale: 'Colour scale from {min} to {max}',
  tableRow: 'Row {n}',
  tableColumn: 'Column {n}',
  ...conv1dStrings.en,
  ...kernelLabStrings.en,
  ...channelsStrings.en,
  ...exercisesStrings.en,
  ...convGeometryStrings.en,
  ...convStepperStrings.en,
  ...trainLabStrings.en,
} as const;

export type StringKey = keyof typeof en;
export type Strings = { readonly [K in StringKey]: string };
