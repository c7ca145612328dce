// Opens the auth link in a popup and records every message it receives, with the sender's origin.
// Query: link=<auth_link_url>
const link = new URLSearchParams(location.search).get('link');
window.receivedMessages = [];
window.addEventListener('message', (event) => {
  window.receivedMessages.push({ origin: event.origin, data: event.data });
  document.getElementById('host-log').textContent = `Message from ${event.origin}: ${JSON.stringify(event.data)}`;
});
document.getElementById('open-link').addEventListener('click', () => {
  window.open(link, 'connect-hub-auth-link', 'width=520,height=760');
});
