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
import { quoteForMessage as q } from './messages';

/**
 * Caps on everything a file can make long. Each is far beyond any real briefing (the bundled one
 * has 11 figures, 4 areas, 21 zones; the benchmark's briefing a hundred times its size fits) and
 * small enough that validating a file at every cap takes well under a second (the JSON check
 * before parsing also caps the whole file at 100,000 values). `abort: true` on a length check
 * stops the checks after it (a 10 MB "id" is never run through the pattern).
 */
export const LIMITS = {
  /** Short enough to make a file name of ("<id>-summary-a4.pdf"). */
  idChars: 64,
  speakers: 20,
  figures: 2_000,
  areas: 500,
  pointsPerArea: 200,
  outlookTasks: 200,
  zones: 5_000,
  /** Zones or figures one point names. */
  referencesPerPoint: 200,
  /**
   * The different quotes together, in characters: the quote check reads the source once for all
   * of them, and its index grows with their length.
   */
  quoteCharsTotal: 200_000,
  /** The largest value in its scale (a thousand trillion trillion is finite, and more than any count). */
  maxValue: 1e15,
  /** The smallest value other than 0, so a ratio of two values stays finite. */
  minNonZeroValue: 1e-6,
  /** The smallest share of a national total (a millionth of a percent); smaller ones imply infinite totals. */
  minSharePercent: 1e-6,
  maxYoyChangePercent: 1_000_000,
} as const;

const whole = (n: number) => n.toLocaleString('en-US');

