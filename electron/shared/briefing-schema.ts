/**
 * The briefing format: the one schema every briefing file is validated against, once, at load.
 *
 * A briefing is data, not code: a new briefing is a new JSON file of this shape. Every figure and
 * every point carries the verbatim sentence it comes from (`quote`); nothing derived is stored here
 * (derived figures are computed in `renderer/src/lib/derived-figures.ts` and labelled as such).
 *
 * `assets/briefing.schema.json` is generated from this module (`npm run schema`) so that authors
 * of other briefings can validate in their editor; a unit test keeps the two in step.
 */
import { z } from 'zod';

/** Identifiers are used in URLs and as cross-references between figures, points and zones. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "foreign-capital"');

/** Text shown to people. Never empty, never absurdly long (a briefing is not a book). */
const text = (max = 2_000) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** The exact words of the source the item comes from; checked against the source text on load. */
const quote = text(4_000).describe('Verbatim sentence (or part of one) from the source text.');

export const SCALES = ['one', 'thousand', 'million', 'billion', 'trillion'] as const;
export const scaleSchema = z.enum(SCALES);
export type Scale = z.infer<typeof scaleSchema>;

export const APPROXIMATIONS = ['exact', 'more-than', 'about', 'order-of-magnitude'] as const;

export const figureSchema = z
  .strictObject({
    id,
    label: text(200).describe('Short name of what is counted, e.g. "Foreign capital actually used".'),
    value: z.number().finite().nonnegative(),
    /** Upper end when the source gives a range ("2-3 days"): value is the lower end. */
    valueMax: z.number().finite().nonnegative().optional(),
    approximation: z.enum(APPROXIMATIONS).default('exact'),
    unit: text(60).describe('What one of the value counts, in the singular: "yuan", "document", "day".'),
    unitPlural: text(60).optional(),
    scale: scaleSchema.default('one'),
    period: text(60).describe('When the figure applies, e.g. "2022" or "as of end 2022".'),
    yoyChangePercent: z.number().finite().optional().describe('Year-on-year change in percent, where stated.'),
    shareOfNationalPercent: z
      .number()
      .finite()
      .gt(0)
      .max(100)
      .optional()
      .describe("Share of the country's total in percent, where stated."),
    /** The figure this one is a part of ("Among them, … high-tech industries"). */
    partOf: id.optional(),
    area: id.optional().describe('The progress area the figure belongs to.'),
    headline: z.boolean().default(false),
    quote,
    plainMeaning: text().optional().describe('What the quote means where the translation says it oddly.'),
  })
  .refine((f) => f.valueMax === undefined || f.valueMax >= f.value, {
    message: 'valueMax must not be smaller than value',
    path: ['valueMax'],
  });
export type Figure = z.infer<typeof figureSchema>;

export const pointSchema = z.strictObject({
  id,
  title: text(200).describe('A short heading for the point, in plain words.'),
  quote,
  plainMeaning: text().optional(),
  zones: z.array(id).default([]).describe('Zones the point names.'),
  figures: z.array(id).default([]).describe('Figures the point cites.'),
});
export type Point = z.infer<typeof pointSchema>;

export const areaSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  title: text(200),
  quote,
  summaryQuote: quote.optional().describe('The sentence that sums the area up, if the source has one.'),
  points: z.array(pointSchema).min(1, 'must list at least one point'),
});
export type Area = z.infer<typeof areaSchema>;

export const outlookSchema = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  title: text(200),
  quote: quote.describe('The sentence that introduces the outlook.'),
  tasks: z.array(pointSchema).min(1, 'must list at least one task'),
});
export type Outlook = z.infer<typeof outlookSchema>;

export const zoneSchema = z.strictObject({
  id,
  nameEn: text(120),
  nameZh: text(60),
  established: z.number().int().min(1900).max(2200),
  /** Where the zone's tile sits on the map-like grid of provinces (row 0 is the north). */
  tile: z.strictObject({ row: z.number().int().min(0).max(20), col: z.number().int().min(0).max(20) }).optional(),
});
export type Zone = z.infer<typeof zoneSchema>;

