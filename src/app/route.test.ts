import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('parseRoute', () => {
  it('reads every page and round-trips through routeHash', () => {
    for (const hash of ['#/', '#/io', '#/learn/3', '#/s/1.abc-_']) {
      const { route, unknown } = parseRoute(hash);
      expect(unknown).toBe(false);
      expect(routeHash(route)).toBe(hash);
    }
  });

  it('treats no fragment as the playground and #/learn as chapter 1', () => {
    expect(parseRoute('').route).toEqual({ page: 'playground' });
    expect(parseRoute('#/learn').route).toEqual({ page: 'learn', chapter: 1 });
  });

  it('falls back to the playground, flagged, for anything it does not know', () => {
    for (const hash of ['#nonsense', '#/learn/x', '#/learn/12345', '#/IO']) {
      expect(parseRoute(hash)).toEqual({ route: { page: 'playground' }, unknown: true });
    }
  });
});
