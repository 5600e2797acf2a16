/**
 * Writes assets/briefing.schema.json from the zod schema, for authors of other briefings (editors
 * validate and complete a briefing file against it). Run with `npm run schema`; a unit test fails
 * when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingJsonSchemaText } from '../electron/shared/briefing-json-schema';

const target = join(__dirname, '..', 'assets', 'briefing.schema.json');
writeFileSync(target, briefingJsonSchemaText());
console.log(`Wrote ${target}`);
