import { expect, oneEvent } from '@open-wc/testing';
import type { AccountDetailElement, DashboardNavigateEvent } from '../../../src/dashboard/index.js';
import { adminClient, api, buttonNamed, fixture, html, inShadow, linkSandbox, sessionOfLink, uniqueOwner, until } from './dashboard-helpers.js';

async function mountDetail(accountId: string): Promise<AccountDetailElement> {
  const client = adminClient();
  const connectors = await client.listConnectors();
  const el = await fixture<AccountDetailElement>(html`<dashboard-account-detail
    .client=${client}
    .connectors=${connectors}
    account-id=${accountId}
  ></dashboard-account-detail>`);
  await until(() => inShadow(el, 'dl.details'), 'the account did not load');
  return el;
}

function detailsOf(el: AccountDetailElement): Record<string, string> {
  const list = inShadow(el, 'dl.details')!;
  const terms = [...list.querySelectorAll('dt')];
  return Object.fromEntries(terms.map((dt) => [dt.textContent?.trim() ?? '', dt.nextElementSibling?.textContent?.trim() ?? '']));
}

describe('<dashboard-account-detail>', () => {
  it('shows the non-secret details, setup information and metadata, never the secret; passes axe', async () => {
    const owner = uniqueOwner('detail');
    const id = await linkSandbox(owner, { origin_username: 'ada@example.com', label: 'Main HR', metadata: { plan: 'pro' } });
    const el = await mountDetail(id);
    expect(inShadow(el, 'h1')?.textContent).to.equal('Sandbox HRIS');
    expect(detailsOf(el)).to.include({ 'Account ID': id, 'Origin owner ID': owner, 'Origin owner name': `${owner} Ltd`, 'Origin username': 'ada@example.com', Label: 'Main HR' });
    expect(inShadow(el, 'pre')?.textContent).to.contain('"plan": "pro"');
    expect(el.shadowRoot!.textContent).to.contain('acme');
    expect(el.shadowRoot!.textContent, 'the API key never reaches the dashboard').not.to.contain('sandbox_good');
    await expect(el).to.be.accessible();
  });

  it('"Send re-auth link" makes an edit-mode auth link for this account (30 days), with copy and QR', async () => {
    const owner = uniqueOwner('relink');
    const id = await linkSandbox(owner);
    const el = await mountDetail(id);
    buttonNamed(el, 'Send re-auth link').click();
    const link = await until(() => inShadow(el, 'dashboard-auth-link'), 'no auth link');
    await link.updateComplete;
    expect(link.shadowRoot!.querySelector('figure.qr'), 'a QR code of the link').to.exist;
    const session = await sessionOfLink(link.url);
    expect(session.account_id).to.equal(id);
    expect(session.origin_owner_id).to.equal(owner);
    const days = (Date.parse(session.expires_at) - Date.now()) / 86_400_000;
    expect(days).to.be.within(29.9, 30.1);
    await expect(el).to.be.accessible();
  });

  it('Delete asks in a modal dialog; Cancel keeps the account, confirming deletes it and goes back to the list', async () => {
    const id = await linkSandbox(uniqueOwner('delete'));
    const el = await mountDetail(id);
    const trigger = buttonNamed(el, 'Delete');
    trigger.focus();
    trigger.click();
    const dialog = inShadow<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.textContent).to.contain('Delete this account?');
    await expect(el).to.be.accessible();

    const closed = oneEvent(dialog, 'close');
    buttonNamed(el, 'Cancel').click();
    await closed;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus back on Delete').to.equal(trigger);
    expect((await api('GET', `/accounts/${id}`)).status).to.equal(200);

    trigger.click();
    const navigated = oneEvent(el, 'dashboard:navigate') as Promise<DashboardNavigateEvent>;
    buttonNamed(el, 'Delete account').click();
    const { detail } = await navigated;
    expect(detail).to.deep.equal({ route: 'accounts', notice: 'The account was deleted.' });
    expect((await api('GET', `/accounts/${id}`)).status).to.equal(404);
  });

  it('an unknown account id says so', async () => {
    const client = adminClient();
    const el = await fixture<AccountDetailElement>(html`<dashboard-account-detail .client=${client} account-id="acc_missing"></dashboard-account-detail>`);
    const alert = await until(() => inShadow(el, '[role=alert]'), 'no error shown');
    expect(alert.textContent).to.contain('acc_missing');
    await expect(el).to.be.accessible();
  });
});
