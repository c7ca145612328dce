import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { StatusViewElement } from '../../src/hub/index.js';
import {
  PATIENCE,
  allInside,
  buttonByText,
  createSession,
  formOf,
  inside,
  listOf,
  mountHub,
  rowNames,
  statusOf,
  typeInto,
  untilForm,
  untilList,
} from './helpers.js';

describe('<connect-hub> list', () => {
  it('shows the loading skeleton first, then the project’s connectors', async () => {
    const { token } = await createSession();
    const hub = await mountHub({ token });
    expect(statusOf(hub)?.tone, 'first paint is the skeleton').to.equal('loading');
    expect(inside(statusOf(hub), '[role="status"]')?.textContent).to.contain('Loading connectors');
    const list = await untilList(hub);
    expect(rowNames(list)).to.include.members(['Sandbox HRIS', 'Sandbox ATS']);
    expect(inside(list, '[role="status"]')?.textContent).to.match(/\d+ connectors/);
    await expect(hub).to.be.accessible();
  });

  it('shows every served logo as a fragment of one sprite that keeps the logos\' version, so it is cached for good', async () => {
    const { token } = await createSession();
    const hub = await mountHub({ token });
    const list = await untilList(hub);
    const sources = allInside(list, '.row img').map((img) => (img as HTMLImageElement).src);
    expect(sources.length).to.be.greaterThan(2);
    const [sprite] = sources[0]!.split('#');
    expect(sprite).to.match(/\/logos\/sprite\.svg\?k=[\w,]+&v=[0-9a-f]{10}$/);
    expect(sources.every((source) => source.startsWith(`${sprite}#`))).to.equal(true);
    const answer = await fetch(sprite!);
    expect(answer.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
  });

  it('the loading skeleton is accessible on its own', async () => {
    const status = new StatusViewElement();
    document.body.append(status);
    await status.updateComplete;
    expect(inside(status, '.skeleton')?.getAttribute('aria-busy')).to.equal('true');
    await expect(status).to.be.accessible();
    status.remove();
  });

  it('search filters as you type; an empty search says so and can be cleared', async () => {
    const hub = await mountHub({ token: (await createSession()).token });
    const list = await untilList(hub);
    const total = rowNames(list).length;
    const search = inside<HTMLInputElement>(list, 'input[type="search"]');
    typeInto(search, 'SANDBOX');
    await waitUntil(() => rowNames(list).length < total, 'search did not filter', PATIENCE);
    const found = rowNames(list);
    expect(found).to.include.members(['Sandbox HRIS', 'Sandbox ATS']);
    expect(found.every((name) => name.toLowerCase().includes('sandbox'))).to.equal(true);
    expect(inside(list, '[role="status"]')?.textContent).to.contain(`${found.length} connectors`);
    await expect(hub).to.be.accessible();

    typeInto(search, 'no such thing');
    await waitUntil(() => inside(list, '.empty'), 'no empty state', PATIENCE);
    expect(inside(list, '.empty')?.textContent).to.contain('No connectors found').and.contain('no such thing');
    await expect(hub).to.be.accessible();
    buttonByText(list, 'Clear search')?.click();
    await waitUntil(() => rowNames(list).length === total, 'clearing did not restore the list', PATIENCE);
  });

  it('category pills filter, and pressing the chosen pill again clears the filter', async () => {
    const hub = await mountHub({ token: (await createSession()).token });
    const list = await untilList(hub);
    const total = rowNames(list).length;
    const pills = allInside<HTMLButtonElement>(list, '.pill');
    expect(pills.map((pill) => pill.textContent?.trim())).to.include.members(['All', 'HRIS', 'ATS']);
    const ats = pills.find((pill) => pill.textContent?.trim() === 'ATS')!;
    ats.click();
    await waitUntil(() => rowNames(list).length < total, 'pill did not filter', PATIENCE);
    expect(ats.getAttribute('aria-pressed')).to.equal('true');
    expect(allInside(list, '.row .category').every((label) => label.textContent?.trim() === 'ATS')).to.equal(true);
    expect(rowNames(list)).to.include('Sandbox ATS');
    await expect(hub).to.be.accessible();
    ats.click();
    await waitUntil(() => rowNames(list).length === total, 'pill did not clear', PATIENCE);
  });

  it('a session limited to one category shows no pills', async () => {
    const hub = await mountHub({ token: (await createSession({ categories: ['ats'] })).token });
    const list = await untilList(hub);
    expect(allInside(list, '.pill')).to.have.length(0);
    expect(rowNames(list)).to.include('Sandbox ATS').and.not.include('Sandbox HRIS');
  });

  it('opens straight on the form when exactly one connector is active, without Back', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    const form = await untilForm(hub);
    expect(listOf(hub)).to.equal(null);
    expect(inside(form, 'h2')?.textContent).to.contain('Connect Sandbox HRIS');
    expect(inside(form, '.back')).to.equal(null);
    await expect(hub).to.be.accessible();
  });

  it('picking a connector opens its form; Back returns to the list', async () => {
    const steps: string[] = [];
    const hub = await mountHub({ token: (await createSession()).token });
    hub.addEventListener('connect-hub:event', (event) => steps.push(event.detail.name));
    const list = await untilList(hub);
    allInside<HTMLButtonElement>(list, '.row').find((row) => row.textContent?.includes('Sandbox ATS'))!.click();
    const form = await untilForm(hub);
    expect(steps).to.include('connector-selected');
    inside<HTMLButtonElement>(form, '.back')!.click();
    await untilList(hub);
    expect(formOf(hub)).to.equal(null);
  });

  it('keyboard only: reach the search, pick a connector, fill and submit it', async () => {
    const hub = await mountHub({ token: (await createSession({ multiple: true })).token });
    const list = await untilList(hub);
    const before = document.createElement('button');
    before.textContent = 'host page button';
    hub.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot?.activeElement?.id, 'Tab lands in the search field').to.equal('search');
    await sendKeys({ type: 'sandbox' });
    await waitUntil(() => rowNames(list).every((name) => name.startsWith('Sandbox')), 'typing did not filter', PATIENCE);
    const names = rowNames(list);
    const focused = () => list.shadowRoot?.activeElement?.querySelector('.name')?.textContent;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(names[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(names[1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(names[0]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(names[names.length - 1]);
    await sendKeys({ press: 'Home' });
    for (let step = 0; step < names.length && focused() !== 'Sandbox HRIS'; step++) await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Sandbox HRIS');
    await sendKeys({ press: 'Enter' });
    const form = await untilForm(hub);
    before.focus();
    await sendKeys({ press: 'Tab' }); // Back
    await sendKeys({ press: 'Tab' }); // Subdomain
    expect(form.shadowRoot?.activeElement?.id).to.equal('f-subdomain');
    await sendKeys({ type: 'acme' });
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot?.activeElement?.id).to.equal('f-api_key');
    await sendKeys({ type: 'sandbox_good' });
    const success = new Promise<CustomEvent>((resolve) => hub.addEventListener('connect-hub:success', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    const event = await success;
    expect(event.detail.provider).to.equal('sandbox_hris');
    before.remove();
  });
});
