import { describe, expect, it } from 'vitest';
import { failureOf, listedProblems, openFailure } from '../../../../renderer/src/lib/open-failure';

describe('a failed open, as the alert shows it', () => {
  it('takes the first line of main’s message as its summary', () => {
    expect(openFailure('x.json could not be opened as a briefing:\n• title: is missing', ['title: is missing'])).toEqual({
      summary: 'x.json could not be opened as a briefing:',
      problems: ['title: is missing'],
      more: 0,
    });
  });

  it('lists the first problems and counts every other one, those main did not send included', () => {
    const problems = Array.from({ length: 30 }, (_, i) => `figures[${i}].value: is missing`);
    const { listed, rest } = listedProblems(openFailure('x.json could not be opened as a briefing:', problems, 3970), 12);
    expect(listed).toEqual(problems.slice(0, 12));
    expect(rest).toBe('…and 3,988 more problems.');
    expect(listedProblems(openFailure('m', ['one'], 1), 12)).toEqual({ listed: ['one'], rest: '…and 1 more problem.' });
    expect(listedProblems(openFailure('m', ['one']), 12).rest).toBeNull();
  });

  it('is nothing when the file opened or the dialog was cancelled', () => {
    expect(failureOf({ ok: true })).toBeNull();
    expect(failureOf({ ok: false, reason: 'cancelled' })).toBeNull();
    expect(failureOf({ ok: false, reason: 'invalid', message: 'm', problems: ['p'], more: 2 })).toEqual({ summary: 'm', problems: ['p'], more: 2 });
  });
});
