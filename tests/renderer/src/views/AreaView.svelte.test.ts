import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AreaView from '../../../../renderer/src/views/AreaView.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('AreaView', () => {
  it('shows every point of the area', async () => {
    renderWithModel(AreaView, await bundledModel(), { areaId: 'opening-up' });
    expect(document.querySelectorAll('[data-point]')).toHaveLength(7);
  });

  it('links to the previous and next areas, and from the last to the outlook', async () => {
    renderWithModel(AreaView, await bundledModel(), { areaId: 'national-strategies' });
    expect(screen.getByRole('link', { name: /^← Area 3/ }).getAttribute('href')).toBe('#/areas/high-quality-development');
    expect(screen.getByRole('link', { name: 'The work for 2023 →' }).getAttribute('href')).toBe('#/outlook');
  });

  it('says a figure’s plain meaning once, where the point already says it', async () => {
    renderWithModel(AreaView, await bundledModel(), { areaId: 'opening-up' });
    const card = document.querySelector('[data-point="imports-and-exports"]')!;
    expect([...card.querySelectorAll('.plain')].map((p) => p.textContent)).toEqual([
      'In plain words: In 2022 the 21 zones’ imports and exports came to 7.5 trillion yuan, 14.5% more than in 2021 and 17.8% of China’s total.',
    ]);
  });
});
