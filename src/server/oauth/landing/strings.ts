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
  // The OAuth start page and the provider callback (src/server/oauth/flow.ts).
  cannotStart: 'Cannot start the sign-in',
  linkExpiredTitle: 'This link has expired',
  linkExpiredBody: 'Ask for a new link from the app that sent it to you.',
  linkExpiredDuringSignIn: 'The link this sign-in started from has expired; ask for a new one.',
  noAttempt: 'This sign-in did not start from the hub. Go back and start again.',
  foreignAttempt: 'This connection attempt does not belong to this link.',
  redirectRefused: 'The redirect_uri is not one this project allows, so the sign-in was stopped.',
  unknownConnector: (key: string) => `The connector "${key}" is not available to this link.`,
  notOAuth: (name: string) => `${name} does not sign in through OAuth; use its form in the hub.`,
  unreachableTitle: (name: string) => `${name} is not reachable`,
  unreachableBody: (name: string) => `${name}'s sign-in server is not running next to this server.`,
  endedTitle: 'This sign-in has ended',
  endedMeanwhile: 'The connection attempt was cancelled or expired meanwhile.',
  endedAlready: 'This connection attempt is already finished. Start again from the hub.',
  cancelledInHub: 'It was cancelled in the hub, so nothing was changed.',
  invalidAnswerTitle: 'This sign-in answer is not valid',
  answerWithoutState: 'It carries no state, so it did not come from a sign-in this server started.',
  answerUnknown: 'It is unknown or was already used. Start again from the hub.',
  answerUsed: 'It was already used. Start again from the hub.',
  attemptExpiredTitle: 'This sign-in has expired',
  attemptExpiredBody: 'The connection attempt expired. Start again from the hub.',
  attemptCancelledTitle: 'This sign-in was cancelled',
  checkDetailsTitle: 'Check the details you entered',
  checkDetailsBody: 'A value sent for this sign-in is not valid. Go back, check the form and try again.',
};

export type PageStrings = typeof PAGE_STRINGS;

/** The keys of the words a page can show (all but `lang`): a string, or a function of names. */
export type PageTextKey = Exclude<keyof PageStrings, 'lang'>;

/** Words by key and arguments, so that the page renders them in the end user's language. */
export interface PageText {
  key: PageTextKey;
  args?: readonly string[];
}

export const text = (key: PageTextKey, ...args: string[]): PageText => ({ key, args });

/** A page text in one catalog's words. */
export function say(s: PageStrings, { key, args = [] }: PageText): string {
  const words = s[key] as string | ((...names: string[]) => string);
  return typeof words === 'function' ? words(...args) : words;
}
