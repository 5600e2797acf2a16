/**
 * CSV the app writes (a chart's numbers), safe to open in a spreadsheet.
 *
 * - RFC 4180: fields holding a comma, a double quote or a line break are put in double quotes,
 *   a double quote inside doubled; rows end with CRLF.
 * - Formula injection (OWASP, "CSV Injection"): a text cell whose first character — or first
 *   character after leading white space — is `=`, `+`, `-`, `@`, a tab or a carriage return
 *   would be run as a formula by Excel, LibreOffice or Google Sheets (`=HYPERLINK(…)`,
 *   `@SUM(…)`). Such a cell gets a `'` in front, which spreadsheets show as text.
 * - Numbers are the one exception, on purpose: a finite number the app passes as a number (not
 *   as text), such as -4.1, is data the app computed, is written as the number it is ("-4.1"),
 *   and stays a number in the spreadsheet. A non-finite number is written as an empty cell.
 *   Text that merely looks like a number ("-4.1" as a string, from a briefing) is neutralised
 *   like any other text.
 *
 * Renderer code (chart CSV) imports this module; it has no Node or DOM in it.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** First characters a spreadsheet treats as the start of a formula (OWASP's list). */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, quoted and neutralised as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: comma-separated, CRLF after every row (the last too). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
