/**
 * Starts the real connect server for the component tests:
 * `node --import tsx test/component/start-server.ts <port> <data dir>` (env as for `connect-hub serve`).
 * Its clock is injected: real time plus an offset that the test runner moves over IPC
 * (`{ advanceSeconds }`, answered with `{ advanced }`), so tests make sessions expire without waiting.
 */
import { readConfig, startServer } from '../../src/server/index.js';

const [port, dataDir] = process.argv.slice(2);
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const server = await startServer(readConfig(process.env, { port: Number(port), dataDir }), { clock });
console.log(`connect server listening on ${server.url}`);
process.on('message', (message: { advanceSeconds?: number }) => {
  if (typeof message?.advanceSeconds !== 'number') return;
  offsetMs += message.advanceSeconds * 1000;
  process.send?.({ advanced: offsetMs / 1000 });
});
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
