/**
 * Finishing touches to the file pptxgenjs writes, made on its XML before the file is handed over:
 *
 * - Paragraphs: pptxgenjs writes a paragraph-properties element before every run of a paragraph
 *   with several runs (a bold number, then its detail), which the schema allows only once, first;
 *   PowerPoint 2016 reports such files as needing repair (PptxGenJS pull request 1083 on GitHub). The first is
 *   kept (it holds the paragraph's bullet and spacing), the rest are dropped.
 * - Titles: each slide's title box becomes the slide's title placeholder, so PowerPoint's outline,
 *   its accessibility checker and screen readers know every slide's title.
 * - Value labels inside stacked bars are written in black or white, whichever reads on their
 *   bar's colour (pptxgenjs gives all of a chart's labels one colour).
 * - Speaker notes: each note its own paragraph (pptxgenjs keeps the line breaks inside one run,
 *   which not every program shows as breaks).
 */
import JSZip from 'jszip';
import { textOn } from '../styles/palette';

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Keeps only the first paragraph-properties element of each paragraph. */
export function oneParagraphPropertiesEach(xml: string): string {
  return xml.replace(PARAGRAPH, (_whole, inner: string) => {
    let seen = false;
    return `<a:p>${inner.replace(PARAGRAPH_PROPERTIES, (pPr) => (seen ? '' : ((seen = true), pPr)))}</a:p>`;
  });
}

/** Makes the shape named "Title" the slide's title placeholder. */
export function titlePlaceholder(xml: string): string {
  return xml.replace(/(<p:cNvPr id="\d+" name="Title">(?:<\/p:cNvPr>)?<p:cNvSpPr\/>)<p:nvPr><\/p:nvPr>/, '$1<p:nvPr><p:ph type="title"/></p:nvPr>');
}

/** In each series labelled inside its bars, the labels' colour: black or white for the series' fill. */
export function readableInsideLabels(xml: string): string {
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
    const fill = /<c:spPr>\s*<a:solidFill><a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(series)?.[1];
    if (!fill || !series.includes('<c:dLblPos val="ctr"/>')) return series;
    const ink = textOn(`#${fill}`).slice(1).toUpperCase();
    return series.replace(/(<c:dLbls>[\s\S]*?<a:defRPr[^>]*>\s*<a:solidFill>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}(")/, `$1${ink}$2`);
  });
}

/** Splits the notes' one run at its line breaks into a paragraph per line. */
export function notesParagraphs(xml: string): string {
  return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)?<\/a:p>/, (_whole, rPr: string, text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r></a:p>`)
      .join(''),
  );
}

async function rewrite(zip: JSZip, pattern: RegExp, change: (xml: string) => string): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => pattern.test(n))) {
    zip.file(name, change(await zip.file(name)!.async('string')));
  }
}

/** The file with the touches above. */
export async function finishPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await rewrite(zip, /^ppt\/slides\/slide\d+\.xml$/, (xml) => titlePlaceholder(oneParagraphPropertiesEach(xml)));
  await rewrite(zip, /^ppt\/charts\/chart\d+\.xml$/, readableInsideLabels);
  await rewrite(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/, notesParagraphs);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
