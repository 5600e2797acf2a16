import { describe, expect, it } from 'vitest';
import { fontFilesFor, printPageHtml, routeFiles, withoutInlineStyles, type Manifest } from '../../scripts/build-print-pages';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';

const INTER = [400, 500, 600, 700, 800].map((w) => `assets/inter-latin-${w}-normal-Ab${w}xY.woff2`);
const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-1.js', css: ['assets/index-1.css'], imports: ['_shared.js'], assets: [INTER[0]!] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/print/PrintDocument.svelte': { file: 'assets/PrintDocument.js', css: ['assets/PrintDocument.css'], imports: ['index.html', '_Card.js'], assets: INTER.slice(1) },
  '_Card.js': { file: 'assets/Card.js', css: ['assets/Card.css'], imports: ['index.html'] },
  'src/print/PrintSummary.svelte': { file: 'assets/PrintSummary.js', css: ['assets/PrintSummary.css'], imports: ['_Card.js', '_Chart.js'] },
  '_Chart.js': { file: 'assets/Chart.js', css: ['assets/Chart.css'] },
  '../node_modules/@fontsource/noto-sans-sc/400.css': { file: 'assets/400-x.css' },
};

describe('the print pages written at build time', () => {
  it("link the stylesheets the app's print route loads, each once, each chunk's imports before it", () => {
    expect(routeFiles(MANIFEST)).toEqual({
      stylesheets: ['assets/index-1.css', 'assets/Card.css', 'assets/PrintDocument.css', 'assets/Chart.css', 'assets/PrintSummary.css', 'assets/400-x.css'],
      textFonts: [...INTER].sort(),
      chineseFontRules: 'assets/400-x.css',
    });
  });

  it('refuse a build without its print chunks or the text font’s files, saying what to do', () => {
    const { 'src/print/PrintSummary.svelte': _summary, ...noSummary } = MANIFEST;
    expect(() => routeFiles(noSummary)).toThrow("The build's manifest has no src/print/PrintSummary.svelte: build the renderer first (npm run build).");
    expect(() => routeFiles({ ...MANIFEST, 'src/print/PrintDocument.svelte': { file: 'assets/PrintDocument.js', imports: ['index.html'] } })).toThrow("The build has 1 of the text font's 5 Latin print files");
  });

  it('preload the Chinese font files that hold the characters printed, and no others', () => {
    const css = [
      '@font-face{font-family:Noto Sans SC;src:url(./noto-4.woff2)format("woff2"),url(./noto-4.woff)format("woff");unicode-range:U+1F1E9-1F1F5,U+1F300}',
      '@font-face{font-family:Noto Sans SC;src:url(./noto-97.woff2)format("woff2");unicode-range:U+4E0A,U+6D77-6D78}',
      '@font-face{font-family:Noto Sans SC;src:url(./noto-98.woff2)format("woff2");unicode-range:U+5E7F}',
      '@font-face{font-family:Noto Sans SC;src:url(./noto-99.woff2)format("woff2");unicode-range:U+0000-00FF}',
    ].join('');
    expect(fontFilesFor(css, '上海')).toEqual(['noto-97.woff2']);
    expect(fontFilesFor(css, '上海广')).toEqual(['noto-97.woff2', 'noto-98.woff2']);
    expect(fontFilesFor(css, '\u{1F300}')).toEqual(['noto-4.woff2']);
    expect(fontFilesFor(css, '')).toEqual([]);
  });

  it('move style attributes into rules of their own (the policy refuses inline styles) and drop the renderer’s comments', () => {
    const { markup, css } = withoutInlineStyles('<!--[--><main class="a" style="--w: 6.77in; --h: 10.19in;"><div style="height: 13rem;"></div><div style="height: 13rem;"></div></main><!--]-->');
    expect(markup).toBe('<main class="a" data-print-style="0"><div data-print-style="1"></div><div data-print-style="1"></div></main>');
    expect(css).toBe('[data-print-style="0"] { --w: 6.77in !important; --h: 10.19in !important; }\n[data-print-style="1"] { height: 13rem !important; }');
    expect(() => withoutInlineStyles('<p style="content: &quot;x&quot;"></p>')).toThrow('holds markup, an entity');
    expect(() => withoutInlineStyles('<p style="background: url(data:image/png;base64,AA)"></p>')).toThrow('";" inside parentheses');
    // Only start tags: the same words in text stay text, and a ">" inside a quoted value ends no tag.
    const text = '<p>They wrote style="height: 1rem;" on it.</p>';
    expect(withoutInlineStyles(text)).toEqual({ markup: text, css: '' });
    expect(withoutInlineStyles('<p aria-label="a > b" style="height: 1rem;">x</p>').markup).toBe('<p aria-label="a > b" data-print-style="0">x</p>');
  });

  it('write a page with the app’s policy, its title and language escaped, its files, and its data', () => {
    const page = {
      root: { title: 'Zones & "ports" <2022>', lang: 'en', classes: ['scale-print', 'print-root'], properties: { '--print-running-title': '"Zones"' } },
      body: '<main style="--w: 1in;"><p>Text</p></main>',
      data: { charts: [], beyondText: '上海' },
    };
    const { html, css } = printPageHtml(page, { stylesheets: ['assets/a.css'], fonts: ['assets/f.woff2'], script: 'assets/print-page-1.js', ownStylesheet: 'print-summary-a4.css' });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    expect(html).toContain('<title>Zones &amp; &quot;ports&quot; &lt;2022&gt;</title>');
    expect(html).toContain('<html lang="en" class="scale-print print-root">');
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" href="./assets/f.woff2" crossorigin />');
    expect(html.indexOf('href="./assets/a.css"')).toBeLessThan(html.indexOf('href="./print-summary-a4.css"'));
    expect(html).toContain('<script type="module" crossorigin src="./assets/print-page-1.js"></script>');
    expect(html).toContain('<div id="app"><main data-print-style="0"><p>Text</p></main></div>');
    expect(html).toContain('<script type="application/json" id="print-page-data">{"charts":[],"beyondText":"上海"}</script>');
    expect(html).not.toMatch(/\sstyle=/);
    expect(css).toBe(':root {\n  --print-running-title: "Zones";\n}\n[data-print-style="0"] { --w: 1in !important; }\n');
  });
});
