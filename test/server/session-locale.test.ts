import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertClientError, createSession, startTestServer, type TestServer } from './harness.js';

describe('connect session locale', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('stores the locale, maps a regional variant to the locale it reads as, and hands it to the hub', async () => {
    const { token, id, body } = await createSession(t, { locale: 'zh-CN' });
    assert.equal(body.locale, 'zh-Hans');
    const read = await t.call('GET', `/connect_sessions/${id}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.locale, 'zh-Hans');
    const settings = await t.call('GET', '/hub/settings', { token });
    assert.equal(settings.status, 200, settings.text);
    assert.equal(settings.body.locale, 'zh-Hans');
  });

  it('keeps right-to-left locales as given', async () => {
    const { token } = await createSession(t, { locale: 'ar' });
    assert.equal((await t.call('GET', '/hub/settings', { token })).body.locale, 'ar');
  });

  it('without a locale the session has none: the page uses the browser language', async () => {
    const { token, body } = await createSession(t);
    assert.equal(body.locale, null);
    assert.equal((await t.call('GET', '/hub/settings', { token })).body.locale, null);
  });

  it('refuses an unsupported locale with a 400 that names the field and lists the choices', async () => {
    for (const locale of ['xx', 'zh-TW', 'klingon-and-more-than-thirty-five-characters', 42]) {
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'o', origin_owner_name: 'O', locale } });
      assertClientError(result, 400, /locale/);
    }
    const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'o', origin_owner_name: 'O', locale: 'xx' } });
    assert.match(String(result.body.message), /ja, zh-Hans, ar, he/);
  });

  it("E3 with ?locale= has the connector's own words in that language; common labels, values and keys stay", async () => {
    const { token } = await createSession(t, { provider: 'sandbox_ats' });
    const english = await t.call('GET', '/hub/connectors/sandbox_ats', { token });
    const french = await t.call('GET', '/hub/connectors/sandbox_ats?locale=fr-CA', { token });
    assert.equal(french.status, 200, french.text);
    type Config = { configFields: { key: string; label: string; placeholder?: string; options?: { value: string; label: string }[] }[]; configNotices: { key: string; description: string }[]; support: { description: string } };
    const config = (response: typeof english) => (response.body as { config: Config }).config;
    const fields = (response: typeof english) => config(response).configFields;
    const region = (response: typeof english) => fields(response).find((field) => field.key === 'region')!;
    assert.equal(region(english).label, 'Region');
    assert.equal(region(french).label, 'Région');
    assert.equal(region(french).placeholder, 'Choisissez une région');
    assert.deepEqual(region(french).options, [{ value: 'eu', label: 'Europe' }, { value: 'us', label: 'États-Unis' }]);
    assert.deepEqual(fields(french).map((field) => field.key), fields(english).map((field) => field.key));
    assert.equal(fields(french).find((field) => field.key === 'company_id')?.label, 'Company ID', 'the hub translates common labels');
    const notices = config(french).configNotices;
    assert.equal(notices.find((notice) => notice.key === 'sandbox_ats_password')?.description, 'Seul le mot de passe « sandbox_good » est accepté.');
    assert.equal(config(french).support.description, 'Un logiciel de recrutement fictif pour essayer Connect Hub hors ligne.');
    for (const locale of ['', 'xx', 'en']) {
      const fallback = await t.call('GET', `/hub/connectors/sandbox_ats?locale=${locale}`, { token });
      assert.deepEqual(fallback.body, english.body, `locale=${locale} reads English`);
    }
  });
});
