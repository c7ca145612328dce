// A host page on another origin using the launcher from the connect server's /sdk.
// Query: server=<connect server URL>&token=<session token>[&mode=modal|popup|redirect]
// - #open-hub calls openConnectHub({token, baseUrl, mode}) and stores how the promise settled;
// - a <connect-link-button> with the same token and mode records every event it fires.
const params = new URLSearchParams(location.search);
const server = params.get('server');
const token = params.get('token') ?? '';
const mode = params.get('mode') ?? 'modal';

window.launchResults = [];
window.buttonEvents = [];

const { openConnectHub, readConnectHubReturn } = await import(`${server}/sdk/launcher-define.js`);
const log = document.getElementById('host-log');
// Back from the auth link (redirect mode): the account rides on the return URL.
window.returnedAccount = readConnectHubReturn() ?? null;
if (window.returnedAccount) log.textContent = `Back with ${window.returnedAccount.id} (${window.returnedAccount.provider})`;

document.getElementById('open-hub').addEventListener('click', () => {
  openConnectHub({ token, baseUrl: server, mode, locale: 'en' }).then(
    (account) => {
      window.launchResults.push({ resolved: account });
      log.textContent = `Resolved ${account.id} (${account.provider})`;
    },
    (error) => {
      window.launchResults.push({ rejected: { name: error.name, reason: error.reason } });
      log.textContent = `Rejected: ${error.reason}`;
    },
  );
});

const button = document.createElement('connect-link-button');
button.setAttribute('token', token);
button.setAttribute('base-url', server);
button.setAttribute('mode', mode);
button.setAttribute('locale', 'en');
button.textContent = 'Connect with the button';
for (const name of ['connect-hub:success', 'connect-hub:error', 'connect-link:closed']) {
  button.addEventListener(name, (event) => window.buttonEvents.push({ type: name, detail: event.detail ?? null, target: event.target.localName }));
}
document.getElementById('mount').append(button);
