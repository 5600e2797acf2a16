import { join } from 'node:path';
import { launchChromium, newPage } from '../scripts/bench/browser';
import { startBenchServer } from '../scripts/bench/server';
import { makeOverviewCopy } from '../scripts/bench/baselines';
import { overviewUrl, PAINT_PROBE, OVERVIEW_VIEWPORT } from '../scripts/bench/overview';
import { PROJECT_ROOT } from '../tests/support/load-bundled';
import { BUNDLED_BRIEFING } from '../electron/main/briefing-result';

async function once(browser: any, url: string, app: boolean) {
  const opened = await newPage(browser, { viewport: OVERVIEW_VIEWPORT, initScripts: [PAINT_PROBE] }, app);
  await opened.page.goto(url, { waitUntil: 'commit' });
  await opened.page.waitForFunction(() => (window as any).__benchPaints.length > 0, undefined, { timeout: 0, polling: 50 });
  await opened.page.waitForTimeout(150);
  const r = await opened.page.evaluate(() => ({
    paint: Math.max(...(window as any).__benchPaints),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    res: performance.getEntriesByType('resource').map((e: any) => `${e.name.split('/').pop().slice(0, 28)} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`),
    dcl: Math.round((performance.getEntriesByType('navigation')[0] as any).domContentLoadedEventEnd),
  }));
  await opened.close();
  return r;
}
async function main() {
  const browser = await launchChromium();
  const server = await startBenchServer(join(PROJECT_ROOT, BUNDLED_BRIEFING));
  const copy = await makeOverviewCopy(browser, server);
  for (let i = 0; i < 4; i++) {
    const a = await once(browser, overviewUrl(server.url), true);
    const s = await once(browser, `${server.url}${copy.copy.path}`, false);
    console.log('APP', Math.round(a.paint), 'fcp', Math.round(a.fcp ?? -1), 'dcl', a.dcl, a.res.join(' | '));
    console.log('STA', Math.round(s.paint), 'fcp', Math.round(s.fcp ?? -1), 'dcl', s.dcl, s.res.join(' | '));
  }
  await browser.close(); await server.close();
}
main();
