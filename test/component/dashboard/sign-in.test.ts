import { expect, oneEvent } from '@open-wc/testing';
import type { DashboardSignedInEvent, SignInElement } from '../../../src/dashboard/index.js';
import { API_BASE, TEST_API_KEY, fixture, html, inShadow, until } from './dashboard-helpers.js';

async function mountSignIn(): Promise<SignInElement> {
  return fixture<SignInElement>(html`<dashboard-sign-in base-url=${API_BASE}></dashboard-sign-in>`);
}

function keyInput(el: SignInElement): HTMLInputElement {
  const input = inShadow<HTMLInputElement>(el, '#api-key');
  if (!input) throw new Error('no API key field');
  return input;
}

function submit(el: SignInElement): void {
  inShadow<HTMLButtonElement>(el, 'button[type=submit]')?.click();
}

describe('<dashboard-sign-in>', () => {
  it('is a labelled password field with a submit button, and passes axe', async () => {
    const el = await mountSignIn();
    const input = keyInput(el);
    expect(input.type).to.equal('password');
    expect(inShadow(el, 'label[for=api-key]')?.textContent).to.equal('API key');
    await expect(el).to.be.accessible();
  });

  it('an empty key is an error at the field, described by it', async () => {
    const el = await mountSignIn();
    submit(el);
    await el.updateComplete;
    const input = keyInput(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('api-key-error');
    expect(inShadow(el, '#api-key-error')?.textContent?.trim()).to.equal('Enter your project’s API key.');
    await expect(el).to.be.accessible();
  });

  it('a key the server does not know gets a clear error at the field and no event', async () => {
    const el = await mountSignIn();
    let signedIn = false;
    el.addEventListener('dashboard:signed-in', () => (signedIn = true));
    keyInput(el).value = 'chk_not_a_real_key';
    submit(el);
    const message = await until(() => inShadow(el, '#api-key-error')?.textContent?.trim(), 'no sign-in error');
    expect(message).to.equal('This API key was not accepted by this server. Check it and try again.');
    expect(keyInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(signedIn).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the right key is checked with GET /project and signs in', async () => {
    const el = await mountSignIn();
    keyInput(el).value = `  ${TEST_API_KEY}  `;
    const event = oneEvent(el, 'dashboard:signed-in') as Promise<DashboardSignedInEvent>;
    submit(el);
    const { detail } = await event;
    expect(detail.apiKey).to.equal(TEST_API_KEY);
    expect(detail.project.name).to.be.a('string').and.not.equal('');
    expect(detail.project.categories).to.include('hris');
    expect(keyInput(el).value, 'the field forgets the key').to.equal('');
  });
});
