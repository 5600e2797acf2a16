import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../renderer/src/model/search-index';
import { indexBriefing } from '../../../../renderer/src/model/briefing-index';
import { sourceParagraphs } from '../../../../renderer/src/model/source-text';
import { loadBundled } from '../../../support/load-bundled';

async function bundledSearch() {
  const payload = await loadBundled();
  return buildSearchIndex(indexBriefing(payload.briefing), sourceParagraphs(payload.sourceText));
}

describe('search', () => {
  it('finds figures by their words and values, and opens their quote', async () => {
    const results = (await bundledSearch()).search('high-tech');
    expect(results[0]).toMatchObject({ kind: 'figure', id: 'high-tech-foreign-capital', route: { name: 'source', quote: 'high-tech-foreign-capital' } });
    expect(results[0]?.title).toBe('Foreign capital used in high-tech industries: 86.34 billion yuan');
  });

  it('ranks the figure whose value matches before figures whose quote merely mentions it', async () => {
    const results = (await bundledSearch()).search('222.52');
    expect(results[0]).toMatchObject({ kind: 'figure', id: 'foreign-capital', route: { name: 'source', quote: 'foreign-capital' } });
    expect(results.map((r) => r.id).indexOf('zone-count')).toBeGreaterThan(0);
  });

  it('finds zones by English or Chinese name', async () => {
    const search = await bundledSearch();
    expect(search.search('湖北').find((r) => r.kind === 'zone')).toMatchObject({ id: 'hubei', route: { name: 'zone', id: 'hubei' }, excerpt: 'Set up in 2017 · named in 1 point' });
    expect(search.search('hainan').find((r) => r.kind === 'zone')?.excerpt).toBe('Set up in 2018 · not mentioned in the briefing');
  });

  it('needs every word, in any order, and lists source paragraphs last', async () => {
    const search = await bundledSearch();
    const results = search.search('yellow alliance');
    expect(results.map((r) => r.kind)).toEqual(['figure', 'point', 'source']);
    expect(results.at(-1)?.route).toEqual({ name: 'source', paragraph: 21 });
    expect(search.search('yellow zebra')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('keeps to the limit', async () => {
    expect((await bundledSearch()).search('the', 5)).toHaveLength(5);
  });
});
