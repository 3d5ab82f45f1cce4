// The compiled execution (graphql-jit) answers as graphql-js `execute` where the gateway's own data
// cannot reach through HTTP (its vendor answers are validated first): nulls in non-null fields of a
// branch, and what a masked error's original is. Real documents on a real schema; graphql-js is the
// reference.
import { buildSchema, execute, type GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileExecution } from '../src/front-door/compiled-execution.js';

const schema = buildSchema(`
  type Group { id: ID! name: String! createdAt: String! note: String }
  type Payload { group: Group outcome: String! }
  type Query { group: Group payload: Payload! }
`);
const fields = schema.getQueryType()?.getFields();
if (fields?.group && fields.payload) {
  fields.group.resolve = async () => ({ id: '1', name: null, createdAt: null, note: 'n' });
  fields.payload.resolve = async () => ({ outcome: null, group: { id: '1', name: null, createdAt: null } });
}

/** Both answers, as a client would see them, and the originals of their errors. */
async function both(query: string) {
  const document = parse(query);
  const compiled = compileExecution(schema, document);
  expect(compiled).not.toBeNull();
  const jit = await compiled?.run({}, undefined);
  const js = await execute({ schema, document, contextValue: {} });
  const originals = (errors: readonly GraphQLError[] | undefined) =>
    errors?.map((e) => e.originalError?.constructor.name);
  return {
    jit: JSON.stringify(jit),
    js: JSON.stringify(js),
    originals: [originals(jit?.errors), originals(js.errors)],
  };
}

describe('the compiled execution answers as graphql-js', () => {
  it.each([
    ['two nulls in non-null fields of one nullable branch', '{ group { id name createdAt note } }'],
    ['a null in a non-null root field and below it', '{ payload { outcome group { name createdAt } } }'],
  ])('%s', async (_name, query) => {
    const { jit, js, originals } = await both(query);
    expect(jit).toBe(js);
    expect(originals[0]).toEqual(originals[1]);
  });
});
