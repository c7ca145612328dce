import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConnectHubElement } from '../../src/hub/index.js';
import {
  PATIENCE,
  advanceServerClock,
  api,
  buttonByText,
  createSession,
  field,
  formOf,
  hubUrl,
  inside,
  linkSandboxAccount,
  listOf,
  mountHub,
  statusOf,
  typeInto,
  untilForm,
  untilList,
  untilStatus,
} from './helpers.js';

describe('<connect-hub> states', () => {
  it('without a token it explains what is missing and makes no request', async () => {
    const hub = await mountHub();
    const status = await untilStatus(hub, 'info');
    expect(status.heading).to.equal('No session token');
    expect(status.message).to.contain('POST /connect_sessions');
    await expect(hub).to.be.accessible();
  });

  it('an unknown token shows the expired view and reports session_expired', async () => {
    const errors: string[] = [];
    document.addEventListener('connect-hub:error', (event) => errors.push(event.detail.code), { once: true });
    const hub = await mountHub({ token: 'chs_this_token_does_not_exist' });
    const status = await untilStatus(hub, 'warning');
    expect(status.heading).to.equal('This link has expired or is invalid');
    expect(status.message).to.contain('Ask for a new one');
    expect(errors, 'the error event bubbles out of the hub').to.deep.equal(['session_expired']);
    await expect(hub).to.be.accessible();
  });

  it('a session that expires shows the expired view', async () => {
    const { token } = await createSession({ expires_in: 60 });
    const hub = await mountHub({ token });
    await untilList(hub);
    // The server's clock, not a wait: an hour later the same hub's next request finds the session expired.
    await advanceServerClock(3600);
    try {
      inside<HTMLButtonElement>(listOf(hub), '.row')!.click();
      await untilStatus(hub, 'warning');
      await untilStatus(await mountHub({ token }), 'warning');
    } finally {
      await advanceServerClock(-3600);
    }
  });

  it('changing the token restarts cleanly', async () => {
    const hub = await mountHub({ token: 'chs_unknown' });
    await untilStatus(hub, 'warning');
    hub.token = (await createSession({ provider: 'sandbox_hris' })).token;
    const form = await untilForm(hub);
    expect(inside(form, 'h2')?.textContent).to.contain('Sandbox HRIS');
    hub.token = (await createSession()).token;
    await untilList(hub);
    expect(formOf(hub)).to.equal(null);
  });

  it('theme dark paints the card dark and stays accessible', async () => {
    const hub = await mountHub({ token: (await createSession()).token, theme: 'dark' });
    await untilList(hub);
    const card = hub.shadowRoot!.querySelector('.card')!;
    const [red, green, blue] = getComputedStyle(card).backgroundColor.match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!, 'a dark background').to.be.lessThan(150);
    expect(hub.getAttribute('theme')).to.equal('dark');
    await expect(hub).to.be.accessible();
  });

  it('host custom properties reach every view', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    hub.style.setProperty('--connect-hub-color-accent', 'rgb(1, 2, 3)');
    const form = await untilForm(hub);
    expect(getComputedStyle(inside(form, 'button[type="submit"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('locale fr translates every view', async () => {
    const hub = await mountHub({ token: (await createSession()).token, locale: 'fr' });
    const list = await untilList(hub);
    await waitUntil(() => inside(list, 'h2')?.textContent === 'Connecter un compte', 'French did not load', PATIENCE);
    expect(inside(list, '[role="status"]')?.textContent).to.match(/connecteurs$/);
    await expect(hub).to.be.accessible();
    hub.token = (await createSession({ provider: 'sandbox_hris' })).token;
    const form = await untilForm(hub);
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitUntil(() => inside(form, '#f-subdomain-err')?.textContent === 'Sous-domaine est obligatoire', 'no French message', PATIENCE);
    expect(inside(form, 'button[type="submit"]')?.textContent?.trim()).to.equal('Connecter');
    await expect(hub).to.be.accessible();
  });

  it('edit mode: pre-filled, secret redacted with Edit, "Update" sends only changes', async () => {
    const ownerId = `edit-${Date.now()}`;
    const accountId = await linkSandboxAccount(ownerId);
    const hub = await mountHub({ token: (await createSession({ origin_owner_id: ownerId, account_id: accountId })).token });
    const form = await untilForm(hub);
    expect(inside(form, 'h2')?.textContent).to.equal('Update Sandbox HRIS');
    expect(inside(form, '.back'), 'no Back in edit mode').to.equal(null);
    expect(field(form, 'subdomain').value).to.equal('acme');
    const secret = field(form, 'api_key');
    expect(secret.readOnly).to.equal(true);
    expect(secret.value).to.match(/^•{10}/);
    const submit = inside<HTMLButtonElement>(form, 'button[type="submit"]')!;
    expect(submit.textContent?.trim()).to.equal('Update');
    await expect(hub).to.be.accessible();

    typeInto(field(form, 'subdomain'), 'globex');
    await form.updateComplete;
    const success = new Promise<CustomEvent>((resolve) => hub.addEventListener('connect-hub:success', resolve, { once: true }));
    submit.click();
    const { result_token: resultToken, ...detail } = (await success).detail;
    expect(detail).to.deep.equal({ id: accountId, provider: 'sandbox_hris' });
    expect(resultToken, 'the signed result for the host (issue 17)').to.match(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    const status = await untilStatus(hub, 'success');
    expect(status.message).to.contain('updated');
    const account = await api<{ setup_information: Record<string, string> }>('GET', `/accounts/${accountId}`);
    expect(account.body.setup_information.subdomain).to.equal('globex');
  });

  it('edit mode: Edit swaps in an empty, validated secret input', async () => {
    const ownerId = `edit-secret-${Date.now()}`;
    const accountId = await linkSandboxAccount(ownerId);
    const hub = await mountHub({ token: (await createSession({ origin_owner_id: ownerId, account_id: accountId })).token });
    const form = await untilForm(hub);
    buttonByText(form, 'Edit')!.click();
    await waitUntil(() => !field(form, 'api_key').readOnly, 'Edit did not open the input', PATIENCE);
    expect(field(form, 'api_key').value).to.equal('');
    expect(form.shadowRoot?.activeElement?.id).to.equal('f-api_key');
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitUntil(() => inside(form, '#f-api_key-err')?.textContent === 'API key is required', 'edited secret not validated', PATIENCE);
    typeInto(field(form, 'api_key'), 'wrong-key');
    await form.updateComplete;
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitUntil(() => inside(form, '.alert'), 'a rejected new secret is an error, not a success', PATIENCE);
    expect(statusOf(hub)).to.equal(null);
  });

  it('the session’s existing account opens edit mode without an account-id attribute', async () => {
    const ownerId = `existing-${Date.now()}`;
    await linkSandboxAccount(ownerId);
    const hub = await mountHub({ token: (await createSession({ origin_owner_id: ownerId, provider: 'sandbox_hris' })).token });
    const form = await untilForm(hub);
    expect(inside(form, 'button[type="submit"]')?.textContent?.trim()).to.equal('Update');
    expect(listOf(hub)).to.equal(null);
  });

  it('an account-id the session may not edit is an error with Try again, never blank', async () => {
    const hub = await mountHub({ token: (await createSession()).token, accountId: 'acc_not_mine' });
    const status = await untilStatus(hub, 'error');
    expect(status.heading).to.equal('Could not load this page');
    expect(buttonByText(status, 'Try again')).to.not.equal(undefined);
    await expect(hub).to.be.accessible();
  });

  it('an OAuth connector whose app goes away meanwhile: Connect says in plain words who must finish the set-up', async () => {
    const steps: string[] = [];
    expect((await api('PUT', '/oauth_clients/box', { client_id: 'cid', client_secret: 'shh' })).status).to.equal(200);
    const token = (await createSession({ provider: 'box' })).token;
    const hub = await mountHub({ token });
    hub.addEventListener('connect-hub:event', (event) => steps.push(event.detail.name));
    const form = await untilForm(hub);
    expect(inside(form, '.oauth')?.textContent).to.contain('Press “Connect” to sign in');
    await expect(hub).to.be.accessible();
    expect((await api('DELETE', '/oauth_clients/box')).status).to.equal(204);
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitUntil(() => inside(formOf(hub), '.alert'), 'no message', PATIENCE);
    const message = inside(formOf(hub), '#submit-failure')?.textContent ?? '';
    expect(message).to.match(/^This connection isn't set up yet\. Ask .+ to finish setting it up\.$/);
    expect(inside(formOf(hub), '.alert')?.textContent, 'no codes or CLI text').to.not.match(/oauth_client_missing|connect-hub oauth|Response from/);
    expect(steps).to.include.members(['oauth-started', 'failed']);
  });

  it('the success screen shows the host’s slotted message', async () => {
    const { token } = await createSession({ provider: 'sandbox_hris', multiple: true });
    const hub = await fixture<ConnectHubElement>(html`<connect-hub base-url=${await hubUrl()} token=${token} locale="en"
      ><p slot="success">You can close this window.</p></connect-hub
    >`);
    const form = await untilForm(hub);
    typeInto(field(form, 'subdomain'), 'acme');
    typeInto(field(form, 'api_key'), 'sandbox_good');
    await form.updateComplete;
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const status = await untilStatus(hub, 'success');
    const slot = status.querySelector('slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['You can close this window.']);
    expect(hub.querySelector('p')!.getBoundingClientRect().height, 'the message is visible').to.be.greaterThan(0);
  });

  it('height sizes the card without a style attribute (strict CSP), and the list scrolls inside', async () => {
    const hub = await mountHub({ token: (await createSession()).token });
    hub.setAttribute('height', '320px');
    const list = await untilList(hub);
    const card = hub.shadowRoot!.querySelector<HTMLElement>('.card')!;
    expect(card.getBoundingClientRect().height).to.equal(320);
    expect(card.hasAttribute('style')).to.equal(false);
    const rows = inside(list, '.list')!;
    expect(rows.scrollHeight).to.be.greaterThan(rows.clientHeight);
  });

  it('theme auto follows prefers-color-scheme', async () => {
    const hub = await mountHub({ token: (await createSession()).token, theme: 'auto' });
    await untilList(hub);
    const card = hub.shadowRoot!.querySelector('.card')!;
    const brightness = () => getComputedStyle(card).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number).reduce((sum, value) => sum + value, 0);
    await emulateMedia({ colorScheme: 'dark' });
    expect(brightness()).to.be.lessThan(150);
    await emulateMedia({ colorScheme: 'light' });
    expect(brightness()).to.be.greaterThan(600);
  });

  it('show-footer-links="false" hides the footer brand', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    const form = await untilForm(hub);
    expect(inside(form, '.brand')?.textContent).to.equal('Secured by Connect Hub');
    hub.setAttribute('show-footer-links', 'false');
    await hub.updateComplete;
    await form.updateComplete;
    expect(inside(form, '.brand')).to.equal(null);
  });
});
