import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { SQLITE_FILE_NAME, STORAGE_FAILURE_WINDOW_MS, StorageUnavailableError, openDatabase, storageFailure } from '../../src/server/db/database.js';
import { readConfig, startServer } from '../../src/server/index.js';
import { TEST_DATABASE_URL, createSession, databaseUrlFor, startTestServer, type TestServer } from './harness.js';
import { spawnServe } from './serve-process.js';

const SQLITE_ONLY = { skip: TEST_DATABASE_URL ? 'SQLite data dir faults: the PostgreSQL pass has no SQLite file' : false } as const;
/** Root with CAP_SYS_ADMIN (as on CI) can mount a small tmpfs: a file system that really fills up. Tried once. */
function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const CAN_MOUNT = !TEST_DATABASE_URL && canMountTmpfs();
const ROOT_ONLY = { skip: TEST_DATABASE_URL ? SQLITE_ONLY.skip : CAN_MOUNT ? false : 'needs root (CAP_SYS_ADMIN) to mount a small tmpfs: a real full / read-only file system' } as const;
const NO_MOUNT_FALLBACK = {
  skip: TEST_DATABASE_URL ? SQLITE_ONLY.skip : CAN_MOUNT ? 'the real full disk above ran instead' : false,
} as const;
const quiet = { info: () => undefined, error: () => undefined };

function start(dataDir: string, env: Record<string, string> = {}) {
  return startServer(readConfig(env, { port: 0, dataDir }), { logger: quiet });
}

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `connect-hub-${prefix}-`));
}

