// Type-level tests (vitest typecheck, and `pnpm typecheck`): the spec's request unions generate real
// types, so `client.raw.PUT` refuses a wrong body at compile time. Nothing here is sent.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CapillaryClient,
  createCapillaryClient,
  type paths,
  type UpdateUserGroupBody,
} from '../src/index.js';

const client: CapillaryClient = createCapillaryClient({
  baseUrl: 'http://127.0.0.1:9',
  auth: { type: 'basic', username: 'u', password: 'p' },
});
type PutBody = paths['/v2/userGroup2']['put']['requestBody']['content']['application/json'];

describe('PUT /v2/userGroup2 body types', () => {
  it('accepts the documented bodies', () => {
    expectTypeOf<{ id: '51334'; maxGroupSize: 110 }>().toExtend<PutBody>();
    expectTypeOf<{ externalId: 'x'; groupName: 'n' }>().toExtend<PutBody>();
    expectTypeOf<{ id: 1; extendedFields: { platinum: '35' } }>().toExtend<PutBody>();
    expectTypeOf<UpdateUserGroupBody>().toEqualTypeOf<PutBody>();
  });

  it('refuses a body without id or externalId, one that changes nothing, and a mistyped field', () => {
    expectTypeOf<PutBody>().not.toBeUnknown();
    expectTypeOf<{ groupName: 'x' }>().not.toExtend<PutBody>();
    expectTypeOf<{ id: 1 }>().not.toExtend<PutBody>();
    expectTypeOf<{ id: 1; groupName: 5 }>().not.toExtend<PutBody>();
    expectTypeOf<{ id: true; groupName: 'x' }>().not.toExtend<PutBody>();
  });

  it('refuses a field the spec does not have where TypeScript checks object literals', () => {
    // openapi-fetch infers `init` generically, which skips excess-property checks on raw calls;
    // the client's own methods take UpdateUserGroupBody, where they apply.
    // @ts-expect-error `name` is not a field of the body
    const body: UpdateUserGroupBody = { id: 1, groupName: 'x', name: 'y' };
    expectTypeOf(body).toEqualTypeOf<UpdateUserGroupBody>();
  });

  it('does not compile client.raw.PUT with a wrong body', () => {
    const never = (): void => {
      // @ts-expect-error neither id nor externalId
      void client.raw.PUT('/v2/userGroup2', { body: { groupName: 'x' } });
      // @ts-expect-error an id alone changes nothing (1643)
      void client.raw.PUT('/v2/userGroup2', { body: { id: 1 } });
      // @ts-expect-error externalId is a string
      void client.raw.PUT('/v2/userGroup2', { body: { externalId: 5, groupName: 'x' } });
      // @ts-expect-error groupName is a string
      void client.raw.PUT('/v2/userGroup2', { body: { id: 1, groupName: 5 } });
      void client.raw.PUT('/v2/userGroup2', { body: { id: '1', groupName: 'x' } });
    };
    expectTypeOf(never).toBeFunction();
  });
});
