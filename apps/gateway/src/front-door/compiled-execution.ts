import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * A document compiled once by graphql-jit, run where graphql-js `execute` would give the same answer.
 * `run` resolves the result, or returns null having run nothing: the caller then executes with
 * graphql-js. That is so for variables jit would word otherwise or not check (a refused value, a
 * `@oneOf` input with other than one member). Documents jit would run otherwise are not compiled
 * (`compileExecution` returns null): several operations; several root fields (after a root mutation
 * field nulls the data jit still runs the next one, graphql-js does not); a nullable variable (jit
 * passes an omitted one as null where graphql-js leaves the field out); a root introspection field.
 */
export interface CompiledExecution {
  run(contextValue: object, variables: Record<string, unknown> | undefined): Promise<ExecutionResult> | null;
}

/** The compiled execution of a validated document, or null when it runs with graphql-js. */
export function compileExecution(schema: GraphQLSchema, document: DocumentNode): CompiledExecution | null {
  const operation = onlyOperation(document);
  if (!operation || operation.operation === 'subscription' || !compilable(operation)) return null;
  const guard = oneOfGuard(schema, operation);
  if (guard === null) return null;
  let query: CompiledQuery['query'];
  try {
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) return null;
    query = compiled.query;
  } catch {
    return null;
  }
  const nodes = fieldNodesByLocation(document);
  return {
    run(contextValue, variables) {
      if (!guard(variables ?? {})) return null;
      const result = query(undefined, contextValue, variables);
      // A result without data is jit's refusal of the variables: nothing ran.
      if (!('then' in result) && !('data' in result)) return null;
      return Promise.resolve(result).then((done) => asGraphqlJs(done, nodes));
    },
  };
}

function onlyOperation(document: DocumentNode): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operations.length === 1 ? (operations[0] as OperationDefinitionNode) : null;
}

/** One root field, not an introspection one, and every variable non-null. */
function compilable(operation: OperationDefinitionNode): boolean {
  if ((operation.variableDefinitions ?? []).some((v) => v.type.kind !== Kind.NON_NULL_TYPE)) return false;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || root?.kind !== Kind.FIELD) return false;
  return !root.name.value.startsWith('__') || root.name.value === '__typename';
}

type Guard = (variables: Record<string, unknown>) => boolean;

/**
 * Whether every `@oneOf` input in the variables has exactly one member, not null (jit does not check;
 * false sends the request to graphql-js, which words the refusal). Null when a variable type is unknown.
 */
function oneOfGuard(schema: GraphQLSchema, operation: OperationDefinitionNode): Guard | null {
  const checks: Array<[string, GraphQLInputType]> = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) return null;
    if (reachesOneOf(type, new Set())) checks.push([definition.variable.name.value, type]);
  }
  return (variables) => checks.every(([name, type]) => oneOfHolds(type, variables[name]));
}

function reachesOneOf(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return named.isOneOf || Object.values(named.getFields()).some((f) => reachesOneOf(f.type, seen));
}

function oneOfHolds(type: GraphQLInputType, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (isNonNullType(type)) return oneOfHolds(type.ofType, value);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.every((item) => oneOfHolds(type.ofType, item));
  }
  if (!isInputObjectType(type) || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  if (type.isOneOf) {
    const keys = Object.keys(record);
    if (keys.length !== 1 || record[keys[0] as string] === null) return false;
  }
  return Object.values(type.getFields()).every(
    (f) => !Object.hasOwn(record, f.name) || oneOfHolds(f.type, record[f.name]),
  );
}

/** The document's field nodes by the `line:column` jit gives as an error's location. */
function fieldNodesByLocation(document: DocumentNode): Map<string, FieldNode> {
  const nodes = new Map<string, FieldNode>();
  visit(document, {
    Field(node) {
      if (node.loc) nodes.set(`${node.loc.startToken.line}:${node.loc.startToken.column}`, node);
    },
  });
  return nodes;
}

/**
 * The result as graphql-js builds it: errors first, each a located graphql-js error whose original is
 * what was thrown (a plain Error for a null in a non-null field, as graphql-js raises it).
 */
function asGraphqlJs(result: ExecutionResult, nodes: Map<string, FieldNode>): ExecutionResult {
  if (!result.errors?.length) return result;
  return { errors: firstPerNulledBranch(result).map((e) => located(e, nodes)), data: result.data ?? null };
}

function located(error: GraphQLError, nodes: Map<string, FieldNode>): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  const fieldNodes = (error.locations ?? [])
    .map((l) => nodes.get(`${l.line}:${l.column}`))
    .filter((n): n is FieldNode => n !== undefined);
  return new GraphQLError(error.message, {
    nodes: (original as GraphQLError | undefined)?.nodes ?? fieldNodes,
    path: error.path,
    originalError: original ?? new Error(error.message),
  });
}

/**
 * graphql-js stops completing an object at its first null in a non-null field (the rest of the
 * branch it nulls is not completed, so raises nothing); jit reports every such null. Of the errors
 * that null the same branch, only the first is kept.
 */
function firstPerNulledBranch(result: ExecutionResult): readonly GraphQLError[] {
  const errors = result.errors ?? [];
  if (errors.length < 2) return errors;
  const nulled = new Set<string>();
  return errors.filter((error) => {
    const branch = nulledBranch(result.data, error.path ?? []);
    if (branch === null) return true;
    if (nulled.has(branch)) return false;
    nulled.add(branch);
    return true;
  });
}

/** The branch above a path that was nulled (the path's nearest null prefix short of it), else null. */
function nulledBranch(data: unknown, path: ReadonlyArray<string | number>): string | null {
  let node: unknown = data;
  for (let depth = 0; depth < path.length; depth++) {
    if (node === null || node === undefined) return JSON.stringify(path.slice(0, depth));
    node = (node as Record<string | number, unknown>)[path[depth] as string | number];
  }
  return null;
}
