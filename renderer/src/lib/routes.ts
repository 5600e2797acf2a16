import { PAPER_SIZES, PRINT_CONTENTS, type PaperSize, type PrintContent } from '../../../electron/shared/ipc-contract';

/**
 * The app's places, as data: every view has a route, written in the URL's hash
 * ("#/zones/hubei"), so back/forward, links and the menu all work the same way.
 */
export type Route =
  | { name: 'overview' }
  | { name: 'zones' }
  | { name: 'zone'; id: string }
  | { name: 'area'; id: string }
  | { name: 'outlook' }
  | { name: 'charts'; chart?: string }
  | { name: 'source'; quote?: string; paragraph?: number }
  | { name: 'present'; slide?: number; /** The audience window on a second display. */ audience?: boolean }
  | { name: 'print'; content: PrintContent; paper: PaperSize };

export type { PaperSize, PrintContent };

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a hash such as "#/zones/hubei" or "#/source?quote=foreign-capital"; unknown → overview. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean);
  const query = new URLSearchParams(queryPart);
  const id = parts[1];
  const validId = id !== undefined && SEGMENT.test(id) ? id : undefined;
  switch (parts[0]) {
    case undefined:
      return { name: 'overview' };
    case 'zones':
      return validId ? { name: 'zone', id: validId } : { name: 'zones' };
    case 'areas':
      return validId ? { name: 'area', id: validId } : { name: 'overview' };
    case 'outlook':
      return { name: 'outlook' };
    case 'charts':
      return validId ? { name: 'charts', chart: validId } : { name: 'charts' };
    case 'source': {
      const quote = query.get('quote');
      if (quote && SEGMENT.test(quote)) return { name: 'source', quote };
      const paragraph = Number(query.get('p'));
      return Number.isInteger(paragraph) && paragraph >= 1 ? { name: 'source', paragraph } : { name: 'source' };
    }
    case 'present': {
      const slide = Number(id);
      const audience = query.get('audience') === '1' ? { audience: true } : {};
      return Number.isInteger(slide) && slide >= 1 ? { name: 'present', slide, ...audience } : { name: 'present', ...audience };
    }
    case 'print': {
      const content = PRINT_CONTENTS.find((c) => c === id) ?? 'summary';
      const paper = PAPER_SIZES.find((p) => p === query.get('paper')) ?? 'a4';
      return { name: 'print', content, paper };
    }
    default:
      return { name: 'overview' };
  }
}

/** The hash for a route; `parseRoute(routeHash(r))` gives `r` back. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'zones':
      return '#/zones';
    case 'zone':
      return `#/zones/${route.id}`;
    case 'area':
      return `#/areas/${route.id}`;
    case 'outlook':
      return '#/outlook';
    case 'charts':
      return route.chart ? `#/charts/${route.chart}` : '#/charts';
    case 'source':
      if (route.quote) return `#/source?quote=${route.quote}`;
      return route.paragraph ? `#/source?p=${route.paragraph}` : '#/source';
    case 'present':
      return `${route.slide ? `#/present/${route.slide}` : '#/present'}${route.audience ? '?audience=1' : ''}`;
    case 'print':
      return `#/print/${route.content}?paper=${route.paper}`;
  }
}
