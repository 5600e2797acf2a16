import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  POWERPOINT_COLOURS,
  POWERPOINT_TYPE_PT,
  relativeLuminance,
  rgbOf,
  sequentialColours,
  textOn,
} from '../../../../renderer/src/styles/palette';

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

describe('the PowerPoint tokens', () => {
  const tokens = readFileSync(join(__dirname, '../../../../renderer/src/styles/tokens.css'), 'utf8');
  /** The declarations of the first rule whose selector list is exactly `selector`. */
  const rule = (selector: string): string => {
    const start = tokens.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThan(-1);
    return tokens.slice(start, tokens.indexOf('}', start));
  };
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/(\D)(\d)/g, '$1-$2');

  it('are the projector’s light colours', () => {
    const projector = rule('.scale-projector');
    for (const [name, hex] of Object.entries(POWERPOINT_COLOURS)) {
      const match = new RegExp(`--${kebab(name)}: light-dark\\((#[0-9a-f]{6}), #[0-9a-f]{6}\\);`, 'i').exec(projector);
      expect(match, `--${kebab(name)} in .scale-projector`).not.toBeNull();
      expect(`#${hex}`.toLowerCase(), name).toBe(match![1]!.toLowerCase());
    }
  });

  it('are the projector’s type sizes on a 7.5 in slide, the smallest over 3 % of its height', () => {
    const projector = rule('.scale-projector,\n.scale-projector .fit');
    for (const [name, pt] of Object.entries(POWERPOINT_TYPE_PT)) {
      // The size at --fit 1: `max(<floor>px, calc(<size>px * var(--fit, 1)))`, or a plain `<size>px`.
      const match = new RegExp(`--text-${name}: (?:max\\(\\d+px, )?(?:calc\\()?(\\d+)px`).exec(projector);
      expect(match, `--text-${name}`).not.toBeNull();
      expect(pt, name).toBeCloseTo((Number(match![1]) * 540) / 900, 6);
    }
    expect(Math.min(...Object.values(POWERPOINT_TYPE_PT))).toBe(POWERPOINT_TYPE_PT.sm);
    expect(POWERPOINT_TYPE_PT.sm).toBeGreaterThanOrEqual(0.03 * 540);
  });
});
