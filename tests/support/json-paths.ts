/** Places in a JSON value, for property tests that change a briefing at any one of them. */
export type Json = unknown;
export type Path = (string | number)[];

/** Every place in `value`: each object field and array element, parents before children. */
export function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...path, i]), pathsOf(v, [...path, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...path, k]), pathsOf(v, [...path, k], out);
  return out;
}
