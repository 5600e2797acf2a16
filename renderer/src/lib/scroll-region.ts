/**
 * A box that scrolls sideways in a narrow window (a wide table), so the page itself never does.
 * While its content is wider than it, the box is a named region in the tab order, so a keyboard
 * can scroll it and a screen reader says what it holds (WCAG 1.4.10, 2.1.1); otherwise it is a
 * plain box with no extra tab stop. Use with `{@attach scrollRegion('Zones')}`.
 */
export function scrollRegion(label: string): (node: HTMLElement) => () => void {
  return (node) => {
    const update = (): void => {
      if (node.scrollWidth > node.clientWidth + 1) {
        node.tabIndex = 0;
        node.setAttribute('role', 'region');
        node.setAttribute('aria-label', label);
      } else {
        node.removeAttribute('tabindex');
        node.removeAttribute('role');
        node.removeAttribute('aria-label');
      }
    };
    update();
    if (typeof ResizeObserver === 'undefined') return () => undefined;
    const observer = new ResizeObserver(update);
    observer.observe(node);
    for (const child of node.children) observer.observe(child);
    return () => observer.disconnect();
  };
}