export const speakerSchema = z.strictObject({ name: text(120), role: text(200) });

export const briefingSchema = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id,
    title: text(200),
    subtitle: text(400).optional(),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
    event: z.strictObject({
      name: text(300),
      organiser: text(200),
      date: z.iso.date('must be a date written YYYY-MM-DD'),
      quote,
    }),
    speakers: z.array(speakerSchema).min(1, 'must name at least one speaker'),
    source: z.strictObject({
      /** The source text, a UTF-8 .txt file beside the briefing JSON. */
      file: z
        .string()
        .regex(/^[A-Za-z0-9._-]+\.txt$/, 'must be the name of a .txt file in the same folder as the briefing'),
      publisher: text(200),
      translationNote: text().optional(),
    }),
    /** What the zones are called, in the plural ("pilot free trade zones"); "zones" if absent. */
    zoneCountLabel: text(120).optional(),
    figures: z.array(figureSchema).min(1, 'must list at least one figure'),
    areas: z.array(areaSchema).min(1, 'must list at least one area'),
    outlook: outlookSchema.optional(),
    zones: z.array(zoneSchema).default([]),
  })
  .superRefine((b, ctx) => {
    // Cross-references must resolve and identifiers must be unique: a dangling id would show as
    // a blank in the UI, so it is refused here with the place it occurs.
    const unique = (ids: string[], path: (i: number) => (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(i), message: `duplicate ${what} id "${value}"` });
        seen.add(value);
      });
      return seen;
    };
    const figureIds = unique(b.figures.map((f) => f.id), (i) => ['figures', i, 'id'], 'figure');
    const zoneIds = unique(b.zones.map((z) => z.id), (i) => ['zones', i, 'id'], 'zone');
    const areaIds = unique(b.areas.map((a) => a.id), (i) => ['areas', i, 'id'], 'area');
    const allPoints = [
      ...b.areas.flatMap((a, ai) => a.points.map((p, pi) => ({ p, path: ['areas', ai, 'points', pi] as (string | number)[] }))),
      ...(b.outlook?.tasks ?? []).map((p, pi) => ({ p, path: ['outlook', 'tasks', pi] as (string | number)[] })),
    ];
    unique(allPoints.map((x) => x.p.id), (i) => [...allPoints[i]!.path, 'id'], 'point');
    for (const { p, path } of allPoints) {
      p.zones.forEach((z, i) => {
        if (!zoneIds.has(z)) ctx.addIssue({ code: 'custom', path: [...path, 'zones', i], message: `names zone "${z}", which is not in "zones"` });
      });
      p.figures.forEach((f, i) => {
        if (!figureIds.has(f)) ctx.addIssue({ code: 'custom', path: [...path, 'figures', i], message: `cites figure "${f}", which is not in "figures"` });
      });
    }
    b.figures.forEach((f, i) => {
      if (f.area !== undefined && !areaIds.has(f.area))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'area'], message: `belongs to area "${f.area}", which is not in "areas"` });
      if (f.partOf !== undefined && (!figureIds.has(f.partOf) || f.partOf === f.id))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'partOf'], message: `is part of figure "${f.partOf}", which is not another figure in "figures"` });
    });
    const tiles = new Map<string, string>();
    b.zones.forEach((z, i) => {
      if (!z.tile) return;
      const key = `${z.tile.row},${z.tile.col}`;
      const other = tiles.get(key);
      if (other) ctx.addIssue({ code: 'custom', path: ['zones', i, 'tile'], message: `shares its tile with zone "${other}"` });
      tiles.set(key, z.id);
    });
  });

/** A briefing as validated: defaults filled in. */
export type Briefing = z.infer<typeof briefingSchema>;
/** A briefing as written in a file, before defaults. */
export type BriefingInput = z.input<typeof briefingSchema>;
