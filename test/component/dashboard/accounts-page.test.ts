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
  buttonNamed(page, 'Apply').click();
}

describe('<dashboard-accounts-page>', () => {
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
    expect(row.querySelector('img')?.getAttribute('src')).to.match(/\/logos\/sandbox_ats\.svg$/);
    expect(row.cells[4]!.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(row.querySelector('a')?.getAttribute('href')).to.equal(`#/accounts/${ids[1]}`);
    const headers = allInShadow(page, 'th').map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['Provider', 'Origin owner', 'Username', 'Status', 'Created', 'Updated']);
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
    await until(() => rowIds(page).length === 2, 'page 1 did not show 2 rows');
    const first = rowIds(page);
    const previous = buttonNamed(page, 'Previous');
    const next = buttonNamed(page, 'Next');
    expect(previous.disabled).to.equal(true);
    expect(next.disabled).to.equal(false);
    next.click();
    await until(() => inShadow(page, '.page-number')?.textContent === 'Page 2' && rowIds(page).length === 1 && !buttonNamed(page, 'Previous').disabled, 'page 2 did not load');
    expect([...first, ...rowIds(page)].sort()).to.deep.equal([...ids].sort());
    expect(buttonNamed(page, 'Next').disabled, 'no x-next-page on the last page').to.equal(true);
    buttonNamed(page, 'Previous').click();
    await until(() => rowIds(page).length === 2, 'back to page 1');
    expect(rowIds(page)).to.deep.equal(first);
  });

  it('an owner without accounts gets the empty state with a way to link one', async () => {
    const page = await mountPage();
    await filterBy(page, { owner: uniqueOwner('nobody') });
    await until(() => inShadow(page, '.empty'), 'no empty state');
    await expect(page).to.be.accessible();
  });
});
