/**
 * Fits a slide's content to the slide, the way presentation apps fit text to a box: the largest
 * --fit (MIN_FIT to MAX_FIT) at which the region's content still fits its box, found by
 * bisection. Above 1 the type grows to fill a slide with little on it; below 1 the larger sizes
 * give a little for a dense slide, but the tokens never let text below 28 stage pixels — the
 * deck paginates instead of shrinking further.
 */
export const MIN_FIT = 0.82;
export const MAX_FIT = 1.6;

function overflows(region: HTMLElement): boolean {
  return region.scrollHeight > region.clientHeight + 1 || region.scrollWidth > region.clientWidth + 1;
}

export function fitContent(region: HTMLElement, steps = 6): number {
  const set = (fit: number) => region.style.setProperty('--fit', fit.toFixed(3));
  set(1);
  let [low, high] = overflows(region) ? [MIN_FIT, 1] : [1, MAX_FIT];
  for (let i = 0; i < steps; i++) {
    const mid = (low + high) / 2;
    set(mid);
    if (overflows(region)) high = mid;
    else low = mid;
  }
  set(low);
  return low;
}
