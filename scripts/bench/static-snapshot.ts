/**
 * "The same document saved as static HTML": Chromium's own floor for a page, made from the app in
 * the same run. Once the app's page is complete, its rendered DOM is saved with no script: every
 * `<script>` and module preload removed, every canvas replaced by an `<img>` of its pixels (a PNG
 * file, as a browser's "save page, complete" stores images), the same stylesheet links and hence the
 * same font files. It is served by the bench's server with the app's headers, Content-Security-
 * Policy included; as that policy refuses inline `style` attributes, the style attributes the app
 * set through the CSSOM move to one generated stylesheet (as `!important` class rules).
 */
import type { Page } from 'playwright-core';
import type { BenchServer } from './server';

interface RawSnapshot {
  html: string;
  css: string;
  /** Each canvas's pixels as a PNG data URL, in document order. */
  images: string[];
}

/** Runs in the page: must not reference anything outside its body. */
function snapshotDocument(args: { name: string }): RawSnapshot {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('script, link[rel="modulepreload"], link[as="script"]').forEach((el) => el.remove());
  const live = [...document.querySelectorAll('canvas')];
  const images: string[] = [];
  [...clone.querySelectorAll('canvas')].forEach((copy, i) => {
    const img = document.createElement('img');
    for (const attr of copy.attributes) if (attr.name !== 'style') img.setAttribute(attr.name, attr.value);
    // Through the CSSOM: the page's policy refuses a style attribute set as an attribute.
    img.style.cssText = copy.style.cssText;
    img.setAttribute('alt', '');
    img.setAttribute('src', `/${args.name}.static/canvas-${i}.png`);
    images.push(live[i]!.toDataURL('image/png'));
    copy.replaceWith(img);
  });
  const rules = new Map<string, string>();
  for (const el of [clone, ...clone.querySelectorAll<HTMLElement>('[style]')]) {
    const style = el.style;
    if (!el.hasAttribute('style')) continue;
    const decls = [...Array(style.length).keys()].map((k) => `${style[k]}: ${style.getPropertyValue(style[k]!)} !important;`).join(' ');
    if (decls && !rules.has(decls)) rules.set(decls, `bench-s${rules.size}`);
    el.removeAttribute('style');
    if (decls) el.classList.add(rules.get(decls)!);
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/${args.name}.static.css`;
  clone.querySelector('head')!.append(link);
  const css = [...rules].map(([decls, cls]) => `.${cls} { ${decls} }`).join('\n');
  return { html: `<!DOCTYPE html>\n${clone.outerHTML}`, css, images };
}

export interface StaticCopy {
  /** The copy's path on the bench server, e.g. "/summary.static.html". */
  path: string;
  htmlBytes: number;
  images: number;
}

/** Saves the complete page `page` as a static copy named `name`, served by `server`. */
export async function saveStaticCopy(page: Page, server: BenchServer, name: string): Promise<StaticCopy> {
  const raw = await page.evaluate(snapshotDocument, { name });
  raw.images.forEach((dataUrl, i) => {
    const body = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    server.put(`/${name}.static/canvas-${i}.png`, { body, typeOf: 'canvas.png' });
  });
  server.put(`/${name}.static.css`, { body: raw.css, typeOf: 'static.css' });
  server.put(`/${name}.static.html`, { body: raw.html, typeOf: 'static.html' });
  return { path: `/${name}.static.html`, htmlBytes: Buffer.byteLength(raw.html), images: raw.images.length };
}
