/**
 * `briefing-viewer --export-pptx out.pptx [--aspect 16:9|4:3]`: writes the slides of the briefing
 * open at start-up as a PowerPoint file, without a window: the same briefing model and the same
 * export module as File ▸ Export Slides as PowerPoint… in the renderer, then an atomic write.
 * Reports each stage on standard output and any failure on standard error, and says which exit
 * code to use: 0 when the file was written, 1 when it was not (as `--export-pdf`).
 *
 * Loaded only when the flag is given, so the app's start-up does not load pptxgenjs.
 */
import type { BriefingPayload } from '../shared/ipc-contract';
import { buildPptx } from '../../renderer/src/export/pptx-deck';
import { buildBriefingModel } from '../../renderer/src/model/briefing-model';
import { FileWriteError, writeFileAtomic } from './atomic-file';
import type { PptxExportRequest } from './command-line';
import type { Report } from './command-line-export';

export async function exportPptxFromCommandLine(payload: BriefingPayload, request: PptxExportRequest, report: Report): Promise<0 | 1> {
  let bytes: Uint8Array;
  try {
    report('PowerPoint: building the slides', false);
    bytes = await buildPptx(buildBriefingModel(payload), { aspect: request.aspect });
  } catch (err) {
    report(`The PowerPoint file could not be made: ${err instanceof Error ? err.message : String(err)}.`, true);
    return 1;
  }
  try {
    report('PowerPoint: writing', false);
    await writeFileAtomic(request.target, bytes);
  } catch (err) {
    report(err instanceof FileWriteError ? err.message : String(err), true);
    return 1;
  }
  report(`Wrote ${request.target}`, false);
  return 0;
}
