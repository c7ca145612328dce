import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/launcher/define.js';
import { ConnectHubLaunchError, openConnectHub, type ConnectHubDialogElement, type ConnectLinkButtonElement } from '../../../src/launcher/index.js';
import type { ConnectHubElement } from '../../../src/hub/index.js';
import { PATIENCE, allInside, createSession, field, hubUrl, inside, typeInto, untilForm } from '../helpers.js';

async function mountButton(token: string): Promise<ConnectLinkButtonElement> {
  return fixture<ConnectLinkButtonElement>(html`<connect-link-button token=${token} base-url=${await hubUrl()} locale="en"
    >Connect your HR system</connect-link-button
  >`);
}

const innerButton = (button: ConnectLinkButtonElement) => inside<HTMLButtonElement>(button, 'button')!;
const dialogOf = (button: ConnectLinkButtonElement) => inside<ConnectHubDialogElement>(button, 'connect-hub-dialog');
const nativeDialog = (button: ConnectLinkButtonElement) => inside<HTMLDialogElement>(dialogOf(button), 'dialog');
const hubIn = (button: ConnectLinkButtonElement) => inside<ConnectHubElement>(dialogOf(button), 'connect-hub');

/** The element that really has focus, through open shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openByClick(button: ConnectLinkButtonElement): Promise<HTMLDialogElement> {
  innerButton(button).focus();
  innerButton(button).click();
  await waitUntil(() => nativeDialog(button)?.open, 'the dialog did not open', PATIENCE);
  const hub = hubIn(button)!;
  await waitUntil(() => allInside(inside(hub, 'connect-hub-connector-list'), '.row').length > 0, 'the hub list did not load', PATIENCE);
  return nativeDialog(button)!;
}

describe('<connect-link-button> modal', () => {
  it('opens the hub in a modal dialog that names itself and traps focus', async () => {
    const { token } = await createSession();
    const button = await mountButton(token);
    expect(innerButton(button).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.textContent).to.contain('Connect your HR system');
    const dialog = await openByClick(button);
    expect(dialog.matches(':modal'), 'opened with showModal()').to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Connect an account');
    expect(hubIn(button)!.token).to.equal(token);
    expect(dialog.contains(focused()) || dialog.contains((focused()?.getRootNode() as ShadowRoot | null)?.host ?? null), 'focus moved into the dialog').to.equal(true);
    // The page behind is inert: focus cannot land on the trigger while the dialog is open.
    innerButton(button).focus();
    expect(focused()).not.to.equal(innerButton(button));
  });

  it('passes axe while open', async () => {
    const button = await mountButton((await createSession()).token);
    await openByClick(button);
    await expect(dialogOf(button)).to.be.accessible();
  });

  it('Escape closes it and focus returns to the button', async () => {
    const button = await mountButton((await createSession()).token);
    await openByClick(button);
    const closed = oneEvent(button, 'connect-link:closed');
    await sendKeys({ press: 'Escape' });
    const event = await closed;
    expect(event.detail).to.deep.equal({ source: 'escape', connected: false });
    expect(nativeDialog(button)?.open ?? false).to.equal(false);
    expect(focused()).to.equal(innerButton(button));
  });

  it('a click on the backdrop closes it; a click inside does not', async () => {
    const button = await mountButton((await createSession()).token);
    const dialog = await openByClick(button);
    const card = inside(hubIn(button), '.card')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(card.left + 20), Math.round(card.top + 20)] });
    expect(dialog.open, 'a click on the card keeps it open').to.equal(true);
    const closed = oneEvent(button, 'connect-link:closed');
    await sendMouse({ type: 'click', position: [2, Math.round(window.innerHeight / 2)] });
    expect((await closed).detail.source).to.equal('backdrop');
    expect(focused()).to.equal(innerButton(button));
  });

  it('connect-link:request-close can keep it open; the × button closes it', async () => {
    const button = await mountButton((await createSession()).token);
    const dialog = await openByClick(button);
    const veto = (event: Event) => event.preventDefault();
    button.addEventListener('connect-link:request-close', veto);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'a vetoed Escape keeps it open').to.equal(true);
    button.removeEventListener('connect-link:request-close', veto);
    const closed = oneEvent(button, 'connect-link:closed');
    inside<HTMLButtonElement>(dialogOf(button), 'button.close')!.click();
    expect((await closed).detail.source).to.equal('close-button');
  });

  it('the host themes the dialog and the hub through --connect-hub-* properties and ::part()', async () => {
    const button = await mountButton((await createSession()).token);
    button.style.setProperty('--connect-hub-radius', '3px');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('connect-link-button::part(card) { outline: 2px solid rgb(1, 2, 3); } connect-link-button::part(close-button) { color: rgb(4, 5, 6); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      await openByClick(button);
      const card = inside(hubIn(button), '.card')!;
      expect(getComputedStyle(card).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(card).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inside(dialogOf(button), 'button.close')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      dialogOf(button)?.requestClose('api');
    }
  });

  it('re-fires the hub events on itself and resolves launch() with the account', async () => {
    const button = await mountButton((await createSession({ provider: 'sandbox_hris' })).token);
    const steps: string[] = [];
    button.addEventListener('connect-hub:event', (event) => steps.push(event.detail.name));
    const launched = button.launch();
    await waitUntil(() => nativeDialog(button)?.open, 'the dialog did not open', PATIENCE);
    const form = await untilForm(hubIn(button)!);
    typeInto(field(form, 'subdomain'), 'acme');
    typeInto(field(form, 'api_key'), 'sandbox_good');
    const success = oneEvent(button, 'connect-hub:success');
    inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const event = await success;
    expect(event.target).to.equal(button);
    const account = await launched;
    expect(account).to.deep.equal({ id: event.detail.id, provider: 'sandbox_hris', result_token: event.detail.result_token });
    expect(account.result_token, 'the promise carries the signed result').to.be.a('string');
    expect(account.id).to.match(/^acc_/);
    expect(steps).to.include.members(['opened', 'connector-selected', 'credentials-submitted', 'connected']);
  });
});

describe('openConnectHub()', () => {
  it('rejects with reason "closed" when the dialog is dismissed', async () => {
    const { token } = await createSession();
    const launched = openConnectHub({ token, baseUrl: await hubUrl(), locale: 'en' });
    await waitUntil(() => document.querySelector('connect-hub-dialog'), 'no dialog', PATIENCE);
    const dialog = document.querySelector('connect-hub-dialog')!;
    await waitUntil(() => inside<HTMLDialogElement>(dialog, 'dialog')?.open, 'not open', PATIENCE);
    dialog.requestClose('api');
    const error = await launched.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(ConnectHubLaunchError);
    expect((error as ConnectHubLaunchError).reason).to.equal('closed');
    await waitUntil(() => !document.querySelector('connect-hub-dialog'), 'the dialog element was not removed', PATIENCE);
  });

  it('rejects with reason "expired" for an unknown token and shows the expired view', async () => {
    const launched = openConnectHub({ token: 'chs_no_such_token', baseUrl: await hubUrl(), locale: 'en' });
    const error = await launched.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((error as ConnectHubLaunchError).reason).to.equal('expired');
    const dialog = document.querySelector('connect-hub-dialog')!;
    expect(inside(inside(dialog, 'connect-hub'), 'connect-hub-status')?.getAttribute('tone')).to.equal('warning');
    dialog.requestClose('api');
  });

  it('rejects with reason "error" without a token, and "blocked" when the popup is refused', async () => {
    const noToken = await openConnectHub({ baseUrl: await hubUrl() }).catch((reason: unknown) => reason);
    expect((noToken as ConnectHubLaunchError).reason).to.equal('error');
    const realOpen = window.open;
    window.open = () => null;
    try {
      const blocked = await openConnectHub({ token: 'chs_x', mode: 'popup', baseUrl: await hubUrl() }).catch((reason: unknown) => reason);
      expect((blocked as ConnectHubLaunchError).reason).to.equal('blocked');
    } finally {
      window.open = realOpen;
    }
  });
});
