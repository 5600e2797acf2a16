import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ZoneView from '../../renderer/src/views/ZoneView.svelte';
import ZonesView from '../../renderer/src/views/ZonesView.svelte';
import SourceView from '../../renderer/src/views/SourceView.svelte';
import AreaView from '../../renderer/src/views/AreaView.svelte';
import { indexBriefing } from '../../renderer/src/lib/briefing-index';
import { loadBundled } from '../unit/load-bundled';

// jsdom does not lay out, so it has no scrolling: the views' scroll calls become no-ops here.
if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView() {} });

async function setUp() {
  const payload = await loadBundled();
  return { payload, index: indexBriefing(payload.briefing) };
}

describe('ZoneView', () => {
  it('lists the points that name the zone, with where each stands', async () => {
    const { index } = await setUp();
    render(ZoneView, { index, zoneId: 'shandong' });
    expect([...document.querySelectorAll('.place')].map((p) => p.textContent)).toEqual([
      'Area 2 · Deepen reform and innovation',
      'Area 4 · Serve the major national strategies',
    ]);
  });

  it('says plainly when the briefing does not mention the zone, with no filler', async () => {
    const { index } = await setUp();
    render(ZoneView, { index, zoneId: 'beijing' });
    expect(screen.getByTestId('not-mentioned').textContent).toMatch(/^The briefing does not mention Beijing\./);
    expect(document.querySelectorAll('[data-point]')).toHaveLength(0);
  });

  it('says when there is no such zone', async () => {
    const { index } = await setUp();
    render(ZoneView, { index, zoneId: 'atlantis' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No such zone');
  });
});

describe('ZonesView', () => {
  it('filters to the zones the briefing names', async () => {
    const { index } = await setUp();
    render(ZonesView, { index });
    expect(document.querySelectorAll('[data-zone-row]')).toHaveLength(21);
    await fireEvent.click(screen.getByLabelText('Named in the briefing only'));
    expect(document.querySelectorAll('[data-zone-row]')).toHaveLength(9);
  });
});

describe('SourceView', () => {
  it('marks exactly the quote, as text', async () => {
    const { index, payload } = await setUp();
    render(SourceView, { index, sourceText: payload.sourceText, quoteId: 'delegated-authority' });
    const marks = document.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(index.quoteOf('delegated-authority'));
    expect(marks[0]!.children).toHaveLength(0);
  });

  it('says when the item does not exist, and shows the whole source', async () => {
    const { index, payload } = await setUp();
    render(SourceView, { index, sourceText: payload.sourceText, quoteId: 'no-such-thing' });
    expect(screen.getByRole('status').textContent).toBe('Nothing in this briefing is called “no-such-thing”; the whole source is shown.');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });
});

describe('AreaView', () => {
  it('links to the previous and next areas, and from the last to the outlook', async () => {
    const { index } = await setUp();
    render(AreaView, { index, areaId: 'national-strategies' });
    expect(screen.getByRole('link', { name: /^← Area 3/ }).getAttribute('href')).toBe('#/areas/high-quality-development');
    expect(screen.getByRole('link', { name: 'The work for 2023 →' }).getAttribute('href')).toBe('#/outlook');
  });
});
