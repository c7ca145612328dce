import { expect } from '@open-wc/testing';
import type { ConnectorsPageElement } from '../../../src/dashboard/index.js';
import { adminClient, api, fixture, html, hubUrl, inShadow, typeInto, until } from './dashboard-helpers.js';

// Issue 13 §1: an OAuth connector without its app is marked, and the page sets the app; the hub lists it at once.
async function hubProviders(): Promise<string[]> {
  const session = await api<{ token: string }>('POST', '/connect_sessions', { origin_owner_id: 'wtr-oauth-apps', origin_owner_name: 'Apps' });
  const response = await fetch(`${await hubUrl()}/hub/connectors`, { headers: { 'x-hub-session-token': session.body.token } });
  return ((await response.json()) as { integrations: Array<{ provider: string }> }).integrations.map((i) => i.provider);
}

describe('<dashboard-connectors-page> OAuth apps', () => {
  afterEach(async () => {
    await api('DELETE', '/oauth_clients/zoho_crm');
  });

  it('marks an OAuth connector "Needs an OAuth app"; the form shows the redirect URI, checks the fields, saves, and the hub lists it', async () => {
    const client = adminClient();
    const el = await fixture<ConnectorsPageElement>(html`<dashboard-connectors-page .client=${client} .connectors=${await client.listConnectors()}></dashboard-connectors-page>`);
    const row = () => inShadow(el, 'tr[data-connector=zoho_crm]')!;
    await until(() => row().querySelector('.needs-app'), 'no "needs an OAuth app" mark');
    expect(row().querySelector('.needs-app')?.textContent).to.equal('Needs an OAuth app');
    expect(inShadow(el, 'tr[data-connector=sandbox_crm] .needs-app'), 'the sandbox has its app').to.equal(null);
    expect(inShadow(el, 'tr[data-connector=sandbox_hris] .app-status'), 'not an OAuth connector').to.equal(null);
    expect(await hubProviders()).not.to.include('zoho_crm');

    const open = row().querySelector<HTMLButtonElement>('[data-app-button]')!;
    expect(open.textContent?.trim()).to.equal('Set up OAuth app');
    open.click();
    await until(() => inShadow(el, '.app-form'), 'no form');
    const redirect = inShadow<HTMLInputElement>(el, '#app-redirect')!;
    expect(redirect.value).to.match(/\/connect\/oauth2\/zoho_crm\/callback$/);
    expect(redirect.readOnly).to.equal(true);
    expect(el.shadowRoot?.activeElement?.id).to.equal('app-client-id');
    await expect(el).to.be.accessible();

    inShadow<HTMLButtonElement>(el, '.app-form button[type=submit]')!.click();
    await until(() => inShadow(el, '#app-client-id-err')?.textContent, 'no required error');
    expect(inShadow(el, '#app-client-id')?.getAttribute('aria-invalid')).to.equal('true');
    expect(inShadow(el, '#app-client-id-err')?.textContent).to.equal('Client ID is required.');

    typeInto(inShadow<HTMLInputElement>(el, '#app-client-id'), 'zoho-client');
    typeInto(inShadow<HTMLInputElement>(el, '#app-client-secret'), 'zoho-secret');
    typeInto(inShadow<HTMLInputElement>(el, '#app-scopes'), 'ZohoCRM.modules.READ  ZohoCRM.users.READ');
    await el.updateComplete;
    inShadow<HTMLButtonElement>(el, '.app-form button[type=submit]')!.click();
    await until(() => !inShadow(el, '.app-form'), 'the form did not close on save');
    expect(inShadow(el, '[role=status]')?.textContent).to.contain("Zoho CRM's OAuth app is saved");
    expect(row().querySelector('.needs-app')).to.equal(null);
    expect(row().querySelector('[data-app-button]')?.textContent?.trim()).to.equal('Edit OAuth app');
    const saved = (await client.listOAuthClients()).find((app) => app.provider === 'zoho_crm')!;
    expect(saved).to.include({ configured: true, client_id: 'zoho-client', client_secret_set: true });
    expect(saved.scopes).to.deep.equal(['ZohoCRM.modules.READ', 'ZohoCRM.users.READ']);
    expect(await hubProviders()).to.include('zoho_crm');
  });
});
