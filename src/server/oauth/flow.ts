import type { ConnectorDefinition } from '../../catalog/index.js';
import { OAUTH_LANDING_PATH } from '../../contract/wire.js';
import { sha256Hex } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import { parseStringRecord } from '../db/json-columns.js';
import type { ConnectionAttemptRow, ProjectRow } from '../db/schema.js';
import * as attemptStore from '../db/stores/connection-attempts.js';
import { findConnectSession } from '../db/stores/connect-sessions.js';
import * as tokenStore from '../db/stores/oauth-tokens.js';
import type { Logger } from '../deps.js';
import { ApiError } from '../errors.js';
import type { Telemetry } from '../observability/telemetry.js';
import type { OAuthAccountWrites } from '../services/accounts.js';
import type { HubSession } from '../context.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ConnectorService } from '../services/connectors.js';
import { mergeCredentials, type CredentialValues } from '../services/credentials.js';
import { allowedOrigins, type ProjectService } from '../services/projects.js';
import type { ConnectionAttemptService } from './attempts.js';
import { endUserClient, hasEndUserClient, isOAuthConnectorWithEndpoints, oauthConnector, type OAuthClientCredentials, type OAuthClientService, type OAuthConnector } from './clients.js';
import { issuerProblem, linkValues } from './link-extras.js';
import { newPkcePair, newState } from './pkce.js';
import type { TokenSealing } from './token-sealing.js';
import { MissingUrlVariable, renderOAuthUrl, type OAuthUrlVariables } from './templates.js';
import { OAuthProviderError, tokenEndpointOf, type TokenClient, type TokenSet } from './token-client.js';
import { PAGE_STRINGS, say, text, type PageText } from './landing/strings.js';

/** Query parameters of the start URL that are not connector fields (CONTRACT.md §E10). */
const START_PARAMS = new Set(['token', 'redirect_uri', 'connection_attempt_id']);

/**
 * Something the end user sees as a small HTML page, with its HTTP status. Its words are keys of the pages'
 * catalog (landing/strings.ts), rendered in the end user's language; `message` is the English, for logs.
 */
export class FlowError extends Error {
  override name = 'FlowError';
  /** The languages the end user asked for, best first (the hub's, then the session's), once known. */
  locales: (string | null | undefined)[] = [];
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 410 | 422 | 502 | 503 | 504,
    readonly title: PageText,
    readonly body: PageText,
    /** Technical words for the "Details" disclosure (an API error's message), never the body. */
    readonly detail?: string,
  ) {
    super(say(PAGE_STRINGS, body));
  }
}

/** A start refused once its attempt is known: the attempt ends with `code`, so the hub's wait shows why too. */
class StartRefused extends FlowError {
  constructor(
    status: FlowError['status'],
    readonly code: string,
    title: PageText,
    body: PageText,
    detail?: string,
  ) {
    super(status, title, body, detail);
  }
}

const CANNOT_START = text('cannotStart');

/** The `lang` the hub put on its landing URL (the language it speaks), if any. */
function landingLang(redirectUri: string | null | undefined): string | undefined {
  if (!redirectUri) return undefined;
  try {
    return new URL(redirectUri).searchParams.get('lang') ?? undefined;
  } catch {
    return undefined;
  }
}

export interface StartRequest {
  integrationId: string;
  token: string | undefined;
  attemptId: string | undefined;
  redirectUri: string | undefined;
  /** Every query parameter, as sent. */
  query: Record<string, string>;
}

export interface CallbackRequest {
  provider: string;
  query: Record<string, string>;
}

export interface FlowDeps {
  db: Db;
  clock: () => Date;
  sealing: TokenSealing;
  logger: Logger;
  telemetry: Telemetry;
  sessions: ConnectSessionService;
  projects: ProjectService;
  connectors: ConnectorService;
  accounts: OAuthAccountWrites;
  attempts: ConnectionAttemptService;
  clients: OAuthClientService;
  tokens: TokenClient;
  /** Origins this server answers on (public URL, and its own listening URL). */
  ownOrigins: string[];
  urlVariables: OAuthUrlVariables;
  /** For the authorize URL, which the end user's browser opens (default: `urlVariables`). */
  browserUrlVariables?: OAuthUrlVariables;
}

