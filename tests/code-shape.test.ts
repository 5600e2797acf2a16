/**
 * Review rules for the shape of the code, checked on every run: no function in the sources is
 * longer than 60 lines, and colours and font sizes are written only in the design tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionLengths } from './support/function-lengths';

const ROOT = resolve(__dirname, '..');
const TOKEN_FILES = new Set(['renderer/src/styles/tokens.css', 'renderer/src/styles/palette.ts']);

function rendererFiles(pattern: RegExp): string[] {
  return readdirSync(join(ROOT, 'renderer/src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => `renderer/src/${f}`)
    .filter((f) => !TOKEN_FILES.has(f));
}

describe('the shape of the code', () => {
  it('has no function longer than 60 lines', () => {
    const long = functionLengths(ROOT, ['electron', 'renderer/src', 'scripts']).filter((f) => f.lines > 60);
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it('finds long functions when there are some', () => {
    const lengths = functionLengths(ROOT, ['tests/support']);
    expect(lengths.find((f) => f.name === 'functionLengths')?.lines).toBeGreaterThan(10);
  });

  it('writes colours only in the design tokens', () => {
    const colour = /#[0-9a-fA-F]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(\s*\d/;
    const offenders = rendererFiles(/\.(svelte|css|ts)$/).flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => colour.test(text.replace(/&#\d+;|#\/[\w/?=-]*|"#content"/g, ''))),
    );
    expect(offenders.map((o) => `${o.file}:${o.line}: ${o.text.trim()}`)).toEqual([]);
  });

  it('writes font sizes only as design tokens', () => {
    const offenders = rendererFiles(/\.(svelte|css)$/).flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => /^font-size:/.test(text) && !/^font-size: var\(--text-[a-z]+\);$/.test(text)),
    );
    expect(offenders.map((o) => `${o.file}:${o.line}: ${o.text}`)).toEqual([]);
  });
});
