import { describe, expect, it } from 'vitest';
import { pointOnSlide } from '../../../../renderer/src/present/slide-pointer';

const stage = { getBoundingClientRect: () => ({ left: 100, top: 50, width: 800, height: 450 }) } as unknown as Element;

describe('the point on a slide', () => {
  it('is a fraction of the slide’s width and height, whatever its size on the screen', () => {
    expect(pointOnSlide(stage, { clientX: 500, clientY: 275 })).toEqual({ x: 0.5, y: 0.5 });
    expect(pointOnSlide(stage, { clientX: 100, clientY: 50 })).toEqual({ x: 0, y: 0 });
  });

  it('is nothing off the slide, or with no slide', () => {
    expect(pointOnSlide(stage, { clientX: 50, clientY: 275 })).toBeNull();
    expect(pointOnSlide(null, { clientX: 500, clientY: 275 })).toBeNull();
  });
});
