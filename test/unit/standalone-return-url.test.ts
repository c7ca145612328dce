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
