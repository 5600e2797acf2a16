import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../electron/main/command-line';

describe('the command line', () => {
  it('reads --export-pdf with paper and content, in both spellings', () => {
    expect(parseCommandLine(['.', '--export-pdf', 'out.pdf', '--paper', 'letter', '--content', 'handout'], '/home/a')).toEqual({
      kind: 'export',
      request: { target: '/home/a/out.pdf', paper: 'letter', content: 'handout' },
    });
    expect(parseCommandLine(['--export-pdf=/tmp/x.pdf', '--no-sandbox'], '/home/a')).toEqual({ kind: 'export', request: { target: '/tmp/x.pdf', paper: 'a4', content: 'summary' } });
  });

  it('reads the one-page brief as a content', () => {
    expect(parseCommandLine(['--export-pdf', 'brief.pdf', '--content=brief', '--paper=letter'], '/home/a')).toEqual({
      kind: 'export',
      request: { target: '/home/a/brief.pdf', paper: 'letter', content: 'brief' },
    });
  });

  it('does nothing without the flag, and ignores Electron’s and Chromium’s own flags', () => {
    expect(parseCommandLine(['.', '--no-sandbox', '--disable-gpu'], '/')).toEqual({ kind: 'none' });
  });

  it('says what is wrong', () => {
    const message = (argv: string[]) => {
      const r = parseCommandLine(argv, '/');
      return r.kind === 'error' ? r.message : r.kind;
    };
    expect(message(['--export-pdf'])).toMatch(/^--export-pdf needs the file to write\./);
    expect(message(['--export-pdf', '--paper', 'a4'])).toMatch(/^--export-pdf needs the file to write\./);
    expect(message(['--export-pdf', 'out.docx'])).toMatch(/^The file to write must end in \.pdf, not "out\.docx"\./);
    expect(message(['--export-pdf', 'o.pdf', '--paper', 'a3'])).toMatch(/^Unknown paper size "a3": use a4 or letter\./);
    expect(message(['--export-pdf', 'o.pdf', '--content', 'all'])).toBe(
      'Unknown content "all": use summary, handout or brief. Usage: briefing-viewer --export-pdf <file.pdf> [--paper a4|letter] [--content summary|handout|brief]',
    );
    expect(message(['--paper', 'a4'])).toMatch(/^--paper and --content go with --export-pdf\./);
  });
});

