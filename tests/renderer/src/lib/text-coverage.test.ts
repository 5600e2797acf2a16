import { describe, expect, it } from 'vitest';
import { charactersBeyondText } from '../../../../renderer/src/lib/text-coverage';

describe('the characters the text font lacks', () => {
  it('are the Chinese and the symbols beyond Latin, Greek, Cyrillic and general punctuation, each once', () => {
    expect(charactersBeyondText('Hubei 湖北, Henan 河南 — “18.1%” ▶ Ελλάδα Москва 湖北')).toBe('湖北河南▶');
    expect(charactersBeyondText('Plain English – with “quotes” and café')).toBe('');
  });
});
