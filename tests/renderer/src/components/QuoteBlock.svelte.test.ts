import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QuoteBlock from '../../../../renderer/src/components/QuoteBlock.svelte';

describe('QuoteBlock', () => {
  it('quotes the words, gives their plain meaning and links to the source', () => {
    render(QuoteBlock, { quote: 'increased the customs clearance time by 2-3 days', plainMeaning: 'Clearance became 2–3 days faster.', traceId: 'customs' });
    expect(document.querySelector('blockquote p')?.textContent).toBe('“increased the customs clearance time by 2-3 days”');
    expect(document.querySelector('.plain')?.textContent).toBe('In plain words: Clearance became 2–3 days faster.');
    expect(document.querySelector('.trace')?.getAttribute('href')).toBe('#/source?quote=customs');
  });

  it('has no link and no plain meaning when it is given none', () => {
    render(QuoteBlock, { quote: 'Words.' });
    expect(document.querySelector('.trace')).toBeNull();
    expect(document.querySelector('.plain')).toBeNull();
  });
});
