/**
 * `briefing-viewer --export-pdf out.pdf …`: writes the PDF without showing a window, reports each
 * stage on standard output and any failure on standard error, and says which exit code to use:
 * 0 when the file was written, 1 when it was not.
 */
import type { ExportRequest } from './command-line';
import { exportPdf, type PrintDeps } from './pdf-export';
import { pdfProperties, type PropertiesSource } from './pdf-properties';

export type Report = (line: string, isError: boolean) => void;

export const reportToConsole: Report = (line, isError) => (isError ? process.stderr : process.stdout).write(`${line}\n`);

export async function exportFromCommandLine(deps: PrintDeps, request: ExportRequest, briefing: PropertiesSource, report: Report): Promise<0 | 1> {
  const job = { paper: request.paper, content: request.content, properties: pdfProperties(briefing) };
  const result = await exportPdf(deps, job, request.target, (stage) => report(`PDF: ${stage}`, false));
  if (result.saved) report(`Wrote ${result.path}`, false);
  else report(result.reason === 'error' ? result.message : 'The export was cancelled.', true);
  return result.saved ? 0 : 1;
}
