/** The bundled briefing, read and validated exactly as the main process reads it. */
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { readBriefingFile, BUNDLED_BRIEFING } from '../../electron/main/briefing-files';
import type { BriefingPayload } from '../../electron/shared/ipc-contract';
import type { BriefingInput } from '../../electron/shared/briefing-schema';
import { buildBriefingModel, type BriefingModel } from '../../renderer/src/model/briefing-model';

export const PROJECT_ROOT = resolve(__dirname, '../..');
export const BUNDLED_PATH = join(PROJECT_ROOT, BUNDLED_BRIEFING);

export async function loadBundled(): Promise<BriefingPayload> {
  const result = await readBriefingFile(BUNDLED_PATH, { kind: 'bundled' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.payload;
}

/** A fresh, mutable copy of the bundled briefing's raw JSON, for tests that break it. */
export function bundledJson(): BriefingInput & Record<string, unknown> {
  return JSON.parse(readFileSync(BUNDLED_PATH, 'utf8')) as BriefingInput & Record<string, unknown>;
}

export function bundledSourceText(): string {
  return readFileSync(join(PROJECT_ROOT, 'assets', 'briefings', 'pilot-ftz-2022-briefing.txt'), 'utf8');
}

/** The briefing model of the bundled briefing, as the renderer builds it. */
export async function bundledModel(): Promise<BriefingModel> {
  return buildBriefingModel(await loadBundled());
}
