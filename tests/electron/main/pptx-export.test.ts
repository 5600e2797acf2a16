import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { createFakeElectron } from '../../support/fake-electron';
import { bundledModel, PROJECT_ROOT } from '../../support/load-bundled';
import { readPptx } from '../../support/pptx-file';

const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

describe('exporting the slides as PowerPoint from the command line', () => {
  it('writes the file without a window and exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pptx-'));
    const target = join(dir, 'slides.pptx');
    const lines: string[] = [];
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, { ...options, exportPptx: { target, aspect: '4:3' }, report: (l) => lines.push(l) });
    expect(fake.exitCode).toBe(0);
    expect(fake.windows).toHaveLength(0);
    expect(lines).toEqual(['PowerPoint: building the slides', 'PowerPoint: writing', `Wrote ${target}`]);
    const file = await readPptx(new Uint8Array(await readFile(target)));
    const model = await bundledModel();
    expect(file.slides.map((s) => s.title)).toEqual(model.deck.map((s) => s.title));
    expect(file.size).toEqual({ cx: 9144000, cy: 6858000 });
    expect(await readdir(dir)).toEqual(['slides.pptx']);
  });

  it('says why and exits 1 when the file cannot be written, leaving nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pptx-'));
    const errors: string[] = [];
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, { ...options, exportPptx: { target: join(dir, 'missing', 'slides.pptx'), aspect: '16:9' }, report: (l, e) => e && errors.push(l) });
    expect(fake.exitCode).toBe(1);
    expect(errors).toEqual([`slides.pptx could not be saved: the folder ${join(dir, 'missing')} does not exist. Choose another folder.`]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 1 without exporting when the briefing named on the command line is refused', async () => {
    const fake = createFakeElectron();
    const errors: string[] = [];
    await startBriefingViewer(fake.parts, { ...options, initialBriefingPath: '/nonexistent/b.json', exportPptx: { target: '/tmp/never.pptx', aspect: '16:9' }, report: (l, e) => e && errors.push(l) });
    expect(fake.exitCode).toBe(1);
    expect(errors[0]).toMatch(/^b\.json could not be opened as a briefing:/);
    expect(fake.windows).toHaveLength(0);
  });
});
