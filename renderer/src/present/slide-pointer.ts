/**
 * Where the mouse is on a slide, as fractions of the slide's width and height, so the laser
 * pointer and the zoom land on the same spot of the slide in every window, whatever its size.
 * Reported at most once a frame.
 */
import type { SlidePoint } from './presentation-state';

export function pointOnSlide(stage: Element | null, event: Pick<PointerEvent, 'clientX' | 'clientY'>): SlidePoint | null {
  if (!stage) return null;
  const r = stage.getBoundingClientRect();
  const x = (event.clientX - r.left) / r.width;
  const y = (event.clientY - r.top) / r.height;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null;
}

/** A pointermove handler that reports the point on the slide `findStage` gives, once a frame. */
export function slidePointerTracker(findStage: () => Element | null, report: (at: SlidePoint | null) => void): (event: PointerEvent) => void {
  let pending: PointerEvent | null = null;
  return (event) => {
    if (!pending) requestAnimationFrame(() => {
      if (pending) report(pointOnSlide(findStage(), pending));
      pending = null;
    });
    pending = event;
  };
}
