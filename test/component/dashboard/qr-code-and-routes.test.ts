import { expect } from '@open-wc/testing';
import { DEFAULT_ACCOUNT_LIST, DEFAULT_DELIVERY_LOG, parseRoute, routeHash } from '../../../src/dashboard/dashboard-app/route.js';
import { enabledCategories } from '../../../src/dashboard/dashboard-app/dashboard-app.js';
import { qrPath } from '../../../src/dashboard/qr-code/qr-code.js';
import type { ProjectConnector } from '../../../src/contract/project.js';
import { basicAuthorization } from '../../../src/dashboard/admin-client.js';
import { fixture, html, inShadow } from './dashboard-helpers.js';

/** Dark modules of a rendered code, read back from its path. */
function darkModules(d: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe('dashboard pieces', () => {
  it('the QR code has the three finder patterns inside a 4-module quiet zone', () => {
    const { size, d } = qrPath('http://127.0.0.1:8787/embedded/integrations?token=chs_example_token_0123456789');
    const modules = size - 8;
    expect((modules - 17) % 4, 'a QR version is 17 + 4·v modules wide').to.equal(0);
    const dark = darkModules(d);
    const finderAt = (left: number, top: number) => {
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 7; c++) {
          const ring = r === 0 || r === 6 || c === 0 || c === 6;
          const core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
          expect(dark.has(`${left + c},${top + r}`), `module ${c},${r} of the finder at ${left},${top}`).to.equal(ring || core);
        }
      }
    };
    finderAt(4, 4);
    finderAt(4 + modules - 7, 4);
    expect([...dark].every((key) => key.split(',').every((n) => Number(n) >= 4 && Number(n) < size - 4)), 'the quiet zone is empty').to.equal(true);
    finderAt(4, 4 + modules - 7);
    expect(qrPath('another link').d).not.to.equal(d);
  });

  it('<dashboard-qr-code> draws an SVG image named by its label', async () => {
    const el = await fixture(html`<dashboard-qr-code value="https://example.test/x" label="QR code of the auth link"></dashboard-qr-code>`);
    const svg = inShadow(el, 'svg');
    expect(svg?.getAttribute('role')).to.equal('img');
    expect(svg?.getAttribute('aria-label')).to.equal('QR code of the auth link');
    await expect(el).to.be.accessible();
  });

  it('routes round-trip through the hash; unknown hashes go to Accounts', () => {
    expect(parseRoute('#/accounts/acc_1%2Fx')).to.deep.equal({ page: 'account', accountId: 'acc_1/x' });
    expect(routeHash({ page: 'account', accountId: 'acc_1/x' })).to.equal('#/accounts/acc_1%2Fx');
    expect(parseRoute('#/link')).to.deep.equal({ page: 'link' });
    expect(parseRoute('#/connectors')).to.deep.equal({ page: 'connectors' });
    expect(parseRoute('')).to.deep.equal({ page: 'accounts', list: DEFAULT_ACCOUNT_LIST });
    expect(parseRoute('#/nope')).to.deep.equal({ page: 'accounts', list: DEFAULT_ACCOUNT_LIST });
    expect(parseRoute('#/accounts/%E0%A4%A')).to.deep.equal({ page: 'accounts', list: DEFAULT_ACCOUNT_LIST });
    expect(DEFAULT_ACCOUNT_LIST, 'newest first by default').to.include({ sort: 'created_at', order: 'desc', page: 1 });
    expect(routeHash({ page: 'accounts', list: DEFAULT_ACCOUNT_LIST }), 'defaults stay out of the hash').to.equal('#/accounts');
  });

  it('the accounts list and the delivery log keep page, sort and filters in the hash; bad values fall back', () => {
    const list = { page: 3, sort: 'origin_owner_name', order: 'asc', provider: 'sandbox_ats', status: 'error', owner: 'org 1&2', search: 'ada lovelace' } as const;
    const hash = routeHash({ page: 'accounts', list });
    expect(hash.startsWith('#/accounts?')).to.equal(true);
    expect(parseRoute(hash)).to.deep.equal({ page: 'accounts', list });
    expect(parseRoute('#/accounts?sort=password&order=up&status=bogus&page=-2')).to.deep.equal({ page: 'accounts', list: DEFAULT_ACCOUNT_LIST });
    const log = { page: 2, status: 'failed', event: 'account.deleted', endpoint: 'whe_1', account: 'acc_1', from: '2026-12-01T08:30', to: '2026-12-02T09:00' } as const;
    expect(parseRoute(routeHash({ page: 'webhooks', log }))).to.deep.equal({ page: 'webhooks', log });
    expect(parseRoute('#/webhooks?status=lost&from=yesterday')).to.deep.equal({ page: 'webhooks', log: DEFAULT_DELIVERY_LOG });
    expect(routeHash({ page: 'webhooks' })).to.equal('#/webhooks');
  });

  it('Link Account offers the categories of enabled connectors only, in the contract order', () => {
    const connector = (key: string, category: string, enabled: boolean): ProjectConnector => ({
      key,
      name: key,
      category,
      enabled,
      auth_type: 'api_key',
      logo_url: '',
      sandbox: false,
    });
    expect(enabledCategories([connector('a', 'crm', true), connector('b', 'hris', true), connector('c', 'ats', false), connector('d', 'hris', true)])).to.deep.equal(['hris', 'crm']);
  });

  it('Basic auth carries the key as username with an empty password, UTF-8 safe', () => {
    expect(basicAuthorization('chk_abc')).to.equal(`Basic ${btoa('chk_abc:')}`);
    expect(() => basicAuthorization('clé')).not.to.throw();
  });
});