/** The attempt ended before the callback could use it (cancelled in the hub): nothing may change. */
class AttemptClosed extends Error {}

/** The OAuth2 authorization-code dance of E10 and the provider callback (CONTRACT.md §E10, §8.5). */
export class OAuthFlowService {
  constructor(private readonly deps: FlowDeps) {}

  /** E10: checks token, attempt and redirect_uri, binds the fields, and answers the provider URL to go to. */
  async start(request: StartRequest): Promise<string> {
    const hub = await this.sessionOfLink(request.token, landingLang(request.redirectUri));
    try {
      return await this.startFor(hub, request);
    } catch (error) {
      if (error instanceof FlowError) error.locales = [landingLang(request.redirectUri), hub.session.locale];
      throw error;
    }
  }

  private async startFor(hub: HubSession, request: StartRequest): Promise<string> {
    const attempt = await this.pendingAttemptOf(hub, request.attemptId);
    try {
      const redirectUri = this.allowedRedirect(request.redirectUri, hub.project);
      const definition = await this.oauthConnectorOf(hub, request.integrationId);
      const values = boundFields(definition, request.query);
      const setup = values.setup;
      // A Docebo-style connector's client is the end user's own, typed in the form; else the project's app.
      const client = (hasEndUserClient(definition) && endUserClient(definition, values)) || (await this.configuredClient(hub.project, definition));
      const authorizeUrl = this.authorizeUrl(definition, setup);
      return await this.bindAttempt({ attempt, definition, redirectUri, setup, secrets: values.secrets, client, authorizeUrl });
    } catch (error) {
      if (error instanceof StartRefused) await this.deps.attempts.fail(attempt.id, { code: error.code, description: error.detail ?? error.message });
      throw error;
    }
  }

  private async sessionOfLink(token: string | undefined, lang: string | undefined): Promise<HubSession> {
    try {
      return await this.deps.sessions.authenticate(token);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const expired = new FlowError(401, text('linkExpiredTitle'), text('linkExpiredBody'));
      expired.locales = [lang];
      throw expired;
    }
  }

  private async pendingAttemptOf(hub: HubSession, attemptId: string | undefined): Promise<ConnectionAttemptRow> {
    if (!attemptId) throw new FlowError(400, CANNOT_START, text('noAttempt'));
    const attempt = await this.deps.attempts.current(attemptId);
    if (!attempt || attempt.session_id !== hub.session.id) {
      throw new FlowError(404, CANNOT_START, text('foreignAttempt'));
    }
    this.requirePending(attempt);
    return attempt;
  }

  private allowedRedirect(redirectUri: string | undefined, project: ProjectRow): string {
    if (redirectUri && this.isAllowedRedirect(redirectUri, project)) return redirectUri;
    throw new StartRefused(400, 'invalid_redirect_uri', CANNOT_START, text('redirectRefused'));
  }

  private async oauthConnectorOf(hub: HubSession, integrationId: string): Promise<OAuthConnector> {
    // Enabled, OAuth app or not: one without its app gets the "not set up" page, not a 404.
    const definition: ConnectorDefinition | undefined = (await this.deps.connectors.enabledForSession(hub)).find((d) => d.key === integrationId);
    if (!definition) {
      throw new StartRefused(404, 'unknown_connector', CANNOT_START, text('unknownConnector', integrationId));
    }
    if (!isOAuthConnectorWithEndpoints(definition)) {
      throw new StartRefused(400, 'not_oauth', CANNOT_START, text('notOAuth', definition.name));
    }
    return definition;
  }

  private async configuredClient(project: ProjectRow, definition: OAuthConnector): Promise<OAuthClientCredentials> {
    const client = await this.deps.clients.credentials(project.id, definition);
    if (client) return client;
    // The operator's part goes to the log; the end user only learns who can fix it.
    this.deps.logger.info(
      `oauth ${definition.key}: project ${project.id} has no OAuth app for ${definition.name}; set one in the dashboard's Connectors page or with \`connect-hub oauth set ${definition.key} --client-id … --client-secret …\``,
    );
    throw new StartRefused(422, 'oauth_client_missing', text('notSetUpTitle'), text('notSetUpBody', project.name));
  }

