import { describe, expect, it } from 'vitest';
import { type CompiledOperation, operationPath } from '../src/index.js';

const op = (method: string, path: string): CompiledOperation => ({
  method,
  path,
  parameters: [],
  requestBody: null,
  responses: {},
});
const table = { getThing: op('get', '/things/{id}'), putThing: op('put', '/things/{id}') };

describe('operationPath', () => {
  it("returns the table's path of an operation sent with its own method", () => {
    expect(operationPath(table, 'getThing', 'get')).toBe('/things/{id}');
    expect(operationPath(table, 'putThing', 'put')).toBe('/things/{id}');
  });

  it('throws on a method that is not the operation’s, or an unknown operation (past the types)', () => {
    expect(() => operationPath(table, 'getThing', 'put')).toThrow('getThing is not a put operation');
    expect(() => operationPath(table, 'nope' as 'getThing', 'get')).toThrow('nope is not a get operation');
  });
});
