/**
 * The packaging configuration, tested without packaging (the Electron download electron-builder
 * needs is not reachable here): electron-builder loads and validates electron-builder.yml with
 * its own code and schema, the targets and identity are right, and the `files` patterns take the
 * built app and the bundled briefing but no sources, tests or source maps.
 *
 * Run `npm run build` first (`npm test` does): the patterns are checked against the real out/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
// electron-builder's own modules, resolved the way electron-builder resolves them.
const fromBuilder = createRequire(createRequire(__filename).resolve('electron-builder'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib'));

type Config = Record<string, any>;
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromLib('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };
const { minimatch } = fromLib('minimatch') as { minimatch: (path: string, pattern: string, options?: object) => boolean };

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

let config: Config;
beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

/** The `files` patterns; electron-builder's loader wraps them as `{ filter: [...] }`. */
function filePatterns(): string[] {
  return (config['files'] as (string | { filter?: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
}

/** electron-builder's rule: patterns apply in order, and the last one that matches a file decides. */
function isPackaged(file: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

function projectFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.git', 'dist', 'test-results'].includes(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...projectFiles(full));
    else out.push(relative(ROOT, full).split(sep).join('/'));
  }
  return out;
}

describe('electron-builder configuration', () => {
  it('is valid by electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validation is real: an unknown option is refused.
    await expect(validateConfiguration({ ...config, asarr: true }, new DebugLogger(false))).rejects.toThrow(/asarr/);
    // About 3 s alone; loading electron-builder's schema takes longer on a loaded two-core machine.
  }, 30_000);

  it('names the app and packs it into an asar archive', () => {
    expect(config['appId']).toBe('org.briefingviewer.app');
    expect(config['productName']).toBe('Briefing Viewer');
    expect(config['asar']).toBe(true);
    expect(config['directories']).toMatchObject({ buildResources: 'build', output: 'dist' });
  });

  it('flips the Electron fuses that turn the app binary into something else', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config['linux'].target).toEqual(['AppImage', 'deb']);
    expect(config['linux'].category).toBe('Office');
    expect(config['linux'].maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(config['win'].target).toEqual(['nsis']);
    expect(config['mac'].target).toEqual(['dmg']);
    expect(config['mac'].category).toBe('public.app-category.productivity');
  });

  it('has a 1024×1024 icon in build/, rendered from build/icon.svg', () => {
    const png = readFileSync(join(ROOT, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    for (const platform of ['linux', 'win', 'mac']) expect(config[platform].icon).toBe('build/icon.png');
  });

  it('packages the built app and the bundled briefing', () => {
    expect(filePatterns()).toContain('out/**/*');
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run `npm run build` first').toBe(true);
    const patterns = filePatterns();
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'assets/briefings/pilot-ftz-2022.json',
      'assets/briefings/pilot-ftz-2022-briefing.txt',
      'assets/briefings/harbour-town-2024.json',
      'assets/briefing.schema.json',
    ]) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(isPackaged(file, patterns), file).toBe(true);
    }
    // Every built file goes in: scripts, styles and the bundled fonts.
    const built = projectFiles().filter((f) => f.startsWith('out/') && !f.endsWith('.map'));
    expect(built.some((f) => /^out\/renderer\/assets\/.*\.woff2$/.test(f))).toBe(true);
    expect(built.filter((f) => !isPackaged(f, patterns))).toEqual([]);
  });

  it('leaves out sources, tests, scripts and source maps', () => {
    const patterns = filePatterns();
    const packaged = projectFiles().filter((f) => isPackaged(f, patterns));
    expect(packaged.filter((f) => /^(tests|electron|renderer|scripts|build)\//.test(f) || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
    for (const file of ['tests/electron-builder.test.ts', 'electron/main/index.ts', 'out/main/index.js.map', 'renderer/src/App.svelte', 'README.md']) {
      expect(isPackaged(file, patterns), file).toBe(false);
    }
  });
});

describe('package.json, for packaging', () => {
  it('starts the built main process', () => {
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('keeps electron and electron-builder as devDependencies, and only what main needs at run time as dependencies', () => {
    expect(pkg.devDependencies).toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
    // zod validates briefings; pdf-lib writes the PDFs' properties; pptxgenjs writes PowerPoint
    // files for `--export-pptx`, and jszip finishes them.
    expect(Object.keys(pkg.dependencies)).toEqual(['jszip', 'pdf-lib', 'pptxgenjs', 'zod']);
  });

  it('has the dist scripts the README documents', () => {
    expect(pkg.scripts['dist']).toBe('npm run build && electron-builder');
    expect(pkg.scripts['dist:linux']).toMatch(/electron-builder --linux AppImage deb$/);
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win nsis$/);
    expect(pkg.scripts['dist:mac']).toMatch(/electron-builder --mac dmg$/);
  });
});
