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
});
