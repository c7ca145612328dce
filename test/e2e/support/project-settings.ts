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
