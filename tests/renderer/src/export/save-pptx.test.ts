import { describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../../electron/shared/ipc-contract';
import { exportSlidesAsPowerPoint, toBase64, type PptxStage } from '../../../../renderer/src/export/save-pptx';
import type { BriefingModel } from '../../../../renderer/src/model/briefing-model';
import { bundledModel } from '../../../support/load-bundled';
import { readPptx } from '../../../support/pptx-file';

describe('exporting the slides from the renderer', () => {
  it('writes bytes as base64, however many', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('builds the file, then saves it through main as a .pptx named for the briefing', async () => {
    const model = await bundledModel();
    const requests: SaveFileRequest[] = [];
    const stages: PptxStage[] = [];
    const api = { saveFile: async (r: SaveFileRequest) => (requests.push(r), { saved: true as const, path: `/docs/${r.suggestedName}` }) };
    await expect(exportSlidesAsPowerPoint(api, model, '16:9', (s) => stages.push(s))).resolves.toEqual({ saved: true, path: '/docs/pilot-ftz-2022-slides.pptx' });
    expect(stages).toEqual(['building', 'saving']);
    expect(requests.map((r) => [r.kind, r.suggestedName])).toEqual([['pptx', 'pilot-ftz-2022-slides.pptx']]);
    const file = await readPptx(new Uint8Array(Buffer.from(requests[0]!.data, 'base64')));
    expect(file.slides).toHaveLength(model.deck.length);
  });

  it('passes on main’s answer, and says so when the slides cannot be made', async () => {
    const model = await bundledModel();
    const failing = { saveFile: async () => ({ saved: false as const, reason: 'error' as const, message: 'slides.pptx could not be saved: the disk is full.' }) };
    await expect(exportSlidesAsPowerPoint(failing, model, '4:3', () => undefined)).resolves.toEqual({ saved: false, reason: 'error', message: 'slides.pptx could not be saved: the disk is full.' });
    const broken = {
      ...model,
      get deck(): BriefingModel['deck'] {
        throw new Error('no deck');
      },
    } as BriefingModel;
    const stages: PptxStage[] = [];
    await expect(exportSlidesAsPowerPoint(failing, broken, '16:9', (s) => stages.push(s))).resolves.toEqual({
      saved: false,
      reason: 'error',
      message: 'The slides could not be made: no deck. Try again; if it happens again, restart the app.',
    });
    expect(stages).toEqual(['building']);
  });
});
