/**
 * The shell's strings in English: pages, table of contents, language and theme, the widget frame.
 * Widgets and the shared controls keep theirs beside their code (`strings.ts`), so they load with it.
 * `zh.ts` must have exactly these keys.
 */
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
  galleryMore: 'Figures not yet in a chapter',
  galleryExercises: 'Exercises',
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
} as const;

export type StringKey = keyof typeof en;
export type Strings = { readonly [K in StringKey]: string };
