// Checks one answer against the spec for its operation and status: the status documented, the
// content type, the headers the response declares, the body schema (with the clients' own
// generated validators, so "no drift" means the clients believe the answer), then members the
// spec does not name.
import { capillarySpecValidator } from '@loyalty-gateway/capillary-client';
import type { SchemaIssue, SpecValidator } from '@loyalty-gateway/http-runtime';
import { xtrakitSpecValidator } from '@loyalty-gateway/xtrakit-client';
import type { Vendor } from './config.js';
import { type ResponseFacts, specFacts } from './spec-facts.js';
import type { Answer, Expectation, Finding } from './types.js';
import { unknownFields } from './unknown-fields.js';

const VALIDATORS: Record<Vendor, SpecValidator> = {
  xtrakit: xtrakitSpecValidator,
  capillary: capillarySpecValidator,
};

type Received = Extract<Answer, { kind: 'answer' }>;

/**
 * A received value as JSON, whole: the report scrubs secrets out of it before cutting it short, so
 * a cut never leaves part of a secret that the scrub could no longer recognise.
 */
export function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function valueAt(body: unknown, pointer: string): unknown {
  let node = body;
  for (const part of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function statusFindings(operationId: string, status: number, expect: Expectation, facts?: ResponseFacts) {
  if (expect.statuses.includes(status)) return [];
  const documented = facts?.key === String(status);
  const which = documented
    ? `documented for ${operationId}, but not the answer this probe must get`
    : `not documented for ${operationId}${facts ? ' (only its catch-all `default`)' : ''}`;
  return [
    {
      severity: 'drift' as const,
      kind: 'status' as const,
      message: `status ${status}, expected ${expect.statuses.join(' or ')}: ${which}`,
    },
  ];
}

function contentFindings(answer: Received, facts: ResponseFacts): Finding[] {
  const hasBody = answer.text.length > 0;
  if (facts.contentTypes.length === 0)
    return hasBody
      ? [{ severity: 'drift', kind: 'body', message: 'a body where the spec documents none' }]
      : [];
  if (!facts.contentTypes.includes(answer.contentType)) {
    return [
      {
        severity: 'drift',
        kind: 'content-type',
        field: 'content-type',
        message: `content type ${answer.contentType || 'missing'}, the spec documents ${facts.contentTypes.join(', ')}`,
      },
    ];
  }
  if (answer.contentType === 'application/json' && answer.json === undefined)
    return [
      { severity: 'drift', kind: 'body', message: hasBody ? 'the body is not JSON' : 'the body is empty' },
    ];
  return [];
}

function headerFindings(answer: Received, facts: ResponseFacts): Finding[] {
  const out: Finding[] = [];
  for (const header of facts.headers) {
    const received = answer.headers[header.name.toLowerCase()];
    if (received === undefined) {
      if (header.required)
        out.push({
          severity: 'drift',
          kind: 'header',
          field: header.name,
          message: 'required header missing',
        });
    } else if (header.schema.type === 'integer' && !/^\d+$/.test(received)) {
      out.push({ severity: 'drift', kind: 'header', field: header.name, message: 'must be an integer' });
    }
  }
  return out;
}

/** The field a schema issue names: the member a `required` issue misses, else the issue's path. */
function issueField(issue: SchemaIssue): string {
  const missing = /required property '([^']+)'/.exec(issue.message)?.[1];
  return missing === undefined ? issue.path || '/' : `${issue.path}/${missing}`;
}

function schemaFindings(vendor: Vendor, operationId: string, answer: Received, key: string): Finding[] {
  const result = VALIDATORS[vendor].validateResponse(operationId, answer.status, answer.json);
  if (result.valid) return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const issue of result.issues) {
    const field = issueField(issue);
    const message = `${issue.message}, per the schema of ${operationId} ${key}`;
    if (seen.has(field + message)) continue;
    seen.add(field + message);
    const got = issue.keyword === 'required' ? {} : { got: shown(valueAt(answer.json, issue.path)) };
    out.push({ severity: 'drift', kind: 'schema', field, message, ...got });
  }
  return out;
}

function codeFindings(answer: Received, expect: Expectation): Finding[] {
  if (!expect.codes) return [];
  const errors = (answer.json as { errors?: unknown } | undefined)?.errors;
  const codes = Array.isArray(errors) ? errors.map((e) => (e as { code?: unknown })?.code) : [];
  if (codes.some((c) => typeof c === 'number' && expect.codes?.includes(c))) return [];
  return [
    {
      severity: 'drift',
      kind: 'code',
      field: '/errors/0/code',
      message: `error code ${codes.length ? 'not' : 'missing'}, expected ${expect.codes.join(' or ')}`,
      got: shown(codes),
    },
  ];
}

/** Every finding about one answer. */
export function checkAnswer(
  vendor: Vendor,
  operationId: string,
  answer: Received,
  expect: Expectation,
): Finding[] {
  const facts = specFacts(vendor).response(operationId, answer.status);
  const findings: Finding[] = statusFindings(operationId, answer.status, expect, facts);
  if (!facts) return findings;
  const content = contentFindings(answer, facts);
  findings.push(...content, ...headerFindings(answer, facts));
  if (content.length > 0 || answer.json === undefined) return findings;
  findings.push(...schemaFindings(vendor, operationId, answer, facts.key), ...codeFindings(answer, expect));
  for (const field of unknownFields(facts.schema, answer.json, specFacts(vendor).resolve)) {
    findings.push({
      severity: 'notice',
      kind: 'unknown-field',
      field,
      message: 'not in the spec',
      got: shown(valueAt(answer.json, field)),
    });
  }
  return findings;
}
