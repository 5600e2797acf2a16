/**
 * The briefing reader's worker thread (built as `out/main/briefing-reader-worker.js`). It reads,
 * parses and validates one briefing file per message and answers with the result; main's only
 * work is to post the path and receive the answer. Main runs it under a deadline and a memory cap
 * (`briefing-reader.ts`): a file that would take too long or too much memory ends this thread,
 * never main.
 */
import { parentPort } from 'node:worker_threads';
import { plainForMessage } from '../shared/messages';
import { readBriefingFileSync } from './briefing-files';
import type { BriefingFileResult } from './briefing-result';
import type { ReaderReply, ReaderRequest } from './briefing-reader';

parentPort?.on('message', (request: ReaderRequest) => {
  let result: BriefingFileResult;
  try {
    result = readBriefingFileSync(request.path, request.origin);
  } catch (err) {
    // readBriefingFileSync reports bad files itself; this is the last guard (a stack overflow, say).
    result = { ok: false, file: request.path, problems: [`The file could not be read (${plainForMessage(err instanceof Error ? err.message : String(err), 200)}).`] };
  }
  parentPort!.postMessage({ id: request.id, result } satisfies ReaderReply);
});
