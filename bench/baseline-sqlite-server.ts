// The floor to compare against: a bare Hono route that inserts one row into SQLite (same WAL settings as
// ours) and answers JSON. Our endpoints do auth, validation, hashing and more; the ratio says what that costs.
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('create table if not exists rows (id integer primary key, owner text, created_at text)');
const insert = db.prepare('insert into rows (owner, created_at) values (?, ?)');

const app = new Hono();
app.post('/insert', async (c) => {
  const body = await c.req.json<{ owner: string }>();
  const { lastInsertRowid } = insert.run(body.owner, new Date().toISOString());
  return c.json({ id: Number(lastInsertRowid) }, 201);
});
serve({ fetch: app.fetch, port: Number(process.argv[3]), hostname: '127.0.0.1' }, () => console.log('ready'));