/** A small tmpfs at a fresh directory: a file system that really fills up (or goes read-only). */
function mountTmpfs(size: string): string {
  const dir = tempDir('tmpfs');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
  return dir;
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir]);
  } catch {
    execFileSync('umount', ['-l', dir]);
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Writes zeros into `file` until the file system says ENOSPC; returns the bytes written. */
function fillDisk(file: string): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  let written = 0;
  try {
    for (;;) {
      try {
        written += writeSync(fd, chunk);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
        break;
      }
    }
    // The last partial pages too: down to single bytes.
    for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) written += writeSync(fd, Buffer.alloc(size));
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

describe('two servers on one SQLite data dir', SQLITE_ONLY, () => {
  const children: ChildProcess[] = [];
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('the second server refuses to start, names the first one and points to PostgreSQL; it starts once the first stops', async () => {
    const dataDir = tempDir('two');
    const first = await start(dataDir);
    try {
      await assert.rejects(
        start(dataDir),
        (error: Error) => {
          assert.equal(error.name, 'ConfigError');
          assert.match(error.message, new RegExp(`another Connect Hub server \\(pid ${process.pid} on [^)]+\\) uses the data dir ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          assert.match(error.message, /PostgreSQL \(DATABASE_URL=postgres:\/\/…\)/);
          return true;
        },
      );
      const ready = await fetch(`${first.url}/readyz`);
      assert.equal(ready.status, 200, 'the running server is untouched');
    } finally {
      await first.close();
    }
    const second = await start(dataDir);
    await second.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a SIGKILLed server leaves no stale lock: the next start on its data dir passes', async () => {
    const dataDir = tempDir('killed');
    const { child } = await spawnServe(['--data-dir', dataDir, '--no-link'], { CONNECT_HUB_API_KEY: 'chk_faults_test_key_0123456789abcdef0123' });
    children.push(child);
    await assert.rejects(start(dataDir), new RegExp(`another Connect Hub server \\(pid ${child.pid} `));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const after = await start(dataDir);
    await after.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('the credential key file', SQLITE_ONLY, () => {
  it('is made atomically, mode 0600, with no temporary file left beside it', async () => {
    const dataDir = tempDir('key');
    const server = await start(dataDir);
    await server.close();
    assert.equal(statSync(path.join(dataDir, 'secret.key')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dataDir).filter((name) => name.includes('.tmp')), []);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an empty or malformed secret.key is named as the file to fix, not CONNECT_HUB_SECRET_KEY (which is not set)', async () => {
    for (const content of ['', '\n', 'not a key at all', 'ab'.repeat(31)]) {
      const dataDir = tempDir('badkey');
      writeFileSync(path.join(dataDir, 'secret.key'), content, { mode: 0o600 });
      await assert.rejects(start(dataDir), (error: Error) => {
        assert.equal(error.name, 'SecretKeyError');
        assert.ok(error.message.startsWith(`${path.join(dataDir, 'secret.key')} must be 32 bytes`), error.message);
        assert.equal(error.message.includes('CONNECT_HUB_SECRET_KEY must'), false, error.message);
        return true;
      });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a bad CONNECT_HUB_SECRET_KEY is named as that variable', async () => {
    const dataDir = tempDir('badenv');
    await assert.rejects(start(dataDir, { CONNECT_HUB_SECRET_KEY: 'short' }), /^SecretKeyError: CONNECT_HUB_SECRET_KEY must be 32 bytes/);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on a full disk no empty key is left behind: the error names the file, and the start after freeing space passes', ROOT_ONLY, async () => {
    const disk = mountTmpfs('1m');
    try {
      const dataDir = path.join(disk, 'data');
      mkdirSync(dataDir);
      const filler = path.join(disk, 'filler');
      fillDisk(filler);
      await assert.rejects(start(dataDir), new RegExp(`cannot write the credential key ${path.join(dataDir, 'secret.key')} \\(ENOSPC\\)`));
      assert.equal(existsSync(path.join(dataDir, 'secret.key')), false, 'no empty secret.key');
      assert.deepEqual(readdirSync(dataDir).filter((name) => name.includes('secret')), []);
      rmSync(filler);
      const server = await start(dataDir);
      await server.close();
    } finally {
      unmount(disk);
    }
  });
});

describe('the SQLite file', SQLITE_ONLY, () => {
  it('is mode 0600 like secret.key, with its -wal and -shm, and the lock files too', async () => {
    const t = await startTestServer();
    try {
      await createSession(t);
      for (const name of [SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`, `${SQLITE_FILE_NAME}-shm`, 'connect-hub.lock', 'connect-hub.pid']) {
        const file = path.join(t.dataDir, name);
        assert.ok(existsSync(file), `${name} exists while the server runs`);
        assert.equal(statSync(file).mode & 0o777, 0o600, `${name} is 0600`);
      }
      assert.equal(statSync(t.dataDir).mode & 0o777, 0o700, 'a data dir the server made is 0700');
    } finally {
      await t.stop();
    }
  });

  it('an older 0644 database file is tightened to 0600 at start', async () => {
    const t = await startTestServer();
    await t.server.close();
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(t.dataDir, SQLITE_FILE_NAME), 0o644);
    await t.restart();
    assert.equal(statSync(path.join(t.dataDir, SQLITE_FILE_NAME)).mode & 0o777, 0o600);
    await t.stop();
  });

  it('a damaged page is found by quick_check at start: the server refuses, naming the file', async () => {
    const source = tempDir('intact');
    const server = await start(source);
    await server.close();
    // Grow the copy to many pages, so the damage lands inside the database, not on its header.
    const damagedDir = tempDir('damaged');
    copyFileSync(path.join(source, 'secret.key'), path.join(damagedDir, 'secret.key'));
    const file = path.join(damagedDir, SQLITE_FILE_NAME);
    const scratch = new BetterSqlite3(path.join(source, SQLITE_FILE_NAME));
    scratch.exec("create table filler (id integer primary key, body text); create index filler_body on filler (body)");
    scratch.prepare("insert into filler (body) select hex(randomblob(120)) from (with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000) select i from n)").run();
    scratch.pragma('wal_checkpoint(TRUNCATE)');
    await scratch.backup(file);
    scratch.close();
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    assert.ok(pages > 50, `a multi-page database (${pages} pages)`);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize * 4, 0x5a), 0, pageSize * 4, Math.floor(pages / 2) * pageSize + 100);
    closeSync(fd);

    await assert.rejects(start(damagedDir), (error: Error) => {
      assert.equal(error.name, 'ConfigError');
      assert.match(error.message, new RegExp(`SQLite database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (is damaged|cannot be opened)`));
      return true;
    });
    // The refusal released the data dir: nothing holds it.
    assert.equal(existsSync(path.join(damagedDir, 'connect-hub.pid')), false);
    rmSync(source, { recursive: true, force: true });
    rmSync(damagedDir, { recursive: true, force: true });
  });

  it('a read-only data dir is refused at start, naming the path', ROOT_ONLY, async () => {
    const disk = mountTmpfs('4m');
    try {
      const dataDir = path.join(disk, 'data');
      const server = await start(dataDir);
      await server.close();
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      await assert.rejects(start(dataDir), (error: Error) => {
        assert.equal(error.name, 'ConfigError');
        assert.ok(error.message.includes(dataDir), error.message);
        assert.match(error.message, /read-only/);
        return true;
      });
    } finally {
      unmount(disk);
    }
  });
});

describe('a full disk under a running server', ROOT_ONLY, () => {
  let disk: string;
  let t: TestServer;
  const filler = () => path.join(disk, 'filler');

  before(async () => {
    disk = mountTmpfs('8m');
    t = await startTestServer({ dataDir: path.join(disk, 'data') });
  });
  after(async () => {
    await t?.server.close();
    if (disk) unmount(disk);
  });

  it('writes answer 503 naming storage and /readyz says 503; with space again, 201 and (after the window) ready', async () => {
    assert.equal((await t.call('GET', '/readyz')).status, 200);
    fillDisk(filler());

    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: `org-full-${i}`, origin_owner_name: 'Full Disk Co', metadata: { pad: 'x'.repeat(2000) } } });
      statuses.push(result.status);
      if (result.status === 503) {
        assert.equal(result.body.statusCode, 503);
        assert.equal(result.body.code, 'storage_unavailable');
        assert.match(String(result.body.message), /^Storage is full \((SQLITE_FULL|ENOSPC)\)/);
        assert.equal(result.text.includes(`org-full-${i}`), false, 'no request data in the answer');
      }
    }
    assert.ok(statuses.every((status) => status === 503 || status === 201), `only 503 or 201: ${statuses.join(',')}`);
    assert.ok(statuses.filter((status) => status === 503).length >= 15, `writes fail while the disk is full: ${statuses.join(',')}`);

    const notReady = await t.call('GET', '/readyz');
    assert.equal(notReady.status, 503, notReady.text);
    assert.match(String(notReady.body.message), /Storage is full/);
    assert.ok(t.logLines.some((line) => /Storage is full/.test(line)));
    assert.equal(t.logLines.some((line) => line.includes('org-full-')), false, 'no request data in the log');

    rmSync(filler());
    await createSession(t, { origin_owner_id: 'org-after-full' });
    assert.equal((await t.call('GET', '/readyz')).status, 503, 'not ready for the window after the last storage failure');
    t.clock.advanceSeconds(STORAGE_FAILURE_WINDOW_MS / 1000 + 1);
    const ready = await t.call('GET', '/readyz');
    assert.equal(ready.status, 200, ready.text);
    assert.equal((await t.call('GET', '/accounts')).status, 200);
  });
});

