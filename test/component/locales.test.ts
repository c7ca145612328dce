import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES } from '../../src/contract/locales.js';
import type { ConnectHubElement } from '../../src/hub/index.js';
import { loadStrings } from '../../src/hub/strings/index.js';
import '../../src/hub/define.js';
import { PATIENCE, allInside, createSession, field, formOf, inside, listOf, mountHub, typeInto, untilForm, untilList, untilStatus } from './helpers.js';
import { ar as arConnectorTexts } from '../../src/i18n/connector-texts/ar.js';
import { fr as frConnectorTexts } from '../../src/i18n/connector-texts/fr.js';

const card = (hub: ConnectHubElement) => inside(hub, '.card')!;
const listHeading = (hub: ConnectHubElement) => inside(listOf(hub), 'h2')?.textContent?.trim();

async function untilHeading(hub: ConnectHubElement, text: string): Promise<void> {
  await waitUntil(() => listHeading(hub) === text, `the list heading never read ${JSON.stringify(text)} (it read ${JSON.stringify(listHeading(hub))})`, PATIENCE);
}

describe('hub languages', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the list renders in the language, with lang and dir on the card`, async () => {
      const strings = await loadStrings(locale);
      const hub = await mountHub({ token: (await createSession()).token, locale });
      await untilList(hub);
      await untilHeading(hub, strings.chooseTitle);
      expect(card(hub).getAttribute('lang')).to.equal(locale);
      expect(card(hub).getAttribute('dir')).to.equal(locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr');
      // The heading is laid out (not an empty or zero-width box), so the script has a font in this browser.
      expect(inside(listOf(hub), 'h2')!.getBoundingClientRect().width).to.be.greaterThan(20);
    });
  }

  it("the session's locale is used when the element names none; the attribute wins over it", async () => {
    const ja = await loadStrings('ja');
    const fromSession = await mountHub({ token: (await createSession({ locale: 'ja' })).token, locale: '' });
    await untilList(fromSession);
    await untilHeading(fromSession, ja.chooseTitle);

    const de = await loadStrings('de');
    const attributeWins = await mountHub({ token: (await createSession({ locale: 'ja' })).token, locale: 'de-AT' });
    await untilList(attributeWins);
    await untilHeading(attributeWins, de.chooseTitle);
  });

  it('an unknown attribute locale falls back to the next choice, then English', async () => {
    const en = await loadStrings('en');
    const hub = await mountHub({ token: (await createSession()).token, locale: 'tlh' });
    await untilList(hub);
    await untilHeading(hub, en.chooseTitle);
  });

  it('ar: common field labels and the required message are Arabic; the form mirrors', async () => {
    const ar = await loadStrings('ar');
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token, locale: 'ar' });
    const form = await untilForm(hub);
    const label = inside(form, 'label[for="f-api_key"]')?.textContent?.trim();
    expect(label).to.equal(ar.fieldLabels['API key']);
    expect(getComputedStyle(inside(form, 'form')!).direction).to.equal('rtl');
  });

  it("fr, then ar: the connector's own label, help, options and notices come in the hub's language, and follow a change", async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_ats' })).token, locale: 'fr' });
    const text = (selector: string) => inside(formOf(hub), selector)?.textContent?.trim();
    await untilForm(hub);
    // The French catalog's words (read from it, so a reviewed translation does not break the test).
    const frText = (english: string) => frConnectorTexts[english] ?? english;
    await waitUntil(() => text('label[for="f-region"]') === frText('Region'), `the label read ${JSON.stringify(text('label[for="f-region"]'))}`, PATIENCE);
    expect(text('#f-region-desc')).to.equal(frText('Where the pretend account lives; both regions work.'));
    expect(text('#f-region-desc')).not.to.equal('Where the pretend account lives; both regions work.');
    expect(allInside(formOf(hub), '#f-region option').map((option) => option.textContent?.trim())).to.deep.equal([frText('Choose a region'), frText('Europe'), frText('United States')]);
    expect(allInside(formOf(hub), '[role="note"]').map((note) => note.textContent?.trim())).to.include(frText('Only the password "sandbox_good" is accepted.'));
    // A common label is still the hub's own translation; the option values sent are the catalog's.
    expect(text('label[for="f-company_id"]')).to.equal((await loadStrings('fr')).fieldLabels['Company ID']);
    expect(field<HTMLSelectElement>(formOf(hub)!, 'region').value).to.equal('eu');

    hub.locale = 'ar';
    await waitUntil(() => text('label[for="f-region"]') === arConnectorTexts['Region'], `after the switch the label read ${JSON.stringify(text('label[for="f-region"]'))}`, PATIENCE);
    expect(text('#f-region-desc')).to.equal(arConnectorTexts['Where the pretend account lives; both regions work.']);
    expect(card(hub).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(inside(formOf(hub), 'form')!).direction).to.equal('rtl');
  });

  it('a language change while the form is open keeps what the user typed and chose', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_ats' })).token, locale: 'en' });
    const form = await untilForm(hub);
    typeInto(field(form, 'company_id'), 'acme-42');
    typeInto(field<HTMLSelectElement>(form, 'region'), 'us');
    const formBefore = formOf(hub);

    hub.locale = 'fr';
    const label = () => inside(formOf(hub), 'label[for="f-region"]')?.textContent?.trim();
    await waitUntil(() => label() === (frConnectorTexts['Region'] ?? 'Region') && label() !== 'Region', `the label read ${JSON.stringify(label())}`, PATIENCE);
    // The same form element, never unmounted for a loading view, with the values as they were.
    expect(formOf(hub) === formBefore, 'the form was mounted anew').to.equal(true);
    expect(field(formOf(hub)!, 'company_id').value).to.equal('acme-42');
    expect(field<HTMLSelectElement>(formOf(hub)!, 'region').value).to.equal('us');
  });

  for (const theme of ['light', 'dark']) {
    it(`ar (${theme}): list, form, error and success pass axe`, async () => {
      const hub = await mountHub({ token: (await createSession()).token, locale: 'ar', theme });
      await untilList(hub);
      await untilHeading(hub, (await loadStrings('ar')).chooseTitle);
      await expect(hub).to.be.accessible();

      const single = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token, locale: 'ar', theme });
      const form = await untilForm(single);
      await expect(single).to.be.accessible();
      typeInto(field(form, 'subdomain'), 'acme');
      typeInto(field(form, 'api_key'), 'wrong-key');
      inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
      await waitUntil(() => inside(form, '[role="alert"]'), 'no error shown', PATIENCE);
      await expect(single).to.be.accessible();
      typeInto(field(form, 'api_key'), 'sandbox_good');
      inside<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
      await untilStatus(single, 'success');
      await expect(single).to.be.accessible();
    });
  }
});
