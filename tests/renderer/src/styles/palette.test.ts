import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, rgbOf, sequentialColours, textOn } from '../../../../renderer/src/styles/palette';

describe('palette', () => {
  it('spreads colours from light to dark, so grey print keeps them apart', () => {
    const colours = sequentialColours(6);
    expect(colours).toHaveLength(6);
    expect(new Set(colours).size).toBe(6);
    const lightness = colours.map((c) => {
      const [r, g, b] = rgbOf(c);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    });
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeLessThan(lightness[i - 1]! - 10);
  });

  it('picks readable text on each colour, written as hex or as computed styles write it', () => {
    expect(textOn('#fde725')).toBe('#000000');
    expect(textOn('#440154')).toBe('#ffffff');
    expect(textOn('rgb(11, 93, 107)')).toBe('#ffffff');
    expect(textOn('rgb(127, 224, 238)')).toBe('#000000');
    expect(rgbOf('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
  });

  it('computes WCAG contrast: 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#0b5d6b', '#0b5d6b')).toBe(1);
    // #767676 is the lightest grey that reads at 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(255, 255, 255)', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('gives every year of the zone map text that reads on it (4.5:1)', () => {
    for (const colour of sequentialColours(10)) expect(contrastRatio(textOn(colour), colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
