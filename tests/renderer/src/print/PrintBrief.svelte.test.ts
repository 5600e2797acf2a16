import { describe, expect, it } from 'vitest';
import PrintBrief from '../../../../renderer/src/print/PrintBrief.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('PrintBrief', () => {
  it('holds the title, the headline figures with their context, every area in a sentence or two, and the tasks', async () => {
    const model = await bundledModel();
    renderWithModel(PrintBrief, model, { pageHeightInches: 10.19 });
    expect(texts('h1')).toEqual(["China's Pilot Free Trade Zones in 2022"]);
    expect(texts('h2')).toEqual(['Headline figures', 'What the pilot free trade zones did', 'The work for 2023']);
    expect(texts('.figure .figure-label')).toEqual([
      'Foreign capital actually used',
      'Foreign capital used in high-tech industries',
      'Imports and exports',
      'Documents issued to support the zones',
      'Items of provincial authority delegated to the zones',
    ]);
    expect([...document.querySelectorAll('.figure')].map((f) => [...f.querySelectorAll('.figure-context li')].map((li) => li.textContent))).toEqual([
      ['18.1% of the national total'],
      ['+53.2% year on year'],
      ['17.8% of the national total', '+14.5% year on year'],
      [],
      [],
    ]);
    expect(texts('h3')).toEqual(['1. Promote high-level opening up', '2. Deepen reform and innovation', '3. Promote high-quality development', '4. Serve the major national strategies']);
    expect(texts('.area-summary')[3]).toBe('“Each pilot trade zone took the initiative to actively promote cross-regional collaborative innovation.”');
    expect(texts('.tasks li strong')).toEqual(['Align with high-standard international trade rules.', 'Let each zone explore in its own direction.', 'Spread what works.']);
    // One page: the page named for it, and no note about running over.
    expect(document.querySelector('.brief')?.classList.contains('one-page')).toBe(true);
    expect(document.querySelector('.overflow-note')).toBeNull();
  });
});
