/**
 * Reads a .pptx back as the zip of XML it is, for tests: each slide's title, texts, runs and
 * shapes, its chart (series names, category labels, values, colours), its speaker notes, and
 * the file's properties. Plain regular expressions over the XML pptxgenjs writes; enough for
 * checking, not a general reader.
 */
import JSZip from 'jszip';

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];

export interface PptxRun {
  text: string;
  size: number | undefined;
  lang: string;
  latin: string | undefined;
  eastAsian: string | undefined;
  bold: boolean;
  colour: string | undefined;
}

export interface PptxShape {
  name: string;
  /** In EMU (914400 to the inch). */
  x: number;
  y: number;
  cx: number;
  cy: number;
  /** The shape's paragraphs, each as its text. */
  paragraphs: string[];
  runs: PptxRun[];
  placeholder: string | undefined;
  fill: string | undefined;
}

export interface PptxSeries {
  name: string;
  categories: string[];
  values: number[];
  colour: string | undefined;
  labelColour: string | undefined;
}

export interface PptxChart {
  xml: string;
  barDir: string | undefined;
  grouping: string | undefined;
  series: PptxSeries[];
  valueAxisTitle: string;
  showsValues: boolean;
  fontSizes: number[];
}

export interface PptxSlide {
  xml: string;
  title: string;
  shapes: PptxShape[];
  chart: PptxChart | undefined;
  notes: string;
}

export interface PptxFile {
  files: string[];
  slides: PptxSlide[];
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
  core: { title: string; creator: string; subject: string };
  company: string;
}

const tag = (xml: string, name: string) => decode(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '');

function parseRun(rPr: string, text: string): PptxRun {
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(rPr)?.[1];
  const size = attr('sz');
  return {
    text: decode(text),
    size: size ? Number(size) / 100 : undefined,
    lang: attr('lang') ?? '',
    latin: /<a:latin typeface="([^"]*)"/.exec(rPr)?.[1],
    eastAsian: /<a:ea typeface="([^"]*)"/.exec(rPr)?.[1],
    bold: attr('b') === '1',
    colour: /<a:srgbClr val="([0-9A-F]{6})"/i.exec(rPr)?.[1],
  };
}

function parseShape(sp: string): PptxShape {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
  const paragraphs = all(sp, /<a:p>([\s\S]*?)<\/a:p>/g).map((p) => all(p[1]!, /<a:t>([\s\S]*?)<\/a:t>|<a:br\/>/g).map((t) => (t[0] === '<a:br/>' ? '\n' : decode(t[1]!))).join(''));
  const runs = all(sp, /<a:r>\s*(<a:rPr[\s\S]*?(?:\/>|<\/a:rPr>))\s*<a:t>([\s\S]*?)<\/a:t>\s*<\/a:r>/g).map((r) => parseRun(r[1]!, r[2]!));
  const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(sp)?.[1] ?? '';
  return {
    name: decode(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? ''),
    x: Number(off?.[1] ?? NaN),
    y: Number(off?.[2] ?? NaN),
    cx: Number(off?.[3] ?? NaN),
    cy: Number(off?.[4] ?? NaN),
    paragraphs,
    runs,
    placeholder: /<p:ph type="([^"]+)"/.exec(sp)?.[1],
    fill: /^\s*<a:xfrm[\s\S]*?<\/a:xfrm>\s*<a:prstGeom[\s\S]*?<\/a:prstGeom>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/i.exec(spPr)?.[1],
  };
}

function parseChart(xml: string): PptxChart {
  const series = all(xml, /<c:ser>([\s\S]*?)<\/c:ser>/g).map(([, ser]) => ({
    name: decode(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser!)?.[1] ?? ''),
    categories: all(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)?.[1] ?? '', /<c:pt idx="\d+">\s*<c:v>([\s\S]*?)<\/c:v>/g).map((m) => decode(m[1]!)),
    values: all(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? '', /<c:pt idx="\d+">\s*<c:v>([\s\S]*?)<\/c:v>/g).map((m) => Number(m[1])),
    colour: /<c:spPr>\s*<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/i.exec(ser!)?.[1],
    labelColour: /<c:dLbls>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/i.exec(ser!)?.[1],
  }));
  const valAx = /<c:valAx>([\s\S]*?)<\/c:valAx>/.exec(xml)?.[1] ?? '';
  return {
    xml,
    barDir: /<c:barDir val="(\w+)"/.exec(xml)?.[1],
    grouping: /<c:grouping val="(\w+)"/.exec(xml)?.[1],
    series,
    valueAxisTitle: all(/<c:title>([\s\S]*?)<\/c:title>/.exec(valAx)?.[1] ?? '', /<a:t>([\s\S]*?)<\/a:t>/g).map((m) => decode(m[1]!)).join(''),
    showsValues: /<c:showVal val="1"\/>/.test(xml),
    fontSizes: all(xml, /\bsz="(\d+)"/g).map((m) => Number(m[1]) / 100),
  };
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the file`);
  return file.async('string');
}

export async function readPptx(bytes: Uint8Array): Promise<PptxFile> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const count = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: PptxSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await text(zip, `ppt/slides/slide${n}.xml`);
    const rels = await text(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
    const chartTarget = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
    const shapes = all(xml, /<p:sp>([\s\S]*?)<\/p:sp>/g).map((m) => parseShape(m[1]!));
    const notesXml = await text(zip, `ppt/notesSlides/notesSlide${n}.xml`);
    const notesBody = /name="Notes Placeholder[^"]*"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1] ?? '';
    slides.push({
      xml,
      title: shapes.filter((s) => s.placeholder === 'title').map((s) => s.paragraphs.join('\n')).join(' | '),
      shapes,
      chart: chartTarget ? parseChart(await text(zip, `ppt/charts/${chartTarget}`)) : undefined,
      notes: all(notesBody, /<a:t>([\s\S]*?)<\/a:t>/g).map((m) => decode(m[1]!)).join('\n'),
    });
  }
  const presentation = await text(zip, 'ppt/presentation.xml');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  const core = await text(zip, 'docProps/core.xml');
  const app = await text(zip, 'docProps/app.xml');
  return {
    files,
    slides,
    size: { cx: Number(size?.[1]), cy: Number(size?.[2]) },
    core: { title: tag(core, 'dc:title'), creator: tag(core, 'dc:creator'), subject: tag(core, 'dc:subject') },
    company: tag(app, 'Company'),
  };
}
