import { describe, expect, it } from 'vitest';
import { charactersBeyondText } from '../../../../renderer/src/lib/text-coverage';

describe('the characters the text font lacks', () => {
  it('are the Chinese and the symbols beyond Latin, Greek, Cyrillic and general punctuation, each once', () => {
    expect(charactersBeyondText('Hubei 湖北, Henan 河南 — “18.1%” ▶ Ελλάδα Москва 湖北')).toBe('湖北河南▶');
    expect(charactersBeyondText('Plain English – with “quotes” and café')).toBe('');
    // A character beyond the Basic Multilingual Plane is one character, not two halves.
    expect(charactersBeyondText('𠮷野家 and 𠮷')).toBe('𠮷野家');
    // The edges: the last of Cyrillic and general punctuation are the text font's; the next are not.
    expect(charactersBeyondText('\u052f\u0530\u1fff\u2000\u206f\u2070')).toBe('\u0530\u1fff\u2070');
  });
});
