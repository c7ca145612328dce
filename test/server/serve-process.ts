import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServeProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> of the API, read from the start table. */
  url: string;
  /** Both streams so far: the start table (stderr) and the request log (stdout). */
  output: () => string;
  /** stdout alone: the JSON request log. */
  stdout: () => string;
}

const API_ADDRESS = /API\s+http:\/\/[^:\s]+:(\d+)/;

/**
 * `connect-hub serve --port 0` as its own process (so it can be killed for real), resolved once its start table
 * names the API address (or, with `ready`, once both streams so far match it). The table is on stderr (stdout is
 * the JSON request log); both streams are read, and the child is killed if it is not ready in time.
 */
export function spawnServe(args: string[], env: NodeJS.ProcessEnv, { timeoutMs = 20_000, ready = API_ADDRESS }: { timeoutMs?: number; ready?: RegExp } = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  return new Promise<ServeProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve was not ready (${ready}) within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = API_ADDRESS.exec(output)?.[1];
      if (port && ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output, stdout: () => stdout });
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      read(chunk);
    });
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before it was ready:\n${output}`));
    });
  });
}
