/**
 * Reading a briefing file from disk: one open and one read per file, the source text only from
 * the briefing's own folder, UTF-8 only.
 */
import { copyFileSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBriefingFailure, readBriefingFile, readBriefingFileSync, readFileOnce } from '../../../../electron/main/briefing-files';
import { MAX_BRIEFING_BYTES } from '../../../../electron/shared/briefing-loader';
import { BUNDLED_PATH, bundledJson, bundledSourceText } from '../../load-bundled';
import { BUNDLED_SOURCE, SOURCE_NAME, briefingFolder, tempFolder } from './hostile-briefings';

const origin = { kind: 'file' as const, path: 'x' };

function folderWith(files: Record<string, string | null>): string {
  const dir = tempFolder('bv-files-');
  for (const [name, content] of Object.entries(files)) {
    if (content === null) copyFileSync(name === 'briefing.json' ? BUNDLED_PATH : BUNDLED_SOURCE, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

function problems(path: string): string[] {
  const result = readBriefingFileSync(path, origin);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('reading briefing files', () => {
  it('reads a briefing and the source text beside it', async () => {
    const dir = folderWith({ 'briefing.json': null, 'pilot-ftz-2022-briefing.txt': null });
    const result = await readBriefingFile(join(dir, 'briefing.json'), origin);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.payload.origin).toEqual(origin);
  });

  it('says when the file does not exist, and marks it missing (it leaves the recent list)', () => {
    const result = readBriefingFileSync('/nonexistent/briefing.json', origin);
    expect(result).toEqual({ ok: false, file: '/nonexistent/briefing.json', problems: ['The briefing file /nonexistent/briefing.json does not exist.'], missing: true });
  });

  it('says when the path is a folder', () => {
    const dir = tempFolder('bv-files-');
    mkdirSync(join(dir, 'a.json'));
    expect(problems(join(dir, 'a.json'))).toEqual([`${join(dir, 'a.json')} is a folder, not a briefing file.`]);
  });

  it('refuses a file too large to be a briefing without reading it', () => {
    const dir = folderWith({ 'huge.json': '' });
    truncateSync(join(dir, 'huge.json'), MAX_BRIEFING_BYTES + 1024 * 1024);
    expect(problems(join(dir, 'huge.json'))).toEqual([`The briefing file ${join(dir, 'huge.json')} is larger than 20 MB, the largest accepted.`]);
  });

  it.skipIf(process.platform !== 'linux')('reads no more than the limit from its one handle, whatever the file said its size was', () => {
    // /proc files say they are empty and then hold text: as a file swapped or grown after the
    // size check would. The read stops one byte past the limit.
    const read = readFileOnce('/proc/self/status', 100, 'briefing file');
    expect(read).toEqual({ ok: false, problem: 'The briefing file /proc/self/status is larger than 0 MB, the largest accepted (it grew while it was being read).' });
    const whole = readFileOnce('/proc/self/status', 1_000_000, 'briefing file');
    expect(whole.ok && whole.bytes.length).toBeGreaterThan(100);
  });

  it('says when the file is not JSON, with the line and column', () => {
    const dir = folderWith({ 'notes.json': '{\n  "title": "Minutes",\n  "figures": [1, 2,,]\n}' });
    expect(problems(join(dir, 'notes.json'))).toEqual([
      'The file is not valid JSON: line 3, column 20: expected a value (a text in double quotes, a number, true, false, null, a list or an object), found ","; there may be a comma too many.',
    ]);
  });

  it('says when the source text is not beside the briefing', () => {
    const dir = folderWith({ 'briefing.json': null });
    expect(problems(join(dir, 'briefing.json'))).toEqual([
      `source.file: The source text ${join(dir, 'pilot-ftz-2022-briefing.txt')} does not exist. It must be beside briefing.json.`,
    ]);
  });

  it.skipIf(process.platform === 'win32')('follows a link to a file in the same folder, and no further', () => {
    const path = briefingFolder((json) => (json['source'].file = 'alias.txt'));
    symlinkSync(SOURCE_NAME, join(path, '..', 'alias.txt'));
    expect(readBriefingFileSync(path, origin).ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('opens a briefing through a link to it, finding the source beside the link', () => {
    const real = briefingFolder();
    const dir = tempFolder();
    symlinkSync(real, join(dir, 'link.json'));
    copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
    expect(readBriefingFileSync(join(dir, 'link.json'), origin).ok).toBe(true);
  });

  it('refuses a briefing saved as UTF-16, and one with a NUL byte in its source text', () => {
    const dir = folderWith({ 'pilot-ftz-2022-briefing.txt': null });
    writeFileSync(join(dir, 'briefing.json'), Buffer.from(`\uFEFF${JSON.stringify(bundledJson())}`, 'utf16le'));
    expect(problems(join(dir, 'briefing.json'))).toEqual([`The briefing file ${join(dir, 'briefing.json')} is saved as UTF-16 text. Save it as UTF-8 and open it again.`]);
    const path = briefingFolder();
    writeFileSync(join(path, '..', SOURCE_NAME), `${bundledSourceText()}\n\u0000binary`);
    expect(problems(path)[0]).toMatch(/^source\.file: The source text .* holds binary data \(a NUL character on line \d+\), not text\.$/);
  });

  it('describes a failure in sentences, keeping long lists short', () => {
    const text = describeBriefingFailure({ ok: false, file: '/x/b.json', problems: Array.from({ length: 15 }, (_, i) => `p${i}`) });
    expect(text.split('\n')).toEqual(['b.json could not be opened as a briefing:', ...Array.from({ length: 12 }, (_, i) => `• p${i}`), '• …and 3 more problems.']);
    const many = describeBriefingFailure({ ok: false, file: '/x/b\n• safe.json', problems: ['p'], more: 4_212 });
    expect(many.split('\n')).toEqual(['b\\n• safe.json could not be opened as a briefing:', '• p', '• …and 4,212 more problems.']);
  });
});
