/**
 * Dropping a file on the window, in Chromium: the drop hint shows while dragging, and a refused
 * file is listed in an alert over the briefing, which stays open. (The browser stand-in for the
 * contract refuses every file; in Electron, main reads and validates it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './fixtures/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('dropping a file on the window', () => {
  it('shows a drop hint, then an alert listing the problems, and keeps the briefing open', async () => {
    const view = await harness.open({ viewport: { width: 1280, height: 800 } });
    const { page } = view;
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{ "not": "a briefing" }'], 'notes.json', { type: 'application/json' }));
      return dt;
    });
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.locator('.drop-hint').waitFor();
    await harness.screenshot(page, 'open-briefing-drop-hint');

    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h2').innerText()).toBe('notes.json could not be opened as a briefing:');
    expect(await alert.locator('li').allInnerTexts()).toEqual(['Opening files needs the desktop app.']);
    expect(await page.locator('.drop-hint').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe("China's Pilot Free Trade Zones in 2022");
    await harness.screenshot(page, 'open-briefing-refused');

    // The message has the focus, and Escape dismisses it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
