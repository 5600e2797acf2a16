/**
 * The slide deck, generated from the briefing: a title slide, the headline figures (a few to a
 * slide), one slide per progress area, the zones, the charts, the outlook and a closing slide
 * with the source. Speaker notes come from the points' quotes and figures. A second briefing
 * gives its own deck; nothing here knows this briefing.
 */
import type { Figure } from '../../../electron/shared/briefing-schema';
import type { BriefingIndex } from '../lib/briefing-index';
import { chartSpecs, type ChartSpec } from '../charts/chart-specs';
import { formatChange, formatDate, formatPercent, formatQuantity } from '../lib/figure-format';

interface SlideBase {
  /** Stable id, for keys and tests. */
  id: string;
  title: string;
  /** What the presenter may say: full quotes, figures in words. */
  notes: string[];
}

export type Slide =
  | (SlideBase & { kind: 'title'; subtitle?: string; lines: string[] })
  | (SlideBase & { kind: 'figures'; figures: Figure[] })
  | (SlideBase & { kind: 'area'; number: number; bullets: string[] })
  | (SlideBase & { kind: 'zones'; groups: { year: number; names: string[] }[]; namedCount: number; total: number })
  | (SlideBase & { kind: 'chart'; spec: ChartSpec })
  | (SlideBase & { kind: 'outlook'; bullets: string[] })
  | (SlideBase & { kind: 'closing'; lines: string[] });

export type SlideKind = Slide['kind'];

/** The most big numbers one slide carries. */
export const FIGURES_PER_SLIDE = 3;

/** A figure in one spoken sentence, with its context. */
export function figureSentence(f: Figure): string {
  const context = [
    f.shareOfNationalPercent !== undefined ? `${formatPercent(f.shareOfNationalPercent)} of the national total` : '',
    f.yoyChangePercent !== undefined ? `${formatChange(f.yoyChangePercent)} year on year` : '',
  ].filter(Boolean);
  return `${f.label}: ${formatQuantity(f)} (${f.period})${context.length ? `, ${context.join(', ')}` : ''}.`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function buildDeck(index: BriefingIndex): Slide[] {
  const b = index.briefing;
  const speakers = b.speakers.map((s) => `${s.name}, ${s.role}`);
  const slides: Slide[] = [];

  slides.push({
    kind: 'title',
    id: 'title',
    title: b.title,
    ...(b.subtitle ? { subtitle: b.subtitle } : {}),
    lines: [...speakers, `${b.event.organiser} · ${formatDate(b.event.date)}`],
    notes: [`${b.event.name}, ${b.event.organiser}, ${formatDate(b.event.date)}.`, `Speaker: ${speakers.join('; ')}.`, `Source quote: “${b.event.quote}”`],
  });

  // Headline figures, grouped by the area they belong to, a few to a slide.
  const headline = b.figures.filter((f) => f.headline);
  const groups = new Map<string, Figure[]>();
  for (const f of headline) groups.set(f.area ?? '', [...(groups.get(f.area ?? '') ?? []), f]);
  for (const [areaId, figures] of groups) {
    const area = areaId ? index.area(areaId) : undefined;
    chunk(figures, FIGURES_PER_SLIDE).forEach((part, i) => {
      slides.push({
        kind: 'figures',
        id: `figures-${areaId || 'other'}-${i + 1}`,
        title: area ? area.title : 'Headline figures',
        figures: part,
        notes: part.flatMap((f) => [figureSentence(f), `“${f.quote}”`, ...(f.plainMeaning ? [`In plain words: ${f.plainMeaning}`] : [])]),
      });
    });
  }

  for (const area of b.areas) {
    slides.push({
      kind: 'area',
      id: `area-${area.id}`,
      number: area.number,
      title: area.title,
      bullets: area.points.map((p) => p.title),
      notes: area.points.flatMap((p) => [
        `${p.title}. “${p.quote}”`,
        ...(p.plainMeaning ? [`In plain words: ${p.plainMeaning}`] : []),
        ...p.figures.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined).map(figureSentence),
      ]),
    });
  }

  if (b.zones.length) {
    const named = b.zones.filter((z) => index.pointsNamingZone(z.id).length > 0);
    const label = b.zoneCountLabel ?? 'zones';
    slides.push({
      kind: 'zones',
      id: 'zones',
      title: `${b.zones.length} ${label}`,
      groups: index.zonesByYear.map((g) => ({ year: g.year, names: g.zones.map((z) => z.nameEn) })),
      namedCount: named.length,
      total: b.zones.length,
      notes: [
        `${b.zones.length} ${label}, set up between ${index.zonesByYear[0]!.year} and ${index.zonesByYear.at(-1)!.year}.`,
        named.length ? `The briefing names ${named.length}: ${named.map((z) => z.nameEn).join(', ')}.` : 'The briefing names none of them.',
      ],
    });
  }

  for (const spec of chartSpecs(index)) {
    slides.push({ kind: 'chart', id: `chart-${spec.id}`, title: spec.title, spec, notes: [spec.takeaway, ...(spec.derivedNote ? [spec.derivedNote] : []), `Source: ${spec.source}`] });
  }

  if (b.outlook) {
    slides.push({
      kind: 'outlook',
      id: 'outlook',
      title: b.outlook.title,
      bullets: b.outlook.tasks.map((t) => t.title),
      notes: [`“${b.outlook.quote}”`, ...b.outlook.tasks.map((t) => `${t.title}. “${t.quote}”`)],
    });
  }

  slides.push({
    kind: 'closing',
    id: 'closing',
    title: 'Source',
    lines: [b.source.publisher, `${b.event.organiser}: ${b.event.name}`, formatDate(b.event.date), 'Every figure in this deck is traced to its quote in the source text.'],
    notes: [...(b.source.translationNote ? [b.source.translationNote] : []), 'Questions.'],
  });
  return slides;
}
