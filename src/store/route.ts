import { parseRoute, type Route, routeHash } from '../app/route';
import { phrase } from '../i18n/phrase';
import { getStore } from './store';

/** Follows the fragment: called once at start and on every hashchange. */
export function syncRouteFromHash(hash: string): void {
  const { route, unknown } = parseRoute(hash);
  getStore().setState((s) => ({
    route,
    notices: unknown
      ? [...s.notices, phrase('ui.notice.unknownRoute', { part: hash.slice(0, 40) })]
      : s.notices,
  }));
}

/** Goes to a page, adding a history entry so Back returns. */
export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash)
    window.location.hash = hash; // fires hashchange → syncRouteFromHash
  else getStore().setState({ route });
}
