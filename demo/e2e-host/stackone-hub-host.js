// Mounts StackOne's own web component (@stackone/hub 1.11.4, unmodified) pointed at our connect server.
// Query: server=<connect server URL>&token=<session token>
const params = new URLSearchParams(location.search);
const server = params.get('server');

window.hostEvents = [];
const hub = document.createElement('stackone-hub');
hub.setAttribute('token', params.get('token') ?? '');
hub.setAttribute('base-url', server);
hub.setAttribute('app-url', server);
hub.setAttribute('mode', 'integration-picker');
hub.addEventListener('success', (event) => {
  window.hostEvents.push({ type: 'success', detail: event.detail ?? null });
  document.getElementById('host-log').textContent = `Host saw account ${event.detail?.id} (${event.detail?.provider})`;
});
document.getElementById('mount').append(hub);
