import '../hub/define.js';
import { postAccountConnected } from './opener-message.js';
import { loadHubSettings } from './settings.js';

/** Boots the auth-link page: `?token=` drives the hub; the shell shows the project and the "done" note. */
function boot(): void {
  const token = new URLSearchParams(window.location.search).get('token')?.trim() ?? '';
  const hub = document.querySelector('connect-hub');
  const title = document.getElementById('page-title');
  const eyebrow = document.getElementById('page-eyebrow');
  const done = document.getElementById('page-done');
  if (!hub || !title || !eyebrow || !done) return;

  const baseUrl = window.location.origin;
  hub.setAttribute('base-url', baseUrl);
  if (token) hub.setAttribute('token', token);

  const settings = loadHubSettings(baseUrl, token);
  void settings.then((loaded) => {
    const projectName = loaded?.project_name?.trim();
    if (!projectName) return;
    eyebrow.textContent = 'Connect your account to';
    title.textContent = projectName;
    document.title = `Connect your account to ${projectName}`;
  });

  hub.addEventListener('connect-hub:success', (event) => {
    const { id, provider } = event.detail;
    done.hidden = false;
    void settings.then((loaded) => {
      postAccountConnected(window.opener as Window | null, loaded?.allowed_origins ?? [], { id, provider });
    });
  });

  hub.addEventListener('connect-hub:close', () => {
    window.close();
    // Browsers ignore close() in a window the user opened: point at the note instead of doing nothing.
    done.hidden = false;
    done.focus();
  });
}

boot();
