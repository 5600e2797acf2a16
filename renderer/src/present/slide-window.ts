/**
 * Which slides are kept built while presenting: the one shown and its neighbours, so the next
 * (or previous) slide — charts drawn — is already laid out when the key is pressed, and a chart
 * slide switches as fast as a text slide. The neighbours of a new slide are built after it is
 * shown, never in the frame of the key press.
 */
export function warmSlides(current: number, count: number): number[] {
  return [current - 1, current, current + 1].filter((n) => n >= 1 && n <= count);
}

/** The slides to render: the one shown, always, and the warm ones kept from before. */
export function renderedSlides(current: number, warm: readonly number[]): number[] {
  return [...new Set([...warm, current])].sort((a, b) => a - b);
}
