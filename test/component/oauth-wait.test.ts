import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ConnectApiClient } from '../../src/client/api-client.js';
import { cancelConnectionAttempt, createConnectionAttempt, getConnectionAttempt } from '../../src/client/connection-attempts.js';
import { OAuthController, type OAuthOutcome } from '../../src/hub/controllers/oauth-controller.js';
// Registers <connect-hub-oauth-wait>, as the hub's on-demand OAuth module does.
import '../../src/hub/oauth-wait/hub-oauth.js';
import type { OAuthWaitElement } from '../../src/hub/oauth-wait/oauth-wait.js';
import { PATIENCE, createSession, hubUrl } from './helpers.js';

/** The smallest controller host: the controller only needs to ask for renders. */
function controllerHost() {
  return { updates: 0, addController() {}, removeController() {}, requestUpdate() { this.updates++; }, updateComplete: Promise.resolve(true) };
}

async function realAttempt(): Promise<{ client: ConnectApiClient; attemptId: string }> {
  const { token } = await createSession({ origin_owner_id: `wait-${Math.random().toString(36).slice(2)}`, provider: 'sandbox_crm' });
  const client = new ConnectApiClient({ baseUrl: await hubUrl(), token });
  const { id } = await createConnectionAttempt(client);
  return { client, attemptId: id };
}

describe('OAuthController (real connect server)', () => {
  it('gives up after its timeout with a clear outcome, and cancels the attempt on the server', async () => {
    const { client, attemptId } = await realAttempt();
    const outcomes: OAuthOutcome[] = [];
    const controller = new OAuthController(controllerHost(), (outcome) => outcomes.push(outcome), { pollMs: 100, timeoutMs: 700, closedCheckMs: 50 });
    const request = { client, integrationId: 'sandbox_crm', provider: 'sandbox_crm', fields: {}, redirectUri: `${await hubUrl()}/embedded/accounts/callback` };
    controller.resume(request, attemptId);
    expect(controller.phase).to.equal('waiting');
    await waitUntil(() => outcomes.length > 0, 'the wait ends', PATIENCE);
    expect(outcomes).to.deep.equal([{ kind: 'timeout' }]);
    expect(controller.phase).to.equal('idle');
    await waitUntil(async () => (await getConnectionAttempt(client, attemptId)).status === 'cancelled', 'the attempt is cancelled', PATIENCE);
  });

  it('reports a cancel from elsewhere (another tab) as cancelled, without waiting for the timeout', async () => {
    const { client, attemptId } = await realAttempt();
    const outcomes: OAuthOutcome[] = [];
    const controller = new OAuthController(controllerHost(), (outcome) => outcomes.push(outcome), { pollMs: 100, timeoutMs: 60_000, closedCheckMs: 50 });
    controller.resume({ client, integrationId: 'sandbox_crm', provider: 'sandbox_crm', fields: {}, redirectUri: 'x' }, attemptId);
    await cancelConnectionAttempt(client, attemptId);
    await waitUntil(() => outcomes.length > 0, 'the wait ends', PATIENCE);
    expect(outcomes).to.deep.equal([{ kind: 'cancelled' }]);
  });
});

describe('<connect-hub-oauth-wait>', () => {
  async function mountWait(phase: string, canRedirect = false): Promise<OAuthWaitElement> {
    return fixture<OAuthWaitElement>(html`<connect-hub-oauth-wait .phase=${phase} .name=${'Sandbox CRM'} ?can-redirect=${canRedirect}></connect-hub-oauth-wait>`);
  }
  const buttons = (element: OAuthWaitElement) => [...(element.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim());

  it('waiting: says what it waits for and offers Cancel', async () => {
    const element = await mountWait('waiting');
    expect(element.shadowRoot?.textContent).to.contain('Waiting for Sandbox CRM…');
    expect(buttons(element)).to.deep.equal(['Cancel']);
    await expect(element).to.be.accessible();
  });

  it('closed: not a failure; offers Reopen window and Cancel, Reopen fires hub-reopen', async () => {
    const element = await mountWait('closed');
    expect(element.shadowRoot?.textContent).to.contain('window looks closed');
    expect(buttons(element)).to.deep.equal(['Reopen window', 'Cancel']);
    await expect(element).to.be.accessible();
    const reopen = oneEvent(element, 'hub-reopen');
    element.shadowRoot!.querySelector('button')!.click();
    await reopen;
  });

  it('blocked: says so; offers Continue in this tab only when the page can be returned to', async () => {
    const returnable = await mountWait('blocked', true);
    expect(returnable.shadowRoot?.querySelector('[role=alert]')?.textContent).to.contain('Pop-up blocked');
    expect(buttons(returnable)).to.deep.equal(['Continue in this tab', 'Try again', 'Cancel']);
    await expect(returnable).to.be.accessible();
    const redirect = oneEvent(returnable, 'hub-redirect');
    returnable.shadowRoot!.querySelector('button')!.click();
    await redirect;

    const stuck = await mountWait('blocked', false);
    expect(buttons(stuck)).to.deep.equal(['Try again', 'Cancel']);
    expect(stuck.shadowRoot?.textContent).to.contain('Allow pop-ups for this site');
  });
});
