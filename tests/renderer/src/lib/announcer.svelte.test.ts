import { describe, expect, it } from 'vitest';
import { Announcer } from '../../../../renderer/src/lib/announcer.svelte';

describe('the live region’s announcer', () => {
  it('does not announce the view the app opens with, and announces every view after it', () => {
    const announcer = new Announcer();
    expect(announcer.viewShown('Overview, a briefing')).toBe(false);
    expect(announcer.message).toBe('');
    expect(announcer.viewShown('Zones, 21 pilot free trade zones')).toBe(true);
    expect(announcer.message).toBe('Zones, 21 pilot free trade zones');
  });

  it('changes the text when the same news comes twice, so it is said twice', () => {
    const announcer = new Announcer();
    announcer.announce('Saved');
    announcer.announce('Saved');
    expect(announcer.message).not.toBe('Saved');
    expect(announcer.message.trim()).toBe('Saved');
    announcer.announce('Saved');
    expect(announcer.message).toBe('Saved');
  });
});
