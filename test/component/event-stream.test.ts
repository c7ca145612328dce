import { expect, waitUntil } from '@open-wc/testing';
import type { ConnectHubEventDetail } from '../../src/hub/events.js';
import { PATIENCE, allInside, createSession, hubUrl, mountHub, untilForm, untilList } from './helpers.js';

describe('<connect-hub> event stream', () => {
  const realBeacon = navigator.sendBeacon.bind(navigator);
  afterEach(() => {
    navigator.sendBeacon = realBeacon;
  });

  it('fires connect-hub:event per step, and the same steps reach the server: batched with the header, by beacon as the hub leaves', async () => {
    const beacons: Array<{ url: string; body: { token: string; events: ConnectHubEventDetail[] } }> = [];
    const answers: Promise<Response>[] = [];
    // The real beacon cannot be read back: send the same text/plain body by fetch, as a beacon does, and keep the answer.
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      beacons.push({ url: String(url), body: JSON.parse(String(data)) });
      answers.push(fetch(url, { method: 'POST', body: data, headers: { 'content-type': 'text/plain;charset=UTF-8' } }));
      return true;
    };
    const posts: Array<{ headers: Headers; body: { events: ConnectHubEventDetail[] } }> = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).endsWith('/hub/events') && new Headers(init?.headers).has('x-hub-session-token')) posts.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
      return realFetch(input, init);
    };
    try {
      const { token } = await createSession({ origin_owner_id: 'event-stream' });
      const hub = await mountHub({ token });
      const seen: ConnectHubEventDetail[] = [];
      hub.addEventListener('connect-hub:event', (event) => seen.push(event.detail));
      const list = await untilList(hub);
      await waitUntil(() => posts.length === 1, 'the first batch (opened) goes out by fetch', PATIENCE);
      expect(posts[0]!.headers.get('x-hub-session-token')).to.equal(token);
      expect(posts[0]!.body.events.map((event) => event.name)).to.deep.equal(['opened']);

      allInside<HTMLButtonElement>(list, '.row').find((row) => row.textContent?.includes('Sandbox HRIS'))!.click();
      await untilForm(hub);
      const selected = seen.filter((event) => event.name !== 'opened');
      expect(selected.map((event) => event.name)).to.deep.equal(['connector-selected']);
      expect(selected[0]).to.include({ name: 'connector-selected', provider: 'sandbox_hris' });
      expect(Number.isNaN(Date.parse(selected[0]!.at))).to.equal(false);

      hub.remove();
      expect(beacons).to.have.length(1);
      expect(beacons[0]!.url).to.equal(`${await hubUrl()}/hub/events`);
      expect(beacons[0]!.body.token).to.equal(token);
      expect(beacons[0]!.body.events.map((event) => event.name)).to.deep.equal(['connector-selected']);
      const answer = await answers[0]!;
      expect(answer.status).to.equal(202);
      expect(await answer.json()).to.deep.equal({ accepted: 1 });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('an expired or missing token reports nothing to the server (the host still gets its events)', async () => {
    const sent: string[] = [];
    navigator.sendBeacon = (url: string | URL) => (sent.push(String(url)), true);
    const hub = await mountHub({ token: '' });
    hub.remove();
    expect(sent).to.deep.equal([]);
  });
});
