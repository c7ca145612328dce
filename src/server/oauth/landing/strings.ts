/**
 * Every word the server's end-user pages show (OAuth start errors, the landing page, error pages), in one
 * place so they can be translated. Plain words only: operator details (CLI commands, codes) go to the log or
 * behind the page's "Details" disclosure.
 */
export const PAGE_STRINGS = {
  lang: 'en',
  details: 'Details',
  closeWindow: 'Close window',
  back: 'Back',
  /** Shown without JavaScript, where the page's buttons cannot work. */
  noScriptBack: "Use your browser's Back button, or close this window, to return.",
  connectedTitle: (name: string) => `Connected to ${name}`,
  connectedBody: (name: string) => `Your ${name} account is linked. You can close this window.`,
  failedTitle: (name: string) => `${name} did not connect`,
  failedBody: "The sign-in didn't finish, so nothing was connected. Go back and try again.",
  deniedBody: 'You declined access, so nothing was connected. Go back to try again.',
  cancelledTitle: 'Sign-in cancelled',
  cancelledBody: 'The connection was cancelled; nothing was changed.',
  expiredTitle: 'Sign-in expired',
  expiredBody: 'This sign-in took too long. Go back and start again.',
  finishedTitle: 'Sign-in finished',
  finishedBody: 'Go back to where you started.',
  theProvider: 'the provider',
  notSetUpTitle: "This connection isn't set up yet",
  notSetUpBody: (project: string) => `Ask ${project} to finish setting it up.`,
  cannotContinueTitle: 'The sign-in could not continue',
  cannotContinueBody: 'Go back and try again. If it keeps happening, ask the app that sent you here.',
  wentWrongTitle: 'Something went wrong',
  wentWrongBody: 'The sign-in could not be completed. Go back and try again.',
};

export type PageStrings = typeof PAGE_STRINGS;

/** The "not set up" words, for the start page and for the hub's wait (the attempt's description). */
export function notSetUpWords(projectName: string, s: PageStrings = PAGE_STRINGS): { title: string; message: string } {
  return { title: s.notSetUpTitle, message: s.notSetUpBody(projectName) };
}
