import { expect } from '@open-wc/testing';
import type { WebhooksPageElement } from '../../../src/dashboard/index.js';
import { DEFAULT_DELIVERY_LOG } from '../../../src/dashboard/dashboard-app/route.js';
import { adminClient, allInShadow, api, buttonNamed, fixture, html, inShadow, linkSandbox, typeInto, uniqueOwner, until } from './dashboard-helpers.js';

async function mountPage(): Promise<WebhooksPageElement> {
  return fixture<WebhooksPageElement>(html`<dashboard-webhooks-page .client=${adminClient()} .state=${DEFAULT_DELIVERY_LOG}></dashboard-webhooks-page>`);
}

const endpointRow = (page: WebhooksPageElement, url: string) =>
  allInShadow<HTMLTableRowElement>(page, 'tr[data-endpoint-id]').find((row) => row.querySelector('.url')?.textContent === url);

describe('<dashboard-webhooks-page>', () => {
  afterEach(() => window.history.replaceState(null, '', window.location.pathname));

  it('adds an endpoint in a dialog, shows its secret once, edits, disables and deletes it; passes axe', async () => {
    const url = `https://hooks.example.test/${uniqueOwner('wh')}`;
    const page = await mountPage();
    await until(() => inShadow(page, '#log-title'), 'the page did not render');
    buttonNamed(page, 'Add endpoint').click();
    const dialog = inShadow<HTMLDialogElement>(page, '#endpoint-dialog')!;
    await until(() => dialog.open, 'the form dialog did not open');
    await expect(page).to.be.accessible();
    typeInto(inShadow<HTMLInputElement>(page, '#endpoint-url'), 'ftp://nope');
    buttonNamed(page, 'Save').click();
    await until(() => inShadow(page, '#endpoint-dialog .field-error')?.textContent === 'Enter an http:// or https:// URL.', 'no URL error');
    typeInto(inShadow<HTMLInputElement>(page, '#endpoint-url'), url);
    const deleted = inShadow<HTMLInputElement>(page, 'input[value="account.deleted"]')!;
    deleted.checked = false;
    buttonNamed(page, 'Save').click();
    const secret = await until(() => inShadow<HTMLInputElement>(page, '#secret-value'), 'no secret shown');
    expect(secret.value).to.match(/^whsec_/);
    expect(dialog.open).to.equal(false);
    const row = await until(() => endpointRow(page, url), 'the endpoint is not listed');
    expect(row.textContent).to.contain('account.created').and.contain('account.updated').and.not.contain('account.deleted');
    expect(row.querySelector('.failure-rate')?.textContent).to.equal('no deliveries');
    await expect(page).to.be.accessible();
    buttonNamed(page, 'Done').click();

    row.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(() => dialog.open && inShadow<HTMLInputElement>(page, '#endpoint-url')?.value === url, 'the edit form did not open with the URL');
    typeInto(inShadow<HTMLInputElement>(page, '#endpoint-description'), 'Billing service');
    buttonNamed(page, 'Save').click();
    await until(() => endpointRow(page, url)?.textContent?.includes('Billing service'), 'the edit did not show');

    endpointRow(page, url)!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await until(() => endpointRow(page, url)?.textContent?.includes('disabled'), 'the endpoint was not disabled');
    expect(endpointRow(page, url)!.querySelector<HTMLButtonElement>('[data-action="test"]')!.disabled).to.equal(true);

    endpointRow(page, url)!.querySelector<HTMLButtonElement>('[data-action="rotate"]')!.click();
    await until(() => inShadow<HTMLDialogElement>(page, '#rotate-dialog')!.open, 'the rotate dialog did not open');
    expect(inShadow<HTMLSelectElement>(page, '#rotate-overlap')!.value).to.equal('24');
    buttonNamed(page, 'Rotate').click();
    const rotated = await until(() => inShadow<HTMLInputElement>(page, '#secret-value')?.value !== secret.value && inShadow<HTMLInputElement>(page, '#secret-value'), 'no new secret');
    expect(rotated.value).to.match(/^whsec_/);
    expect(inShadow(page, '.secret')?.textContent).to.contain('previous secret keeps signing');

    endpointRow(page, url)!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
    await until(() => inShadow<HTMLDialogElement>(page, '#delete-endpoint-dialog')!.open, 'the delete dialog did not open');
    buttonNamed(page, 'Delete endpoint').click();
    await until(() => !endpointRow(page, url), 'the endpoint was not deleted');
    const list = await api<Array<{ url: string }>>('GET', '/webhooks');
    expect(list.body.some((endpoint) => endpoint.url === url)).to.equal(false);
  });

  it('filters the delivery log on the server by account and status, and writes the filters to the hash', async () => {
    const url = `https://hooks.example.test/${uniqueOwner('log')}`;
    const created = await api<{ id: string }>('POST', '/webhooks', { url });
    expect(created.status).to.equal(201);
    try {
      const account = await linkSandbox(uniqueOwner('log'));
      const page = await mountPage();
      await until(() => inShadow(page, '#log-account'), 'no account filter');
      typeInto(inShadow<HTMLInputElement>(page, '#log-account'), account);
      await until(() => window.location.hash.includes(`account=${account}`), 'the account filter did not apply');
      await until(() => {
        const rows = allInShadow<HTMLTableRowElement>(page, 'tr[data-delivery-id]');
        return rows.length === 1 && rows[0]!.textContent?.includes(account);
      }, 'the account filter did not reach the server');
      expect(inShadow(page, 'caption')?.textContent).to.contain('(1 in all)');
      typeInto(inShadow<HTMLSelectElement>(page, '#log-status'), 'cancelled');
      await until(() => inShadow(page, '.empty')?.textContent?.includes('No deliveries match'), 'the status filter did not apply');
      expect(window.location.hash).to.contain('status=cancelled');
      await expect(page).to.be.accessible();
    } finally {
      await api('DELETE', `/webhooks/${created.body.id}`);
    }
  });
});
