/**
 * Run-time checks of the arguments of every IPC request. Typed against `InvokeContract`, so a
 * schema that accepts something other than the contract's arguments does not compile.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { InvokeArgs, InvokeChannel } from '../shared/ipc-contract';

export const invokeArgumentSchemas: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'briefing:get': z.tuple([]),
  'app:info': z.tuple([]),
  'briefing:open-dialog': z.tuple([]),
  'briefing:open-path': z.tuple([
    z.string().min(1).max(4096, 'must be at most 4096 characters').refine((p) => isAbsolute(p) && !p.includes('\0'), 'must be an absolute path'),
  ]),
  'briefing:recent': z.tuple([]),
};
