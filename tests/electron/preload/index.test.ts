/**
 * A sandboxed preload can require nothing but `electron`: the built preload must be one
 * self-contained CommonJS file that exposes the contract and never `ipcRenderer` itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/load-bundled';

const PRELOAD = join(PROJECT_ROOT, 'out', 'preload', 'index.cjs');

describe('the built preload', () => {
  it('exists (run "npm run build" first)', () => {
    expect(existsSync(PRELOAD)).toBe(true);
  });

  it('requires only electron', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    const required = [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
  });

  it('exposes the API object under one name, not ipcRenderer', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect(code).toMatch(/exposeInMainWorld\(API_GLOBAL, \{/);
    expect(code).toContain('var API_GLOBAL = "briefingViewer"');
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('asks for the briefing as it loads, except on a print page written at build time', () => {
    const asked = (url: string) => {
      const channels: string[] = [];
      const electron = {
        contextBridge: { exposeInMainWorld: () => undefined },
        ipcRenderer: { invoke: (channel: string) => (channels.push(channel), new Promise(() => undefined)), on: () => undefined, removeListener: () => undefined },
        webUtils: { getPathForFile: () => '' },
      };
      const module = { exports: {} };
      runInNewContext(readFileSync(PRELOAD, 'utf8'), { require: (name: string) => (name === 'electron' ? electron : undefined), module, exports: module.exports, window: { location: new URL(url) } });
      return channels;
    };
    expect(asked('app://briefing/index.html#/')).toEqual(['briefing:get']);
    expect(asked('app://briefing/index.html#/print/summary?paper=a4')).toEqual(['briefing:get']);
    expect(asked('app://briefing/print-summary-a4.html')).toEqual([]);
    expect(asked('app://briefing/print-summary-letter.html')).toEqual([]);
  });
});
