import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startTestServer, storeQuery, type TestServer } from './harness.js';

const KEY = randomBytes(32);

/**
 * The database remembers which key its credentials are sealed with, as a fixed HMAC of the key: the
 * format is pinned, since a changed check would lock every existing database out of its own key.
 */
describe('the credential key check', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { secretKey: KEY.toString('base64') } });
  });
  after(() => t.stop());

  it('is stored once as HMAC-SHA256(key, "connect-hub credential key check v1") under credential_key_check', async () => {
    const rows = await storeQuery<{ name: string; value: string }>(t, "select name, value from server_settings where name = 'credential_key_check'");
    assert.deepEqual(rows.map((row) => row.value), [createHmac('sha256', KEY).update('connect-hub credential key check v1').digest('hex')]);
  });

  it('another key is refused with the whole way out, naming the row to delete', async () => {
    await t.server.close();
    await assert.rejects(
      startTestServer({ dataDir: t.dataDir, apiKey: t.apiKey, config: { secretKey: randomBytes(32).toString('hex') } }),
      (error: Error) =>
        error.name === 'SecretKeyError' &&
        error.message ===
          "this database was written with another secret key: set CONNECT_HUB_SECRET_KEY (or the data dir's secret.key) to the key it was written with; " +
            'every server on one database needs the same key. If that key is lost, so are the stored credentials: delete the server_settings row ' +
            '"credential_key_check" to start over with this key (linked accounts must then connect again).',
    );
    await t.restart();
    assert.equal((await t.call('GET', '/accounts')).status, 200, 'the same key starts again');
  });
});
