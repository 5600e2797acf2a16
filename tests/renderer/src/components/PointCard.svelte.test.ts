import { describe, expect, it } from 'vitest';
import PointCard from '../../../../renderer/src/components/PointCard.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('PointCard', () => {
  it('shows the point with its figures and the zones it names, in Chinese too', async () => {
    const model = await bundledModel();
    const point = model.points.find((p) => p.point.id === 'border-residents-trade')!.point;
    renderWithModel(PointCard, model, { point });
    expect(document.querySelector('h3')?.textContent).toBe('New models for trade between border residents');
    expect([...document.querySelectorAll('.zone-chip')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Guangxi 广西', '#/zones/guangxi'],
      ['Yunnan 云南', '#/zones/yunnan'],
      ['Heilongjiang 黑龙江', '#/zones/heilongjiang'],
    ]);
    expect(document.querySelector('.zone-chip [lang]')?.getAttribute('lang')).toBe('zh-Hans');
  });

  it('lists the figures it cites, with their context, and no links on paper', async () => {
    const model = await bundledModel();
    const point = model.points.find((p) => p.point.id === 'imports-and-exports')!.point;
    renderWithModel(PointCard, model, { point, traceable: false });
    expect([...document.querySelectorAll('.figure-line .context')].map((c) => c.textContent)).toEqual(['17.8% of the national total', '+14.5% year on year']);
    expect(document.querySelector('.trace')).toBeNull();
  });
});
