/** The briefing format as JSON Schema, generated from the zod schema (the one source of truth). */
import { z } from 'zod';
import { briefingSchema } from './briefing-schema';

export function briefingJsonSchemaText(): string {
  const schema = z.toJSONSchema(briefingSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Briefing Viewer briefing', $id: 'briefing.schema.json' }, null, 2)}\n`;
}
