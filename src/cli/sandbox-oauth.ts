import type { SandboxOAuthProvider } from '../sandbox/oauth-provider.js';

/** Starts the sandbox OAuth provider on `CONNECT_HUB_SANDBOX_OAUTH_PORT`, else on a free loopback port. */
export async function startSandboxOAuthFromEnv(env: Record<string, string | undefined>): Promise<SandboxOAuthProvider> {
  const portText = env.CONNECT_HUB_SANDBOX_OAUTH_PORT;
  const port = portText ? Number(portText) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`CONNECT_HUB_SANDBOX_OAUTH_PORT must be a port number (got "${portText}")`);
  }
  const { startSandboxOAuthProvider } = await import('../sandbox/oauth-provider.js');
  return startSandboxOAuthProvider({ port, host: '127.0.0.1' });
}
