/** The dashboard's pages, addressed by the URL hash (`#/accounts/acc_1`): bookmarkable, and Back works. */
export type DashboardRoute =
  | { page: 'accounts' }
  | { page: 'account'; accountId: string }
  | { page: 'link' }
  | { page: 'connectors' };

export function parseRoute(hash: string): DashboardRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (first === 'accounts' && second) {
    try {
      return { page: 'account', accountId: decodeURIComponent(second) };
    } catch {
      return { page: 'accounts' };
    }
  }
  if (first === 'link') return { page: 'link' };
  if (first === 'connectors') return { page: 'connectors' };
  return { page: 'accounts' };
}

export function routeHash(route: DashboardRoute): string {
  switch (route.page) {
    case 'account':
      return `#/accounts/${encodeURIComponent(route.accountId)}`;
    case 'link':
      return '#/link';
    case 'connectors':
      return '#/connectors';
    default:
      return '#/accounts';
  }
}
