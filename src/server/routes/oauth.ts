import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { OAUTH_LANDING_PATH } from '../../contract/wire.js';
import { getConnector } from '../../catalog/index.js';
import type { Logger } from '../deps.js';
import { ApiError } from '../errors.js';
import { DeclaredRoutes } from '../http/define-route.js';
import { toConnectionAttempt } from '../oauth/attempts.js';
import { FlowError, type OAuthFlowService } from '../oauth/flow.js';
import { LANDING_SCRIPT, LANDING_SCRIPT_PATH, LANDING_STYLE, LANDING_STYLE_PATH, renderPage, type PageContent } from '../oauth/landing/page.js';
import type { ConnectionAttemptRow } from '../db/schema.js';
import { pageStringsFor } from '../../i18n/oauth-pages/index.js';
import { say, type PageStrings } from '../oauth/landing/strings.js';
import { PAGE_CSP } from './pages.js';

const PAGE_HEADERS = {
  'content-security-policy': PAGE_CSP,
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function page(c: Context, status: ContentfulStatusCode, content: PageContent, s: PageStrings) {
  return c.html(renderPage(content, s), status, { ...PAGE_HEADERS, 'content-language': s.lang, vary: 'Accept-Language' });
}

/** The end user's language: those named first (the hub's, the session's), then the browser's. */
function wordsFor(c: Context, named: readonly (string | null | undefined)[] = []): PageStrings {
  return pageStringsFor(named, c.req.header('accept-language'));
}

/** Every failure of the popup's pages is a readable page, never a JSON body or a bare 500; technical words go to Details. */
async function asPage(c: Context, logger: Logger, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FlowError) {
      const s = wordsFor(c, error.locales);
      return page(c, error.status, { title: say(s, error.title), message: say(s, error.body), detail: error.detail }, s);
    }
    const s = wordsFor(c);
    if (error instanceof ApiError) {
      logger.info(`oauth ${c.req.path}: ${error.code}: ${error.message}`);
      return page(c, error.status, { title: s.cannotContinueTitle, message: s.cannotContinueBody, detail: `${error.code}: ${error.message}` }, s);
    }
    logger.error(`oauth ${c.req.path}: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`);
    return page(c, 500, { title: s.wentWrongTitle, message: s.wentWrongBody }, s);
  }
}

function landingContent(attempt: ConnectionAttemptRow | undefined, projectName: string | undefined, s: PageStrings): PageContent {
  const name = (attempt?.provider && getConnector(attempt.provider)?.name) || s.theProvider;
  switch (attempt?.status) {
    case 'authenticated':
      return { tone: 'success', title: s.connectedTitle(name), message: s.connectedBody(name) };
    case 'error': {
      const code = attempt.error_code ?? 'oauth_error';
      const detail = [code, attempt.error_description].filter(Boolean).join(': ');
      if (code === 'access_denied') return { title: s.failedTitle(name), message: s.deniedBody, detail };
      if (code === 'oauth_client_missing') return { title: s.notSetUpTitle, message: projectName ? s.notSetUpBody(projectName) : s.failedBody };
      return { title: s.failedTitle(name), message: s.failedBody, detail };
    }
    case 'cancelled':
      return { tone: 'info', title: s.cancelledTitle, message: s.cancelledBody };
    case 'expired':
      return { title: s.expiredTitle, message: s.expiredBody };
    default:
      return { tone: 'info', title: s.finishedTitle, message: s.finishedBody };
  }
}

/**
 * The browser-facing half of OAuth (CONTRACT.md §E10, §8.5): the popup's start URL, the provider
 * callback, and the landing page the popup ends on.
 */
export function oauthRoutes(flow: OAuthFlowService, logger: Logger) {
  const routes = new DeclaredRoutes({ security: 'none' });
  const app = routes.app;

  routes.get(
    '/connect/oauth2/:provider/callback',
    {
      operationId: 'completeOAuthCallback',
      summary: 'Provider callback (register it at the provider): exchanges the code, saves the account, 302 to the landing page',
      description: 'Query: what the provider sends back (code and state, or error and error_description).',
      tag: 'OAuth',
      params: { provider: 'OAuth connector key' },
      responses: { 302: { description: 'To the landing page, which tells the opener how the sign-in ended', headers: { Location: { description: 'The landing page', schema: { type: 'string' } } } } },
      errors: {
        400: 'A page: the answer carries no state, or an unknown or already used one',
        409: 'A page: the attempt was cancelled or had already ended',
        410: 'A page: the link or the attempt has expired',
      },
      errorsAsPages: true,
    },
    (c, { params }) =>
      asPage(c, logger, async () => {
        const location = await flow.callback({ provider: params.provider, query: c.req.query() });
        return c.redirect(location, 302);
      }).then((response) => withHeaders(response)),
  );

  routes.get(
    '/connect/oauth2/:integration_id',
    {
      operationId: 'startOAuthPopup',
      summary: 'E10: the OAuth popup start page: 302 to the provider (state + PKCE S256); errors are HTML pages',
      description: "Query: redirect_uri (this server's /embedded/accounts/callback or a project allowed origin), token, connection_attempt_id, then the connector's non-secret fields.",
      tag: 'OAuth',
      params: { integration_id: 'OAuth connector key' },
      responses: { 302: { description: "To the provider's authorization page", headers: { Location: { description: 'The authorization URL', schema: { type: 'string' } } } } },
      errors: {
        400: 'A page: a parameter is missing or invalid (connection_attempt_id, redirect_uri, a connector field)',
        401: 'A page: the session token is unknown or has expired',
        404: 'A page: the attempt does not belong to this link, or the connector is not enabled',
        409: 'A page: the attempt was cancelled or expired meanwhile',
        429: 'Too many unknown session tokens from this address',
      },
      errorsAsPages: true,
    },
    (c, { params }) =>
      asPage(c, logger, async () => {
        const query = c.req.query();
        const location = await flow.start({
          integrationId: params.integration_id,
          token: query.token,
          attemptId: query.connection_attempt_id,
          redirectUri: query.redirect_uri,
          query,
        });
        return c.redirect(location, 302);
      }).then((response) => withHeaders(response)),
  );

  app.get(OAUTH_LANDING_PATH, (c) =>
    asPage(c, logger, async () => {
      const { attempt, origins, projectName, locales } = await flow.landing(c.req.query('connection_attempt_id'));
      const view = attempt ? toConnectionAttempt(attempt) : undefined;
      // `lang` on this URL is the hub's language (the hub puts it on its landing URL), then the session's.
      const s = wordsFor(c, [c.req.query('lang'), ...locales]);
      return page(c, 200, {
        ...landingContent(attempt, projectName, s),
        result: {
          status: view?.status ?? null,
          connection_attempt_id: attempt?.id ?? null,
          account: view?.account && attempt?.provider ? { id: view.account.id, provider: attempt.provider } : null,
          error: view?.error ?? null,
          targets: origins,
        },
      }, s);
    }),
  );
  app.get(LANDING_SCRIPT_PATH, (c) =>
    c.body(LANDING_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  app.get(LANDING_STYLE_PATH, (c) =>
    c.body(LANDING_STYLE, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  return app;
}

/** The start URL carries the session token: no page on the way may leak it as a Referer. */
function withHeaders(response: Response): Response {
  response.headers.set('referrer-policy', 'no-referrer');
  response.headers.set('cache-control', 'no-store');
  return response;
}
