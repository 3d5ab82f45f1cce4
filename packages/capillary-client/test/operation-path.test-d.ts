// Type-level tests (vitest typecheck, and `pnpm typecheck`): the generated operation table carries each
// operation's method and path as literal types, so the client's raw calls take their path from it
// (operationPath) and openapi-fetch still checks it. Nothing here is sent.
import { operationPath } from '@loyalty-gateway/http-runtime';
import { describe, expectTypeOf, it } from 'vitest';
import type { operations, paths } from '../src/generated/capillary.gen.js';
import { capillaryValidators } from '../src/generated/capillary.validators.gen.js';

describe('the generated operation table (capillary)', () => {
  it('names every operationId of the spec types, no more', () => {
    expectTypeOf<keyof typeof capillaryValidators>().toEqualTypeOf<keyof operations>();
  });

  it("gives each operation's path as the literal openapi-fetch takes for its method", () => {
    const put = operationPath(capillaryValidators, 'updateUserGroup', 'put');
    expectTypeOf(put).toEqualTypeOf<'/v2/userGroup2'>();
    expectTypeOf(
      operationPath(capillaryValidators, 'generateOAuthToken', 'post'),
    ).toEqualTypeOf<'/v3/oauth/token/generate'>();
    expectTypeOf(put).toExtend<keyof paths>();
  });

  it('refuses an unknown operationId or a method that is not the spec’s', () => {
    // @ts-expect-error updateUserGroup is a PUT
    operationPath(capillaryValidators, 'updateUserGroup', 'post');
    // @ts-expect-error not an operation of the spec
    operationPath(capillaryValidators, 'deleteUserGroup', 'delete');
  });
});