describe('a storage failure without a mountable file system (fallback: another process locks the database)', NO_MOUNT_FALLBACK, () => {
  it('writes answer 503 naming storage while the database is locked, and /readyz says 503', async () => {
    const t = await startTestServer();
    const intruder = new BetterSqlite3(path.join(t.dataDir, SQLITE_FILE_NAME));
    try {
      intruder.exec('BEGIN EXCLUSIVE');
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'org-locked', origin_owner_name: 'Locked Co' } });
      assert.equal(result.status, 503, result.text);
      assert.equal(result.body.code, 'storage_unavailable');
      assert.match(String(result.body.message), /^Storage is busy: the database is locked/);
      assert.equal((await t.call('GET', '/readyz')).status, 503);
      intruder.exec('ROLLBACK');
      await createSession(t, { origin_owner_id: 'org-unlocked' });
      t.clock.advanceSeconds(STORAGE_FAILURE_WINDOW_MS / 1000 + 1);
      assert.equal((await t.call('GET', '/readyz')).status, 200);
    } finally {
      intruder.close();
      await t.stop();
    }
  });
});

/** A TCP proxy in front of PostgreSQL that the test can cut and restore: a database that goes away for real. */
class CuttableProxy {
  #server: net.Server | undefined;
  readonly #sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as net.AddressInfo).port;
    this.#server = server;
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

describe('PostgreSQL goes away under a running server', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only (the postgres suite of npm test)' }, () => {
  let proxy: CuttableProxy;
  let t: TestServer;

  before(async () => {
    const direct = new URL(TEST_DATABASE_URL!);
    proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const dataDir = tempDir('pg-cut');
    const proxied = new URL((await databaseUrlFor(dataDir))!);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    t = await startTestServer({ dataDir, config: { databaseUrl: proxied.href } });
  });
  after(async () => {
    await t?.stop();
    await proxy?.cut();
  });

  it('writes answer 503 naming storage and /readyz says 503; once it is back, 201 and (after the window) ready', async () => {
    await createSession(t, { origin_owner_id: 'org-before-cut' });
    await proxy.cut();
    for (let i = 0; i < 5; i++) {
      const result = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: `org-cut-${i}`, origin_owner_name: 'Cut Co' } });
      assert.equal(result.status, 503, result.text);
      assert.equal(result.body.code, 'storage_unavailable');
      assert.match(String(result.body.message), /^Storage is unavailable: /);
      assert.equal(result.text.includes(`org-cut-${i}`), false);
    }
    const notReady = await t.call('GET', '/readyz');
    assert.equal(notReady.status, 503, notReady.text);
    assert.match(String(notReady.body.message), /Storage is unavailable/);

