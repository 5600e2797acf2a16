/**
 * File ▸ Export Slides as PowerPoint… in the renderer: builds the file from the open briefing's
 * model (the export module and pptxgenjs are loaded on first use, as a chunk of their own), then
 * hands it to main to save like every other file: the save dialog, an atomic write, a sentence
 * when it fails. Reports its stages as it goes.
 */
import type { BriefingViewerApi, SaveFileResult, SlideAspect } from '../../../electron/shared/ipc-contract';
import type { BriefingModel } from '../model/briefing-model';

/** Building the slides, then saving them (main's dialog and write). */
export type PptxStage = 'building' | 'saving';

/** Bytes as base64, a slice at a time (a whole file in one call would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function exportSlidesAsPowerPoint(
  api: Pick<BriefingViewerApi, 'saveFile'>,
  model: BriefingModel,
  aspect: SlideAspect,
  onStage: (stage: PptxStage) => void,
): Promise<SaveFileResult> {
  onStage('building');
  let data: string;
  let suggestedName: string;
  try {
    const { buildPptx, pptxFileName } = await import('./pptx-deck');
    data = toBase64(await buildPptx(model, { aspect }));
    suggestedName = pptxFileName(model, aspect);
  } catch (err) {
    return { saved: false, reason: 'error', message: `The slides could not be made: ${err instanceof Error ? err.message : String(err)}. Try again; if it happens again, restart the app.` };
  }
  onStage('saving');
  return api.saveFile({ suggestedName, kind: 'pptx', data });
}
