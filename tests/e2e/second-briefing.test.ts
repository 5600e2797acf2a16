/**
 * A second briefing file of the same format, with no code change: the bundled renderer shows
 * its own title, figures and zones (the sample in assets/briefings/harbour-town-2024.json).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, startHarness, type Harness } from './fixtures/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ briefingPath: join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json') });
});
afterAll(async () => {
  await harness?.close();
});

describe('the sample briefing, in Chromium', () => {
  it('shows its own overview: title, speaker, headline figures and areas', async () => {
    const view = await harness.open();
    const { page } = view;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Harbour Town Port Zones in 2024 (sample)');
    const masthead = (await page.locator('.masthead').innerText()).replace(/\s+/g, ' ');
    expect(masthead).toContain('Ada Marlow, Director of the Port Authority');
    const card = async (id: string) => (await page.locator(`[data-figure="${id}"]`).innerText()).replace(/\s+/g, ' ');
    expect(await card('containers')).toContain('4.2 million containers');
    expect(await card('containers')).toContain('+6.5% year on year');
    expect(await card('containers')).toContain('31% of the national total');
    expect(await card('north-quay-containers')).toContain('1.9 million containers');
    expect(await card('service-guides')).toContain('12 guides');
    expect(await page.locator('[data-area] h3').allTextContents()).toEqual(['Open further to trade', 'Make the work simpler']);
    // Nothing of the bundled briefing leaks in.
    expect(await page.locator('body').innerText()).not.toMatch(/222\.52|Guo Tingting|Pilot Free Trade/);
    await harness.screenshot(page, 'second-briefing-overview', { fullPage: true });
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('shows its three zones on the zones page and a page per zone', async () => {
    const view = await harness.open({ route: '#/zones' });
    const { page } = view;
    const tiles = await page.locator('[data-zone]').evaluateAll((els) => els.map((e) => e.getAttribute('data-zone')));
    expect([...new Set(tiles)].sort()).toEqual(['east-basin', 'north-quay', 'south-dock']);
    expect(await page.locator('main').innerText()).toContain('North Quay');
    await harness.screenshot(page, 'second-briefing-zones', { fullPage: true });
    await page.goto(`${harness.baseUrl}/index.html#/zones/east-basin`);
    await page.getByRole('heading', { level: 1, name: /East Basin/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain('The ferry link between the East Basin and the islands reopened in May');
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
