import { describe, expect, it } from 'vitest';
import OutlookView from '../../../../renderer/src/views/OutlookView.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('OutlookView', () => {
  it('shows the introduction and every task, the introduction traced to its own sentence', async () => {
    renderWithModel(OutlookView, await bundledModel());
    expect(document.querySelectorAll('[data-point]')).toHaveLength(3);
    expect(document.querySelector('.lede .trace')?.getAttribute('href')).toBe('#/source?quote=outlook');
  });
});
