import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureContext from '../../../../../renderer/src/components/figure/FigureContext.svelte';
import { bundledModel } from '../../../../support/load-bundled';

describe('FigureContext', () => {
  it('writes the share of the national total, the change on the year before and the period, one way', async () => {
    render(FigureContext, { figure: (await bundledModel()).figure('trade-volume')! });
    expect([...document.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['17.8% of the national total', '+14.5% year on year', '2022']);
  });

  it('can leave out the period', async () => {
    render(FigureContext, { figure: (await bundledModel()).figure('foreign-capital')!, period: false });
    expect([...document.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['18.1% of the national total']);
  });
});
