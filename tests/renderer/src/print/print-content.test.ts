import { describe, expect, it } from 'vitest';
import { areaHeading, BRIEF_MIN_SCALE, briefContent, cssString, charactersBeyondTextFont, figuresQuotedUnderAreas, fitBrief, PRINT_CHART_CATEGORIES, PRINT_LABELS, printedCharts, printRoot } from '../../../../renderer/src/print/print-content';
import { PRINT_CONTENTS } from '../../../../electron/shared/ipc-contract';
import { bundledModel } from '../../../support/load-bundled';

describe('what the print documents decide before laying out', () => {
  it('names each print content in the running header', () => {
    expect(PRINT_CONTENTS.map((c) => PRINT_LABELS[c])).toEqual(['Summary', 'Slides', 'Brief']);
  });

  it('writes any text as a CSS string for the running header', () => {
    expect(cssString("China's Pilot Free Trade Zones in 2022")).toBe(`"China's Pilot Free Trade Zones in 2022"`);
    expect(cssString('A "quoted" \\ title\nnext')).toBe('"A \\"quoted\\" \\\\ title\\A next"');
  });

  it('leaves a headline figure’s quote to the area whose point quotes the same words', async () => {
    const model = await bundledModel();
    expect([...figuresQuotedUnderAreas(model)]).toEqual([
      ['foreign-capital', '1. Promote high-level opening up'],
      ['high-tech-foreign-capital', '1. Promote high-level opening up'],
      ['trade-volume', '1. Promote high-level opening up'],
      ['supporting-documents', '2. Deepen reform and innovation'],
      ['delegated-authority', '2. Deepen reform and innovation'],
    ]);
    expect(areaHeading({ number: 4, title: 'Serve the major national strategies' })).toBe('4. Serve the major national strategies');
  });

  it('puts in the brief the headline figures, every area with its own summary and points, and the tasks', async () => {
    const model = await bundledModel();
    const brief = briefContent(model);
    expect(brief.figures.map((f) => f.id)).toEqual(['foreign-capital', 'high-tech-foreign-capital', 'trade-volume', 'supporting-documents', 'delegated-authority']);
    expect(brief.areas.map((a) => a.heading)).toEqual([
      '1. Promote high-level opening up',
      '2. Deepen reform and innovation',
      '3. Promote high-quality development',
      '4. Serve the major national strategies',
    ]);
    expect(brief.areas[3]).toMatchObject({ summary: 'Each pilot trade zone took the initiative to actively promote cross-regional collaborative innovation.', quoted: true });
    expect(brief.areas[3]!.points).toEqual(['The Yellow River Basin Pilot Free Trade Zone Alliance', 'Alliances that carry reform across regions']);
    expect(brief.tasksTitle).toBe('The work for 2023');
    expect(brief.tasks.map((t) => t.title)).toEqual(['Align with high-standard international trade rules', 'Let each zone explore in its own direction', 'Spread what works']);
  });

  it('fits the brief to its page: as it is, a little smaller, or at the smallest and over a page', () => {
    expect(fitBrief(() => 900, 1000)).toEqual({ scale: 1, fits: true });
    // Measured again at each step: zoomed, lines hold more words and the brief gets shorter faster.
    const heights: number[] = [];
    expect(fitBrief((s) => (heights.push(s), 1100 * s * s), 1000)).toEqual({ scale: 0.94, fits: true });
    expect(heights).toEqual([1, 0.98, 0.96, 0.94]);
    expect(fitBrief(() => 5000, 1000)).toEqual({ scale: BRIEF_MIN_SCALE, fits: false });
  });

  it('prints every chart, a long one in parts of at most 8 categories, each with a key of its own', async () => {
    const model = await bundledModel();
    const whole = printedCharts(model);
    expect(whole.map((c) => c.id)).toEqual(model.charts.map((c) => `${c.id}-1`));
    const long = { ...model.charts[0]!, id: 'long', categories: Array.from({ length: 20 }, (_, i) => `Zone ${i + 1}`) };
    const parts = printedCharts({ charts: [long] });
    expect(parts.map((p) => p.id)).toEqual(['long-1', 'long-2', 'long-3']);
    expect(parts.map((p) => p.spec.categories.length)).toEqual([7, 7, 6]);
    expect(parts.every((p) => p.spec.categories.length <= PRINT_CHART_CATEGORIES)).toBe(true);
    expect(parts.flatMap((p) => p.spec.categories)).toEqual(long.categories);
  });

  it('sets the same page around every print document: title, language, print scale and running header', () => {
    const briefing = { title: 'Zones "2022"\nreview', language: 'zh-Hans' };
    expect(printRoot(briefing, 'handout')).toEqual({
      title: 'Zones "2022"\nreview',
      lang: 'zh-Hans',
      classes: ['scale-print', 'print-root'],
      properties: { '--print-running-title': '"Zones \\"2022\\"\\A review"', '--print-running-label': '"Slides"' },
    });
  });

  it('asks the Chinese font for the characters each document prints: the source text only in the summary', () => {
    const index = { briefing: { zones: ['上海'] }, sourceText: 'Opening 开放 up' };
    expect(charactersBeyondTextFont(index, 'summary')).toBe('上海开放');
    expect(charactersBeyondTextFont(index, 'brief')).toBe('上海');
  });
});
