import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ConfigError } from '../config.js';
import { storageFailure } from './storage.js';

export const LOCK_FILE_NAME = 'connect-hub.lock';
export const PID_FILE_NAME = 'connect-hub.pid';

/**
 * One server per SQLite data dir. The lock is SQLite's own: a tiny database beside the real one, opened in
 * exclusive locking mode and written once, so its connection holds an exclusive lock until it closes. The
 * kernel drops that lock when the process dies however it dies (SIGKILL, OOM, power cut), so a stale lock
 * never blocks a restart, and it works across containers sharing a volume, where a pid file checked with
 * `kill(pid, 0)` sees other pid namespaces (every container's server is pid 1). SQLite also refuses the lock
 * to a second connection in the same process, so two servers started by one test process conflict too.
 * The pid file beside it only makes the refusal say who holds the lock.
 */
export class DataDirLock {
  private constructor(
    private readonly lock: BetterSqlite3.Database,
    private readonly pidFile: string,
  ) {}

  static acquire(dataDir: string): DataDirLock {
    const file = path.join(dataDir, LOCK_FILE_NAME);
    const pidFile = path.join(dataDir, PID_FILE_NAME);
    let lock: BetterSqlite3.Database | undefined;
    try {
      lock = new BetterSqlite3(file, { timeout: 0 });
      chmodSync(file, 0o600);
      lock.pragma('journal_mode = MEMORY');
      lock.pragma('locking_mode = EXCLUSIVE');
      lock.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch (error) {
      lock?.close();
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new ConfigError(
          `another Connect Hub server${holder(pidFile)} uses the data dir ${dataDir}: one SQLite data dir serves one server. ` +
            'Stop the other one first, or give each server its own CONNECT_HUB_DATA_DIR; to run several servers on the same data, ' +
            'use PostgreSQL (DATABASE_URL=postgres://…).',
        );
      }
      throw new ConfigError(`the data dir ${dataDir} cannot be written (taking its lock ${file}): ${storageFailure(error) ?? (code || (error as Error).message)}`);
    }
    try {
      writeFileSync(pidFile, `${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`, { mode: 0o600 });
    } catch {
      // The lock holds without it; only the refusal message of a second server gets vaguer.
    }
    return new DataDirLock(lock, pidFile);
  }

  release(): void {
    try {
      if (readFileSync(this.pidFile, 'utf8').split(' ')[0] === String(process.pid)) rmSync(this.pidFile, { force: true });
    } catch {
      // gone already
    }
    this.lock.close();
  }
}

function holder(pidFile: string): string {
  try {
    const [pid, host] = readFileSync(pidFile, 'utf8').trim().split(' ');
    if (pid && /^\d+$/.test(pid)) return ` (pid ${pid}${host ? ` on ${host}` : ''})`;
  } catch {
    // no pid file: say nothing more
  }
  return '';
}
