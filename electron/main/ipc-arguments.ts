/**
 * Run-time checks of the arguments of every IPC request. Typed against `InvokeContract`, so a
 * schema that accepts something other than the contract's arguments does not compile.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { PAPER_SIZES, PRINT_CONTENTS, type InvokeArgs, type InvokeChannel } from '../shared/ipc-contract';

/** The largest file the renderer may ask main to save. */
const MAX_SAVED_FILE_CHARS = 20 * 1024 * 1024;

const slidePoint = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });

const pdfRequest = z.strictObject({ paper: z.enum(PAPER_SIZES), content: z.enum(PRINT_CONTENTS) });

export const invokeArgumentSchemas: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'briefing:get': z.tuple([]),
  'app:info': z.tuple([]),
  'briefing:open-dialog': z.tuple([]),
  'briefing:open-path': z.tuple([
    z.string().min(1).max(4096, 'must be at most 4096 characters').refine((p) => isAbsolute(p) && !p.includes('\0'), 'must be an absolute path'),
  ]),
  'briefing:recent': z.tuple([]),
  'file:save': z.tuple([
    z.strictObject({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^/\\:*?"<>|\0]+\.(?:png|csv|pptx)$/, 'must be a plain file name ending in .png, .csv or .pptx'),
      kind: z.enum(['png', 'csv', 'pptx']),
      data: z.string().max(MAX_SAVED_FILE_CHARS, 'is too large to save (over 20 MB)'),
    }),
  ]),
  'pdf:export': z.tuple([pdfRequest]),
  'pdf:print': z.tuple([pdfRequest]),
  'file:reveal': z.tuple([
    z.strictObject({
      path: z.string().min(1).max(4096).refine((p) => isAbsolute(p) && !p.includes('\0'), 'must be an absolute path'),
      how: z.enum(['folder', 'open']),
    }),
  ]),
  'present:start': z.tuple([z.number().int().min(1).max(10_000)]),
  'present:stop': z.tuple([]),
  'present:sync': z.tuple([
    z.strictObject({
      slide: z.number().int().min(1).max(10_000),
      slideCount: z.number().int().min(1).max(10_000),
      blank: z.enum(['none', 'black', 'white']),
      overview: z.boolean(),
      laser: z.boolean(),
      pointer: slidePoint.nullable(),
      zoom: slidePoint.nullable(),
      timer: z.strictObject({ running: z.boolean(), startedAt: z.number().finite(), elapsedBeforeMs: z.number().finite().min(0) }),
    }),
  ]),
};
