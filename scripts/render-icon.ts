/**
 * Renders build/icon.svg to build/icon.png (1024×1024, transparent corners) in Debian's
 * Chromium, for electron-builder: it derives the Windows .ico, the macOS .icns and the Linux
 * icon sizes from this one PNG. Run with `npm run icon` after changing the SVG; commit the PNG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZE = 1024;
const buildDir = join(__dirname, '..', 'build');

async function main(): Promise<void> {
  const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: join(buildDir, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
    console.log(`Wrote ${join(buildDir, 'icon.png')}`);
  } finally {
    await browser.close();
  }
}

void main();
