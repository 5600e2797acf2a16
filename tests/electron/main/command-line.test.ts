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


describe('the command line for PowerPoint', () => {
  it('reads --export-pptx with an aspect, 16:9 by default, in both spellings', () => {
    expect(parseCommandLine(['.', '--export-pptx', 'slides.pptx'], '/home/a')).toEqual({ kind: 'export-pptx', request: { target: '/home/a/slides.pptx', aspect: '16:9' } });
    expect(parseCommandLine(['--export-pptx=/tmp/s.PPTX', '--aspect=4:3', '--no-sandbox'], '/home/a')).toEqual({ kind: 'export-pptx', request: { target: '/tmp/s.PPTX', aspect: '4:3' } });
  });

  it('says what is wrong, with the usage', () => {
    const message = (argv: string[]) => {
      const r = parseCommandLine(argv, '/');
      return r.kind === 'error' ? r.message : r.kind;
    };
    const usage = 'Usage: briefing-viewer --export-pptx <file.pptx> [--aspect 16:9|4:3]';
    expect(message(['--export-pptx'])).toBe(`--export-pptx needs the file to write. ${usage}`);
    expect(message(['--export-pptx', '--aspect', '4:3'])).toBe(`--export-pptx needs the file to write. ${usage}`);
    expect(message(['--export-pptx', 'slides.pdf'])).toBe(`The file to write must end in .pptx, not "slides.pdf". ${usage}`);
    expect(message(['--export-pptx', 's.pptx', '--aspect', '16:10'])).toBe(`Unknown aspect "16:10": use 16:9 or 4:3. ${usage}`);
    expect(message(['--export-pptx', 's.pptx', '--export-pdf', 's.pdf'])).toBe(`Give --export-pdf or --export-pptx, not both. ${usage}`);
    expect(message(['--export-pptx', 's.pptx', '--paper', 'a4'])).toBe(`--paper and --content go with --export-pdf. ${usage}`);
    expect(message(['--aspect', '4:3'])).toBe(`--aspect goes with --export-pptx. ${usage}`);
    expect(message(['--export-pdf', 'o.pdf', '--aspect', '4:3'])).toBe(`--aspect goes with --export-pptx. ${usage}`);
  });
});
