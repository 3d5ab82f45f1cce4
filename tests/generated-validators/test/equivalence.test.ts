import { isDeepStrictEqual } from 'node:util';
import { capillarySpecValidator } from '@loyalty-gateway/capillary-client';
import type { SpecValidator } from '@loyalty-gateway/http-runtime';
import { createSpecValidator, type ValidationResult } from '@loyalty-gateway/spec-validator';
import { loadSpec, type VendorName } from '@loyalty-gateway/specs';
import { xtrakitSpecValidator } from '@loyalty-gateway/xtrakit-client';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus.js';

const generated: Record<VendorName, SpecValidator> = {
  xtrakit: xtrakitSpecValidator,
  capillary: capillarySpecValidator,
};

// The keywords the corpus must make fail at least once, so a generated validator that skipped
// them could not pass by the corpus being too kind.
const EXPECTED_KEYWORDS: Record<VendorName, string[]> = {
  xtrakit: [
    'additionalProperties',
    'anyOf',
    'const',
    'format',
    'maximum',
    'minLength',
    'minimum',
    'pattern',
    'required',
    'type',
  ],
  capillary: [
    'additionalProperties',
    'anyOf',
    'enum',
    'format',
    'maxLength',
    'maximum',
    'minLength',
    'minimum',
    'oneOf',
    'pattern',
    'required',
    'type',
  ],
};

interface Mismatch {
  input: unknown;
  generated: unknown;
  dynamic: unknown;
}

/** Runs both validators on every input and returns where they disagree (verdict or issues). */
function compare<T>(inputs: T[], check: (validator: SpecValidator, input: T) => unknown, vendor: VendorName) {
  const dynamic = createSpecValidator(vendor);
  const mismatches: Mismatch[] = [];
  const verdicts = { valid: 0, invalid: 0 };
  for (const input of inputs) {
    const a = check(generated[vendor], input);
    const b = check(dynamic, input);
    if (!isDeepStrictEqual(a, b)) mismatches.push({ input, generated: a, dynamic: b });
    if ((b as { valid: boolean }).valid) verdicts.valid++;
    else verdicts.invalid++;
  }
  return { mismatches: mismatches.slice(0, 3), verdicts };
}

describe.each(['xtrakit', 'capillary'] as const)(
  '%s: generated validators = createSpecValidator',
  (vendor) => {
    const corpus = buildCorpus(loadSpec(vendor));

    it('lists the same operations, in the same order', () => {
      expect(generated[vendor].operations()).toEqual(createSpecValidator(vendor).operations());
      expect(corpus.map((c) => c.operationId)).toEqual(createSpecValidator(vendor).operations());
    });

    it('refuses an unknown operationId the same way', () => {
      const call = (v: SpecValidator) => () => v.validateRequestBody('noSuchOperation', {});
      expect(call(generated[vendor])).toThrow(`unknown operationId noSuchOperation in the ${vendor} spec`);
      expect(call(createSpecValidator(vendor))).toThrow(
        `unknown operationId noSuchOperation in the ${vendor} spec`,
      );
    });

    it.each(corpus.map((c) => [c.operationId, c] as const))('%s: request bodies', (operationId, c) => {
      const result = compare(c.bodies, (v, body) => v.validateRequestBody(operationId, body), vendor);
      expect(result.mismatches).toEqual([]);
      expect(result.verdicts.invalid).toBeGreaterThan(0);
    });

    it.each(corpus.map((c) => [c.operationId, c] as const))(
      '%s: path and query parameters',
      (operationId, c) => {
        const result = compare(
          c.parameters,
          (v, params) => v.validateParameters(operationId, params),
          vendor,
        );
        expect(result.mismatches).toEqual([]);
        expect(result.verdicts.valid).toBeGreaterThan(0);
      },
    );

    it.each(corpus.map((c) => [c.operationId, c] as const))('%s: responses', (operationId, c) => {
      const result = compare(
        c.responses,
        (v, r) => v.validateResponse(operationId, r.status, r.body),
        vendor,
      );
      expect(result.mismatches).toEqual([]);
      expect(result.verdicts.valid).toBeGreaterThan(0);
      expect(result.verdicts.invalid).toBeGreaterThan(0);
    });

    it('the corpus reaches valid inputs and many kinds of issue', () => {
      const dynamic = createSpecValidator(vendor);
      const keywords = new Set<string>();
      let validBodies = 0;
      const note = (result: ValidationResult) => {
        if (!result.valid) for (const issue of result.issues) keywords.add(issue.keyword);
      };
      for (const c of corpus) {
        for (const body of c.bodies) {
          const result = dynamic.validateRequestBody(c.operationId, body);
          if (result.valid) validBodies++;
          note(result);
        }
        for (const params of c.parameters) note(dynamic.validateParameters(c.operationId, params));
        for (const r of c.responses) note(dynamic.validateResponse(c.operationId, r.status, r.body));
      }
      expect(validBodies).toBeGreaterThan(0);
      expect([...keywords]).toEqual(expect.arrayContaining(EXPECTED_KEYWORDS[vendor]));
    });
  },
);
