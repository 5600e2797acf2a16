import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ZoneView from '../../../../renderer/src/views/ZoneView.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('ZoneView', () => {
  it('lists the points that name the zone, with where each stands', async () => {
    renderWithModel(ZoneView, await bundledModel(), { zoneId: 'shandong' });
    expect([...document.querySelectorAll('.place')].map((p) => p.textContent)).toEqual([
      'Area 2 · Deepen reform and innovation',
      'Area 4 · Serve the major national strategies',
    ]);
  });

  it('says plainly when the briefing does not mention the zone, with no filler', async () => {
    renderWithModel(ZoneView, await bundledModel(), { zoneId: 'beijing' });
    expect(screen.getByTestId('not-mentioned').textContent).toBe(
      'The briefing does not mention Beijing. It speaks of all 21 zones together in its totals, and names only some of them.',
    );
    expect(document.querySelectorAll('[data-point]')).toHaveLength(0);
  });

  it('names the zones set up the same year', async () => {
    renderWithModel(ZoneView, await bundledModel(), { zoneId: 'beijing' });
    expect(screen.getByText('Set up the same year').nextElementSibling?.textContent).toBe('Hunan, Anhui');
  });

  it('says when there is no such zone', async () => {
    renderWithModel(ZoneView, await bundledModel(), { zoneId: 'atlantis' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No such zone');
  });
});
