import { expect } from '@open-wc/testing';
import type { ConnectorsPageElement } from '../../../src/dashboard/index.js';
import { adminClient, allInShadow, api, fixture, html, hubUrl, inShadow, typeInto, until } from './dashboard-helpers.js';

async function hubProviders(): Promise<string[]> {
  const session = await api<{ token: string }>('POST', '/connect_sessions', { origin_owner_id: 'wtr-connectors', origin_owner_name: 'Connectors' });
  const response = await fetch(`${await hubUrl()}/hub/connectors`, { headers: { 'x-hub-session-token': session.body.token } });
  const body = (await response.json()) as { integrations: Array<{ provider: string }> };
  return body.integrations.map((i) => i.provider);
}

describe('<dashboard-connectors-page>', () => {
  afterEach(async () => {
    await api('PUT', '/project/connectors/sandbox_ats', { enabled: true });
  });

  it('lists the catalog with a real switch per connector; passes axe', async () => {
    const client = adminClient();
    const el = await fixture<ConnectorsPageElement>(html`<dashboard-connectors-page .client=${client} .connectors=${await client.listConnectors()}></dashboard-connectors-page>`);
    const switches = allInShadow<HTMLButtonElement>(el, 'button[role=switch]');
    expect(switches.length).to.be.greaterThan(40);
    expect(switches[0]!.getAttribute('aria-checked')).to.equal('true');
    expect(switches[0]!.getAttribute('aria-label')).to.match(/^Enable /);
    expect(inShadow(el, 'tr[data-connector=sandbox_hris]')?.textContent).to.contain('HRIS').and.contain('sandbox');
    await expect(el).to.be.accessible();
  });

  it('switching a connector off saves it: the hub stops listing it; on again brings it back', async () => {
    const client = adminClient();
    const el = await fixture<ConnectorsPageElement>(html`<dashboard-connectors-page .client=${client} .connectors=${await client.listConnectors()}></dashboard-connectors-page>`);
    typeInto(inShadow<HTMLInputElement>(el, '#connector-search'), 'sandbox ats');
    await el.updateComplete;
    typeInto(inShadow<HTMLInputElement>(el, '#connector-search'), 'Sandbox ATS');
    await el.updateComplete;
    const toggle = () => inShadow<HTMLButtonElement>(el, 'tr[data-connector=sandbox_ats] button[role=switch]')!;
    expect(allInShadow(el, 'tbody tr').length).to.equal(1);
    expect(await hubProviders()).to.include('sandbox_ats');

    toggle().click();
    await until(() => toggle().getAttribute('aria-checked') === 'false' && !toggle().disabled, 'the switch did not turn off');
    expect(inShadow(el, '[role=status]')?.textContent).to.equal('Sandbox ATS is disabled.');
    expect(await hubProviders()).not.to.include('sandbox_ats');
    const saved = (await client.listConnectors()).find((c) => c.key === 'sandbox_ats');
    expect(saved?.enabled).to.equal(false);
    await expect(el).to.be.accessible();

    toggle().focus();
    toggle().click();
    await until(() => toggle().getAttribute('aria-checked') === 'true' && !toggle().disabled, 'the switch did not turn on');
    expect(await hubProviders()).to.include('sandbox_ats');
  });
});