/** Identifiers are used in URLs, file names and as cross-references between figures, points and zones. */
const id = z
  .string()
  .min(1, { message: 'must not be empty', abort: true })
  .max(LIMITS.idChars, { message: `must be at most ${LIMITS.idChars} characters`, abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "foreign-capital"');

/** Text shown to people. Never empty, never absurdly long (a briefing is not a book). */
const text = (max = 2_000) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${whole(max)} characters`);

/** The exact words of the source the item comes from; checked against the source text on load. */
const quote = text(4_000).describe('Verbatim sentence (or part of one) from the source text.');

/** A list of at most `max` items ("figures: must list at most 500 items"). */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `must list at most ${whole(max)} items`);

/** A number a person can read: finite, and neither absurdly large nor a vanishing fraction. */
const amount = () =>
  z
    .number()
    .min(0, 'must not be negative')
    .max(LIMITS.maxValue, `must be at most ${whole(LIMITS.maxValue)}`)
    .refine((v) => v <= 0 || v >= LIMITS.minNonZeroValue, `must be 0 or at least ${LIMITS.minNonZeroValue.toFixed(6)}`);

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int(`must be a whole number from ${whole(min)} to ${whole(max)}`)
    .min(min, `must be a whole number from ${whole(min)} to ${whole(max)}`)
    .max(max, `must be a whole number from ${whole(min)} to ${whole(max)}`);

export const SCALES = ['one', 'thousand', 'million', 'billion', 'trillion'] as const;
export const scaleSchema = z.enum(SCALES);
export type Scale = z.infer<typeof scaleSchema>;

export const APPROXIMATIONS = ['exact', 'more-than', 'about', 'order-of-magnitude'] as const;

export const figureSchema = z
  .strictObject({
    id,
    label: text(200).describe('Short name of what is counted, e.g. "Foreign capital actually used".'),
    value: amount(),
    /** Upper end when the source gives a range ("2-3 days"): value is the lower end. */
    valueMax: amount().optional(),
    approximation: z.enum(APPROXIMATIONS).default('exact'),
    unit: text(60).describe('What one of the value counts, in the singular: "yuan", "document", "day".'),
    unitPlural: text(60).optional(),
    scale: scaleSchema.default('one'),
    period: text(60).describe('When the figure applies, e.g. "2022" or "as of end 2022".'),
    yoyChangePercent: z
      .number()
      // A fall of 100 % leaves nothing, and a larger one is impossible: neither has a previous year to show.
      .gt(-100, 'must be more than -100 (a fall of 100 % or more would leave nothing, or less than nothing)')
      .max(LIMITS.maxYoyChangePercent, `must be at most ${whole(LIMITS.maxYoyChangePercent)} (percent)`)
      .optional()
      .describe('Year-on-year change in percent, where stated.'),
    shareOfNationalPercent: z
      .number()
      .min(LIMITS.minSharePercent, 'must be a percentage more than 0 and at most 100 (a share of 0.000001 % or less is not a share anyone states)')
      .max(100, 'must be a percentage more than 0 and at most 100')
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
  zones: list(id, LIMITS.referencesPerPoint).default([]).describe('Zones the point names.'),
  figures: list(id, LIMITS.referencesPerPoint).default([]).describe('Figures the point cites.'),
});
export type Point = z.infer<typeof pointSchema>;

export const areaSchema = z.strictObject({
  id,
  number: wholeNumber(1, 1_000),
  title: text(200),
  quote,
  summaryQuote: quote.optional().describe('The sentence that sums the area up, if the source has one.'),
  points: list(pointSchema, LIMITS.pointsPerArea).min(1, 'must list at least one point'),
});
export type Area = z.infer<typeof areaSchema>;

export const outlookSchema = z.strictObject({
  year: wholeNumber(1900, 2200),
  title: text(200),
  quote: quote.describe('The sentence that introduces the outlook.'),
  tasks: list(pointSchema, LIMITS.outlookTasks).min(1, 'must list at least one task'),
});
export type Outlook = z.infer<typeof outlookSchema>;

export const zoneSchema = z.strictObject({
  id,
  nameEn: text(120),
  nameZh: text(60),
  established: wholeNumber(1900, 2200),
  /** Where the zone's tile sits on the map-like grid of provinces (row 0 is the north). */
  tile: z.strictObject({ row: wholeNumber(0, 20), col: wholeNumber(0, 20) }).optional(),
});
export type Zone = z.infer<typeof zoneSchema>;

export const speakerSchema = z.strictObject({ name: text(120), role: text(200) });

export const briefingSchema = z
  .strictObject({
    $schema: z.string().max(500, 'must be at most 500 characters').optional(),
    formatVersion: z.literal(1),
    id,
    title: text(200),
    subtitle: text(400).optional(),
    language: z
      .string()
      .max(35, { message: 'must be a language tag such as "en"', abort: true })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
    event: z.strictObject({
      name: text(300),
      organiser: text(200),
      date: z.iso.date('must be a date written YYYY-MM-DD'),
      quote,
    }),
    speakers: list(speakerSchema, LIMITS.speakers).min(1, 'must name at least one speaker'),
    source: z.strictObject({
      /** The source text, a UTF-8 .txt file beside the briefing JSON. */
      file: z
        .string()
        .max(120, { message: 'must be the name of a .txt file in the same folder as the briefing, at most 120 characters', abort: true })
        .regex(/^[A-Za-z0-9._-]+\.txt$/, 'must be the name of a .txt file in the same folder as the briefing'),
      publisher: text(200),
      translationNote: text().optional(),
    }),
    /** What the zones are called, in the plural ("pilot free trade zones"); "zones" if absent. */
    zoneCountLabel: text(120).optional(),
    figures: list(figureSchema, LIMITS.figures).min(1, 'must list at least one figure'),
    areas: list(areaSchema, LIMITS.areas).min(1, 'must list at least one area'),
    outlook: outlookSchema.optional(),
    zones: list(zoneSchema, LIMITS.zones).default([]),
  })
  .superRefine((b, ctx) => {
    // Cross-references must resolve and identifiers must be unique: a dangling id would show as
    // a blank in the UI, so it is refused here with the place it occurs. Zod runs this even when
    // an id failed its pattern (only a wrong type stops it), so every id is quoted and escaped.
    const unique = (ids: string[], path: (i: number) => (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(i), message: `duplicate ${what} id ${q(value)}` });
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
        if (!zoneIds.has(z)) ctx.addIssue({ code: 'custom', path: [...path, 'zones', i], message: `names zone ${q(z)}, which is not in "zones"` });
      });
      p.figures.forEach((f, i) => {
        if (!figureIds.has(f)) ctx.addIssue({ code: 'custom', path: [...path, 'figures', i], message: `cites figure ${q(f)}, which is not in "figures"` });
      });
    }
    b.figures.forEach((f, i) => {
      if (f.area !== undefined && !areaIds.has(f.area))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'area'], message: `belongs to area ${q(f.area)}, which is not in "areas"` });
      if (f.partOf !== undefined && (!figureIds.has(f.partOf) || f.partOf === f.id))
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'partOf'], message: `is part of figure ${q(f.partOf)}, which is not another figure in "figures"` });
    });
    const tiles = new Map<string, string>();
    b.zones.forEach((z, i) => {
      if (!z.tile) return;
      const key = `${z.tile.row},${z.tile.col}`;
      const other = tiles.get(key);
      if (other) ctx.addIssue({ code: 'custom', path: ['zones', i, 'tile'], message: `shares its tile with zone ${q(other)}` });
      tiles.set(key, z.id);
    });
  });

/** A briefing as validated: defaults filled in. */
export type Briefing = z.infer<typeof briefingSchema>;
/** A briefing as written in a file, before defaults. */
export type BriefingInput = z.input<typeof briefingSchema>;
