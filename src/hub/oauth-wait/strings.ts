/** The OAuth wait's strings: loaded with the hub's OAuth half, one catalog per language like `strings/`. */
import type { HubStrings } from '../strings/en.js';

const en = {
  oauthWaitingTitle: (name: string) => `Waiting for ${name}…`,
  oauthWaitingBody: 'Finish signing in in the window that opened.',
  oauthClosedBody: (name: string) => `The ${name} window looks closed. If you closed it, reopen it; otherwise keep going there.`,
  oauthReopen: 'Reopen window',
  oauthBlockedTitle: 'Pop-up blocked',
  oauthBlockedBody: (name: string) => `Your browser blocked the ${name} sign-in window.`,
  oauthAllowPopups: 'Allow pop-ups for this site, then try again.',
  oauthContinueHere: 'Continue in this tab',
  oauthRedirecting: (name: string) => `Taking you to ${name}…`,
  oauthTimedOut: 'The sign-in took too long. Please try again.',
  oauthStartFailed: 'Could not start the sign-in. Please try again.',
  oauthExpiredNote: 'The sign-in expired. Please try again.',
  cancel: 'Cancel',
};

export type OAuthStrings = typeof en;

const fr: OAuthStrings = {
  oauthWaitingTitle: (name: string) => `En attente de ${name}…`,
  oauthWaitingBody: 'Terminez la connexion dans la fenêtre ouverte.',
  oauthClosedBody: (name: string) => `La fenêtre ${name} semble fermée. Si vous l’avez fermée, rouvrez-la ; sinon, continuez-y.`,
  oauthReopen: 'Rouvrir la fenêtre',
  oauthBlockedTitle: 'Fenêtre pop-up bloquée',
  oauthBlockedBody: (name: string) => `Votre navigateur a bloqué la fenêtre de connexion ${name}.`,
  oauthAllowPopups: 'Autorisez les pop-ups pour ce site, puis réessayez.',
  oauthContinueHere: 'Continuer dans cet onglet',
  oauthRedirecting: (name: string) => `Redirection vers ${name}…`,
  oauthTimedOut: 'La connexion a pris trop de temps. Veuillez réessayer.',
  oauthStartFailed: 'Impossible de démarrer la connexion. Veuillez réessayer.',
  oauthExpiredNote: 'La connexion a expiré. Veuillez réessayer.',
  cancel: 'Annuler',
};

const de: OAuthStrings = {
  oauthWaitingTitle: (name: string) => `Warten auf ${name}…`,
  oauthWaitingBody: 'Schließen Sie die Anmeldung im geöffneten Fenster ab.',
  oauthClosedBody: (name: string) => `Das ${name}-Fenster scheint geschlossen. Falls Sie es geschlossen haben, öffnen Sie es erneut; sonst fahren Sie dort fort.`,
  oauthReopen: 'Fenster erneut öffnen',
  oauthBlockedTitle: 'Pop-up blockiert',
  oauthBlockedBody: (name: string) => `Ihr Browser hat das Anmeldefenster von ${name} blockiert.`,
  oauthAllowPopups: 'Erlauben Sie Pop-ups für diese Seite und versuchen Sie es erneut.',
  oauthContinueHere: 'In diesem Tab fortfahren',
  oauthRedirecting: (name: string) => `Weiterleitung zu ${name}…`,
  oauthTimedOut: 'Die Anmeldung hat zu lange gedauert. Bitte versuchen Sie es erneut.',
  oauthStartFailed: 'Die Anmeldung konnte nicht gestartet werden. Bitte versuchen Sie es erneut.',
  oauthExpiredNote: 'Die Anmeldung ist abgelaufen. Bitte versuchen Sie es erneut.',
  cancel: 'Abbrechen',
};

const CATALOGS: Record<string, OAuthStrings> = { en, fr, de };

/** The OAuth strings in the hub's current language (English when it has none). */
export function oauthStrings(hub: HubStrings): OAuthStrings {
  return CATALOGS[hub.lang] ?? en;
}
