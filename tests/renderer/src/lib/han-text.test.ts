import { describe, expect, it } from 'vitest';
import { hanRuns } from '../../../../renderer/src/lib/han-text';

describe('Chinese runs in English text', () => {
  it('splits a zone’s names into the English and the Chinese', () => {
    expect(hanRuns('Hubei 湖北')).toEqual([
      { text: 'Hubei ', han: false },
      { text: '湖北', han: true },
    ]);
    expect(hanRuns('黑龙江 (Heilongjiang), 海南')).toEqual([
      { text: '黑龙江', han: true },
      { text: ' (Heilongjiang), ', han: false },
      { text: '海南', han: true },
    ]);
  });

  it('counts CJK punctuation and full-width forms as Chinese, and leaves plain text whole', () => {
    expect(hanRuns('“先申报、后装运”')).toEqual([
      { text: '“', han: false },
      { text: '先申报、后装运', han: true },
      { text: '”', han: false },
    ]);
    expect(hanRuns('222.52 billion yuan')).toEqual([{ text: '222.52 billion yuan', han: false }]);
    expect(hanRuns('')).toEqual([]);
  });
});
