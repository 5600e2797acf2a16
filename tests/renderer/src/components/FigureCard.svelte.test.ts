import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureCard from '../../../../renderer/src/components/FigureCard.svelte';
import { shownBesideFigure } from '../../../../renderer/src/model/derived-figures';
import { bundledModel } from '../../../support/load-bundled';

async function figureAndDerived(id: string) {
  const model = await bundledModel();
  return { figure: model.figure(id)!, derivedValues: model.derivedFor(id).filter(shownBesideFigure) };
}

describe('FigureCard', () => {
  it('shows the number, its unit, share of national total, period and quote', async () => {
    render(FigureCard, await figureAndDerived('foreign-capital'));
    const card = screen.getByRole('article', { name: 'Foreign capital actually used' });
    expect(within(card).getByText('222.52').classList.contains('number')).toBe(true);
    expect(card.querySelector('.figure-value')?.textContent).toBe('222.52 billion yuan');
    expect(card.querySelector('.share')?.textContent).toBe('18.1% of the national total');
    expect(card.querySelector('.period')?.textContent).toBe('2022');
    expect(card.querySelector('.quote p')?.textContent).toBe(
      "“Throughout the year, the 21 pilot free trade zones actually used 222.52 billion yuan of foreign capital, accounting for 18.1% of the country's total.”",
    );
    expect(card.querySelector('.trace')?.getAttribute('href')).toBe('#/source?quote=foreign-capital');
  });

  it('marks derived figures as derived and shows how they were computed', async () => {
    render(FigureCard, await figureAndDerived('high-tech-foreign-capital'));
    const derived = [...document.querySelectorAll('.derived-values > div')].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]);
    expect(derived).toEqual([
      ['Derived 2021:', 'about 56.36 billion yuan = 86.34 billion yuan ÷ (1 + 53.2%)'],
      ['Derived Share of foreign capital actually used:', '38.8% = 86.34 billion yuan ÷ 222.52 billion yuan'],
    ]);
    expect(document.querySelector('.change')?.textContent).toBe('+53.2% year on year');
  });

  it('shows the qualifier and the plain meaning where the data has them, once', async () => {
    render(FigureCard, await figureAndDerived('customs-clearance-days-saved'));
    expect(document.querySelector('.figure-value')?.textContent).toBe('2–3 days');
    expect(document.querySelectorAll('.plain')).toHaveLength(1);
    expect(document.querySelector('.plain')?.textContent).toBe('In plain words: Customs clearance became 2–3 days faster.');
    expect(document.querySelector('.derived-values')).toBeNull();
  });

  it('writes a qualifier before the number, and nothing before it otherwise', async () => {
    render(FigureCard, await figureAndDerived('delegated-authority'));
    expect(document.querySelector('.figure-value')?.textContent).toBe('more than 5,400 items');
  });

  it('leaves out the link to the source on paper', async () => {
    render(FigureCard, { ...(await figureAndDerived('foreign-capital')), traceable: false });
    expect(document.querySelector('.trace')).toBeNull();
  });

  it('renders text that looks like HTML as text', async () => {
    const { figure } = await figureAndDerived('supporting-documents');
    render(FigureCard, { figure: { ...figure, label: '<img src=x onerror=alert(1)>Docs' } });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Docs');
  });
});
