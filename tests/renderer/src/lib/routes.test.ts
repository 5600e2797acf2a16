import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../../renderer/src/lib/routes';

describe('routes', () => {
  const all: Route[] = [
    { name: 'overview' },
    { name: 'zones' },
    { name: 'zone', id: 'hubei' },
    { name: 'area', id: 'opening-up' },
    { name: 'outlook' },
    { name: 'charts' },
    { name: 'charts', chart: 'zones-by-year' },
    { name: 'source' },
    { name: 'source', quote: 'trade-volume' },
    { name: 'source', paragraph: 12 },
    { name: 'present' },
    { name: 'present', slide: 7 },
    { name: 'present', slide: 3, audience: true },
    { name: 'print', content: 'summary', paper: 'a4' },
    { name: 'print', content: 'handout', paper: 'letter' },
  ];
  it.each(all)('writes and reads back %o', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('falls back to the overview, or to safe defaults, on anything unexpected', () => {
    expect(parseRoute('')).toEqual({ name: 'overview' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'overview' });
    expect(parseRoute('#/zones/<script>')).toEqual({ name: 'zones' });
    expect(parseRoute('#/source?quote=javascript:alert(1)')).toEqual({ name: 'source' });
    expect(parseRoute('#/present/-3')).toEqual({ name: 'present' });
    expect(parseRoute('#/print/everything?paper=a0')).toEqual({ name: 'print', content: 'summary', paper: 'a4' });
  });
});
