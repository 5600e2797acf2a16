import { mkdir, mkdtemp, writeFile, copyFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBriefingFailure, readBriefingFile } from '../../../electron/main/briefing-files';
import { MAX_BRIEFING_BYTES } from '../../../electron/shared/briefing-loader';
import { BUNDLED_PATH, PROJECT_ROOT } from '../../support/load-bundled';

const SOURCE = join(PROJECT_ROOT, 'assets', 'briefings', 'pilot-ftz-2022-briefing.txt');
const origin = { kind: 'file' as const, path: 'x' };

async function folderWith(files: Record<string, string | null>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bv-files-'));
  for (const [name, content] of Object.entries(files)) {
    if (content === null) await copyFile(name === 'briefing.json' ? BUNDLED_PATH : SOURCE, join(dir, name));
    else await writeFile(join(dir, name), content);
  }
  return dir;
}

async function problems(path: string): Promise<string[]> {
  const result = await readBriefingFile(path, origin);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('reading briefing files', () => {
  it('reads a briefing and the source text beside it', async () => {
    const dir = await folderWith({ 'briefing.json': null, 'pilot-ftz-2022-briefing.txt': null });
    const result = await readBriefingFile(join(dir, 'briefing.json'), origin);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.payload.origin).toEqual(origin);
  });

  it('says when the file does not exist', async () => {
    expect(await problems('/nonexistent/briefing.json')).toEqual(['The briefing file /nonexistent/briefing.json does not exist.']);
  });

  it('says when the path is a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-files-'));
    await mkdir(join(dir, 'a.json'));
    expect(await problems(join(dir, 'a.json'))).toEqual([`${join(dir, 'a.json')} is a folder, not a briefing file.`]);
  });

  it('refuses a file too large to be a briefing without reading it', async () => {
    const dir = await folderWith({ 'huge.json': '' });
    await truncate(join(dir, 'huge.json'), MAX_BRIEFING_BYTES + 1024 * 1024);
    expect((await problems(join(dir, 'huge.json')))[0]).toMatch(/is 21\.0 MB; the largest accepted is 20\.0 MB\.$/);
  });

  it('says when the file is not JSON', async () => {
    const dir = await folderWith({ 'notes.json': 'Minutes of the meeting' });
    expect((await problems(join(dir, 'notes.json')))[0]).toMatch(/^The file is not valid JSON: /);
  });

  it('says when the source text is not beside the briefing', async () => {
    const dir = await folderWith({ 'briefing.json': null });
    expect(await problems(join(dir, 'briefing.json'))).toEqual([
      `source.file: The source text ${join(dir, 'pilot-ftz-2022-briefing.txt')} does not exist. It must be beside briefing.json.`,
    ]);
  });

  it('describes a failure in sentences, keeping long lists short', () => {
    const text = describeBriefingFailure({ ok: false, file: '/x/b.json', problems: Array.from({ length: 15 }, (_, i) => `p${i}`) });
    expect(text.split('\n')).toEqual(['b.json could not be opened as a briefing:', ...Array.from({ length: 12 }, (_, i) => `• p${i}`), '• …and 3 more problems.']);
  });
});