  private authorizeUrl(definition: OAuthConnector, setup: Record<string, string>): URL {
    try {
      return renderOAuthUrl(definition.oauth.authorize_url, setup, this.deps.browserUrlVariables ?? this.deps.urlVariables);
    } catch (error) {
      if (!(error instanceof MissingUrlVariable)) throw error;
      throw new StartRefused(503, 'provider_unavailable', text('unreachableTitle', definition.name), text('unreachableBody', definition.name));
    }
  }

  /** Binds the checked values, a fresh state and PKCE verifier to the attempt; the provider URL carries the rest. */
  private async bindAttempt(start: {
    attempt: ConnectionAttemptRow;
    definition: OAuthConnector;
    redirectUri: string;
    setup: Record<string, string>;
    /** Secret field values (an end-user client's secret): sealed to the attempt until the exchange. */
    secrets: Record<string, string>;
    client: OAuthClientCredentials;
    authorizeUrl: URL;
  }): Promise<string> {
    const { deps } = this;
    const { attempt, definition, client, authorizeUrl } = start;
    const state = newState();
    const pkce = definition.oauth.pkce === false ? undefined : newPkcePair();
    const bound = await attemptStore.updatePendingAttempt(deps.db, attempt.id, {
      provider: definition.key,
      redirect_uri: start.redirectUri,
      setup_information: JSON.stringify(start.setup),
      state_hash: sha256Hex(state),
      code_verifier_ciphertext: pkce ? deps.sealing.sealVerifier(attempt.id, pkce.verifier) : null,
      secrets_ciphertext: Object.keys(start.secrets).length > 0 ? deps.sealing.sealAttemptSecrets(attempt.id, start.secrets) : null,
      updated_at: deps.clock().toISOString(),
    });
    if (!bound) throw new FlowError(409, text('endedTitle'), text('endedMeanwhile'));

    const params = authorizeUrl.searchParams;
    for (const [name, value] of Object.entries(definition.oauth.authorize_params ?? {})) params.set(name, value);
    params.set('response_type', 'code');
    params.set('client_id', client.clientId);
    params.set('redirect_uri', deps.clients.redirectUri(definition.key));
    if (client.scopes.length > 0) params.set('scope', client.scopes.join(definition.oauth.scope_separator ?? ' '));
    params.set('state', state);
    if (pkce) {
      params.set('code_challenge', pkce.challenge);
      params.set('code_challenge_method', 'S256');
    }
    return authorizeUrl.href;
  }

  /** The provider's answer: check and consume `state`, exchange the code, save the account; where to send the popup. */
  async callback(request: CallbackRequest): Promise<string> {
    const { deps } = this;
    const state = request.query.state;
    if (!state) {
      throw new FlowError(400, text('invalidAnswerTitle'), text('answerWithoutState'));
    }
    const stateHash = sha256Hex(state);
    const found = await attemptStore.findAttemptByStateHash(deps.db, stateHash);
    if (!found || found.provider !== request.provider) {
      throw new FlowError(400, text('invalidAnswerTitle'), text('answerUnknown'));
    }
    try {
      return await this.callbackFor(request, found, stateHash);
    } catch (error) {
      if (error instanceof FlowError) error.locales = await this.localesOf(found);
      throw error;
    }
  }

  /** The languages of the hub and of the session an attempt belongs to, best first. */
  async localesOf(attempt: ConnectionAttemptRow): Promise<(string | null | undefined)[]> {
    const session = await findConnectSession(this.deps.db, attempt.project_id, attempt.session_id);
    return [landingLang(attempt.redirect_uri), session?.locale];
  }

