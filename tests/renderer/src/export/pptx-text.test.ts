/** Headings in balanced lines, as CSS's text-wrap: balance sets them on screen. */
import { describe, expect, it } from 'vitest';
import { balancedWidth, para, PT, textHeight } from '../../../../renderer/src/export/pptx-text';
import { lineCount } from '../../../../renderer/src/export/text-metrics';

describe('balancedWidth', () => {
  // The 4:3 slide's text width: 10 in less the padding, in points.
  const width = 72 * (10 - 2 * 0.7);

  it('narrows a two-line title until its lines are even, keeping two lines', () => {
    const title = [para('Promote high-level opening up (1 of 2)', PT.xl, { bold: true })];
    const balanced = balancedWidth(title, width);
    expect(balanced).toBeLessThan(width * 0.8);
    expect(textHeight(title, balanced)).toBe(textHeight(title, width));
    // "(1 of 2)" is not left on a line of its own: the second line holds more than it.
    const run = { text: 'Promote high-level opening up (1 of 2)', size: PT.xl, bold: true };
    expect(lineCount([run], balanced)).toBe(2);
    expect(lineCount([{ ...run, text: 'Promote high-level opening up' }], balanced)).toBe(2);
  });

  it('leaves a one-line title its full width', () => {
    expect(balancedWidth([para('Source', PT.xl, { bold: true })], width)).toBe(width);
  });
});
