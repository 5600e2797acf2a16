/**
 * The briefing open when the app starts: the one named on the command line if it is valid,
 * otherwise the bundled one (and a sentence saying why the named one was not opened). If the
 * bundled briefing itself cannot be read, the app's files are damaged and it cannot start.
 */
import { join } from 'node:path';
import type { BriefingPayload } from '../shared/ipc-contract';
import type { BriefingOrigin } from '../shared/ipc-contract';
import { BUNDLED_BRIEFING, describeBriefingFailure, type BriefingFileResult } from './briefing-result';

/** How a briefing file is read: in the app, `BriefingReader.read` (off the main thread). */
export type ReadBriefing = (path: string, origin: BriefingOrigin) => Promise<BriefingFileResult>;

export type InitialBriefing =
  | { ok: true; payload: BriefingPayload; /** Why the briefing named on the command line was not opened. */ failure?: string }
  | { ok: false; message: string };

export async function loadInitialBriefing(read: ReadBriefing, appPath: string, appName: string, requestedPath?: string): Promise<InitialBriefing> {
  const bundled = await read(join(appPath, BUNDLED_BRIEFING), { kind: 'bundled' });
  if (!bundled.ok) {
    return { ok: false, message: `${describeBriefingFailure(bundled)}\n\nThe app's own files are damaged. Reinstall ${appName} to repair them.` };
  }
  if (!requestedPath) return { ok: true, payload: bundled.payload };
  const requested = await read(requestedPath, { kind: 'file', path: requestedPath });
  return requested.ok ? { ok: true, payload: requested.payload } : { ok: true, payload: bundled.payload, failure: describeBriefingFailure(requested) };
}
