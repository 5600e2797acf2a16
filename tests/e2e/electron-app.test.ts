/**
 * The packaged-style app in real Electron, through Playwright's Electron driver. The Electron
 * binary is downloaded on first run by the `electron` package, which some machines (CI here)
 * cannot reach: there these tests are reported as skipped, never as passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { FIRST_VIEW_ATTRIBUTE } from '../../electron/shared/first-view';
import { PROJECT_ROOT } from './fixtures/harness';

/** The Electron binary, if it has been downloaded; looked up without triggering the download. */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

describe.skipIf(binary === null)('the app in Electron (needs the Electron binary)', () => {
  let app: ElectronApplication;
  let page: Page;
  const refused: string[] = [];
  beforeAll(async () => {
    app = await _electron.launch({ executablePath: binary!, args: [PROJECT_ROOT], cwd: PROJECT_ROOT });
    page = await app.firstWindow();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.locator('h1').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the bundled briefing from app://', async () => {
    expect(page.url()).toBe('app://briefing/index.html');
    await expect(page.locator('h1').textContent()).resolves.toBe("China's Pilot Free Trade Zones in 2022");
  });

  it('runs the app over the first view written into the page: its inline script allowed by the policy, the view hydrated', async () => {
    // The first view's attribute goes once the app has hydrated it (the head's script started it).
    await page.waitForFunction((attribute) => !document.querySelector(`[${attribute}]`), FIRST_VIEW_ATTRIBUTE, { timeout: 10_000 });
    await expect(page.getByRole('button', { name: /^Theme:/ }).count()).resolves.toBe(1);
    expect(refused).toEqual([]);
  });

  it('gives the page no Node.js', async () => {
    const globals = await page.evaluate(() => [typeof (globalThis as Record<string, unknown>)['require'], typeof (globalThis as Record<string, unknown>)['process']]);
    expect(globals).toEqual(['undefined', 'undefined']);
  });

  it('refuses to navigate away', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // The navigation must never come: waiting for it has to time out.
    await expect(page.waitForURL('https://example.com/', { timeout: 1_000 })).rejects.toThrow();
    expect(page.url()).toBe('app://briefing/index.html');
  });
});
