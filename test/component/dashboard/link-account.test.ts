import { expect } from '@open-wc/testing';
import type { LinkAccountElement } from '../../../src/dashboard/index.js';
import { adminClient, buttonNamed, fixture, html, inShadow, sessionOfLink, typeInto, uniqueOwner, until } from './dashboard-helpers.js';

async function mountLink(): Promise<LinkAccountElement> {
  return fixture<LinkAccountElement>(html`<dashboard-link-account .client=${adminClient()} .categories=${['hris', 'ats', 'crm']}></dashboard-link-account>`);
}

const control = <E extends HTMLElement = HTMLInputElement>(el: LinkAccountElement, name: string) => inShadow<E>(el, `#f-${name}`)!;

describe('<dashboard-link-account>', () => {
  it('Next with the required fields empty shows the errors at the fields (aria-invalid, described-by) and focuses the first', async () => {
    const el = await mountLink();
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Next').click();
    await el.updateComplete;
    for (const [name, message] of [
      ['origin_owner_id', 'Origin owner ID is required.'],
      ['origin_owner_name', 'Origin owner name is required.'],
    ]) {
      const input = control(el, name);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`f-${name}-error`);
      expect(inShadow(el, `#f-${name}-error`)?.textContent?.trim()).to.equal(message);
    }
    expect(control(el, 'origin_username').getAttribute('aria-invalid')).to.equal('false');
    await until(() => el.shadowRoot!.activeElement === control(el, 'origin_owner_id'), 'focus did not go to the first invalid field');
    await expect(el).to.be.accessible();

    typeInto(control(el, 'origin_owner_id'), 'x');
    await el.updateComplete;
    expect(control(el, 'origin_owner_id').getAttribute('aria-invalid'), 'typing clears the error').to.equal('false');
  });

  it('details → review → Generate: the link carries owner id/name/username/category, expires in 30 days, with copy and a QR code', async () => {
    const owner = uniqueOwner('link');
    const el = await mountLink();
    const categories = [...control<HTMLSelectElement>(el, 'category').options].map((o) => [o.value, o.text]);
    expect(categories).to.deep.equal([['', 'Any category'], ['hris', 'HRIS'], ['ats', 'ATS'], ['crm', 'CRM']]);
    expect(control<HTMLSelectElement>(el, 'expiry').value, '30 days by default').to.equal('30');
    typeInto(control(el, 'origin_owner_id'), owner);
    typeInto(control(el, 'origin_owner_name'), 'Globex Corp');
    typeInto(control(el, 'origin_username'), 'hank@globex.test');
    typeInto(control<HTMLSelectElement>(el, 'category'), 'hris');
    buttonNamed(el, 'Next').click();

    const review = await until(() => inShadow(el, 'dl.details'), 'no review step');
    expect(review.textContent).to.contain(owner).and.contain('Globex Corp').and.contain('hank@globex.test').and.contain('HRIS').and.contain('30 days');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Generate link').click();
    const result = await until(() => inShadow(el, 'dashboard-auth-link'), 'no auth link');
    await result.updateComplete;
    expect(result.url).to.match(/\/embedded\/integrations\?token=/);
    expect(inShadow<HTMLInputElement>(result, '#auth-link')?.value).to.equal(result.url);
    const session = await sessionOfLink(result.url);
    expect(session).to.include({ origin_owner_id: owner, origin_owner_name: 'Globex Corp', origin_username: 'hank@globex.test' });
    expect(session.categories).to.deep.equal(['hris']);
    expect((Date.parse(session.expires_at) - Date.now()) / 86_400_000).to.be.within(29.9, 30.1);
    expect(inShadow(result, 'time')?.getAttribute('datetime')).to.equal(session.expires_at);

    const qr = inShadow(result, 'dashboard-qr-code');
    await (qr as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const svg = inShadow<SVGSVGElement>(qr, 'svg[role=img]');
    expect(svg?.getAttribute('aria-label')).to.equal('QR code of the auth link');
    expect(svg?.querySelector('path')?.getAttribute('d')?.length).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
  });

  it('a shorter expiry (7 days) is honoured; Back keeps the values', async () => {
    const el = await mountLink();
    typeInto(control(el, 'origin_owner_id'), uniqueOwner('week'));
    typeInto(control(el, 'origin_owner_name'), 'Initech');
    typeInto(control<HTMLSelectElement>(el, 'expiry'), '7');
    buttonNamed(el, 'Next').click();
    await until(() => inShadow(el, 'dl.details'), 'no review step');
    buttonNamed(el, 'Back').click();
    await until(() => inShadow(el, '#f-origin_owner_name'), 'Back did not return to the form');
    expect(control(el, 'origin_owner_name').value).to.equal('Initech');
    buttonNamed(el, 'Next').click();
    await until(() => inShadow(el, 'dl.details'), 'no review step');
    buttonNamed(el, 'Generate link').click();
    const result = await until(() => inShadow(el, 'dashboard-auth-link'), 'no auth link');
    const session = await sessionOfLink(result.url);
    expect((Date.parse(session.expires_at) - Date.now()) / 86_400_000).to.be.within(6.9, 7.1);
    expect(session.categories ?? null).to.equal(null);
  });

  it('Copy writes the link to the clipboard and says "Copied"', async () => {
    const el = await mountLink();
    typeInto(control(el, 'origin_owner_id'), uniqueOwner('copy'));
    typeInto(control(el, 'origin_owner_name'), 'Umbrella');
    buttonNamed(el, 'Next').click();
    await until(() => inShadow(el, 'dl.details'), 'no review step');
    buttonNamed(el, 'Generate link').click();
    const result = await until(() => inShadow(el, 'dashboard-auth-link'), 'no auth link');
    await result.updateComplete;
    const written: string[] = [];
    // The test page has no clipboard permission; record what the element hands to the Clipboard API.
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      written.push(text);
    };
    try {
      buttonNamed(result, 'Copy').click();
      await until(() => inShadow(result, 'button.copy')?.textContent?.replace(/\s+/g, ' ').trim() === '✓ Copied', 'the button did not confirm');
    } finally {
      clipboard.writeText = original;
    }
    expect(written).to.deep.equal([result.url]);
    expect(inShadow(result, '#copy-status')?.textContent).to.contain('copied');
    await expect(el).to.be.accessible();
  });
});
