import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/server/db/database.js';
import type { ConnectionAttemptRow, OAuthClientRow } from '../../src/server/db/schema.js';
import { findProjectByKeyHash, insertApiKey } from '../../src/server/db/stores/api-keys.js';
import { findAttempt, findAttemptByStateHash, insertAttempt, updatePendingAttempt } from '../../src/server/db/stores/connection-attempts.js';
import { deleteOAuthClient, findOAuthClient, listOAuthClients, upsertOAuthClient } from '../../src/server/db/stores/oauth-clients.js';
import { findOAuthTokens, saveOAuthTokens } from '../../src/server/db/stores/oauth-tokens.js';
import { openTestStore } from './harness.js';

/**
 * The small stores behind API keys, OAuth clients, OAuth tokens and connection attempts, on their own on a real
 * database (SQLite here, PostgreSQL in that pass): each lookup finds its row and only its row.
 */
const NOW = '2026-12-03T12:00:00.000Z';
const LATER = '2026-12-03T13:00:00.000Z';

describe('API key, OAuth and connection-attempt stores (real database)', () => {
  let testStore: Awaited<ReturnType<typeof openTestStore>>;
  let db: Db;
  let sessionId: number;

  before(async () => {
    testStore = await openTestStore('oauth-stores', NOW);
    db = testStore.db;
    const session = await db
      .insertInto('connect_sessions')
      .values({
        project_id: 'prj_a',
        token_hash: 'session-hash',
        origin_owner_id: 'owner',
        origin_owner_name: 'Owner',
        origin_username: null,
        provider: null,
        categories: null,
        account_id: null,
        metadata: null,
        multiple: 0,
        label: null,
        type: 'production',
        connector_profile_id: null,
        external_trigger_token: 'trigger',
        created_at: NOW,
        expires_at: LATER,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionId = Number(session.id);
    for (const id of ['acc_1', 'acc_2']) {
      await db
        .insertInto('accounts')
        .values({
          id,
          project_id: 'prj_a',
          provider: 'sandbox_crm',
          integration_id: 'sandbox_crm',
          origin_owner_id: 'owner',
          origin_owner_name: 'Owner',
          origin_username: null,
          label: null,
          type: 'production',
          status: 'active',
          status_reasons: null,
          setup_information: '{}',
          credentials_ciphertext: null,
          metadata: null,
          environment: 'production',
          auth_config_key: 'default',
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
    }
  });
  after(() => testStore?.close());

  it('an API key hash finds its own project, and no other hash finds one', async () => {
    await insertApiKey(db, { project_id: 'prj_a', key_hash: 'hash-a', created_at: NOW });
    await insertApiKey(db, { project_id: 'prj_b', key_hash: 'hash-b', created_at: NOW });
    const a = await findProjectByKeyHash(db, 'hash-a');
    assert.equal(a?.id, 'prj_a');
    assert.equal(a?.name, 'Project prj_a', 'the whole project row');
    assert.deepEqual(Object.keys(a ?? {}).sort(), Object.keys((await db.selectFrom('projects').selectAll().where('id', '=', 'prj_a').executeTakeFirstOrThrow())).sort(), "the project's columns alone: no key hash rides along");
    assert.equal((await findProjectByKeyHash(db, 'hash-b'))?.id, 'prj_b');
    assert.equal(await findProjectByKeyHash(db, 'hash-c'), undefined);
  });

  const client = (provider: string, fields: Partial<OAuthClientRow> = {}): OAuthClientRow => ({
    project_id: 'prj_a',
    provider,
    client_id: `${provider}-client`,
    client_secret_ciphertext: `${provider}-sealed`,
    scopes: null,
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  });

  it("OAuth clients: one per project and provider; an upsert replaces id, secret, scopes and updated_at, and keeps created_at", async () => {
    await upsertOAuthClient(db, client('zendesk'));
    await upsertOAuthClient(db, client('asana'));
    await upsertOAuthClient(db, client('asana', { project_id: 'prj_b', client_id: 'b-asana' }));
    assert.deepEqual((await findOAuthClient(db, 'prj_a', 'asana'))?.client_id, 'asana-client');
    assert.deepEqual((await findOAuthClient(db, 'prj_b', 'asana'))?.client_id, 'b-asana');
    assert.equal(await findOAuthClient(db, 'prj_b', 'zendesk'), undefined, 'another project has none for zendesk');
    assert.equal(await findOAuthClient(db, 'prj_a', 'hubspot'), undefined);

    // Listed by provider, within the project only.
    assert.deepEqual((await listOAuthClients(db, 'prj_a')).map((row) => row.provider), ['asana', 'zendesk']);
    assert.deepEqual((await listOAuthClients(db, 'prj_b')).map((row) => row.client_id), ['b-asana']);

    await upsertOAuthClient(db, client('asana', { client_id: 'new-id', client_secret_ciphertext: 'new-sealed', scopes: '["read"]', created_at: LATER, updated_at: LATER }));
    assert.deepEqual(await findOAuthClient(db, 'prj_a', 'asana'), {
      ...client('asana'),
      client_id: 'new-id',
      client_secret_ciphertext: 'new-sealed',
      scopes: '["read"]',
      updated_at: LATER,
    });
    assert.equal((await findOAuthClient(db, 'prj_b', 'asana'))?.client_id, 'b-asana', "the other project's client is untouched");
  });

  it('deleting an OAuth client removes that one only, and says whether there was one', async () => {
    await upsertOAuthClient(db, client('linear'));
    await upsertOAuthClient(db, client('linear', { project_id: 'prj_b' }));
    assert.equal(await deleteOAuthClient(db, 'prj_a', 'linear'), true);
    assert.equal(await findOAuthClient(db, 'prj_a', 'linear'), undefined);
    assert.ok(await findOAuthClient(db, 'prj_b', 'linear'), "the other project's is kept");
    assert.ok(await findOAuthClient(db, 'prj_a', 'zendesk'), "the project's other providers are kept");
    assert.equal(await deleteOAuthClient(db, 'prj_a', 'linear'), false, 'gone already');
  });

  it("OAuth tokens: one row per account; saving again replaces ciphertext, scope, expiry and updated_at", async () => {
    await saveOAuthTokens(db, { account_id: 'acc_1', tokens_ciphertext: 'sealed-1', scope: 'read', expires_at: LATER, updated_at: NOW });
    await saveOAuthTokens(db, { account_id: 'acc_2', tokens_ciphertext: 'sealed-2', scope: null, expires_at: null, updated_at: NOW });
    assert.deepEqual(await findOAuthTokens(db, 'acc_1'), { account_id: 'acc_1', tokens_ciphertext: 'sealed-1', scope: 'read', expires_at: LATER, updated_at: NOW });
    const renewed = { account_id: 'acc_1', tokens_ciphertext: 'sealed-1b', scope: 'read write', expires_at: '2026-12-03T14:00:00.000Z', updated_at: LATER };
    await saveOAuthTokens(db, renewed);
    assert.deepEqual(await findOAuthTokens(db, 'acc_1'), renewed);
    assert.equal((await findOAuthTokens(db, 'acc_2'))?.tokens_ciphertext, 'sealed-2', "the other account's tokens are untouched");
    assert.equal(await findOAuthTokens(db, 'acc_3'), undefined);
  });

  const attempt = (id: string, fields: Partial<ConnectionAttemptRow> = {}): ConnectionAttemptRow => ({
    id,
    project_id: 'prj_a',
    session_id: sessionId,
    status: 'pending',
    provider: 'sandbox_crm',
    redirect_uri: null,
    setup_information: null,
    state_hash: `${id}-state`,
    code_verifier_ciphertext: null,
    secrets_ciphertext: null,
    account_id: null,
    error_code: null,
    error_description: null,
    created_at: NOW,
    updated_at: NOW,
    expires_at: LATER,
    ...fields,
  });

  it('connection attempts are found by id and by state hash, each its own', async () => {
    await insertAttempt(db, attempt('att_1'));
    await insertAttempt(db, attempt('att_2'));
    assert.deepEqual(await findAttempt(db, 'att_1'), attempt('att_1'));
    assert.equal((await findAttempt(db, 'att_2'))?.state_hash, 'att_2-state');
    assert.equal(await findAttempt(db, 'att_9'), undefined);
    assert.equal((await findAttemptByStateHash(db, 'att_2-state'))?.id, 'att_2');
    assert.equal(await findAttemptByStateHash(db, 'att_9-state'), undefined);
  });

  it('an attempt changes only while pending, and with a state hash only while that state is its live one', async () => {
    await insertAttempt(db, attempt('att_3'));
    await insertAttempt(db, attempt('att_4'));
    // A stale state (the popup was restarted) changes nothing.
    assert.equal(await updatePendingAttempt(db, 'att_3', { status: 'error', updated_at: LATER }, 'an-older-state'), false);
    assert.equal((await findAttempt(db, 'att_3'))?.status, 'pending');
    // The live state does, and only that attempt.
    assert.equal(await updatePendingAttempt(db, 'att_3', { status: 'authenticated', account_id: 'acc_1', state_hash: null, updated_at: LATER }, 'att_3-state'), true);
    assert.deepEqual(await findAttempt(db, 'att_3'), attempt('att_3', { status: 'authenticated', account_id: 'acc_1', state_hash: null, updated_at: LATER }));
    assert.equal((await findAttempt(db, 'att_4'))?.status, 'pending', 'the other attempt is untouched');
    // Finished: nothing changes it again, with or without a state.
    assert.equal(await updatePendingAttempt(db, 'att_3', { status: 'error' }), false);
    assert.equal((await findAttempt(db, 'att_3'))?.status, 'authenticated');
    // Without a state hash, a pending attempt changes (a cancel, an expiry).
    assert.equal(await updatePendingAttempt(db, 'att_4', { status: 'cancelled', updated_at: LATER }), true);
    assert.equal((await findAttempt(db, 'att_4'))?.status, 'cancelled');
    assert.equal(await updatePendingAttempt(db, 'att_missing', { status: 'error' }), false);
  });
});
