import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureValue from '../../../../../renderer/src/components/figure/FigureValue.svelte';

describe('FigureValue', () => {
  it('writes the number with its unit, the unit in its own element below the number', () => {
    render(FigureValue, { value: { value: 222.52, unit: 'yuan', unitPlural: 'yuan', scale: 'billion' } });
    const value = document.querySelector('.figure-value')!;
    expect(value.textContent).toBe('222.52 billion yuan');
    expect([...value.children].map((c) => [c.className.split(' ')[0], c.textContent])).toEqual([
      ['qualifier', ''],
      ['number', '222.52'],
      ['unit', 'billion yuan'],
    ]);
    expect(value.querySelector('.qualifier')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes a qualifier and a range the way the briefing does', () => {
    render(FigureValue, { value: { value: 5400, unit: 'item', scale: 'one', approximation: 'more-than' } });
    expect(document.querySelector('.figure-value')?.textContent).toBe('more than 5,400 items');
    document.body.innerHTML = '';
    render(FigureValue, { value: { value: 2, valueMax: 3, unit: 'day', scale: 'one' } });
    expect(document.querySelector('.figure-value')?.textContent).toBe('2–3 days');
  });
});
