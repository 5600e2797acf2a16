/**
 * The reading views in Chromium: what a person sees on each, and how they move between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleNames, visibleText } from './fixtures/accessibility-tree';
import { startHarness, type Harness } from './fixtures/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('zones', () => {
  it('places all 21 zones on the map, coloured by year, marking those the briefing names', async () => {
    const view = await harness.open({ route: '#/zones' });
    const tiles = view.page.locator('.tile');
    expect(await tiles.count()).toBe(21);
    const hubei = view.page.locator('[data-zone="hubei"]');
    expect(await accessibleNames(view.page, 'link')).toContain('Hubei, 湖北, set up 2017, named in the briefing');
    expect(await visibleText(hubei)).toBe('Hubei\n湖北\n2017');
    expect(await view.page.locator('[data-zone="hubei"] .tile-dot').isVisible()).toBe(true);
    expect(await view.page.locator('[data-zone="shanghai"] .tile-dot').count()).toBe(0);
    const colour = (id: string) => view.page.locator(`[data-zone="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour('henan')).toBe(await colour('hubei'));
    expect(await colour('henan')).not.toBe(await colour('shanghai'));
    // Geography: Heilongjiang is north of Hainan, Sichuan west of Shanghai.
    const box = async (id: string) => (await view.page.locator(`[data-zone="${id}"]`).boundingBox())!;
    expect((await box('heilongjiang')).y).toBeLessThan((await box('hainan')).y);
    expect((await box('sichuan')).x).toBeLessThan((await box('shanghai')).x);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('sorts and filters the list', async () => {
    const view = await harness.open({ route: '#/zones' });
    const rows = () => view.page.locator('[data-zone-row]').evaluateAll((r) => r.map((x) => x.getAttribute('data-zone-row')));
    expect((await rows())[0]).toBe('shanghai');
    await view.page.getByRole('button', { name: 'Named in' }).click();
    expect((await rows()).slice(0, 3)).toEqual(['guangxi', 'shaanxi', 'shandong']);
    await view.page.getByRole('button', { name: /^Zone/ }).click();
    expect((await rows())[0]).toBe('anhui');
    await view.page.getByRole('combobox', { name: 'Set up in' }).selectOption('2020');
    expect(await rows()).toEqual(['anhui', 'beijing', 'hunan']);
    await view.page.getByRole('combobox', { name: 'Set up in' }).selectOption('all');
    await view.page.getByLabel('Find').fill('江');
    expect(await rows()).toEqual(['heilongjiang', 'jiangsu', 'zhejiang']);
    await view.page.getByLabel('Find').fill('atlantis');
    await expect(view.page.getByText('No zone matches.').isVisible()).resolves.toBe(true);
    await view.page.getByRole('button', { name: 'Clear the filters' }).click();
    expect(await rows()).toHaveLength(21);
    await view.close();
  });

  it('gives each zone a page with every point that names it', async () => {
    const view = await harness.open({ route: '#/zones' });
    await view.page.locator('[data-zone="shaanxi"]').click();
    await view.page.waitForURL(/#\/zones\/shaanxi$/);
    expect(clean(await view.page.locator('h1').innerText())).toBe('Shaanxi 陕西');
    const points = await view.page.locator('[data-point] h3').allTextContents();
    expect(points).toEqual(['“Declare first, then pack” for cross-border e-commerce', 'The Yellow River Basin Pilot Free Trade Zone Alliance']);
    expect(clean(await view.page.locator('[data-figure-line="customs-clearance-days-saved"]').innerText())).toContain('2–3 days');
    await view.page.getByRole('link', { name: 'Henan 河南' }).click();
    await view.page.waitForURL(/#\/zones\/henan$/);
    await view.page.goBack();
    await view.page.waitForURL(/#\/zones\/shaanxi$/);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('says plainly when the briefing does not mention a zone', async () => {
    const view = await harness.open({ route: '#/zones/hainan' });
    expect(clean(await view.page.getByTestId('not-mentioned').innerText())).toBe(
      'The briefing does not mention Hainan. It speaks of all 21 zones together in its totals, and names only some of them.',
    );
    expect(await view.page.locator('[data-point]').count()).toBe(0);
    await view.close();
  });
});

describe('areas and outlook', () => {
  it('shows every point of an area with its figures, zones and quote', async () => {
    const view = await harness.open({ route: '#/areas/opening-up' });
    expect(await view.page.locator('h1').innerText()).toBe('Promote high-level opening up');
    expect(await view.page.locator('[data-point]').count()).toBe(7);
    const trade = clean(await view.page.locator('[data-point="imports-and-exports"]').innerText());
    expect(trade).toContain('7.5 trillion yuan');
    expect(trade).toContain('17.8% of the national total');
    expect(trade).toContain('+14.5% year on year');
    expect(trade).toContain('In plain words: In 2022 the 21 zones’ imports and exports came to 7.5 trillion yuan');
    const border = view.page.locator('[data-point="border-residents-trade"] .zone-chip');
    expect(await border.allTextContents()).toEqual(['Guangxi 广西', 'Yunnan 云南', 'Heilongjiang 黑龙江']);
    await view.page.getByRole('link', { name: /Area 2: Deepen reform and innovation →/ }).click();
    await view.page.waitForURL(/#\/areas\/reform-innovation$/);
    await expect.poll(() => view.page.locator('[data-point] h3').allTextContents()).toEqual([
      '56 documents supporting the zones',
      'Provincial powers handed to the zones',
      'Delegating powers by “negative list”',
    ]);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('shows the three tasks for 2023', async () => {
    const view = await harness.open({ route: '#/outlook' });
    expect(await view.page.locator('h1').innerText()).toBe('The work for 2023');
    expect(await view.page.locator('[data-point] h3').allTextContents()).toEqual([
      'Align with high-standard international trade rules',
      'Let each zone explore in its own direction',
      'Spread what works',
    ]);
    await view.close();
  });

  it('is reachable from the overview’s entry points and the navigation', async () => {
    const view = await harness.open();
    await view.page.getByRole('link', { name: 'Serve the major national strategies', exact: true }).click();
    await view.page.waitForURL(/#\/areas\/national-strategies$/);
    // The app bar follows the route as the hashchange arrives, a moment after the address.
    const area4 = view.page.getByRole('link', { name: 'Area 4: Serve the major national strategies' });
    await expect.poll(() => area4.getAttribute('aria-current')).toBe('page');
    await view.page.getByRole('link', { name: 'Outlook', exact: true }).click();
    await view.page.waitForURL(/#\/outlook$/);
    await view.close();
  });
});

describe('tracing a figure to its source', () => {
  it('opens the source with the figure’s quote highlighted and its plain meaning beside it', async () => {
    const view = await harness.open({ route: '#/zones/shaanxi' });
    await view.page.locator('[data-figure-line="customs-clearance-days-saved"]').getByRole('link', { name: 'Show in source' }).click();
    await view.page.waitForURL(/#\/source\?quote=customs-clearance-days-saved$/);
    // The source view loads on first use: wait until it shows the highlighted quote.
    await expect.poll(() => view.page.locator('mark').allTextContents()).toEqual(['which has increased the customs clearance time by 2-3 days']);
    expect(clean(await view.page.getByLabel('Plain meaning of the highlighted quote').innerText())).toBe(
      'The highlighted words mean: Customs clearance became 2–3 days faster.',
    );
    expect(await view.page.getByLabel('About the translation').innerText()).toMatch(/machine translation/);
    // The highlighted quote is scrolled into view.
    const inView = await view.page.locator('mark').evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('shows the whole source text, paragraph by paragraph', async () => {
    const view = await harness.open({ route: '#/source' });
    expect(await view.page.locator('[data-paragraph]').count()).toBe(26);
    expect(await view.page.locator('[data-paragraph="26"]').innerText()).toMatch(/\(China New Finance and Economics\)$/);
    await view.close();
  });
});

describe('search', () => {
  it('opens from the keyboard, finds across the briefing and jumps to the result', async () => {
    const view = await harness.open();
    await view.page.keyboard.press('Control+k');
    const input = view.page.getByRole('combobox', { name: 'Search the briefing' });
    await input.waitFor();
    await input.fill('optoelectronic');
    const options = view.page.getByRole('option');
    expect(clean(await options.first().innerText())).toMatch(/^Figure Optoelectronic information companies in Hubei’s Wuhan area: more than 16,000 companies/);
    expect(await options.count()).toBe(3);
    await view.page.keyboard.press('ArrowDown');
    await view.page.keyboard.press('Enter');
    await view.page.waitForURL(/#\/areas\/high-quality-development$/);
    expect(await view.page.getByRole('dialog').count()).toBe(0);
    await view.page.keyboard.press('/');
    await view.page.getByRole('combobox').fill('湖北');
    await view.page.keyboard.press('Enter');
    await view.page.waitForURL(/#\/zones\/hubei$/);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('closes with Escape and says when nothing matches', async () => {
    const view = await harness.open();
    await view.page.getByRole('button', { name: /Search/ }).click();
    await view.page.getByRole('combobox').fill('zebra');
    expect(await view.page.getByRole('status').innerText()).toBe('No results');
    await view.page.keyboard.press('Escape');
    expect(await view.page.getByRole('dialog').count()).toBe(0);
    await view.close();
  });
});

describe('keyboard, themes and sizes', () => {
  it('shows a visible focus ring when moving by keyboard', async () => {
    const view = await harness.open();
    await view.page.keyboard.press('Tab');
    await view.page.keyboard.press('Tab');
    const outline = await view.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(outline).toEqual({ tag: 'A', style: 'solid', width: '3px' });
    await view.close();
  });

  it('switches theme from the toolbar and remembers it', async () => {
    const view = await harness.open({ colorScheme: 'light' });
    await view.page.getByRole('button', { name: /Change theme/ }).click();
    expect(await view.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await view.page.getByRole('button', { name: /Change theme/ }).click();
    expect(await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 28)');
    await view.page.reload();
    await view.page.locator('main').waitFor();
    expect(await view.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await view.close();
  });

  const views = ['#/', '#/zones', '#/zones/shaanxi', '#/zones/hainan', '#/areas/opening-up', '#/areas/high-quality-development', '#/outlook', '#/source?quote=trade-volume'];
  for (const [width, height] of [
    [1024, 768],
    [3840, 2160],
  ] as const) {
    it(`lays out every view without overflow at ${width}×${height}`, async () => {
      const view = await harness.open({ viewport: { width, height } });
      for (const route of views) {
        await view.page.evaluate((r) => (window.location.hash = r), route);
        await view.page.locator('main h1').waitFor();
        const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, route).toBe(0);
      }
      expect(view.problems).toEqual([]);
      await view.close();
    });
  }

  it('takes screenshots of every view in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const view = await harness.open({ colorScheme, viewport: { width: 1280, height: 800 } });
      for (const route of views.slice(1)) {
        await view.page.evaluate((r) => (window.location.hash = r), route);
        await view.page.locator('main h1').waitFor();
        const name = route.replace(/[#/?=]+/g, '-').replace(/^-|-$/g, '');
        await harness.screenshot(view.page, `reading-${name}-${colorScheme}`, { fullPage: true });
      }
      expect(view.problems).toEqual([]);
      await view.close();
    }
  });
});

describe('menu commands', () => {
  it('open search and move back and forward, as the application menu does', async () => {
    const { dispatchMenuCommand } = await import('./fixtures/browser-contract');
    const view = await harness.open({ route: '#/zones' });
    await view.page.evaluate(() => (window.location.hash = '#/outlook'));
    await view.page.locator('main h1', { hasText: 'The work for 2023' }).waitFor();
    await dispatchMenuCommand(view.page, 'go-back');
    await view.page.waitForURL(/#\/zones$/);
    await dispatchMenuCommand(view.page, 'go-forward');
    await view.page.waitForURL(/#\/outlook$/);
    await dispatchMenuCommand(view.page, 'go-overview');
    await view.page.waitForURL(/#\/$/);
    await dispatchMenuCommand(view.page, 'find');
    await view.page.getByRole('combobox', { name: 'Search the briefing' }).waitFor();
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
