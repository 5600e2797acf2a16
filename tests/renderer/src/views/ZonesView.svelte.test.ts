import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ZonesView from '../../../../renderer/src/views/ZonesView.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('ZonesView', () => {
  it('shows every zone on the map, each tile named as a screen reader should say it', async () => {
    renderWithModel(ZonesView, await bundledModel());
    const tiles = document.querySelectorAll('.tile');
    expect(tiles).toHaveLength(21);
    // The name comes from the tile's own text (so it holds what the eye sees), words for the ear hidden.
    const hainan = screen.getByRole('link', { name: 'Hainan, 海南, set up 2018, not named in the briefing' });
    expect(hainan.dataset['zone']).toBe('hainan');
    expect(hainan.hasAttribute('aria-label')).toBe(false);
    expect(hainan.querySelector('.tile-zh')?.getAttribute('lang')).toBe('zh-Hans');
    expect(screen.getByRole('link', { name: 'Hubei, 湖北, set up 2017, named in the briefing' }).dataset['zone']).toBe('hubei');
  });

  it('filters to the zones the briefing names', async () => {
    renderWithModel(ZonesView, await bundledModel());
    expect(document.querySelectorAll('[data-zone-row]')).toHaveLength(21);
    await fireEvent.click(screen.getByLabelText('Named in the briefing only'));
    expect(document.querySelectorAll('[data-zone-row]')).toHaveLength(9);
  });
});
