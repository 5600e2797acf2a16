import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchemaText } from '../../../electron/shared/briefing-json-schema';
import { PROJECT_ROOT } from '../../support/load-bundled';

describe('assets/briefing.schema.json', () => {
  it('is the JSON Schema of the current zod schema (run "npm run schema" after changing it)', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'assets', 'briefing.schema.json'), 'utf8')).toBe(briefingJsonSchemaText());
  });

  it('requires what a briefing cannot do without', () => {
    const schema = JSON.parse(briefingJsonSchemaText()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'title', 'event', 'speakers', 'source', 'figures', 'areas']));
    expect(Object.keys(schema.properties)).toContain('zones');
  });
});
