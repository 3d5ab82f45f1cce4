// Members a vendor sent that the spec does not name. The schemas allow extra members (no
// `additionalProperties: false` on responses), so the validators accept them; a new member is still
// news: often the first sign of a rename or of a field the spec should describe.

type Json = Record<string, unknown>;
type Resolve = (schema: unknown) => Json;

/** The schema and every `allOf` / `anyOf` / `oneOf` branch below it, refs resolved. */
function branches(schema: unknown, resolve: Resolve, out: Json[] = [], depth = 0): Json[] {
  if (schema === undefined || schema === null || typeof schema !== 'object' || depth > 30) return out;
  const s = resolve(schema);
  out.push(s);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) for (const b of list) branches(b, resolve, out, depth + 1);
  }
  return out;
}

const pointer = (base: string, key: string) => `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** JSON pointers of the members of `value` that `schema` does not name, depth first. */
export function unknownFields(schema: unknown, value: unknown, resolve: Resolve, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const all = branches(schema, resolve);
  if (Array.isArray(value)) {
    const items = all.map((s) => s.items).filter((i) => i !== undefined);
    if (items.length === 0) return [];
    return value.flatMap((v, i) => unknownFields({ anyOf: items }, v, resolve, `${at}/${i}`));
  }
  const described = all.filter((s) => s.properties !== undefined || s.additionalProperties !== undefined);
  // An object the spec leaves open (`type: object` and nothing more) names no members to miss.
  if (described.length === 0) return [];
  const out: string[] = [];
  for (const [key, member] of Object.entries(value as Json)) {
    const named = described
      .map((s) => (s.properties as Json | undefined)?.[key])
      .filter((p) => p !== undefined);
    const extra = described.map((s) => s.additionalProperties).filter((a) => a !== undefined && a !== false);
    if (named.length > 0) out.push(...unknownFields({ anyOf: named }, member, resolve, pointer(at, key)));
    else if (extra.length > 0)
      out.push(...unknownFields({ anyOf: extra }, member, resolve, pointer(at, key)));
    else out.push(pointer(at, key));
  }
  return out;
}
