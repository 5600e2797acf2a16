import { describe, expect, it } from 'vitest';
import { briefingPathFromArgv } from '../../../electron/main/open-arguments';

const files = new Set(['/home/ada/briefings/harbour.json', '/work/other.JSON', '/work/second.json']);
const options = { cwd: '/work', isFile: (p: string) => files.has(p) };

describe('the briefing file on the command line', () => {
  it('is the first argument ending in .json that names an existing file', () => {
    expect(briefingPathFromArgv(['/opt/Briefing Viewer/briefing-viewer', '/home/ada/briefings/harbour.json'], options)).toBe(
      '/home/ada/briefings/harbour.json',
    );
    expect(briefingPathFromArgv(['app', 'missing.json', 'second.json'], options)).toBe('/work/second.json');
  });

  it('resolves a relative path against the working directory, and accepts .JSON', () => {
    expect(briefingPathFromArgv(['app', 'other.JSON'], options)).toBe('/work/other.JSON');
    expect(briefingPathFromArgv(['app', 'second.json'], { ...options, cwd: '/elsewhere' })).toBeUndefined();
  });

  it('ignores the flags Electron and Chromium add, the app folder in development, and the executable', () => {
    expect(
      briefingPathFromArgv(['/work/second.json', '.', '--no-sandbox', '--enable-logging', '--user-data-dir=/tmp/x.json', '--inspect'], options),
    ).toBeUndefined();
    expect(briefingPathFromArgv(['electron', '.', '--allow-file-access-from-files', 'second.json'], options)).toBe('/work/second.json');
  });

  it('ignores other files, folders and absurd arguments', () => {
    expect(briefingPathFromArgv(['app', 'notes.txt', '/work'], options)).toBeUndefined();
    expect(briefingPathFromArgv(['app', `${'a'.repeat(5000)}.json`], { ...options, isFile: () => true })).toBeUndefined();
    expect(briefingPathFromArgv(['app'], options)).toBeUndefined();
  });
});
