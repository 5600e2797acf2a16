import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../../renderer/src/model/briefing-model';
import { loadBundled } from '../../../support/load-bundled';

describe('the briefing model', () => {
  it('holds everything the outputs show of one briefing, built from the payload', async () => {
    const payload = await loadBundled();
    const model = buildBriefingModel(payload);
    expect(model.briefing).toBe(payload.briefing);
    expect(model.sourceText).toBe(payload.sourceText);
    expect(model.figure('trade-volume')?.value).toBe(7.5);
    expect(model.derivedFor('foreign-capital').map((d) => d.kind)).toEqual(['national-total', 'rest-of-country-share']);
    expect(model.derivedFor('supporting-documents')).toEqual([]);
    expect(model.charts.map((c) => c.id)).toEqual(['share-of-national', 'year-on-year-growth', 'high-tech-foreign-capital-within-foreign-capital', 'zones-by-year']);
    expect(model.chart('zones-by-year')?.series[0]?.values).toEqual([1, 3, 7, 1, 6, 3]);
    expect(model.deck[0]?.kind).toBe('title');
    expect(model.sourceParagraphs).toHaveLength(payload.sourceText.split('\n').filter((l) => l.trim()).length);
    expect(model.zoneMap?.tiles).toHaveLength(21);
    expect(model.search('Hainan')[0]?.id).toBe('hainan');
  });

  it('builds each part once, on first use, and keeps it', async () => {
    const model = buildBriefingModel(await loadBundled());
    expect(model.deck).toBe(model.deck);
    expect(model.charts).toBe(model.charts);
    expect(model.derived).toBe(model.derived);
    // The deck's chart slides show the model's own chart specs, not copies.
    const chartSlides = model.deck.filter((s) => s.kind === 'chart');
    expect(chartSlides.map((s) => (s.kind === 'chart' ? s.spec : null))).toEqual(model.charts);
    expect(chartSlides.every((s, i) => s.kind === 'chart' && s.spec === model.charts[i])).toBe(true);
  });

  it('locates each quoted item in the source paragraphs, the outlook’s introduction as its own', async () => {
    const model = buildBriefingModel(await loadBundled());
    const outlook = model.quoteLocation('outlook')!;
    const firstTask = model.quoteLocation(model.briefing.outlook!.tasks[0]!.id)!;
    expect(outlook).not.toEqual(firstTask);
    const paragraph = model.sourceParagraphs[outlook.paragraph - 1]!;
    expect(paragraph.text.slice(outlook.start, outlook.end)).toBe(model.briefing.outlook!.quote);
    expect(model.quoteLocation('no-such-item')).toBeNull();
  });
});
