/**
 * The design tokens meet WCAG 2.2 AA contrast, computed from tokens.css itself: text 4.5:1 on
 * every background it is set on (1.4.3), and the marks that carry meaning 3:1 (1.4.11) — the
 * focus ring, a field's edge, the chart's subject and the outline of its derived bars — in the
 * light and the dark theme, on the projector (both themes) and on paper.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../renderer/src/styles/palette';
import { PROJECT_ROOT } from '../../../support/load-bundled';

const CSS = readFileSync(join(PROJECT_ROOT, 'renderer/src/styles/tokens.css'), 'utf8');

type Theme = 'light' | 'dark';
type Tokens = Map<string, Record<Theme, string>>;

/** The colour tokens a rule block sets: "--ink: light-dark(#a, #b)" or "--ink: #a". */
function blockTokens(selector: string): Tokens {
  const start = CSS.lastIndexOf(`\n${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no ${selector} block`);
  const body = CSS.slice(start, CSS.indexOf('\n}', start));
  const tokens: Tokens = new Map();
  for (const m of body.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(m[1]!, { light: m[2]!, dark: m[3]! });
  for (const m of body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)) tokens.set(m[1]!, { light: m[2]!, dark: m[2]! });
  return tokens;
}

const screen = blockTokens(':root');
/** A scale inherits every token it does not set from the screen's. */
const projector: Tokens = new Map([...screen, ...blockTokens('.scale-projector')]);
/** Paper is always light (color-scheme: light): both sides of light-dark() resolve to the light one. */
const print: Tokens = new Map([...screen, ...blockTokens('.scale-print')].map(([k, v]) => [k, { light: v.light, dark: v.light }]));

/** [foreground, background, minimum]: what is drawn on what, and the contrast it needs. */
const PAIRS: [string, string, number][] = [
  // Text (1.4.3): 4.5:1.
  ...['--paper', '--surface', '--chip'].flatMap((bg): [string, string, number][] => [
    ['--ink', bg, 4.5],
    ['--ink-2', bg, 4.5],
    ['--accent', bg, 4.5],
  ]),
  ['--on-accent', '--accent', 4.5],
  ['--derived', '--surface', 4.5],
  ['--derived', '--paper', 4.5],
  ['--error', '--surface', 4.5],
  ['--error', '--paper', 4.5],
  ['--ink', '--highlight', 4.5],
  // Marks that carry meaning (1.4.11): 3:1.
  ['--focus', '--paper', 3],
  ['--focus', '--surface', 3],
  ['--ink-2', '--surface', 3], // a field's edge; a derived bar's outline
  ['--chart-subject', '--surface', 3],
  ['--chart-second', '--surface', 3],
  ['--chart-subject', '--chart-derived', 3], // a stated part beside its derived rest, in one bar
];

/** On screen only: an area's number on the overview is large text in --accent-soft (elsewhere, and on slides, it only draws a quote's rule). */
const SCREEN_PAIRS: [string, string, number][] = [
  ['--accent-soft', '--surface', 3],
  ['--accent-soft', '--paper', 3],
];

function shortfalls(tokens: Tokens, theme: Theme, pairs = PAIRS): string[] {
  return pairs.flatMap(([fg, bg, min]) => {
    const f = tokens.get(fg)?.[theme];
    const b = tokens.get(bg)?.[theme];
    if (!f || !b) return [`${fg} on ${bg}: token missing`];
    const ratio = contrastRatio(f, b);
    return ratio >= min ? [] : [`${fg} ${f} on ${bg} ${b}: ${ratio.toFixed(2)}:1, needs ${min}:1`];
  });
}

describe('the design tokens’ contrast (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets it on screen, ${theme} theme`, () => {
      expect(shortfalls(screen, theme, [...PAIRS, ...SCREEN_PAIRS])).toEqual([]);
    });
    it(`meets it on the projector, ${theme} theme`, () => {
      expect(shortfalls(projector, theme)).toEqual([]);
    });
  }

  it('meets it on paper', () => {
    expect(shortfalls(print, 'light')).toEqual([]);
  });

  it('reads the tokens it checks (a renamed token fails here, not silently)', () => {
    expect(screen.get('--ink')).toEqual({ light: '#1b1f27', dark: '#eef0f3' });
    expect(projector.get('--ink')).toEqual({ light: '#000000', dark: '#ffffff' });
    expect(print.get('--ink')).toEqual({ light: '#111111', dark: '#111111' });
    expect(shortfalls(new Map([['--ink', { light: '#777777', dark: '#777777' }]]), 'light')).toContain('--ink on --paper: token missing');
  });

  it('draws charts and the focus ring in the system’s colours in Windows high contrast (the browser recolours the rest)', () => {
    const forced = CSS.slice(CSS.indexOf('@media (forced-colors: active)'));
    for (const [token, system] of [
      ['--focus', 'Highlight'],
      ['--chart-subject', 'Highlight'],
      ['--chart-second', 'CanvasText'],
      ['--chart-derived', 'GrayText'],
      ['--chart-grid', 'GrayText'],
    ]) {
      expect(forced).toContain(`${token}: ${system};`);
    }
    // Slides set their own chart colours, so the override reaches inside the projector scale too.
    expect(forced.slice(0, forced.indexOf('{', forced.indexOf('{') + 1))).toContain('.scale-projector');
  });
});
