/**
 * The app:// scheme the renderer is served from (instead of file://, which would give every page
 * read access to the disk and a shared, null origin). Only files under the renderer's build
 * folder are served; anything that resolves outside it is refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The built renderer's folder in the app, which app:// serves. */
export function rendererRoot(appPath: string): string {
  return join(appPath, 'out', 'renderer');
}

/** Privileges for `protocol.registerSchemesAsPrivileged`, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path ("/assets/app.js", percent-encoded) to a file under `rootDir`, or null when it
 * would leave the folder (`..`, encoded `%2e%2e`, backslashes, NUL bytes). "/" is the index page.
 */
export function resolveUnderRoot(rootDir: string, encodedPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const target = resolve(root, `.${pathname}`);
  return target.startsWith(root + sep) ? target : null;
}

/** Maps an app:// URL to a file under `rootDir`, or null when the URL is not ours or leaves it. */
export function resolveAppRequestPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return resolveUnderRoot(rootDir, parsed.pathname);
}

/** Headers of every file the app serves: its type, the CSP, no sniffing, an isolated opener. */
export function servedFileHeaders(path: string): Record<string, string> {
  return {
    'content-type': mimeTypeOf(path),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** The handler for `protocol.handle(APP_SCHEME, …)`. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const path = resolveAppRequestPath(rootDir, request.url);
    if (!path) return plain(403, 'Forbidden');
    try {
      const info = await stat(path);
      if (!info.isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(path);
      return new Response(body, { status: 200, headers: servedFileHeaders(path) });
    } catch {
      return plain(404, 'Not found');
    }
  };
}
