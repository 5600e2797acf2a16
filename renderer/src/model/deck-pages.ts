/**
 * Splitting a slide's content over continued slides. Costs are estimated in lines of text on the
 * 4:3 stage (the narrower one) at the projector's type sizes, and the pages are balanced, so a
 * list of seven points becomes four and three, not six and one.
 */

/** A continued slide's place: page 2 of 3. */
export interface Page {
  number: number;
  of: number;
}

/**
 * Characters a line holds across the 4:3 stage's content box at the projector's sizes, in half
 * of it (beside a big number) and in one of three columns (zone lists) at the base size.
 */
const CHARS_PER_LINE = { base: 54, sm: 66, half: 30, column: 17 } as const;

/** Lines a text takes on the 4:3 stage at a projector type size (never less than one). */
export function estimatedLines(text: string, size: keyof typeof CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / CHARS_PER_LINE[size]));
}

/** Fills pages in order, each up to `limit`; an item larger than the limit gets a page of its own. */
function fill<T>(items: readonly T[], cost: (item: T) => number, limit: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (page.length && used + c > limit) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += c;
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages;
}

/** The items over as few pages as `capacity` allows, the pages as even as the order allows. */
export function balancedPages<T>(items: readonly T[], cost: (item: T) => number, capacity: number): { items: T[]; page: Page }[] {
  const fewest = fill(items, cost, capacity).length;
  const total = items.reduce((n, item) => n + cost(item), 0);
  let limit = Math.max(1, Math.ceil(total / fewest), ...items.map(cost).filter((c) => c <= capacity));
  let pages = fill(items, cost, limit);
  while (pages.length > fewest && limit < capacity) pages = fill(items, cost, ++limit);
  return pages.map((p, i) => ({ items: p, page: { number: i + 1, of: pages.length } }));
}

/** How large a slide's title is written: the longer the title, the smaller, so it never crowds the slide out. */
export function titleSize(title: string): 'xl' | 'lg' | 'base' {
  return title.length <= 70 ? 'xl' : title.length <= 130 ? 'lg' : 'base';
}

/** Lines a slide title takes on the 4:3 stage at its size. */
export function titleLines(title: string): number {
  const perLine = { xl: 32, lg: 44, base: 54 }[titleSize(title)];
  return Math.max(1, Math.ceil(title.length / perLine));
}

/** A title with its page when there is more than one: "Zones (2 of 3)". */
export function paged(title: string, page: Page | undefined): string {
  return page && page.of > 1 ? `${title} (${page.number} of ${page.of})` : title;
}
