import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ConnectorFormElement } from '../../src/hub/index.js';
import { toConnectorView } from '../../src/hub/form-model/connector-view.js';
import type { ConnectorConfig } from '../../src/contract/hub-responses.js';
import {
  PATIENCE,
  allInside,
  api,
  buttonByText,
  createSession,
  field,
  inside,
  mountHub,
  statusOf,
  typeInto,
  untilForm,
  untilStatus,
} from './helpers.js';

const submitButton = (form: Element) => inside<HTMLButtonElement>(form, 'button[type="submit"]')!;

describe('<connect-hub> form', () => {
  it('draws select, number, text and password fields with notices placed per the contract', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_ats' })).token });
    const form = await untilForm(hub);
    const region = field<HTMLSelectElement>(form, 'region');
    expect(region.tagName).to.equal('SELECT');
    expect(region.value, 'pre-filled from the field default').to.equal('eu');
    expect(field(form, 'company_id').getAttribute('inputmode')).to.equal('numeric');
    expect(field(form, 'username').type).to.equal('text');
    expect(field(form, 'password').type).to.equal('password');
    // Order of notices and fields in the body.
    const order = allInside(form, '.body > .notice, .body > .field').map((node) =>
      node.classList.contains('notice') ? `notice:${node.textContent?.trim().slice(0, 12)}` : `field:${node.querySelector('label')?.textContent}`,
    );
    expect(order).to.deep.equal([
      'notice:This is a pr',
      'field:Region',
      'field:Company ID',
      'field:Username',
      'notice:Only the pas',
      'field:Password',
      'notice:Once connect',
    ]);
    expect(inside(form, '.notice.warning')?.textContent).to.contain('sandbox_good');
    expect(field(form, 'username').getAttribute('aria-describedby')).to.contain('f-username-desc');
    await expect(hub).to.be.accessible();
  });

  it('password reveal toggles the input type', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    const form = await untilForm(hub);
    const toggle = buttonByText(form, 'Show')!;
    expect(toggle.getAttribute('aria-controls')).to.equal('f-api_key');
    toggle.click();
    await waitUntil(() => field(form, 'api_key').type === 'text', 'did not reveal', PATIENCE);
    expect(buttonByText(form, 'Hide')).to.not.equal(undefined);
    buttonByText(form, 'Hide')!.click();
    await waitUntil(() => field(form, 'api_key').type === 'password', 'did not hide', PATIENCE);
  });

  it('validation messages show at the field, are announced and block the submit', async () => {
    const steps: string[] = [];
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_ats' })).token });
    hub.addEventListener('connect-hub:event', (event) => steps.push(event.detail.name));
    const form = await untilForm(hub);
    typeInto(field(form, 'company_id'), '12a');
    field(form, 'company_id').dispatchEvent(new Event('blur'));
    await waitUntil(() => inside(form, '#f-company_id-err')?.textContent === 'Must be a valid number', 'no number message', PATIENCE);
    expect(field(form, 'company_id').getAttribute('aria-invalid')).to.equal('true');
    expect(inside(form, '#f-company_id-err')?.getAttribute('aria-live')).to.equal('polite');
    submitButton(form).click();
    await waitUntil(() => inside(form, '#f-username-err')?.textContent === 'Username is required', 'no required message', PATIENCE);
    expect(inside(form, '#f-password-err')?.textContent).to.equal('Password is required');
    expect(inside(form, '.footer [role="status"]')?.textContent).to.equal('Fix 3 fields to continue.');
    expect(form.shadowRoot?.activeElement?.id, 'focus goes to the first invalid field').to.equal('f-company_id');
    expect(steps).to.not.include('credentials-submitted');
    await expect(hub).to.be.accessible();
    typeInto(field(form, 'company_id'), '4200');
    await waitUntil(() => inside(form, '#f-company_id-err')?.textContent === '', 'message did not clear', PATIENCE);
    expect(field(form, 'company_id').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('the html-pattern rule uses the connector’s message', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token });
    const form = await untilForm(hub);
    typeInto(field(form, 'subdomain'), 'Not Valid!');
    field(form, 'subdomain').dispatchEvent(new Event('blur'));
    await waitUntil(() => inside(form, '#f-subdomain-err')?.textContent?.includes('lower-case'), 'no pattern message', PATIENCE);
  });

  it('text_area, tooltips, domain rule, hidden fields and the OAuth prompt', async () => {
    const config: ConnectorConfig = {
      key: 'notes_app',
      name: 'Notes App',
      type: 'custom',
      configFields: [
        { key: 'domain', label: 'Domain', type: 'text', secret: false, required: true, tooltip: 'Your company domain', validation: { type: 'domain', pattern: 'notes' } },
        { key: 'note', label: 'Note', type: 'text_area', secret: false },
        { key: 'hidden', label: 'Hidden', type: 'text', secret: false, display: false, value: 'kept' },
      ],
      support: { link: 'https://example.com/guide' },
    };
    const view = toConnectorView(config, { authentication_config_key: 'default', environment: 'production' });
    const form = await fixture<ConnectorFormElement>(
      html`<connect-hub-connector-form .connector=${view} .initialValues=${{ domain: '', note: '', hidden: 'kept' }}></connect-hub-connector-form>`,
    );
    expect(field(form, 'note').tagName).to.equal('TEXTAREA');
    expect(inside(form, '#f-hidden')).to.equal(null);
    const guide = inside<HTMLAnchorElement>(form, 'a.guide-link')!;
    expect(guide.textContent).to.contain('Connection guide');
    expect(guide.target).to.equal('_blank');
    const tip = inside<HTMLButtonElement>(form, '.tip-button')!;
    expect(tip.getAttribute('aria-label')).to.equal('About Domain');
    tip.click();
    await waitUntil(() => !inside(form, '#f-domain-tip')?.hidden, 'tooltip did not open', PATIENCE);
    expect(inside(form, '#f-domain-tip')?.textContent).to.equal('Your company domain');
    typeInto(field(form, 'domain'), 'acme.example.org');
    field(form, 'domain').dispatchEvent(new Event('blur'));
    await waitUntil(() => inside(form, '#f-domain-err')?.textContent === 'Please enter a valid notes.com domain', 'no domain message', PATIENCE);
    await expect(form).to.be.accessible();

    const submitted = new Promise<CustomEvent<Record<string, string>>>((resolve) => form.addEventListener('hub-submit', resolve as EventListener, { once: true }));
    typeInto(field(form, 'domain'), 'acme.notes.com');
    await form.updateComplete;
    submitButton(form).click();
    expect((await submitted).detail, 'hidden values are sent, empty ones are not').to.deep.equal({ domain: 'acme.notes.com', hidden: 'kept' });

    const oauth = toConnectorView({ key: 'o', name: 'OAuthy', type: 'oauth2', configNotices: [{ key: 'n', type: 'info', description: 'Heads up', anchor: 'x' }] }, {
      authentication_config_key: 'default',
      environment: 'production',
    });
    form.connector = oauth;
    await form.updateComplete;
    expect(inside(form, '.oauth')?.textContent).to.contain('Press “Connect” to sign in');
    expect(inside(form, '.notice')?.textContent, 'with no visible field every notice stacks at the top').to.equal('Heads up');
    await expect(form).to.be.accessible();
  });

  it('submitting: the button is busy and a second press sends nothing', async () => {
    const ownerId = `double-${Date.now()}`;
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris', multiple: true, origin_owner_id: ownerId })).token });
    const form = await untilForm(hub);
    let submissions = 0;
    hub.addEventListener('connect-hub:event', (event) => void (event.detail.name === 'credentials-submitted' && submissions++));
    typeInto(field(form, 'subdomain'), 'acme');
    typeInto(field(form, 'api_key'), 'sandbox_good');
    await form.updateComplete;
    const success = new Promise((resolve) => hub.addEventListener('connect-hub:success', resolve, { once: true }));
    submitButton(form).click();
    await hub.updateComplete;
    await form.updateComplete;
    expect(submitButton(form).disabled).to.equal(true);
    expect(submitButton(form).getAttribute('aria-busy')).to.equal('true');
    expect(submitButton(form).textContent).to.contain('Connecting');
    submitButton(form).click();
    inside<HTMLFormElement>(form, 'form')!.requestSubmit();
    await success;
    expect(submissions).to.equal(1);
    const accounts = await api<{ id: string }[]>('GET', `/accounts?origin_owner_id=${ownerId}`);
    expect(accounts.body).to.have.length(1);
  });

  it('a rejected key: plain words naming the provider and the field, which is marked and focused; Details holds the provider answer; Try again focuses the field', async () => {
    const hub = await mountHub({ token: (await createSession({ provider: 'sandbox_hris' })).token, onCloseLabel: 'Back to Acme' });
    const errors: { code: string; message: string }[] = [];
    const steps: string[] = [];
    hub.addEventListener('connect-hub:error', (event) => errors.push(event.detail));
    hub.addEventListener('connect-hub:event', (event) => steps.push(event.detail.name));
    const form = await untilForm(hub);
    typeInto(field(form, 'subdomain'), 'acme');
    typeInto(field(form, 'api_key'), 'wrong-key');
    await form.updateComplete;
    submitButton(form).click();
    await waitUntil(() => inside(form, '.alert'), 'no error alert', PATIENCE);
    const alert = inside(form, '.alert')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    const main = inside(form, '#submit-failure')!.textContent ?? '';
    expect(main).to.equal("Sandbox HRIS didn't accept that API key. Check it and try again.");
    expect(main, 'no developer words in the message').to.not.match(/HTTP|401|rejected/);
    const key = field(form, 'api_key');
    expect(key.getAttribute('aria-invalid')).to.equal('true');
    expect(key.getAttribute('aria-describedby')).to.contain('submit-failure');
    expect(field(form, 'subdomain').getAttribute('aria-invalid'), 'only the blamed field').to.equal(null);
    await waitUntil(() => form.shadowRoot?.activeElement === key, 'focus goes to the rejected field', PATIENCE);
    expect(key.closest('.field')?.contains(alert), 'the message sits by the field').to.equal(true);
    const details = inside<HTMLDetailsElement>(form, '.alert details')!;
    expect(details.open, 'the provider answer is behind Details').to.equal(false);
    expect(details.querySelector('summary')?.textContent).to.equal('Details');
    // The provider's status and its own error words, never its raw body (issue 11).
    expect(details.querySelector('pre')?.textContent).to.equal('HTTP 401: invalid_api_key: The API key is not valid for acme');
    expect(errors[0]?.code).to.equal('provider_rejected');
    expect(field(form, 'subdomain').value, 'values are kept').to.equal('acme');
    await expect(hub).to.be.accessible();

    const failures = errors.length;
    (form.shadowRoot!.activeElement as HTMLElement).blur();
    buttonByText(form, 'Try again')!.click();
    await form.updateComplete;
    expect(form.shadowRoot?.activeElement, 'Try again focuses the field').to.equal(key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.length, 'Try again does not resubmit the rejected key').to.equal(failures);
    typeInto(key, 'x');
    await form.updateComplete;
    expect(key.getAttribute('aria-invalid'), 'editing the field clears the mark').to.equal(null);

    typeInto(field(form, 'api_key'), 'sandbox_good');
    await form.updateComplete;
    const success = new Promise<CustomEvent>((resolve) => hub.addEventListener('connect-hub:success', resolve, { once: true }));
    submitButton(form).click();
    const event = await success;
    expect(event.detail.provider).to.equal('sandbox_hris');
    expect(event.detail.id).to.be.a('string');
    const status = await untilStatus(hub, 'success');
    expect(status.heading).to.equal('Connection successful');
    expect(status.message).to.contain('Sandbox HRIS');
    await expect(hub).to.be.accessible();
    const closed = new Promise((resolve) => hub.addEventListener('connect-hub:close', resolve, { once: true }));
    buttonByText(statusOf(hub), 'Back to Acme')!.click();
    await closed;
    expect(steps).to.include.ordered.members(['opened', 'connector-selected', 'credentials-submitted', 'failed']);
    expect(steps.slice(-2)).to.deep.equal(['connected', 'closed']);
    const account = await api<{ provider: string; setup_information: Record<string, string> }>('GET', `/accounts/${event.detail.id}`);
    expect(account.body.provider).to.equal('sandbox_hris');
    expect(account.body.setup_information.subdomain).to.equal('acme');
  });
});
