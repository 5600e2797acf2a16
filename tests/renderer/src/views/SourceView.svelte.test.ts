import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceView from '../../../../renderer/src/views/SourceView.svelte';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

// jsdom does not lay out, so it has no scrolling: the view's scroll call becomes a no-op here.
if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView() {} });

describe('SourceView', () => {
  it('marks exactly the quote, once, as text', async () => {
    const model = await bundledModel();
    renderWithModel(SourceView, model, { quoteId: 'delegated-authority' });
    const marks = document.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(model.quoted('delegated-authority')?.quote);
    expect(marks[0]!.children).toHaveLength(0);
  });

  it('marks the outlook’s introduction, not its first task', async () => {
    const model = await bundledModel();
    renderWithModel(SourceView, model, { quoteId: 'outlook' });
    expect(document.querySelector('mark')?.textContent).toBe(model.briefing.outlook!.quote);
  });

  it('gives the plain meaning of the marked words', async () => {
    renderWithModel(SourceView, await bundledModel(), { quoteId: 'customs-clearance-days-saved' });
    expect(document.querySelector('.plain')?.textContent).toBe('The highlighted words mean: Customs clearance became 2–3 days faster.');
  });

  it('says when the item does not exist, and shows the whole source', async () => {
    renderWithModel(SourceView, await bundledModel(), { quoteId: 'no-such-thing' });
    expect(screen.getByRole('status').textContent).toBe('Nothing in this briefing is called “no-such-thing”; the whole source is shown.');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });
});
