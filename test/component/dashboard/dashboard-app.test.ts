import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { DashboardAppElement } from '../../../src/dashboard/index.js';
import { API_BASE, TEST_API_KEY, allInShadow, fixture, html, inShadow, until } from './dashboard-helpers.js';

const STORAGE_KEY = 'connect-hub-dashboard:api-key';

async function mountApp(): Promise<DashboardAppElement> {
  return fixture<DashboardAppElement>(html`<connect-hub-dashboard base-url=${API_BASE}></connect-hub-dashboard>`);
}

async function signIn(app: DashboardAppElement, key = TEST_API_KEY): Promise<void> {
  const form = await until(() => inShadow(app, 'dashboard-sign-in'), 'no sign-in form');
  await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const input = inShadow<HTMLInputElement>(form, '#api-key');
  input!.value = key;
  inShadow<HTMLButtonElement>(form, 'button[type=submit]')!.click();
}

describe('<connect-hub-dashboard>', () => {
  afterEach(async () => {
    sessionStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem('connect-hub-dashboard:theme');
    history.replaceState(null, '', window.location.pathname + window.location.search);
    await emulateMedia({ colorScheme: 'light' });
  });

  it('asks for the API key first, then shows the accounts page and the project name', async () => {
    sessionStorage.removeItem(STORAGE_KEY);
    const app = await mountApp();
    await expect(app).to.be.accessible();
    await signIn(app);
    const page = await until(() => inShadow(app, 'dashboard-accounts-page'), 'no accounts page after sign-in');
    expect(inShadow(app, '.project')?.textContent).to.match(/^Project: .+/);
    const nav = allInShadow<HTMLAnchorElement>(app, 'nav a').map((a) => [a.textContent?.trim(), a.getAttribute('aria-current')]);
    expect(nav).to.deep.equal([
      ['Accounts', 'page'],
      ['Connectors', 'false'],
      ['Webhooks', 'false'],
      ['Insights', 'false'],
      ['+ Link Account', 'false'],
    ]);
    await until(() => inShadow(page, 'table, .empty'), 'the accounts did not load');
    await expect(app).to.be.accessible();
  });

  it('keeps the key in this tab’s sessionStorage only (never localStorage or the URL), and sign out forgets it', async () => {
    const app = await mountApp();
    await signIn(app);
    await until(() => inShadow(app, 'dashboard-accounts-page'), 'no accounts page');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(TEST_API_KEY);
    expect(JSON.stringify({ ...localStorage })).not.to.contain(TEST_API_KEY);
    expect(window.location.href).not.to.contain(TEST_API_KEY);

    const signOut = allInShadow<HTMLButtonElement>(app, 'button').find((b) => b.textContent?.trim() === 'Sign out');
    signOut!.click();
    await until(() => inShadow(app, 'dashboard-sign-in'), 'sign out did not return to sign-in');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('a reload in the same tab stays signed in; a stored key the server rejects goes back to sign-in with a message', async () => {
    sessionStorage.setItem(STORAGE_KEY, TEST_API_KEY);
    const app = await mountApp();
    await until(() => inShadow(app, 'dashboard-accounts-page'), 'the stored key did not sign in');
    app.remove();

    sessionStorage.setItem(STORAGE_KEY, 'chk_revoked_key');
    const again = await mountApp();
    const form = await until(() => inShadow(again, 'dashboard-sign-in'), 'no sign-in form');
    const error = await until(() => inShadow(form, '#api-key-error')?.textContent?.trim(), 'no error shown');
    expect(error).to.contain('no longer accepted');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('routes by the hash: Connectors and + Link Account, with the current page marked', async () => {
    const app = await mountApp();
    await signIn(app);
    await until(() => inShadow(app, 'dashboard-accounts-page'), 'no accounts page');
    window.location.hash = '#/connectors';
    await until(() => inShadow(app, 'dashboard-connectors-page'), 'no connectors page');
    expect(inShadow(app, 'nav a[aria-current=page]')?.textContent?.trim()).to.equal('Connectors');
    window.location.hash = '#/link';
    const link = await until(() => inShadow(app, 'dashboard-link-account'), 'no link page');
    await until(() => inShadow(link, 'h1') === link.shadowRoot?.activeElement, 'focus did not move to the new page heading');
    await expect(app).to.be.accessible();
  });

  it('follows the system colour scheme, and the toggle switches light/dark; both pass axe', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const app = await mountApp();
    expect(app.theme).to.equal('auto');
    const background = () => getComputedStyle(app).backgroundColor;
    const dark = background();
    const toggle = inShadow<HTMLButtonElement>(app, 'button.theme')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Switch to light theme');
    await expect(app).to.be.accessible();
    toggle.click();
    await app.updateComplete;
    expect(app.getAttribute('theme')).to.equal('light');
    expect(background()).not.to.equal(dark);
    await expect(app).to.be.accessible();
    inShadow<HTMLButtonElement>(app, 'button.theme')!.click();
    await app.updateComplete;
    expect(app.theme, 'back to what the system prefers: follow the system').to.equal('auto');
    expect(background()).to.equal(dark);
  });
});
