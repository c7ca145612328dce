/**
 * Where the API key lives between page loads: this tab's `sessionStorage` only, never `localStorage`,
 * a cookie or the URL. Storage can be unavailable (privacy modes): then the key lives in memory only.
 */
const STORAGE_KEY = 'connect-hub-dashboard:api-key';

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readStoredApiKey(): string | undefined {
  try {
    return tabStorage()?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeApiKey(apiKey: string): void {
  try {
    tabStorage()?.setItem(STORAGE_KEY, apiKey);
  } catch {
    // Memory only.
  }
}

export function forgetApiKey(): void {
  try {
    tabStorage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
