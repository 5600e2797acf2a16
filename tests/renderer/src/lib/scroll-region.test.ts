import { describe, expect, it } from 'vitest';
import { scrollRegion } from '../../../../renderer/src/lib/scroll-region';

/** Just enough of an element: its widths and attributes. */
function box(scrollWidth: number, clientWidth: number) {
  const attributes = new Map<string, string>();
  return {
    scrollWidth,
    clientWidth,
    children: [] as Element[],
    set tabIndex(value: number) {
      attributes.set('tabindex', String(value));
    },
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
    attributes,
  };
}

describe('a box that scrolls sideways', () => {
  it('is a named region in the tab order while its content is wider than it', () => {
    const node = box(600, 300);
    scrollRegion('All zones, table')(node as unknown as HTMLElement);
    expect(Object.fromEntries(node.attributes)).toEqual({ tabindex: '0', role: 'region', 'aria-label': 'All zones, table' });
  });

  it('is a plain box, with no extra tab stop, while its content fits', () => {
    const node = box(300, 300);
    node.attributes.set('role', 'region');
    scrollRegion('All zones, table')(node as unknown as HTMLElement);
    expect(node.attributes.size).toBe(0);
  });
});
