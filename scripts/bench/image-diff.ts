/**
 * How different two screenshots are: the share of pixels whose colour differs by more than a small
 * tolerance in any channel (anti-aliasing and sub-pixel text differences stay below it). Decoded and
 * compared in a blank Chromium page, so the bench needs no image library.
 */
import type { Browser } from 'playwright-core';

/** Runs in a blank page: must not reference anything outside its body. */
async function differingShare(args: { a: string; b: string; tolerance: number }): Promise<number> {
  const decode = async (base64: string): Promise<ImageData> => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [a, b] = await Promise.all([decode(args.a), decode(args.b)]);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > args.tolerance) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

/** For each pair of PNG screenshots of the same size, the share (0–1) of pixels that differ. */
export async function imageDifferences(browser: Browser, pairs: readonly (readonly [Buffer, Buffer])[]): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.evaluate('globalThis.__name ??= (fn) => fn;');
    const out: number[] = [];
    for (const [a, b] of pairs) out.push(await page.evaluate(differingShare, { a: a.toString('base64'), b: b.toString('base64'), tolerance: 48 }));
    return out;
  } finally {
    await context.close();
  }
}

export async function imageDifference(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  return (await imageDifferences(browser, [[a, b]]))[0]!;
}
