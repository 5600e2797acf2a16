import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './fixtures/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the overview, in Chromium', () => {
  it('shows the title, the event, the speaker and the date', async () => {
    const view = await harness.open();
    const { page } = view;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("China's Pilot Free Trade Zones in 2022");
    const masthead = (await page.locator('.masthead').innerText()).replace(/\s+/g, ' ');
    expect(masthead).toContain('STATE COUNCIL INFORMATION OFFICE');
    expect(masthead).toContain('2 FEBRUARY 2023');
    expect(masthead).toContain('Guo Tingting, Vice Minister of Commerce');
    expect(masthead).toContain('press conference on business work and operations in 2022');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('shows each headline figure as a large number with its unit and context', async () => {
    const view = await harness.open();
    const card = (id: string) => view.page.locator(`[data-figure="${id}"]`);
    const text = async (id: string) => (await card(id).innerText()).replace(/\s+/g, ' ');

    expect(await text('foreign-capital')).toContain('222.52 billion yuan');
    expect(await text('foreign-capital')).toContain('18.1% of the national total');
    expect(await text('foreign-capital')).toMatch(/DERIVED National total: about 1\.23 trillion yuan = 222\.52 billion yuan ÷ 18\.1%/);
    expect(await text('high-tech-foreign-capital')).toContain('86.34 billion yuan');
    expect(await text('high-tech-foreign-capital')).toContain('+53.2% year on year');
    expect(await text('high-tech-foreign-capital')).toContain('38.8%');
    expect(await text('trade-volume')).toContain('7.5 trillion yuan');
    expect(await text('trade-volume')).toContain('+14.5% year on year');
    expect(await text('trade-volume')).toContain('17.8% of the national total');
    expect(await text('supporting-documents')).toContain('56 documents');
    expect(await text('delegated-authority')).toContain('more than 5,400 items');

    // The number is the biggest text on its card.
    const sizes = await card('foreign-capital').evaluate((el) => {
      const px = (sel: string) => parseFloat(getComputedStyle(el.querySelector(sel)!).fontSize);
      return { number: px('.number'), label: px('.label'), quote: px('.quote') };
    });
    expect(sizes.number).toBeGreaterThan(2 * sizes.label);
    expect(sizes.number).toBeGreaterThan(2 * sizes.quote);

    // Each card carries its verbatim quote.
    expect(await text('trade-volume')).toContain('“In 2022, the 21 pilot free trade zones will realize a total import and export volume of 7.5 trillion yuan');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('lists the four areas in the briefing’s order and the 2023 outlook', async () => {
    const view = await harness.open();
    const areas = await view.page.locator('[data-area] h3').allTextContents();
    expect(areas).toEqual([
      'Promote high-level opening up',
      'Deepen reform and innovation',
      'Promote high-quality development',
      'Serve the major national strategies',
    ]);
    await expect(view.page.getByRole('heading', { name: 'The work for 2023' }).isVisible()).resolves.toBe(true);
    expect(await view.page.locator('.outlook li').count()).toBe(3);
    await view.close();
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`lays out without horizontal overflow at ${width}×${height}, ${colorScheme}`, async () => {
        const view = await harness.open({ viewport: { width, height }, colorScheme });
        const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
        // Nothing spills out of a card either (long numbers, units, derived lines).
        const spilling = await view.page.$$eval('.figure-card, .area-card', (cards) =>
          cards.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent?.slice(0, 40)),
        );
        expect(spilling).toEqual([]);
        // An area's number, in its card's corner, covers no line of the area's title.
        const covered = await view.page.$$eval('.area-card', (cards) =>
          cards.flatMap((card) => {
            const number = card.querySelector('.area-number')!.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(card.querySelector('h3')!);
            const lines = [...range.getClientRects()];
            return lines.some((l) => l.left < number.right && number.left < l.right && l.top < number.bottom && number.top < l.bottom) ? [card.querySelector('h3')!.textContent] : [];
          }),
        );
        expect(covered).toEqual([]);
        const background = await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'light' ? 'rgb(247, 246, 242)' : 'rgb(20, 23, 28)');
        await harness.screenshot(view.page, `overview-${width}x${height}-${colorScheme}`, { fullPage: true });
        expect(view.problems).toEqual([]);
        await view.close();
      });
    }
  }

  it('uses the bundled fonts, with no request leaving the app', async () => {
    const view = await harness.open();
    const loaded = await view.page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
    );
    expect(loaded).toContain('Inter Variable');
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
