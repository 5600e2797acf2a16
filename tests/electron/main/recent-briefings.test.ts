import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentBriefings, MAX_RECENT_BRIEFINGS } from '../../../electron/main/recent-briefings';

async function store(existing: Set<string>) {
  const dir = await mkdtemp(join(tmpdir(), 'bv-recent-'));
  const file = join(dir, 'recent-briefings.json');
  return { file, recent: createRecentBriefings(file, { exists: async (p) => existing.has(p) }) };
}

describe('recently opened briefings', () => {
  it('keeps the newest first, without duplicates, at most eight', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => `/b/briefing-${i}.json`);
    const { recent, file } = await store(new Set(paths));
    for (const p of paths) await recent.add(p);
    await recent.add(paths[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_BRIEFINGS);
    expect(list[0]).toEqual({ path: '/b/briefing-5.json', name: 'briefing-5.json' });
    expect(list.map((r) => r.path)).toEqual(['/b/briefing-5.json', '/b/briefing-9.json', '/b/briefing-8.json', '/b/briefing-7.json', '/b/briefing-6.json', '/b/briefing-4.json', '/b/briefing-3.json', '/b/briefing-2.json']);
    expect(JSON.parse(await readFile(file, 'utf8')).paths).toEqual(list.map((r) => r.path));
  });

  it('drops files that vanished, and saves the shorter list', async () => {
    const existing = new Set(['/b/a.json', '/b/b.json']);
    const { recent, file } = await store(existing);
    await recent.add('/b/a.json');
    await recent.add('/b/b.json');
    existing.delete('/b/a.json');
    expect((await recent.list()).map((r) => r.path)).toEqual(['/b/b.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, paths: ['/b/b.json'] });
  });

  it('treats a damaged or hostile list file as empty', async () => {
    for (const text of ['not json', '{"version":1,"paths":"x"}', '{"version":1,"paths":["relative.json"]}', '{"__proto__":{"paths":["/x.json"]}}']) {
      const { recent, file } = await store(new Set(['/x.json', 'relative.json']));
      await writeFile(file, text);
      await expect(recent.list()).resolves.toEqual([]);
    }
  });

  it('does not fail an open when the list cannot be saved', async () => {
    const recent = createRecentBriefings('/nonexistent/folder/recent.json', { exists: async () => true });
    await expect(recent.add('/b/a.json')).resolves.toBeUndefined();
    await expect(recent.list()).resolves.toEqual([]);
  });

  it('loses no entry added while the list is being read or written (50 concurrent adds and lists)', async () => {
    const paths = Array.from({ length: 50 }, (_, i) => `/b/briefing-${i}.json`);
    for (let round = 0; round < 50; round++) {
      const { recent } = await store(new Set(paths));
      await recent.add(paths[0]!);
      // A list (which may rewrite the file) and an add, started together.
      const [, , listed] = await Promise.all([recent.list(), recent.add(paths[round]!), recent.list()]);
      expect(listed.map((r) => r.path)).toContain(paths[round]);
      expect((await recent.list()).map((r) => r.path)[0]).toBe(paths[round]);
    }
  });

  it('keeps the order of 50 adds started at once, newest first', async () => {
    const paths = Array.from({ length: 50 }, (_, i) => `/b/briefing-${i}.json`);
    const { recent, file } = await store(new Set(paths));
    await Promise.all(paths.map((p, i) => (i % 3 === 0 ? Promise.all([recent.add(p), recent.list()]) : recent.add(p))));
    const expected = paths.slice(-MAX_RECENT_BRIEFINGS).reverse();
    expect((await recent.list()).map((r) => r.path)).toEqual(expected);
    expect(JSON.parse(await readFile(file, 'utf8')).paths).toEqual(expected);
  });
});
