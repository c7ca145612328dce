import { expect } from '@open-wc/testing';
import type { AccountsPageElement } from '../../../src/dashboard/index.js';
import type { ProjectConnector } from '../../../src/contract/project.js';
import { adminClient, allInShadow, buttonNamed, fixture, html, inShadow, linkSandbox, typeInto, uniqueOwner, until } from './dashboard-helpers.js';

async function mountPage(options: { pageSize?: number } = {}): Promise<AccountsPageElement> {
  const client = adminClient();
  const connectors: ProjectConnector[] = await client.listConnectors();
  return fixture<AccountsPageElement>(html`<dashboard-accounts-page
    .client=${client}
    .connectors=${connectors}
    page-size=${options.pageSize ?? 25}
  ></dashboard-accounts-page>`);
}

const rowIds = (page: AccountsPageElement) => allInShadow<HTMLTableRowElement>(page, 'tbody tr').map((row) => row.dataset.accountId);

async function filterBy(page: AccountsPageElement, values: { owner?: string; provider?: string; status?: string }) {
  if (values.owner !== undefined) typeInto(inShadow<HTMLInputElement>(page, '#filter-owner'), values.owner);
  if (values.provider !== undefined) typeInto(inShadow<HTMLSelectElement>(page, '#filter-provider'), values.provider);
  if (values.status !== undefined) typeInto(inShadow<HTMLSelectElement>(page, '#filter-status'), values.status);
  // Filters apply as they change (the owner field once typing pauses, which the hash then shows): no Apply button.
  if (values.owner) await until(() => window.location.hash.includes(`owner=${encodeURIComponent(values.owner!)}`), 'the owner filter did not apply');
}

describe('<dashboard-accounts-page>', () => {
  afterEach(() => window.history.replaceState(null, '', window.location.pathname));
  const owner = uniqueOwner('list');
  const ids: string[] = [];
  before(async () => {
    ids.push(await linkSandbox(owner, { origin_username: 'ada@example.com' }));
    ids.push(await linkSandbox(owner, { origin_username: 'grace@example.com' }, 'sandbox_ats'));
    ids.push(await linkSandbox(owner, { origin_username: 'linus@example.com' }));
  });

  it('lists accounts with provider logo and name, owner id and name, username, status, created and updated; passes axe', async () => {
    const page = await mountPage();
    await filterBy(page, { owner });
    await until(() => rowIds(page).length === 3 && rowIds(page), 'the owner’s three accounts did not show');
    const row = inShadow<HTMLTableRowElement>(page, `tr[data-account-id="${ids[1]}"]`)!;
    const cells = [...row.cells].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.contain('Sandbox ATS');
    expect(cells[1]).to.contain(`${owner} Ltd`).and.contain(owner);
    expect(cells[2]).to.equal('grace@example.com');
    expect(cells[3]).to.equal('active');
    expect(row.querySelector('img')?.getAttribute('src')).to.match(/\/logos\/sandbox_ats\.svg\?v=[0-9a-f]{10}$/);
    expect(row.cells[4]!.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(row.querySelector('a')?.getAttribute('href')).to.equal(`#/accounts/${ids[1]}`);
    const headers = allInShadow(page, 'th').map((th) => th.textContent?.trim());
    expect(headers.map((h) => h?.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Provider', 'Origin owner', 'Username', 'Status', 'Created', 'Updated']);
    expect(rowIds(page), 'newest first').to.deep.equal([...ids].reverse());
    expect(row.cells[4]!.textContent, 'times name their zone').to.match(/\b(UTC|GMT[+-]?\d*|[A-Z]{2,5})\s*$/);
    await expect(page).to.be.accessible();
  });

  it('filters by provider and status, and searches, on the server', async () => {
    const page = await mountPage();
    await filterBy(page, { owner, provider: 'sandbox_ats' });
    await until(() => rowIds(page).length === 1, 'the provider filter did not apply');
    expect(rowIds(page)).to.deep.equal([ids[1]]);

    await filterBy(page, { owner, provider: '', status: 'error' });
    await until(() => inShadow(page, '.empty h2')?.textContent === 'No accounts match', 'the status filter did not apply');
    await expect(page).to.be.accessible();

    await filterBy(page, { owner, status: 'active' });
    await until(() => rowIds(page).length === 3, 'clearing the status did not bring rows back');
    typeInto(inShadow<HTMLInputElement>(page, '#search'), 'LINUS');
    await until(() => rowIds(page).length === 1, 'the search did not reach the server');
    expect(rowIds(page)).to.deep.equal([ids[2]]);
  });

  it('pages with page_size and the x-next-page header', async () => {
    const page = await mountPage({ pageSize: 2 });
    await filterBy(page, { owner });
    await until(() => rowIds(page).length === 2 && inShadow(page, '.table-wrap')?.getAttribute('aria-busy') === 'false', 'page 1 did not show 2 rows');
    const first = rowIds(page);
    const previous = buttonNamed(page, 'Previous');
    const next = buttonNamed(page, 'Next');
    expect(previous.disabled).to.equal(true);
    expect(next.disabled).to.equal(false);
    next.click();
    expect(inShadow(page, '.page-number')?.textContent).to.equal('Page 1 of 2');
    expect(inShadow(page, 'caption')?.textContent).to.contain('3 accounts in all');
    await until(() => inShadow(page, '.page-number')?.textContent === 'Page 2 of 2' && rowIds(page).length === 1 && !buttonNamed(page, 'Previous').disabled, 'page 2 did not load');
    expect([...first, ...rowIds(page)].sort()).to.deep.equal([...ids].sort());
    expect(buttonNamed(page, 'Next').disabled, 'no x-next-page on the last page').to.equal(true);
    buttonNamed(page, 'Previous').click();
    await until(() => rowIds(page).length === 2, 'back to page 1');
    expect(rowIds(page)).to.deep.equal(first);
  });

  it('sorts on the server by a column header, says so with aria-sort, and keeps the place in the URL hash', async () => {
    const page = await mountPage();
    await filterBy(page, { owner });
    await until(() => rowIds(page).length === 3 && rowIds(page), 'the owner’s accounts did not show');
    const header = (label: string) => allInShadow<HTMLTableCellElement>(page, 'th').find((th) => th.textContent?.includes(label))!;
    expect(header('Created').getAttribute('aria-sort')).to.equal('descending');
    header('Provider').querySelector('button')!.click();
    // sandbox_ats sorts before sandbox_hris: the ATS account comes first.
    await until(() => rowIds(page)[0] === ids[1], 'sorting by provider did not reach the server');
    expect(header('Provider').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Created').getAttribute('aria-sort')).to.equal('none');
    expect(window.location.hash).to.contain('sort=provider').and.contain('order=asc').and.contain(`owner=${owner}`);
    header('Provider').querySelector('button')!.click();
    await until(() => rowIds(page)[2] === ids[1], 'the second press did not reverse the order');
    expect(header('Provider').getAttribute('aria-sort')).to.equal('descending');
    await expect(page).to.be.accessible();
  });

  it('an owner without accounts gets the empty state with a way to link one', async () => {
    const page = await mountPage();
    await filterBy(page, { owner: uniqueOwner('nobody') });
    await until(() => inShadow(page, '.empty'), 'no empty state');
    await expect(page).to.be.accessible();
  });
});
