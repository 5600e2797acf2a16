import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../../electron/main/briefing-files';
import { loadInitialBriefing } from '../../../electron/main/initial-briefing';
import { PROJECT_ROOT } from '../../support/load-bundled';

describe('the briefing open at start-up', () => {
  it('is the bundled one when none is named', async () => {
    const initial = await loadInitialBriefing(readBriefingFile, PROJECT_ROOT, 'Briefing Viewer');
    expect(initial.ok && initial.payload.briefing.id).toBe('pilot-ftz-2022');
    expect(initial.ok && initial.failure).toBeUndefined();
  });

  it('is the one named on the command line when it is valid', async () => {
    const path = join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json');
    const initial = await loadInitialBriefing(readBriefingFile, PROJECT_ROOT, 'Briefing Viewer', path);
    expect(initial.ok && initial.payload.origin).toEqual({ kind: 'file', path });
  });

  it('falls back to the bundled one, saying why, when the named one is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-initial-'));
    await writeFile(join(dir, 'bad.json'), '{');
    const initial = await loadInitialBriefing(readBriefingFile, PROJECT_ROOT, 'Briefing Viewer', join(dir, 'bad.json'));
    expect(initial.ok && initial.payload.briefing.id).toBe('pilot-ftz-2022');
    expect(initial.ok && initial.failure).toMatch(/^bad\.json could not be opened as a briefing:/);
  });

  it('cannot be had when the app’s own briefing is damaged, and says to reinstall', async () => {
    const app = await mkdtemp(join(tmpdir(), 'bv-app-'));
    await cp(join(PROJECT_ROOT, 'assets'), join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'assets', 'briefings', 'pilot-ftz-2022.json'), '[]');
    const initial = await loadInitialBriefing(readBriefingFile, app, 'Briefing Viewer');
    expect(initial.ok).toBe(false);
    expect(!initial.ok && initial.message).toMatch(/The app's own files are damaged\. Reinstall Briefing Viewer to repair them\.$/);
  });
});
