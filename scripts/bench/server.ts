/**
 * One HTTP server for every page the bench opens, so the app and its baselines are served the same
 * way: the built renderer with the app's headers (Content-Security-Policy included, as the app://
 * protocol sends them), the briefing the browser implementation of the IPC contract reads, pages
 * the bench writes (static copies, the reveal.js deck) and reveal.js and Chart.js from node_modules.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveUnderRoot, servedFileHeaders } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { PROJECT_ROOT, RENDERER_DIR } from '../../tests/e2e/fixtures/harness';
import { briefingResponder, CONTRACT_BRIEFING_PATH, sendFile } from '../../tests/e2e/fixtures/renderer-server';

/** Where the browser implementation of the contract fetches the briefing: the e2e tests' server's. */
export { CONTRACT_BRIEFING_PATH };

/**
 * reveal.js writes its print layout (`@page`, slide sizes) into `<style>` elements, which the app's
 * policy refuses; the reveal deck is served with the app's policy plus inline styles, as a reveal.js
 * user would serve it. Everything else about the two pages' headers is the same.
 */
export const REVEAL_CSP = [
  ...CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('style-src')),
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/** A page or file the bench generated, served at its path. */
export interface GeneratedFile {
  body: string | Buffer;
  /** A file name whose extension gives the type (the app's own type table). */
  typeOf: string;
  /** Serve with reveal.js's policy instead of the app's. */
  revealPolicy?: boolean;
}

export interface BenchServer {
  url: string;
  /** Adds (or replaces) a generated file at `path` ("/overview.static.html"). */
  put(path: string, file: GeneratedFile): void;
  close(): Promise<void>;
}

/** Folders served under a prefix: reveal.js's and Chart.js's built files. */
const MOUNTS: Readonly<Record<string, string>> = {
  '/bench-lib/reveal/': join(PROJECT_ROOT, 'node_modules', 'reveal.js', 'dist'),
  '/bench-lib/chart.js/': join(PROJECT_ROOT, 'node_modules', 'chart.js', 'dist'),
};

function headersFor(path: string, revealPolicy: boolean): Record<string, string> {
  const headers = servedFileHeaders(path);
  return revealPolicy ? { ...headers, 'content-security-policy': REVEAL_CSP } : headers;
}

function mountedPath(pathname: string): string | null | undefined {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (pathname.startsWith(prefix)) return resolveUnderRoot(dir, `/${pathname.slice(prefix.length)}`);
  }
  return undefined;
}

export async function startBenchServer(briefingPath: string): Promise<BenchServer> {
  const generated = new Map<string, GeneratedFile>();
  const sendBriefing = briefingResponder(briefingPath);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname === CONTRACT_BRIEFING_PATH) return sendBriefing(res);
    const file = generated.get(pathname);
    if (file) {
      res.writeHead(200, headersFor(file.typeOf, file.revealPolicy ?? false)).end(file.body);
      return;
    }
    const mounted = mountedPath(pathname);
    if (mounted !== undefined) return sendFile(res, mounted, { 'content-security-policy': REVEAL_CSP });
    return sendFile(res, resolveUnderRoot(RENDERER_DIR, pathname));
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    put: (path, file) => void generated.set(path, file),
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
