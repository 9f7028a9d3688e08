// Which page the fragment asks for. The fragment (never sent to a server) is the app's router:
//   #/ or nothing      the playground (its setup lives in the query string)
//   #/io               the I/O lab
//   #/learn, #/learn/3 the tutorial, at a chapter (1-based)
//   #/s/<payload>      a shared result (see src/permalink and docs/permalink.md)
// Anything else is the playground plus a message, so a mangled link is never a dead end.

export type Route =
  | { readonly page: 'playground' }
  | { readonly page: 'io' }
  | { readonly page: 'learn'; readonly chapter: number }
  | { readonly page: 'shared'; readonly payload: string };

export type Page = Route['page'];

/** Parses location.hash (with or without the leading '#'). `unknown` is set when it was not understood. */
export function parseRoute(hash: string): { route: Route; unknown: boolean } {
  const h = hash.replace(/^#/, '');
  if (h === '' || h === '/') return { route: { page: 'playground' }, unknown: false };
  if (h === '/io') return { route: { page: 'io' }, unknown: false };
  const learn = /^\/learn(?:\/(\d{1,3}))?\/?$/.exec(h);
  if (learn) return { route: { page: 'learn', chapter: Number(learn[1] ?? 1) }, unknown: false };
  if (h.startsWith('/s/')) return { route: { page: 'shared', payload: h.slice(3) }, unknown: false };
  return { route: { page: 'playground' }, unknown: true };
}

/** The fragment for a route, with the leading '#'. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'playground':
      return '#/';
    case 'io':
      return '#/io';
    case 'learn':
      return `#/learn/${route.chapter}`;
    case 'shared':
      return `#/s/${route.payload}`;
  }
}
