import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { waitUntil } from '../webhooks/support.js';
import { createSession, startTestServer, type TestServer } from './harness.js';

const DAY = 86_400;
const HOUR_MS = 3_600_000;

/**
 * The sweep the server runs by itself, at start and then every hour, with no one calling
 * sweepExpiredSessions(): setInterval is mocked, so the test moves the hour instead of waiting for it.
 */
describe('housekeeping runs by itself: at start and hourly', () => {
  let t: TestServer;
  before(async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    t = await startTestServer({ config: { sessionRetentionDays: 1 } });
  });
  after(async () => {
    await t.stop();
    mock.timers.reset();
  });

  const deletedLines = () => t.logLines.filter((line) => /housekeeping: deleted \d+ connect session/.test(line));

  it('an hour after start, the timer sweeps what expired longer ago than the retention', async () => {
    const old = await createSession(t, { origin_owner_id: 'sweep-hourly', expires_in: 60 });
    const live = await createSession(t, { origin_owner_id: 'sweep-live', expires_in: 30 * DAY });
    t.clock.advanceSeconds(2 * DAY);
    assert.equal((await t.call('GET', `/connect_sessions/${old.id}`)).status, 200, 'still there: nothing swept it yet');
    const before = deletedLines().length;
    mock.timers.tick(HOUR_MS);
    await waitUntil('the hourly sweep to log its deletion', () => deletedLines().length > before);
    assert.match(deletedLines().at(-1)!, /deleted 1 connect session/);
    assert.equal((await t.call('GET', `/connect_sessions/${old.id}`)).status, 404);
    assert.equal((await t.call('GET', `/connect_sessions/${live.id}`)).status, 200);
  });

  it('a start sweeps at once, before any hour has passed', async () => {
    const old = await createSession(t, { origin_owner_id: 'sweep-start', expires_in: 60 });
    t.clock.advanceSeconds(2 * DAY);
    const before = deletedLines().length;
    await t.restart();
    await waitUntil('the start sweep to log its deletion', () => deletedLines().length > before);
    assert.match(deletedLines().at(-1)!, /deleted 1 connect session/);
    assert.equal((await t.call('GET', `/connect_sessions/${old.id}`)).status, 404);
  });
});
