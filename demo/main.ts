import '../src/launcher/define.js';
import { demoApi, DemoApiError, type ReceivedWebhook } from './demo-api.js';

const WEBHOOK_POLL_MS = 1500;

function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo page: no #${id}`);
  return element as E;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** The inline hub gets a fresh session now and after each finished connection. */
async function loadInlineHub(): Promise<void> {
  const hub = byId('inline-hub');
  const status = byId('inline-status');
  const { token } = await demoApi.session();
  hub.setAttribute('base-url', window.location.origin);
  hub.setAttribute('token', token);
  status.textContent = '';
}

function wireInlineHub(): void {
  const hub = byId('inline-hub');
  const status = byId('inline-status');
  hub.addEventListener('connect-hub:success', (event) => {
    status.textContent = `Linked ${event.detail.provider} account ${event.detail.id}. Press Close to link another.`;
  });
  hub.addEventListener('connect-hub:close', () => {
    void loadInlineHub();
  });
}

function wireLaunchers(): void {
  const status = byId('launcher-status');
  for (const id of ['modal-button', 'popup-button']) {
    const button = byId(id);
    button.addEventListener('connect-hub:success', (event) => {
      status.textContent = `Linked ${event.detail.provider} account ${event.detail.id} (${id === 'modal-button' ? 'dialog' : 'popup'}).`;
    });
    button.addEventListener('connect-hub:error', (event) => {
      if (event.detail.code !== 'session_expired' && event.detail.code !== 'popup_blocked' && event.detail.code !== 'launch_failed') return;
      status.textContent = event.detail.message;
    });
  }
}

function showFieldError(input: HTMLInputElement, message: string): void {
  const error = byId(`${input.id}-error`);
  error.textContent = message;
  error.hidden = !message;
  input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

function wireAuthLinkForm(): void {
  const form = byId<HTMLFormElement>('link-form');
  const ownerId = byId<HTMLInputElement>('owner-id');
  const ownerName = byId<HTMLInputElement>('owner-name');
  const result = byId('link-result');
  const url = byId<HTMLInputElement>('link-url');
  const copy = byId<HTMLButtonElement>('copy-link');
  const copyStatus = byId('copy-status');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let firstInvalid: HTMLInputElement | undefined;
    for (const input of [ownerId, ownerName]) {
      const label = input.labels?.[0]?.textContent ?? input.name;
      const message = input.value.trim() ? '' : `${label} is required`;
      showFieldError(input, message);
      if (message) firstInvalid ??= input;
    }
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }
    void demoApi
      .authLink({ origin_owner_id: ownerId.value.trim(), origin_owner_name: ownerName.value.trim() })
      .then((session) => {
        url.value = session.auth_link_url;
        byId<HTMLAnchorElement>('link-open').href = session.auth_link_url;
        byId('link-expiry').textContent = `Expires ${dateTime.format(new Date(session.expires_at))}`;
        copy.textContent = 'Copy';
        result.hidden = false;
        url.focus();
        url.select();
      })
      .catch((error: unknown) => {
        const target = error instanceof DemoApiError && error.field === 'origin_owner_name' ? ownerName : ownerId;
        showFieldError(target, error instanceof Error ? error.message : String(error));
        target.focus();
      });
  });

  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(url.value).then(
      () => {
        copy.textContent = 'Copied ✓';
        copyStatus.textContent = 'Auth link copied to the clipboard';
        window.setTimeout(() => {
          copy.textContent = 'Copy';
        }, 2500);
      },
      () => {
        url.select();
        copyStatus.textContent = 'Press Ctrl+C to copy the selected link';
      },
    );
  });
}

function webhookItem(webhook: ReceivedWebhook): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'webhook';
  item.dataset['event'] = webhook.event;
  const head = document.createElement('div');
  head.className = 'webhook-head';
  const event = document.createElement('span');
  event.className = `event event-${webhook.event.split('.')[1] ?? 'other'}`;
  event.textContent = webhook.event;
  const when = document.createElement('time');
  when.dateTime = webhook.received_at;
  when.textContent = time.format(new Date(webhook.received_at));
  head.append(event, when);
  const what = document.createElement('p');
  what.className = 'webhook-what';
  what.textContent = `${webhook.provider} · ${webhook.origin_owner_name ?? webhook.origin_owner_id ?? 'unknown customer'}`;
  const detail = document.createElement('p');
  detail.className = 'webhook-detail';
  const id = document.createElement('code');
  id.textContent = webhook.account_id;
  const verified = document.createElement('span');
  verified.className = 'verified';
  verified.textContent = webhook.verified.standard_webhooks && webhook.verified.stackone ? '✓ both signatures verified' : '✓ signature verified';
  detail.append(id, verified);
  item.append(head, what, detail);
  return item;
}

function watchWebhooks(): void {
  const list = byId<HTMLOListElement>('webhook-list');
  const empty = byId('webhook-empty');
  const live = byId('webhook-live');
  let shown = '';
  const poll = async () => {
    try {
      const { webhooks } = await demoApi.received();
      live.classList.remove('offline');
      const key = webhooks.map((webhook) => webhook.id).join(',');
      if (key !== shown) {
        shown = key;
        list.replaceChildren(...webhooks.map(webhookItem));
        empty.hidden = webhooks.length > 0;
      }
    } catch {
      live.classList.add('offline');
    } finally {
      window.setTimeout(() => void poll(), WEBHOOK_POLL_MS);
    }
  };
  void poll();
}

async function boot(): Promise<void> {
  wireInlineHub();
  wireLaunchers();
  wireAuthLinkForm();
  const start = await demoApi.start();
  byId('customer-name').textContent = start.customer.origin_owner_name;
  watchWebhooks();
  await loadInlineHub();
}

void boot().catch((error: unknown) => {
  byId('inline-status').textContent = `The demo backend is not available: ${error instanceof Error ? error.message : String(error)}`;
});
