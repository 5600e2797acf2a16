/**
 * Run-time checks of the arguments of every IPC request. Typed against `InvokeContract`, so a
 * schema that accepts something other than the contract's arguments does not compile.
 */
import { z } from 'zod';
import type { InvokeArgs, InvokeChannel } from '../shared/ipc-contract';

export const invokeArgumentSchemas: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'briefing:get': z.tuple([]),
  'app:info': z.tuple([]),
};
