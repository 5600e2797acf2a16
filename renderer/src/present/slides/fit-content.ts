/**
 * Grows a slide's content to fill the slide, the way presentation apps fit text to a box: the
 * largest --fit (1 to MAX_FIT) at which the region's content still fits its box, found by
 * bisection. At 1 the type is the projector scale's own (the smallest allowed); content is never
 * shrunk below it — the deck paginates instead.
 */
export const MAX_FIT = 1.6;

function overflows(region: HTMLElement): boolean {
  return region.scrollHeight > region.clientHeight + 1 || region.scrollWidth > region.clientWidth + 1;
}

export function fitContent(region: HTMLElement, steps = 6): number {
  const set = (fit: number) => region.style.setProperty('--fit', fit.toFixed(3));
  set(1);
  if (overflows(region)) return 1;
  let low = 1;
  let high = MAX_FIT;
  for (let i = 0; i < steps; i++) {
    const mid = (low + high) / 2;
    set(mid);
    if (overflows(region)) high = mid;
    else low = mid;
  }
  set(low);
  return low;
}
