// The host app's own script: loads Connect Hub from the connect server (another origin) and mounts it.
// Query: server=<connect server URL>&token=<session token>&bundle=iife|esm[&account=<account id>][&locale=<locale>]
const params = new URLSearchParams(location.search);
const server = params.get('server');
const bundle = params.get('bundle') ?? 'iife';

/** Every event the hub emits, for the test to read. */
window.hostEvents = [];

async function loadConnectHub() {
  if (bundle === 'esm') {
    await import(`${server}/sdk/define.js`);
    return;
  }
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${server}/sdk/connect-hub.iife.js`;
    script.onload = resolve;
    script.onerror = () => reject(new Error('could not load the IIFE bundle'));
    document.head.append(script);
  });
}

await loadConnectHub();
const hub = document.createElement('connect-hub');
hub.setAttribute('base-url', server);
hub.setAttribute('token', params.get('token') ?? '');
const accountId = params.get('account');
if (accountId) hub.setAttribute('account-id', accountId);
const locale = params.get('locale');
if (locale) hub.setAttribute('locale', locale);
for (const name of ['connect-hub:success', 'connect-hub:close', 'connect-hub:error', 'connect-hub:event']) {
  hub.addEventListener(name, (event) => {
    window.hostEvents.push({ type: name, detail: event.detail ?? null });
    if (name === 'connect-hub:success') {
      document.getElementById('host-log').textContent = `Host saw account ${event.detail.id} (${event.detail.provider})`;
    }
  });
}
document.getElementById('mount').append(hub);
