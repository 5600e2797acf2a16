/**
 * The slide deck as a PowerPoint file: the briefing model's deck (`model.deck`), slide for slide
 * and in the same order, written with pptxgenjs. Text is editable text in Arial (Chinese in an
 * East Asian font), the zones map is shapes, the charts are native bar charts with their numbers
 * in their own worksheets, each slide's speaker notes are its notes, and the file's properties
 * name the briefing. Pure: no DOM and no Electron, so the renderer (File ▸ Export Slides as
 * PowerPoint…) and the main process (`--export-pptx`) both run it; a new briefing exports with
 * no change here.
 */
import PptxGenJS from 'pptxgenjs';
import type { SlideAspect } from '../../../electron/shared/ipc-contract';
import type { BriefingModel } from '../model/briefing-model';
import type { Slide } from '../model/deck';
import { chartSlide } from './pptx-charts';
import { addSlideNumber, SLIDE_SIZES, type SlideContext } from './pptx-frame';
import { finishPackage } from './pptx-package';
import { figuresSlide, pointsSlide, titleSlide } from './pptx-slides';
import { LATIN_FONT } from './pptx-text';
import { zoneListSlide, zoneMapSlide } from './pptx-zones';

export interface PptxOptions {
  aspect: SlideAspect;
}

/** PowerPoint's own names for the two slide sizes. */
const LAYOUTS: Readonly<Record<SlideAspect, string>> = { '16:9': 'LAYOUT_WIDE', '4:3': 'LAYOUT_4x3' };

function writeSlide(ctx: SlideContext, s: Slide): void {
  switch (s.kind) {
    case 'title':
    case 'closing':
      return titleSlide(ctx, s);
    case 'figures':
      return figuresSlide(ctx, s);
    case 'area':
    case 'outlook':
      return pointsSlide(ctx, s);
    case 'zone-map':
      return zoneMapSlide(ctx, s);
    case 'zone-list':
      return zoneListSlide(ctx, s);
    case 'chart':
      return chartSlide(ctx, s);
  }
}

/** The file's properties: the briefing's title, its speakers (or organiser) as author, the event as subject. */
function setProperties(pptx: PptxGenJS, model: BriefingModel): void {
  const b = model.briefing;
  pptx.title = b.title;
  pptx.author = b.speakers.length ? b.speakers.map((s) => s.name).join(', ') : b.event.organiser;
  pptx.subject = b.event.name;
  pptx.company = b.event.organiser;
}

/** The deck as a .pptx file, with the layout problems found (text that would not fit; none for a good deck). */
export async function buildPptxWithReport(model: BriefingModel, options: PptxOptions): Promise<{ bytes: Uint8Array; problems: string[] }> {
  const pptx = new PptxGenJS();
  pptx.layout = LAYOUTS[options.aspect];
  pptx.theme = { headFontFace: LATIN_FONT, bodyFontFace: LATIN_FONT };
  setProperties(pptx, model);
  const problems: string[] = [];
  const { width, height } = SLIDE_SIZES[options.aspect];
  for (const s of model.deck) {
    const slide = pptx.addSlide();
    const ctx: SlideContext = { pptx, slide, aspect: options.aspect, width, height, problems };
    writeSlide(ctx, s);
    addSlideNumber(ctx);
    slide.addNotes(s.notes.join('\n'));
  }
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { bytes: await finishPackage(written), problems };
}

export async function buildPptx(model: BriefingModel, options: PptxOptions): Promise<Uint8Array> {
  return (await buildPptxWithReport(model, options)).bytes;
}

/** The name the save dialog offers: "pilot-ftz-2022-slides.pptx" (widescreen) or "…-slides-4x3.pptx". */
export function pptxFileName(model: BriefingModel, aspect: SlideAspect): string {
  return `${model.briefing.id}-slides${aspect === '4:3' ? '-4x3' : ''}.pptx`;
}
