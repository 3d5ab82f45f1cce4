import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { errorCodes, loadSpec, specPath } from '../src/index.js';

type Json = Record<string, unknown>;

/** The code -> text rows of the legacy error table quoted verbatim in SOURCES.md. */
function legacyTable(): Map<number, string> {
  const sources = readFileSync(new URL('../SOURCES.md', import.meta.url), 'utf8');
  const section =
    sources.split('### Legacy userGroup2 response codes (verbatim)')[1]?.split('\n### ')[0] ?? '';
  const rows = new Map<number, string>();
  for (const match of section.matchAll(/^\|\s*(\d+)\s*\|\s*(.+?)\s*\|$/gm))
    rows.set(Number(match[1]), match[2] ?? '');
  return rows;
}

const codes = errorCodes('capillary');

describe('x-error-codes of specs/capillary.yaml', () => {
  it('every entry has exactly code, kind, message and meaning, each of its type', () => {
    // Read from the YAML as written: a flow mapping broken by a comma shows up as a stray key here.
    const raw = parseDocument(readFileSync(specPath('capillary'), 'utf8')).toJS() as Json;
    const entries = raw['x-error-codes'] as Json[];
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) {
      expect(Object.keys(entry).sort(), JSON.stringify(entry)).toEqual([
        'code',
        'kind',
        'meaning',
        'message',
      ]);
      expect(Number.isInteger(entry.code)).toBe(true);
      expect(['error', 'warning']).toContain(entry.kind);
      expect(typeof entry.message === 'string' && entry.message.length > 5).toBe(true);
      expect(typeof entry.meaning === 'string' && /\.$/.test(entry.meaning)).toBe(true);
    }
  });

  it('91016 and 91017 say the rest of the update is applied and the field is not', () => {
    for (const code of [91016, 91017]) {
      const entry = codes.find((c) => c.code === code);
      expect(entry?.kind).toBe('warning');
      expect(entry?.meaning).toMatch(/the rest of the update is applied, that field is not\.$/);
    }
  });

  it('codes are unique and in ascending order', () => {
    const list = codes.map((c) => c.code);
    expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
  });

  it('every error text is the legacy doc text quoted in SOURCES.md, placeholders included', () => {
    const legacy = legacyTable();
    expect(legacy.size).toBe(22);
    for (const [code, text] of legacy) {
      expect(codes.find((c) => c.code === code)?.message, String(code)).toBe(text);
    }
    for (const code of [1638, 1641]) expect(codes.find((c) => c.code === code)?.message).toContain('{x}');
    // The spec's own, undocumented texts are gone: 1623 once said the opposite of the docs.
    expect(codes.find((c) => c.code === 1623)?.message).toBe('User {x} already present in group {y}.');
    expect(codes.map((c) => c.meaning).join(' ')).not.toContain('text undocumented');
  });

  it('lists the GET warning 1656 with the sample text', () => {
    expect(codes.find((c) => c.code === 1656)).toMatchObject({
      kind: 'warning',
      message: 'Fleet group do not have a mapped hierarchy',
    });
  });

  it('the ErrorEnvelope description lists exactly the same codes, kinds and texts', () => {
    const schemas = loadSpec('capillary').components?.schemas as Record<string, { description: string }>;
    const description = schemas.ErrorEnvelope?.description ?? '';
    const rows = [...description.matchAll(/^\| (\d+) \| (error|warning) \| (.+) \|$/gm)].map((m) => ({
      code: Number(m[1]),
      kind: m[2],
      message: m[3],
    }));
    expect(rows).toEqual(codes.map(({ code, kind, message }) => ({ code, kind, message })));
  });
});
