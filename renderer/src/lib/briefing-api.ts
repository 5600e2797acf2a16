/**
 * The renderer's only door to the outside: the IPC contract's API, exposed by the preload in
 * Electron (or by a browser implementation of the same contract in tests).
 */
import { API_GLOBAL, type BriefingViewerApi } from '../../../electron/shared/ipc-contract';

export function getBriefingApi(scope: object = globalThis): BriefingViewerApi | undefined {
  const api = (scope as Record<string, unknown>)[API_GLOBAL];
  return api && typeof api === 'object' ? (api as BriefingViewerApi) : undefined;
}