    await proxy.open();
    await createSession(t, { origin_owner_id: 'org-after-cut' });
    assert.equal((await t.call('GET', '/readyz')).status, 503, 'not ready for the window after the last storage failure');
    t.clock.advanceSeconds(STORAGE_FAILURE_WINDOW_MS / 1000 + 1);
    const ready = await t.call('GET', '/readyz');
    assert.equal(ready.status, 200, ready.text);
  });
});

describe('PostgreSQL lost in the middle of a transaction', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only (the postgres suite of npm test)' }, () => {
  it('the next statement fails as a storage failure; the process does not crash on the dead connection', async () => {
    const direct = new URL(TEST_DATABASE_URL!);
    const proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const dataDir = tempDir('pg-trx');
    const proxied = new URL((await databaseUrlFor(dataDir))!);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const db = await openDatabase({ dataDir, databaseUrl: proxied.href });
    try {
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await proxy.cut(); // the checked-out client's socket dies while no statement runs on it
          await new Promise((resolve) => setTimeout(resolve, 200));
          await sql`select 1`.execute(trx);
        }),
        (error: Error) => {
          assert.equal(error.name, 'StorageUnavailableError');
          assert.match(error.message, /^Storage is unavailable/);
          return true;
        },
      );
      await proxy.open();
      assert.equal((await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]?.one, 1, 'the pool reconnects');
    } finally {
      await db.destroy();
      await proxy.cut();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('storageFailure', () => {
  it('names storage for storage errors of both engines and Node, and nothing else', () => {
    const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
    assert.match(storageFailure(coded('SQLITE_FULL'))!, /^Storage is full/);
    assert.match(storageFailure(coded('SQLITE_IOERR_WRITE'))!, /SQLITE_IOERR/);
    assert.match(storageFailure(coded('SQLITE_READONLY_DBMOVED'))!, /read-only/);
    assert.match(storageFailure(coded('SQLITE_CORRUPT'))!, /damaged/);
    assert.match(storageFailure(coded('SQLITE_BUSY'))!, /locked/);
    assert.match(storageFailure(coded('ENOSPC'))!, /^Storage is full \(ENOSPC\)/);
    assert.match(storageFailure(coded('53100'))!, /disk_full/);
    assert.match(storageFailure(coded('57P01'))!, /shutting down/);
    // Raw socket errors may come from a provider call: storage only when the database driver met them (then they
    // arrive as StorageUnavailableError; see the PostgreSQL test above).
    assert.equal(storageFailure(coded('ECONNREFUSED')), undefined);
    assert.equal(storageFailure(new Error('Connection terminated unexpectedly')), undefined);
    assert.match(storageFailure(new StorageUnavailableError('Storage is unavailable: x', { cause: coded('ECONNREFUSED') }))!, /^Storage is unavailable/);
    assert.match(storageFailure(new Error('wrapped', { cause: coded('SQLITE_FULL') }))!, /full/);
    for (const other of [coded('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: secret-value'), coded('23505'), coded('22P02'), new Error('boom'), undefined, 'text']) {
      assert.equal(storageFailure(other), undefined);
    }
    const message = storageFailure(coded('SQLITE_FULL', 'insert into t values ("secret-value")'))!;
    assert.equal(message.includes('secret-value'), false, 'never the driver text');
  });
});
