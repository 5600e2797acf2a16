import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, createAppProtocolHandler, resolveAppRequestPath } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';

let root: string;
beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'bv-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer folder');
});

describe('app:// path resolution', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(resolveAppRequestPath(root, `${APP_ORIGIN}/index.html`)).toBe(join(root, 'index.html'));
    expect(resolveAppRequestPath(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppRequestPath(root, `${APP_ORIGIN}/assets/app.js?v=1#x`)).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    `${APP_ORIGIN}/..%2fsecret.txt`,
    `${APP_ORIGIN}/..%5csecret.txt`,
    `${APP_ORIGIN}/index.html%00.js`,
    `${APP_ORIGIN}/%E0%A4%A`,
    'app://other-host/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppRequestPath(root, url)).toBeNull();
  });

  it.each([
    `${APP_ORIGIN}/../secret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/%2E%2E/%2E%2E/secret.txt`,
    `${APP_ORIGIN}/..%2fsecret.txt`,
    `${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`,
    `${APP_ORIGIN}/%2e%2e%5csecret.txt`,
  ])('never serves a file outside the folder for %s', async (url) => {
    const resolved = resolveAppRequestPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
    const res = await createAppProtocolHandler(root)(new Request(url));
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('outside the renderer folder');
  });
});

describe('the app:// protocol handler', () => {
  it('serves files with their type and the Content-Security-Policy', async () => {
    const handler = createAppProtocolHandler(root);
    const res = await handler(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 403 for a path outside the folder and 404 for a missing file or a folder', async () => {
    const handler = createAppProtocolHandler(root);
    expect((await handler(new Request(`${APP_ORIGIN}/..%2fsecret.txt`))).status).toBe(403);
    expect((await handler(new Request(`${APP_ORIGIN}/missing.js`))).status).toBe(404);
    expect((await handler(new Request(`${APP_ORIGIN}/assets`))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handler = createAppProtocolHandler(root);
    expect((await handler(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own resources, no inline script but one by its hash, and no eval', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    // 'self', and the first view's inline script by its hash (tests/electron/shared/first-view.test.ts).
    expect(directives['script-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
