/**
 * The export flags: `--export-pdf <file.pdf> [--paper a4|letter] [--content summary|handout|brief]`
 * and `--export-pptx <file.pptx> [--aspect 16:9|4:3]` (also `--flag=value`), read with Node's
 * `parseArgs`. Electron and Chromium add flags of their
 * own, so unknown flags are left alone. Pure: argv in, a request or a sentence saying what is
 * wrong out.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPaperSize, isPrintContent, isSlideAspect, PAPER_SIZES, PRINT_CONTENTS, SLIDE_ASPECTS, type PaperSize, type PrintContent, type SlideAspect } from '../shared/ipc-contract';

export interface ExportRequest {
  target: string;
  paper: PaperSize;
  content: PrintContent;
}

/** `--export-pptx`: the slides as a PowerPoint file. */
export interface PptxExportRequest {
  target: string;
  aspect: SlideAspect;
}

export type ParsedCommandLine =
  | { kind: 'none' }
  | { kind: 'export'; request: ExportRequest }
  | { kind: 'export-pptx'; request: PptxExportRequest }
  | { kind: 'error'; message: string };

const EXPORT_USAGE = `Usage: briefing-viewer --export-pdf <file.pdf> [--paper ${PAPER_SIZES.join('|')}] [--content ${PRINT_CONTENTS.join('|')}]`;
const PPTX_USAGE = `Usage: briefing-viewer --export-pptx <file.pptx> [--aspect ${SLIDE_ASPECTS.join('|')}]`;

const OPTIONS = {
  'export-pdf': { type: 'string' },
  paper: { type: 'string' },
  content: { type: 'string' },
  'export-pptx': { type: 'string' },
  aspect: { type: 'string' },
} as const;

type Values = Record<string, string | boolean | undefined>;

/** "a, b or c", for a sentence. */
function oneOf(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** A flag's value; a flag given without one (or followed by another flag) has none. */
function valueOf(raw: string | boolean | undefined): string | undefined {
  return typeof raw === 'string' && !raw.startsWith('-') ? raw : undefined;
}

function parsePptx(values: Values, cwd: string): ParsedCommandLine {
  const error = (message: string): ParsedCommandLine => ({ kind: 'error', message: `${message} ${PPTX_USAGE}` });
  if (values['export-pdf'] !== undefined) return error('Give --export-pdf or --export-pptx, not both.');
  if (values['paper'] !== undefined || values['content'] !== undefined) return error('--paper and --content go with --export-pdf.');
  const target = valueOf(values['export-pptx']);
  if (!target) return error('--export-pptx needs the file to write.');
  if (!target.toLowerCase().endsWith('.pptx')) return error(`The file to write must end in .pptx, not "${target}".`);
  const aspect = valueOf(values['aspect']) ?? '16:9';
  if (!isSlideAspect(aspect)) return error(`Unknown aspect "${aspect}": use ${oneOf(SLIDE_ASPECTS)}.`);
  return { kind: 'export-pptx', request: { target: isAbsolute(target) ? target : resolve(cwd, target), aspect } };
}

export function parseCommandLine(argv: readonly string[], cwd: string): ParsedCommandLine {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  if (values['export-pptx'] !== undefined) return parsePptx(values, cwd);
  if (values.aspect !== undefined) return { kind: 'error', message: `--aspect goes with --export-pptx. ${PPTX_USAGE}` };
  const error = (message: string): ParsedCommandLine => ({ kind: 'error', message: `${message} ${EXPORT_USAGE}` });
  if (values['export-pdf'] === undefined) {
    return values.paper !== undefined || values.content !== undefined ? error('--paper and --content go with --export-pdf.') : { kind: 'none' };
  }
  const target = valueOf(values['export-pdf']);
  if (!target) return error('--export-pdf needs the file to write.');
  if (!target.toLowerCase().endsWith('.pdf')) return error(`The file to write must end in .pdf, not "${target}".`);
  const paper = valueOf(values.paper) ?? 'a4';
  if (!isPaperSize(paper)) return error(`Unknown paper size "${paper}": use ${oneOf(PAPER_SIZES)}.`);
  const content = valueOf(values.content) ?? 'summary';
  if (!isPrintContent(content)) return error(`Unknown content "${content}": use ${oneOf(PRINT_CONTENTS)}.`);
  return { kind: 'export', request: { target: isAbsolute(target) ? target : resolve(cwd, target), paper, content } };
}