  private async callbackFor(request: CallbackRequest, found: ConnectionAttemptRow, stateHash: string): Promise<string> {
    const { deps } = this;
    const hub = await deps.sessions.live(found.project_id, found.session_id);
    if (!hub) {
      await deps.attempts.expire(found.id);
      throw new FlowError(410, text('linkExpiredTitle'), text('linkExpiredDuringSignIn'));
    }
    const attempt = await deps.attempts.withExpiry(found);
    this.requirePending(attempt);
    // Single use: only the first callback with this state gets past this line.
    if (!(await attemptStore.updatePendingAttempt(deps.db, attempt.id, { state_hash: null, updated_at: deps.clock().toISOString() }, stateHash))) {
      throw new FlowError(400, text('invalidAnswerTitle'), text('answerUsed'));
    }
    const definition = oauthConnector(request.provider);
    const landing = attempt.redirect_uri!;

    // RFC 9207, before anything else of the answer is believed: the tenant this attempt started at must be the one answering.
    const wrongIssuer = issuerProblem(definition, parseStringRecord(attempt.setup_information), request.query.iss, [
      deps.browserUrlVariables ?? deps.urlVariables,
      deps.urlVariables,
    ]);
    if (wrongIssuer) {
      await deps.attempts.fail(attempt.id, { code: 'invalid_issuer', description: wrongIssuer });
      deps.telemetry.connectionFailed(definition.key, 'invalid_issuer');
      return withResult(landing, attempt.id, 'error');
    }

    const providerError = request.query.error;
    if (providerError) {
      const description = request.query.error_description || describeProviderError(providerError, definition.name);
      await deps.attempts.fail(attempt.id, { code: providerError, description });
      deps.telemetry.connectionFailed(definition.key, providerError === 'access_denied' ? 'access_denied' : 'provider_rejected');
      return withResult(landing, attempt.id, 'error');
    }
    if (!request.query.code) {
      await deps.attempts.fail(attempt.id, { code: 'invalid_callback', description: `${definition.name} answered without an authorization code.` });
      deps.telemetry.connectionFailed(definition.key, 'invalid_callback');
      return withResult(landing, attempt.id, 'error');
    }

    const setup = parseStringRecord(attempt.setup_information);
    let tokens: TokenSet;
    let linked: CredentialValues;
    try {
      const secrets = deps.sealing.openAttemptSecrets(attempt.id, attempt.secrets_ciphertext);
      tokens = await this.exchange(definition, hub.project.id, { setup, secrets }, attempt, request.query.code);
      linked = await linkValues({ definition, values: { setup, secrets }, callbackQuery: request.query, tokens, tokenClient: deps.tokens, urlVariables: deps.urlVariables });
    } catch (error) {
      if (!(error instanceof OAuthProviderError)) throw error;
      deps.logger.info(`oauth ${definition.key}: code exchange for attempt ${attempt.id} failed: ${error.code}`);
      await deps.attempts.fail(attempt.id, { code: error.code, description: error.description });
      deps.telemetry.connectionFailed(definition.key, EXCHANGE_FAILURE_REASON[error.failure]);
      return withResult(landing, attempt.id, 'error');
    }

    try {
      const saved = await deps.accounts.saveFromOAuth(hub, definition, linked, async (trx, accountId) => {
        const now = deps.clock().toISOString();
        await tokenStore.saveOAuthTokens(trx, deps.sealing.seal(accountId, tokens, now));
        const closed = !(await attemptStore.updatePendingAttempt(trx, attempt.id, {
          status: 'authenticated',
          account_id: accountId,
          code_verifier_ciphertext: null,
          secrets_ciphertext: null,
          updated_at: now,
        }));
        if (closed) throw new AttemptClosed();
      });
      deps.logger.info(`oauth ${definition.key}: attempt ${attempt.id} ${saved.created ? 'created' : 'updated'} account ${saved.id}`);
    } catch (error) {
      if (error instanceof AttemptClosed) {
        throw new FlowError(409, text('endedTitle'), text('cancelledInHub'));
      }
      throw error;
    }
    return withResult(landing, attempt.id, 'authenticated');
  }

  /**
   * What the landing page needs: the attempt, where it may post its result (this server, and the project's
   * allowed origins), who set it up (the project's name) and the languages to speak.
   */
  async landing(attemptId: string | undefined): Promise<{
    attempt: ConnectionAttemptRow | undefined;
    origins: string[];
    projectName: string | undefined;
    locales: (string | null | undefined)[];
  }> {
    const attempt = attemptId ? await this.deps.attempts.current(attemptId) : undefined;
    const project = attempt ? await this.deps.projects.findProject(attempt.project_id) : undefined;
    return {
      attempt,
      origins: [...new Set([...this.deps.ownOrigins, ...(project ? allowedOrigins(project) : [])])],
      projectName: project?.name,
      locales: attempt ? await this.localesOf(attempt) : [],
    };
  }

