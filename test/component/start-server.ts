/**
 * Starts the real connect server for the component tests when the CLI's `serve` is not available:
 * `node --import tsx test/component/start-server.ts <port> <data dir>` (env as for `connect-hub serve`).
 */
import { readConfig, startServer } from '../../src/server/index.js';

const [port, dataDir] = process.argv.slice(2);
const server = await startServer(readConfig(process.env, { port: Number(port), dataDir }));
console.log(`connect server listening on ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
