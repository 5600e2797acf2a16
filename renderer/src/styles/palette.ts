/**
 * Design tokens for data colours, as values code needs (tokens.css holds every other colour):
 * a sequential scale whose lightness changes steadily (viridis), so the zones' years stay apart
 * for people with colour-blindness and in grey print. Used by the zone map on screen, on slides
 * and in exported slides.
 */
const VIRIDIS = ['#fde725', '#b5de2b', '#6ece58', '#35b779', '#1f9e89', '#26828e', '#31688e', '#3e4989', '#482878', '#440154'];

/** `count` colours spread over the scale, lightest first. */
export function sequentialColours(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [VIRIDIS[5]!];
  return Array.from({ length: count }, (_, i) => VIRIDIS[Math.round((i * (VIRIDIS.length - 1)) / (count - 1))]!);
}

/** The red, green and blue of "#rrggbb" or "rgb(r, g, b)" (as computed styles give colours). */
export function rgbOf(colour: string): [number, number, number] {
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  const n = parseInt(colour.replace('#', '').slice(0, 6), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG's relative luminance of a colour: 0 for black, 1 for white. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = rgbOf(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Black or white, whichever reads better on the colour. */
export function textOn(colour: string): '#000000' | '#ffffff' {
  return relativeLuminance(colour) > 0.179 ? '#000000' : '#ffffff';
}

/**
 * The PowerPoint export's tokens. Colours: the projector's light theme (the light side of each
 * light-dark() in tokens.css's `.scale-projector`: a projected slide is read on a white screen),
 * written as PowerPoint takes them ("RRGGBB"). Type sizes in points: the projector's pixel sizes
 * on its 900 px stage, on a 7.5 in (540 pt) slide; the smallest, `sm`, is over 3 % of the slide's
 * height (16.2 pt). A test checks both against tokens.css, so they cannot drift apart.
 */
export const POWERPOINT_COLOURS = {
  paper: 'FFFFFF',
  ink: '000000',
  ink2: '1F2630',
  line: '59616D',
  accent: '004C5A',
  chartSubject: '004C5A',
  chartSecond: '3D7F8B',
  chartDerived: 'B8BCC2',
  chartGrid: '59616D',
} as const;

export const POWERPOINT_TYPE_PT = { sm: 16.8, base: 20.4, lg: 26.4, xl: 36, figure: 57.6, title: 48 } as const;
