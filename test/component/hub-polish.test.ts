import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConnectHubElement } from '../../src/hub/index.js';
import { oauthFailure } from '../../src/hub/oauth-wait/hub-oauth.js';
import { en } from '../../src/hub/strings/en.js';
import { fr } from '../../src/hub/strings/fr.js';
import { PATIENCE, allInside, api, createSession, field, hubUrl, inside, linkSandboxAccount, mountHub, typeInto, untilForm, untilList, untilStatus } from './helpers.js';

const rgb = (text: string) => [...text.matchAll(/rgba?\(([^)]+)\)/g)].map((match) => match[1]!.split(',').map(Number));
function luminance([red, green, blue]: number[]): number {
  const channel = (value: number) => ((value /= 255) <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(red!) + 0.7152 * channel(green!) + 0.0722 * channel(blue!);
}
const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('<connect-hub> polish', () => {
  for (const theme of ['light', 'dark']) {
    it(`the focus ring stands out 3:1 against the card (${theme})`, async () => {
      const hub = await mountHub({ token: (await createSession()).token, theme });
      const list = await untilList(hub);
      inside(list, 'h2')!.focus();
      await sendKeys({ press: 'Tab' });
      const search = inside(list, 'input[type="search"]')!;
      expect(list.shadowRoot!.activeElement).to.equal(search);
      const ring = rgb(getComputedStyle(search).boxShadow);
      const card = rgb(getComputedStyle(hub.shadowRoot!.querySelector('.card')!).backgroundColor)[0]!;
      expect(ring.length, 'a gap and a ring').to.equal(2);
      expect(contrast(ring[1]!, card)).to.be.at.least(3);
    });
  }

  it('connector names wrap to two lines instead of being cut on a phone', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const hub = await mountHub({ token: (await createSession()).token });
      const list = await untilList(hub);
      const names = allInside(list, '.row .name');
      const long = names.find((name) => name.textContent === 'ActiveCampaign') ?? names.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
      expect(long.scrollWidth, `${long.textContent} is not cut`).to.be.at.most(long.clientWidth);
      expect(long.scrollHeight).to.be.at.most(long.clientHeight + 1);
      expect(getComputedStyle(long).whiteSpace).to.equal('normal');
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it("the form's heading wraps a long connector name instead of cutting it", async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    // Narrower than "Connect Sandbox HRIS" beside the Back button and the logo: the heading must take two lines.
    hub.style.width = '240px';
    const form = await untilForm(hub);
    const heading = inside(form, '.title h2')!;
    expect(heading.textContent).to.contain('Sandbox HRIS');
    expect(heading.scrollWidth, 'nothing overflows sideways').to.be.at.most(heading.clientWidth);
    expect(getComputedStyle(heading).whiteSpace).to.equal('normal');
    expect(heading.getBoundingClientRect().height, 'two lines').to.be.greaterThan(parseFloat(getComputedStyle(heading).lineHeight) * 1.5);
  });

  it('category pills wrap (none is cut off) and all read in the same case', async () => {
    const hub = await mountHub({ token: (await createSession()).token });
    hub.style.width = '375px';
    const list = await untilList(hub);
    const group = inside(list, '.pills')!;
    expect(group.scrollWidth).to.be.at.most(group.clientWidth);
    const labels = allInside<HTMLButtonElement>(list, '.pill').map((pill) => pill.innerText.trim());
    expect(labels[0]).to.equal('ALL');
    for (const label of labels) expect(label, label).to.equal(label.toUpperCase());
  });

  it('edit mode: the result says the account was updated', async () => {
    const ownerId = `updated-${Date.now()}`;
    const accountId = await linkSandboxAccount(ownerId);
    const hub = await mountHub({ token: (await createSession({ origin_owner_id: ownerId, account_id: accountId })).token });
    const form = await untilForm(hub);
    typeInto(field(form, 'subdomain'), 'initech');
    await form.updateComplete;
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const status = await untilStatus(hub, 'success');
    expect(status.heading).to.equal('Account updated');
  });

  it('hide-close: no Close on the success screen', async () => {
    const { token } = await createSession({ provider: 'sandbox_hris', multiple: true });
    const hub = await fixture<ConnectHubElement>(html`<connect-hub base-url=${await hubUrl()} token=${token} locale="en" hide-close></connect-hub>`);
    const form = await untilForm(hub);
    typeInto(field(form, 'subdomain'), 'acme');
    typeInto(field(form, 'api_key'), 'sandbox_good');
    await form.updateComplete;
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const status = await untilStatus(hub, 'success');
    expect(allInside(status, 'button')).to.have.length(0);
  });

  it('OAuth prompt: says a window opens (popup) or that this tab goes to the provider (redirect)', async () => {
    // Box is offered only once the project has its OAuth app (issue 13 §1).
    expect((await api('PUT', '/oauth_clients/box', { client_id: 'cid', client_secret: 'shh' })).status).to.equal(200);
    const { token } = await createSession({ provider: 'box' });
    const baseUrl = await hubUrl();
    const mount = (mode: string) =>
      fixture<ConnectHubElement>(html`<connect-hub base-url=${baseUrl} app-url=${location.origin} token=${token} locale="en" oauth-mode=${mode}></connect-hub>`);
    const popup = await untilForm(await mount('popup'));
    expect(inside(popup, '.oauth')?.textContent).to.contain('A window for Box will open');
    const redirect = await untilForm(await mount('redirect'));
    await waitUntil(() => inside(redirect, '.oauth')?.textContent?.includes('You will go to Box to sign in'), 'no redirect copy', PATIENCE);
    expect(inside(redirect, '.oauth')?.textContent).to.not.contain('window');
    await api('DELETE', '/oauth_clients/box');
  });

  it('a declined OAuth consent speaks to the end user, in every catalog', () => {
    const denied = { kind: 'error', code: 'access_denied', description: 'The user denied Connect Hub access to Sandbox CRM.' } as const;
    expect(oauthFailure(denied, en)).to.deep.equal({ code: 'access_denied', message: en.oauthDenied, providerResponse: 'access_denied' });
    expect(en.oauthDenied).to.match(/^You declined/);
    expect(oauthFailure(denied, fr).message).to.match(/^Vous avez refusé/);
    const other = { kind: 'error', code: 'server_error', description: 'Upstream broke.' } as const;
    expect(oauthFailure(other, en).message, 'other provider errors keep their description').to.equal('Upstream broke.');
  });
});
