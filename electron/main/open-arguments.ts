/**
 * Finds the briefing file named on the command line: `briefing-viewer some/briefing.json`, or
 * what the operating system passes when a .json file is opened with the app. Electron and
 * Chromium add their own flags (`--no-sandbox`, `--enable-logging`, …) and, in development,
 * the app's folder (`.`); those are ignored. Pure, so it is tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';

export interface OpenArgumentsOptions {
  /** The folder relative paths are taken from (the second instance's, for a second launch). */
  cwd: string;
  /** Whether a path is an existing file (not a folder). */
  isFile(path: string): boolean;
}

/** The first argument after the executable that ends in .json and names an existing file, as an absolute path. */
export function briefingPathFromArgv(argv: readonly string[], options: OpenArgumentsOptions): string | undefined {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.length > 4096 || arg.includes('\0')) continue;
    if (!/\.json$/i.test(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(options.cwd, arg);
    if (options.isFile(path)) return path;
  }
  return undefined;
}
