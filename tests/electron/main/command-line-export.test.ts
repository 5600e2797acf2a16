import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { createFakeElectron } from '../../support/fake-electron';
import { PROJECT_ROOT } from '../../support/load-bundled';

const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

describe('exporting from the command line', () => {
  it('exports from the command line without a window and exits 0, or reports and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const lines: string[] = [];
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, { ...options, exportPdf: { target: join(dir, 'cli.pdf'), paper: 'a4', content: 'summary' }, report: (l) => lines.push(l) });
    expect(fake.exitCode).toBe(0);
    expect(fake.windows.filter((w) => w.options.show !== false)).toHaveLength(0);
    expect(lines).toEqual(['PDF: rendering', 'PDF: printing', 'PDF: writing', 'PDF: done', `Wrote ${join(dir, 'cli.pdf')}`]);

    const failing = createFakeElectron();
    const errors: string[] = [];
    await startBriefingViewer(failing.parts, { ...options, exportPdf: { target: join(dir, 'missing', 'cli.pdf'), paper: 'a4', content: 'summary' }, report: (l, e) => e && errors.push(l) });
    expect(failing.exitCode).toBe(1);
    expect(errors).toEqual([`cli.pdf could not be saved: the folder ${join(dir, 'missing')} does not exist. Choose another folder.`]);
  });

  it('exits 1 without exporting when the briefing named on the command line is refused', async () => {
    const fake = createFakeElectron();
    const errors: string[] = [];
    await startBriefingViewer(fake.parts, { ...options, initialBriefingPath: '/nonexistent/b.json', exportPdf: { target: '/tmp/never.pdf', paper: 'a4', content: 'summary' }, report: (l, e) => e && errors.push(l) });
    expect(fake.exitCode).toBe(1);
    expect(errors[0]).toMatch(/^b\.json could not be opened as a briefing:/);
    expect(fake.windows).toHaveLength(0);
  });
});
