/**
 * Exporting the slides as PowerPoint from the running renderer in Chromium: File ▸ Export Slides
 * as PowerPoint… (and the button in the Export PDF dialog) builds the file in the page and hands
 * it to the contract's saveFile, whose bytes are read back here as the zip of XML they are. The
 * export module is a chunk of its own, loaded only when asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchMenuCommand, savedFiles } from './fixtures/browser-contract';
import { startHarness, type Harness } from './fixtures/harness';
import { bundledModel } from '../support/load-bundled';
import { readPptx } from '../support/pptx-file';
import type { BriefingModel } from '../../renderer/src/model/briefing-model';

let harness: Harness;
let model: BriefingModel;
beforeAll(async () => {
  harness = await startHarness();
  model = await bundledModel();
});
afterAll(async () => {
  await harness?.close();
});

describe('the slides as PowerPoint, from the renderer', () => {
  it('exports from File ▸ Export Slides as PowerPoint…, in 4:3 when asked, with progress and where it went', async () => {
    const view = await harness.open();
    const { page } = view;
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await dispatchMenuCommand(page, 'export-pptx');
    const dialog = page.getByRole('dialog', { name: 'Export Slides as PowerPoint' });
    await dialog.getByLabel('Standard (4:3)').check();
    expect(scripts.filter((s) => /pptx/.test(s))).toEqual([]);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const saved = dialog.getByRole('status').filter({ hasText: 'Saved to' });
    await saved.waitFor();
    expect(await saved.innerText()).toBe('Saved to /saved/pilot-ftz-2022-slides-4x3.pptx');
    expect(scripts.filter((s) => /pptx-deck/.test(s))).toHaveLength(1);
    await expect(dialog.getByRole('button', { name: 'Show in folder' }).isVisible()).resolves.toBe(true);
    await harness.screenshot(page, 'pptx-export-dialog');

    const files = await savedFiles(page);
    expect(files.map((f) => [f.kind, f.suggestedName])).toEqual([['pptx', 'pilot-ftz-2022-slides-4x3.pptx']]);
    const file = await readPptx(new Uint8Array(Buffer.from(files[0]!.data, 'base64')));
    expect(file.size).toEqual({ cx: 9144000, cy: 6858000 });
    expect(file.slides.map((s) => s.title)).toEqual(model.deck.map((s) => s.title));
    expect(file.slides.map((s) => s.notes.split('\n'))).toEqual(model.deck.map((s) => s.notes));
    expect(file.core.title).toBe(model.briefing.title);
    const growth = file.slides[model.deck.findIndex((s) => s.id === 'chart-year-on-year-growth')]!.chart!;
    expect(growth.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ['Change on the year before', ['Foreign capital used in high-tech industries (86.34 billion yuan)', 'Imports and exports (7.5 trillion yuan)'], [53.2, 14.5]],
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('is offered in the Export PDF dialog too, 16:9 by default', async () => {
    const view = await harness.open({ route: '#/zones' });
    const { page } = view;
    await dispatchMenuCommand(page, 'export-pdf');
    const pdf = page.getByRole('dialog', { name: 'Export PDF' });
    await pdf.waitFor();
    // The PDF's three documents are all still offered, with the PowerPoint file beside them.
    for (const name of [/^Summary/, /^Slide handouts/, /^One-page brief/]) expect(await pdf.getByRole('radio', { name }).count()).toBe(1);
    await pdf.getByRole('button', { name: 'Slides as PowerPoint…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Slides as PowerPoint' });
    expect(await dialog.getByLabel('Widescreen (16:9)').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved to' }).waitFor();
    const files = await savedFiles(page);
    expect(files.map((f) => f.suggestedName)).toEqual(['pilot-ftz-2022-slides.pptx']);
    const file = await readPptx(new Uint8Array(Buffer.from(files[0]!.data, 'base64')));
    expect(file.size).toEqual({ cx: 12192000, cy: 6858000 });
    expect(file.slides).toHaveLength(model.deck.length);
    const zones = file.slides[model.deck.findIndex((s) => s.kind === 'zone-map')]!;
    expect(zones.shapes.find((s) => s.name === 'Zone Heilongjiang')!.paragraphs).toEqual(['Heilongjiang', '黑龙江']);
    expect(page.url()).toMatch(/#\/zones$/);
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
