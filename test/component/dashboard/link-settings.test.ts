import { expect } from '@open-wc/testing';
import type { LinkSettingsElement } from '../../../src/dashboard/index.js';
import { adminClient, api, buttonNamed, fixture, html, inShadow, typeInto, until } from './dashboard-helpers.js';

// The project's `max_link_renewals` on the Link Account page, against the real server (PATCH /project).

async function mountSettings(): Promise<LinkSettingsElement> {
  const el = await fixture<LinkSettingsElement>(html`<dashboard-link-settings .client=${adminClient()}></dashboard-link-settings>`);
  await until(() => el.loaded, 'the project was not read');
  await el.updateComplete;
  return el;
}

const input = (el: LinkSettingsElement) => inShadow<HTMLInputElement>(el, '#f-max_link_renewals')!;
const serverValue = async () => (await api<{ max_link_renewals: number }>('GET', '/project')).body.max_link_renewals;

describe('<dashboard-link-settings>', () => {
  let before: number;
  beforeEach(async () => {
    before = await serverValue();
  });
  afterEach(async () => {
    await api('PATCH', '/project', { max_link_renewals: before });
  });

  it('shows the server’s value under a bound label, saves a new one (read back from the API) and says so', async () => {
    const el = await mountSettings();
    const field = input(el);
    expect(field.value).to.equal(String(before));
    expect(inShadow(el, 'label[for=f-max_link_renewals]')?.textContent?.trim()).to.equal('Self-renewals per link');
    expect(field.min).to.equal('0');
    expect(field.max).to.equal('100');
    await expect(el).to.be.accessible();

    const next = before === 5 ? 6 : 5;
    typeInto(field, String(next));
    buttonNamed(el, 'Save').click();
    await until(() => inShadow(el, '[role=status]')?.textContent?.includes(`at most ${next} times`), 'no saved notice');
    expect(await serverValue()).to.equal(next);
    expect(field.getAttribute('aria-invalid')).to.equal('false');

    typeInto(field, '0');
    buttonNamed(el, 'Save').click();
    await until(() => el.saved === 0, 'zero was not saved');
    expect(await serverValue(), '0 turns self-renewal off').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a value the server refuses (101, 1.5): its 400 is shown at the field it names, focused; nothing changes', async () => {
    const el = await mountSettings();
    for (const typed of ['101', '1.5']) {
      typeInto(input(el), typed);
      await el.updateComplete;
      expect(input(el).getAttribute('aria-invalid'), 'typing clears the error').to.equal('false');
      buttonNamed(el, 'Save').click();
      await until(() => input(el).getAttribute('aria-invalid') === 'true', `no field error for ${typed}`);
      expect(inShadow(el, '#f-max_link_renewals-error')?.textContent?.trim()).to.match(/max_link_renewals/);
      expect(input(el).getAttribute('aria-describedby')!.split(' ')).to.include('f-max_link_renewals-error');
      await until(() => el.shadowRoot!.activeElement === input(el), 'focus did not go to the field');
      expect(await serverValue()).to.equal(before);
    }
    await expect(el).to.be.accessible();
    typeInto(input(el), '2');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid'), 'typing clears the error').to.equal('false');
  });

  it('an empty field is required, without a request', async () => {
    const el = await mountSettings();
    typeInto(input(el), '');
    buttonNamed(el, 'Save').click();
    await el.updateComplete;
    expect(inShadow(el, '#f-max_link_renewals-error')?.textContent?.trim()).to.equal('Self-renewals per link is required.');
    expect(await serverValue()).to.equal(before);
  });
});
