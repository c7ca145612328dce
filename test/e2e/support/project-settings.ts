import { E2E_API_KEY, E2E_SERVER_URL } from './server-config.js';

/** Sets the project's allowed origins through the public API (`PATCH /project`), as an operator would. */
export async function setAllowedOrigins(origins: readonly string[]): Promise<void> {
  const response = await fetch(`${E2E_SERVER_URL}/project`, {
    method: 'PATCH',
    headers: {
      authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ allowed_origins: origins }),
  });
  if (!response.ok) throw new Error(`PATCH /project answered ${response.status}: ${await response.text()}`);
}

/** `GET /project` through the public API: what the server has, not what a page shows. */
export async function projectSettings(): Promise<{ name: string; allowed_origins: string[]; max_link_renewals: number }> {
  const response = await fetch(`${E2E_SERVER_URL}/project`, {
    headers: { authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}` },
  });
  if (!response.ok) throw new Error(`GET /project answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { name: string; allowed_origins: string[]; max_link_renewals: number };
}
