import assert from 'node:assert/strict';
import { test } from 'node:test';
import { returnTarget } from '../../src/standalone/return-url.js';

const account = { id: 'acc_1', provider: 'sandbox_hris' };
const own = 'https://hub.example.com';

test('returns to an allowed origin with the account in the query', () => {
  const target = returnTarget('https://app.example.com/settings?tab=hr#top', ['https://app.example.com'], own, account);
  assert.equal(target, 'https://app.example.com/settings?tab=hr&connect_hub_account_id=acc_1&connect_hub_provider=sandbox_hris#top');
});

test("returns to the server's own origin without an allow-list entry", () => {
  assert.equal(returnTarget(`${own}/demo/`, [], own, account), `${own}/demo/?connect_hub_account_id=acc_1&connect_hub_provider=sandbox_hris`);
});

test('never redirects anywhere else (no open redirect)', () => {
  for (const url of ['https://evil.example.net/', 'https://app.example.com.evil.net/', 'javascript:alert(1)', 'data:text/html,x', '//evil.example.net', 'not a url', '']) {
    assert.equal(returnTarget(url, ['https://app.example.com', '*'], own, account), undefined, url);
  }
  assert.equal(returnTarget(null, ['https://app.example.com'], own, account), undefined);
});

test('the result_token rides in the fragment, after the return URL\'s own, never in the query; readConnectHubReturn reads it back', async () => {
  const { readConnectHubReturn } = await import('../../src/launcher/redirect.js');
  const resultToken = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJhY2NfMSJ9.c2lnbmF0dXJl';
  for (const returnUrl of ['https://app.example.com/settings?tab=hr#top', 'https://app.example.com/', 'https://app.example.com/#/hr?x=1']) {
    const target = new URL(returnTarget(returnUrl, ['https://app.example.com'], own, { ...account, result_token: resultToken })!);
    assert.equal(target.search.includes(resultToken), false, target.href);
    assert.equal(target.hash.endsWith(`connect_hub_result_token=${resultToken}`), true, target.href);
    assert.equal(target.hash.startsWith(new URL(returnUrl).hash || '#connect_hub_result_token'), true, target.href);
    assert.deepEqual(readConnectHubReturn({ href: target.href } as Location, false), { ...account, result_token: resultToken });
  }
  // A success without a token (an older server): the account alone.
  const plain = returnTarget('https://app.example.com/#top', ['https://app.example.com'], own, account)!;
  assert.equal(new URL(plain).hash, '#top');
  assert.deepEqual(readConnectHubReturn({ href: plain } as Location, false), account);
});