  private requirePending(attempt: ConnectionAttemptRow): void {
    if (attempt.status === 'pending') return;
    if (attempt.status === 'expired') {
      throw new FlowError(410, text('attemptExpiredTitle'), text('attemptExpiredBody'));
    }
    if (attempt.status === 'cancelled') {
      throw new FlowError(409, text('attemptCancelledTitle'), text('cancelledInHub'));
    }
    throw new FlowError(409, text('endedTitle'), text('endedAlready'));
  }

  private isAllowedRedirect(value: string, project: ProjectRow): boolean {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    if (url.username || url.password || url.hash) return false;
    if (this.deps.ownOrigins.includes(url.origin) && url.pathname === OAUTH_LANDING_PATH) return true;
    return allowedOrigins(project).includes(url.origin);
  }

  private async exchange(
    definition: OAuthConnector,
    projectId: string,
    values: CredentialValues,
    attempt: ConnectionAttemptRow,
    code: string,
  ): Promise<TokenSet> {
    const { deps } = this;
    const { setup } = values;
    const client = hasEndUserClient(definition) ? endUserClient(definition, values) : await deps.clients.credentials(projectId, definition);
    if (!client) {
      throw new OAuthProviderError('rejected', 'oauth_client_missing', `${definition.name}'s OAuth client was removed from this server during the sign-in.`);
    }
    let tokenUrl: URL;
    try {
      tokenUrl = renderOAuthUrl(definition.oauth.token_url, setup, deps.urlVariables);
    } catch (error) {
      if (!(error instanceof MissingUrlVariable)) throw error;
      throw new OAuthProviderError('unreachable', 'provider_unavailable', `${definition.name}'s sign-in server is not running next to this server.`);
    }
    if (definition.oauth.pkce !== false && !attempt.code_verifier_ciphertext) {
      throw new OAuthProviderError('rejected', 'invalid_callback', 'The sign-in lost its PKCE verifier.');
    }
    const codeVerifier = attempt.code_verifier_ciphertext ? deps.sealing.openVerifier(attempt.id, attempt.code_verifier_ciphertext) : undefined;
    return deps.tokens.exchangeCode(
      tokenEndpointOf(definition, tokenUrl, client),
      { code, redirectUri: deps.clients.redirectUri(definition.key), codeVerifier },
    );
  }
}

/** The start URL's connector fields, checked against the connector (the other parameters are the flow's own); secrets apart. */
function boundFields(definition: OAuthConnector, query: Record<string, string>): CredentialValues {
  const submitted = Object.fromEntries(Object.entries(query).filter(([key]) => !START_PARAMS.has(key)));
  try {
    return mergeCredentials(definition, submitted);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new StartRefused(error.status === 422 ? 422 : 400, 'invalid_field', text('checkDetailsTitle'), text('checkDetailsBody'), error.message);
  }
}

/** A failed code exchange as a bounded reason for the operator's metrics (the provider's own codes are not). */
const EXCHANGE_FAILURE_REASON: Record<OAuthProviderError['failure'], string> = {
  timeout: 'provider_timeout',
  unreachable: 'provider_unreachable',
  rejected: 'provider_rejected',
  invalid_response: 'provider_invalid_response',
};

/** RFC 6749 §4.1.2.1 codes in words, for providers that send no `error_description`. */
function describeProviderError(code: string, providerName: string): string {
  switch (code) {
    case 'access_denied':
      return `Access was denied at ${providerName}.`;
    case 'invalid_scope':
      return `${providerName} does not accept the requested permissions.`;
    case 'unauthorized_client':
    case 'invalid_client':
      return `${providerName} does not accept this server's OAuth app; check its client settings.`;
    case 'server_error':
    case 'temporarily_unavailable':
      return `${providerName} could not complete the sign-in right now; try again later.`;
    default:
      return `${providerName} answered "${code}".`;
  }
}

function withResult(landing: string, attemptId: string, status: 'authenticated' | 'error'): string {
  const url = new URL(landing);
  url.searchParams.set('status', status);
  url.searchParams.set('connection_attempt_id', attemptId);
  return url.href;
}
