/**
 * The export flags: `--export-pdf <file.pdf> [--paper a4|letter] [--content summary|handout]`
 * (also `--flag=value`). Electron and Chromium add flags of their own, so unknown flags are left
 * alone. Pure: argv in, a request or a sentence saying what is wrong out.
 */
import { isAbsolute, resolve } from 'node:path';
import { PAPER_SIZES, PRINT_CONTENTS, type PaperSize, type PrintContent } from '../shared/ipc-contract';

export interface ExportRequest {
  target: string;
  paper: PaperSize;
  content: PrintContent;
}

export type ParsedCommandLine = { kind: 'none' } | { kind: 'export'; request: ExportRequest } | { kind: 'error'; message: string };

export const EXPORT_USAGE = 'Usage: briefing-viewer --export-pdf <file.pdf> [--paper a4|letter] [--content summary|handout]';

export function parseCommandLine(argv: readonly string[], cwd: string): ParsedCommandLine {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(export-pdf|paper|content)(?:=(.*))?$/.exec(arg);
    if (!match) continue;
    const [, name, inline] = match;
    if (inline !== undefined) values.set(name!, inline);
    else {
      const next = argv[i + 1];
      values.set(name!, next !== undefined && !next.startsWith('--') ? next : undefined);
      if (next !== undefined && !next.startsWith('--')) i++;
    }
  }
  if (!values.has('export-pdf')) {
    return values.size ? { kind: 'error', message: `--paper and --content go with --export-pdf. ${EXPORT_USAGE}` } : { kind: 'none' };
  }
  const target = values.get('export-pdf');
  if (!target) return { kind: 'error', message: `--export-pdf needs the file to write. ${EXPORT_USAGE}` };
  if (!target.toLowerCase().endsWith('.pdf')) return { kind: 'error', message: `The file to write must end in .pdf, not "${target}". ${EXPORT_USAGE}` };
  const paper = values.get('paper') ?? 'a4';
  if (!PAPER_SIZES.includes(paper as PaperSize)) return { kind: 'error', message: `Unknown paper size "${paper}": use a4 or letter. ${EXPORT_USAGE}` };
  const content = values.get('content') ?? 'summary';
  if (!PRINT_CONTENTS.includes(content as PrintContent)) return { kind: 'error', message: `Unknown content "${content}": use summary or handout. ${EXPORT_USAGE}` };
  return { kind: 'export', request: { target: isAbsolute(target) ? target : resolve(cwd, target), paper: paper as PaperSize, content: content as PrintContent } };
}
