import { describe, expect, it } from 'vitest';
import { failureOf, openFailure } from '../../../../renderer/src/lib/open-failure';

describe('a failed open, as the alert shows it', () => {
  it('takes the first line of main’s message as its summary', () => {
    expect(openFailure('x.json could not be opened as a briefing:\n• title: is missing', ['title: is missing'])).toEqual({
      summary: 'x.json could not be opened as a briefing:',
      problems: ['title: is missing'],
    });
  });

  it('is nothing when the file opened or the dialog was cancelled', () => {
    expect(failureOf({ ok: true })).toBeNull();
    expect(failureOf({ ok: false, reason: 'cancelled' })).toBeNull();
    expect(failureOf({ ok: false, reason: 'invalid', message: 'm', problems: ['p'] })).toEqual({ summary: 'm', problems: ['p'] });
  });
});
