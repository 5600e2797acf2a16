import { join } from 'node:path';
import { launchChromium, newPage } from '../scripts/bench/browser';
import { startBenchServer } from '../scripts/bench/server';
import { overviewUrl, PAINT_PROBE, OVERVIEW_VIEWPORT } from '../scripts/bench/overview';
import { PROJECT_ROOT } from '../tests/support/load-bundled';
import { BUNDLED_BRIEFING } from '../electron/main/briefing-result';

async function main() {
  const browser = await launchChromium();
  const server = await startBenchServer(join(PROJECT_ROOT, BUNDLED_BRIEFING));
  const totals = new Map<string, number>();
  for (let i = 0; i < 3; i++) {
    const opened = await newPage(browser, { viewport: OVERVIEW_VIEWPORT, initScripts: [PAINT_PROBE] }, true);
    const cdp = await opened.context.newCDPSession(opened.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await opened.page.goto(overviewUrl(server.url), { waitUntil: 'commit' });
    await opened.page.waitForFunction(() => (window as any).__benchPaints.length > 0, undefined, { timeout: 0, polling: 50 });
    const { profile } = await cdp.send('Profiler.stop') as any;
    const paint = await opened.page.evaluate(() => Math.max(...(window as any).__benchPaints));
    const self = new Map<number, number>();
    const dt = profile.timeDeltas as number[];
    (profile.samples as number[]).forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (dt[k] ?? 0)));
    for (const node of profile.nodes) {
      const cf = node.callFrame;
      const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      totals.set(key, (totals.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
    }
    console.log('paint', Math.round(paint));
    await opened.close();
  }
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, v] of top) console.log(Math.round(v / 3), k);
  await browser.close(); await server.close();
}
main();
