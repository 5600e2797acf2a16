/**
 * The export flags: `--export-pdf <file.pdf> [--paper a4|letter] [--content summary|handout|brief]`
 * (also `--flag=value`), read with Node's `parseArgs`. Electron and Chromium add flags of their
 * own, so unknown flags are left alone. Pure: argv in, a request or a sentence saying what is
 * wrong out.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPaperSize, isPrintContent, PAPER_SIZES, PRINT_CONTENTS, type PaperSize, type PrintContent } from '../shared/ipc-contract';

export interface ExportRequest {
  target: string;
  paper: PaperSize;
  content: PrintContent;
}

export type ParsedCommandLine = { kind: 'none' } | { kind: 'export'; request: ExportRequest } | { kind: 'error'; message: string };

const EXPORT_USAGE = `Usage: briefing-viewer --export-pdf <file.pdf> [--paper ${PAPER_SIZES.join('|')}] [--content ${PRINT_CONTENTS.join('|')}]`;

const OPTIONS = {
  'export-pdf': { type: 'string' },
  paper: { type: 'string' },
  content: { type: 'string' },
} as const;

/** "a, b or c", for a sentence. */
function oneOf(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** A flag's value; a flag given without one (or followed by another flag) has none. */
function valueOf(raw: string | boolean | undefined): string | undefined {
  return typeof raw === 'string' && !raw.startsWith('-') ? raw : undefined;
}

export function parseCommandLine(argv: readonly string[], cwd: string): ParsedCommandLine {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
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
