/**
 * Briefing text that holds HTML or script, in Chromium with the app's real CSP:
 * - as a file, it is refused, and the refusal (which quotes the markup) shows as text;
 * - served past the loader straight to the renderer, every view shows it as text.
 * Either way no script runs (the payload tries to set window.__pwned) and the page reports no
 * CSP violation (which is what an `onerror` handler parsed from the text would cause).
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingSchema } from '../../electron/shared/briefing-schema';
import { bundledJson, bundledSourceText, PROJECT_ROOT } from '../support/load-bundled';
import { appShown, startHarness, type Harness, type OpenedView } from './fixtures/harness';
import { CONTRACT_BRIEFING_PATH } from './fixtures/renderer-server';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

function hostileJson(): Record<string, unknown> {
  const json = bundledJson();
  json.title = `Title ${IMG}`;
  json.subtitle = `Subtitle ${SCRIPT}`;
  json.speakers = [{ name: `Speaker ${IMG}`, role: 'Role' }];
  const figure = json.figures.find((f) => f.id === 'foreign-capital')!;
  figure.label = `Figure ${IMG}`;
  figure.plainMeaning = `Meaning ${SCRIPT}`;
  json.areas[0]!.title = `Area ${IMG}`;
  json.areas[0]!.points[0]!.title = `Point ${SCRIPT}`;
  json.zones!.find((z) => z.id === 'shanghai')!.nameEn = `Shanghai ${IMG}`;
  return json;
}

let dir: string;
let harness: Harness;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bv-hostile-'));
  await writeFile(join(dir, 'hostile.json'), JSON.stringify(hostileJson()));
  await copyFile(join(PROJECT_ROOT, 'assets/briefings/pilot-ftz-2022-briefing.txt'), join(dir, 'pilot-ftz-2022-briefing.txt'));
  harness = await startHarness({ briefingPath: join(dir, 'hostile.json') });
});
afterAll(async () => {
  await harness?.close();
});

async function expectInert(view: OpenedView): Promise<void> {
  const { page } = view;
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], body script, [onerror]').count()).toBe(0);
  expect(view.problems.filter((p) => /Content Security Policy|inline|uncaught/i.test(p))).toEqual([]);
}

describe('HTML and script in a briefing, in Chromium', () => {
  it('a file holding them is refused, and the refusal shows the markup as text', async () => {
    const view = await harness.open();
    const alert = view.page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('The briefing could not be opened');
    expect(text).toContain(`title: holds HTML or script ("<img src=x onerror=\\"wind…")`);
    expect(text).toContain('speakers[0].name: holds HTML or script');
    await expectInert(view);
    // The only thing that "went wrong" is the refusal itself.
    expect(view.problems).toEqual([
      expect.stringMatching(/^HTTP 422 for .*__contract__\/briefing$/),
      expect.stringMatching(/^console: Failed to load resource: .* 422 /),
    ]);
    await harness.screenshot(view.page, 'hostile-briefing-refused');
    await view.close();
  });

  it('text that went around the loader still renders as text in every view', async () => {
    const view = await harness.open();
    const { page } = view;
    const payload = { briefing: briefingSchema.parse(hostileJson()), sourceText: bundledSourceText(), origin: { kind: 'bundled' } };
    await page.route(`**${CONTRACT_BRIEFING_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(payload) }),
    );
    view.problems.length = 0;
    await page.reload();
    await appShown(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Title ${IMG}`);
    const overview = await page.locator('main').innerText();
    for (const t of [`Subtitle ${SCRIPT}`, `Speaker ${IMG}`, `Figure ${IMG}`, `Area ${IMG}`]) expect(overview).toContain(t);
    await expectInert(view);

    for (const [route, heading] of [['#/areas/opening-up', /^Area /], ['#/zones', /^Zones$/], ['#/zones/shanghai', /^Shanghai/], ['#/source', /^The briefing as published$/]] as const) {
      await page.evaluate((hash) => (window.location.hash = hash), route);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectInert(view);
    }
    await page.evaluate(() => (window.location.hash = '#/zones/shanghai'));
    await page.getByRole('heading', { level: 1, name: /Shanghai/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(`Shanghai ${IMG}`);
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
