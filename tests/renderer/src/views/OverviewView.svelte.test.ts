import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import OverviewView from '../../../../renderer/src/views/OverviewView.svelte';
import { buildBriefingModel } from '../../../../renderer/src/model/briefing-model';
import { bundledModel, loadBundled } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

const renderOverview = async () => renderWithModel(OverviewView, await bundledModel());

describe('OverviewView', () => {
  it('shows the title, the event and the speaker', async () => {
    await renderOverview();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("China's Pilot Free Trade Zones in 2022");
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2023-02-02');
    expect(document.querySelector('time')?.textContent).toBe('2 February 2023');
    expect(document.querySelector('.speaker')?.textContent).toBe('Guo Tingting, Vice Minister of Commerce');
  });

  it('shows one card per headline figure, in the data’s order', async () => {
    await renderOverview();
    const cards = [...document.querySelectorAll('[data-figure]')].map((c) => c.getAttribute('data-figure'));
    expect(cards).toEqual(['foreign-capital', 'high-tech-foreign-capital', 'trade-volume', 'supporting-documents', 'delegated-authority']);
  });

  it('counts each area’s points, figures and zones from the data', async () => {
    await renderOverview();
    const counts = [...document.querySelectorAll('.area-counts')].map((c) => c.textContent?.trim());
    expect(counts).toEqual([
      '7 points · 4 figures · 4 zones named',
      '3 points · 2 figures · 2 zones named',
      '2 points · 3 figures · 2 zones named',
      '2 points · 1 figure · 4 zones named',
    ]);
  });

  it('shows the translation note', async () => {
    await renderOverview();
    expect(document.querySelector('.translation-note')?.textContent).toMatch(/means clearance became 2–3 days faster/);
  });

  it('paints the first cards of a briefing with hundreds of figures first, and the rest after', async () => {
    const payload = await loadBundled();
    const figures = payload.briefing.figures.filter((f) => f.headline);
    const many = [...Array(60).keys()].flatMap((n) => figures.map((f) => ({ ...f, id: `${f.id}-x${n}` })));
    renderWithModel(OverviewView, buildBriefingModel({ ...payload, briefing: { ...payload.briefing, figures: many } }));
    const shown = () => document.querySelectorAll('[data-figure]').length;
    expect(shown()).toBe(24);
    await vi.waitFor(() => expect(shown()).toBe(many.length), { timeout: 5000 });
    expect([...document.querySelectorAll('[data-figure]')].map((c) => c.getAttribute('data-figure'))).toEqual(many.map((f) => f.id));
  });
});
