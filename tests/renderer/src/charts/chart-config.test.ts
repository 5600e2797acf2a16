import { describe, expect, it } from 'vitest';
import { axisTitle, buildChartConfig, chartFonts, chartFontSizes, seriesColours, tickText, wrapLabel, type ChartTheme } from '../../../../renderer/src/charts/chart-config';
import { chartSpecs } from '../../../../renderer/src/model/chart-specs';
import { indexBriefing } from '../../../../renderer/src/model/briefing-index';
import { loadBundled } from '../../../support/load-bundled';

const theme: ChartTheme = {
  ink: 'rgb(17, 17, 17)',
  muted: 'rgb(85, 85, 85)',
  grid: 'rgb(221, 221, 221)',
  backdrop: 'rgb(255, 255, 255)',
  subject: 'rgb(11, 93, 107)',
  second: 'rgb(91, 143, 153)',
  derived: 'rgb(196, 199, 204)',
  fontFamily: 'Inter',
  fontSize: 13,
};

async function specs() {
  return chartSpecs(indexBriefing((await loadBundled()).briefing));
}

describe('Chart.js configuration', () => {
  it('writes ticks and tooltips in the briefing’s units, never raw big numbers', async () => {
    const part = (await specs())[2]!;
    const config = buildChartConfig(part, 'screen', theme);
    const x = config.options!.scales!['x'] as { ticks: { callback: (v: number) => string }; title: { text: string } };
    expect(x.ticks.callback(200)).toBe('200');
    expect(x.title.text).toBe('billion yuan');
    const tooltip = config.options!.plugins!.tooltip!.callbacks!.label as unknown as (item: unknown) => string;
    expect(tooltip({ dataset: { label: 'The rest (derived)' }, parsed: { x: 136.18 } })).toBe('The rest (derived): 136.18 billion yuan');
    expect(tickText({ kind: 'change' }, 50)).toBe('50%');
    expect(axisTitle({ kind: 'count', unit: 'zone', unitPlural: 'zones' })).toBe('zones');
  });

  it('prints sharp and still: three times the pixels, no animation', async () => {
    const config = buildChartConfig((await specs())[0]!, 'print', theme);
    expect(config.options!.devicePixelRatio).toBe(3);
    expect(config.options!.animation).toBe(false);
    expect(buildChartConfig((await specs())[0]!, 'screen', theme, { reducedMotion: true }).options!.animation).toBe(false);
  });

  it('writes every text at the theme’s size: ticks, axis titles, legend', async () => {
    const spec = (await specs())[0]!;
    const projector = buildChartConfig(spec, 'projector', { ...theme, fontSize: 28 });
    const x = projector.options!.scales!['x'] as { ticks: { font: { size: number } }; title: { font: { size: number } } };
    const y = projector.options!.scales!['y'] as { ticks: { font: { size: number } } };
    expect([x.ticks.font.size, x.title.font.size, y.ticks.font.size]).toEqual([28, 28, 28]);
    expect((projector.options!.plugins!.legend!.labels as { font: { size: number } }).font.size).toBe(28);
    const screen = buildChartConfig(spec, 'screen', theme);
    expect((projector.data.datasets[0] as { borderWidth: number }).borderWidth).toBeGreaterThan((screen.data.datasets[0] as { borderWidth: number }).borderWidth);
  });

  it('lays the backdrop under each value label beside its bar, so no grid line crosses its text', async () => {
    const [, growth, , byYear] = await specs();
    for (const spec of [growth!, byYear!]) {
      const config = buildChartConfig(spec, 'screen', theme);
      const calls: { op: string; fill: string; x: number; y: number; w?: number; h?: number; text?: string }[] = [];
      const ctx = {
        fillStyle: '',
        font: '',
        textAlign: 'left',
        textBaseline: 'alphabetic',
        save() {},
        restore() {},
        measureText: (text: string) => ({ width: text.length * 7 }),
        fillRect(x: number, y: number, w: number, h: number) {
          calls.push({ op: 'rect', fill: this.fillStyle, x, y, w, h });
        },
        fillText(text: string, x: number, y: number) {
          calls.push({ op: 'text', fill: this.fillStyle, x, y, text });
        },
      };
      const bars = spec.categories.map((_, i) => ({ getProps: () => ({ x: 200 + i * 40, y: 100 + i * 30, base: 150 }) }));
      const chart = { ctx, data: config.data, getDatasetMeta: () => ({ hidden: false, data: bars }) };
      const plugin = config.plugins!.find((p) => p.id === 'valueLabels')!;
      (plugin.afterDatasetsDraw as unknown as (c: typeof chart) => void)(chart);
      const texts = calls.filter((c) => c.op === 'text');
      expect(texts.length, spec.id).toBe(spec.categories.length * spec.series.length);
      for (const text of texts) {
        const under = calls[calls.indexOf(text) - 1]!;
        const width = text.text!.length * 7;
        const left = spec.horizontal ? text.x : text.x - width / 2;
        expect(under, `${spec.id}: ${text.text}`).toMatchObject({ op: 'rect', fill: theme.backdrop });
        expect(under.x).toBeLessThan(left);
        expect(under.x + under.w!).toBeGreaterThan(left + width);
        const [top, bottom] = spec.horizontal ? [text.y - 6.5, text.y + 6.5] : [text.y - 13, text.y];
        expect(under.y).toBeLessThanOrEqual(top);
        expect(under.y + under.h!).toBeGreaterThanOrEqual(bottom);
      }
    }
  });

  it('reports every text size it draws with, so slides can check the smallest', async () => {
    const [share, growth] = await specs();
    const projector = { ...theme, fontSize: 28 };
    expect(new Set(chartFontSizes(buildChartConfig(share!, 'projector', projector), projector))).toEqual(new Set([28]));
    expect(Math.min(...chartFontSizes(buildChartConfig(growth!, 'screen', theme), theme))).toBe(13);
  });

  it('gives the subject the strongest colour and derived parts the quiet one', async () => {
    const [share, , part] = await specs();
    expect(seriesColours(share!, theme)).toEqual([theme.subject, theme.derived]);
    expect(seriesColours(part!, theme)).toEqual([theme.subject, theme.derived]);
  });

  it('keeps stated and derived series apart by lightness and outline, and labels derived ones', async () => {
    const config = buildChartConfig((await specs())[0]!, 'screen', theme);
    const [stated, derived] = config.data.datasets as unknown as { label: string; borderColor: string; backgroundColor: string }[];
    expect(derived!.label).toBe('Rest of the country (derived)');
    expect(derived!.borderColor).toBe(theme.muted);
    expect(stated!.backgroundColor).not.toBe(derived!.backgroundColor);
  });

  it('wraps long category labels', () => {
    expect(wrapLabel('Foreign capital used in high-tech industries (86.34 billion yuan)')).toEqual(['Foreign capital used in', 'high-tech industries', '(86.34 billion yuan)']);
  });
});

describe('axis labels', () => {
  it('never take more than three lines: a longer label ends in an ellipsis (the table has it whole)', () => {
    const lines = wrapLabel('Foreign capital actually used counted over the whole year, and then counted again over the whole year', 24);
    expect(lines).toEqual(['Foreign capital actually', 'used counted over the', 'whole year, and then…']);
  });
});

describe('the fonts a chart is drawn in', () => {
  it('are the text font for its Latin text, at both weights, and the whole family list for anything beyond it', async () => {
    const spec = (await specs())[0]!;
    const family = 'Inter, "Inter Variable", "Noto Sans SC", system-ui, sans-serif';
    const latin = chartFonts(spec, family);
    expect(latin.map((need) => need.font)).toEqual(['400 16px Inter', '600 16px Inter']);
    for (const category of spec.categories) expect(latin[0]!.text).toContain(category);
    const named = chartFonts({ ...spec, categories: ['Shanghai 上海', ...spec.categories.slice(1)] }, family);
    expect(named.map((need) => need.font)).toEqual(['400 16px Inter', `400 16px ${family}`, '600 16px Inter', `600 16px ${family}`]);
    expect(named[1]!.text).toBe('上海');
  });
});
