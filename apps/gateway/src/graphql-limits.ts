import { GraphQLError, Kind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GRAPHQL_ERROR_CODES, type GraphqlErrorCode } from './errors.js';

/** A validation rule: at most `max` root fields per operation (fragments on the root type count too). */
export function maxRootFieldsRule(max: number) {
  return (context: ValidationContext) => ({
    OperationDefinition(node: {
      selectionSet: { selections: ReadonlyArray<{ kind: string; name?: { value: string } }> };
    }) {
      let count = 0;
      const visit = (
        selections: ReadonlyArray<{ kind: string; name?: { value: string } }>,
        depth: number,
      ) => {
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) count++;
          else if (depth < 5 && selection.kind === Kind.INLINE_FRAGMENT) {
            visit(
              (selection as unknown as { selectionSet: { selections: typeof selections } }).selectionSet
                .selections,
              depth + 1,
            );
          } else if (depth < 5 && selection.kind === Kind.FRAGMENT_SPREAD && selection.name) {
            const fragment = context.getFragment(selection.name.value);
            if (fragment) visit(fragment.selectionSet.selections, depth + 1);
          }
        }
      };
      visit(node.selectionSet.selections, 0);
      if (count > max) {
        context.reportError(
          new GraphQLError(`Too many root fields: ${count} > ${max}.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
      }
    },
  });
}

/** Adds the root-field rule to validation. */
export function useMaxRootFields(max: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxRootFieldsRule(max));
    },
  };
}

const CLOSED = new Set(Object.keys(GRAPHQL_ERROR_CODES));

function codeFor(error: GraphQLError): GraphqlErrorCode {
  // Errors yoga raises while reading the HTTP request carry the status it chose.
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  const code = error.extensions?.code;
  if (typeof code === 'string' && CLOSED.has(code)) return code as GraphqlErrorCode;
  // GraphQL Armor words its depth, alias, directive and cost limits as syntax errors; they are validation.
  if (/^Syntax Error: (?:Query depth|Aliases|Directives|Query Cost) limit of/.test(error.message))
    return 'GRAPHQL_VALIDATION_FAILED';
  if (/^Syntax Error/.test(error.message)) return 'GRAPHQL_PARSE_FAILED';
  if (/^Variable "\$/.test(error.message) || /got invalid value|OneOf Input Object/.test(error.message))
    return 'BAD_USER_INPUT';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 400 || status === 403) return 'BAD_REQUEST';
  if (error.path === undefined && error.nodes !== undefined) return 'GRAPHQL_VALIDATION_FAILED';
  return 'INTERNAL_SERVER_ERROR';
}

/** Extensions a client may see besides `code` (anything else, e.g. yoga's `originalError`, is dropped). */
const PUBLIC_EXTENSIONS = ['kind', 'retryAfterSeconds'] as const;

/** Codes of a document refused before execution; they answer 400 like any other request error. */
const DOCUMENT_ERRORS = new Set<GraphqlErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

// graphql-js phrases suggestions as `Did you mean "x"?`, `Did you mean "x" or "y"?` or
// `Did you mean the enum value "X"?`; any of them discloses part of the schema.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Every error leaves with an `extensions.code` from the closed set (GRAPHQL_ERROR_CODES) and only the
 * documented extensions; an error whose code is not in the set becomes a masked INTERNAL_SERVER_ERROR.
 * Returns the result to send (the same object when it has no errors).
 */
export function closeErrors<T>(result: T, hideSuggestions = false): T {
  if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return result;
  const withErrors = result as { errors?: readonly GraphQLError[]; data?: unknown };
  if (!withErrors.errors) return result;
  const notExecuted = !('data' in withErrors) || withErrors.data === undefined;
  const errors = withErrors.errors.map((error) => closeError(error, notExecuted, hideSuggestions));
  return { ...result, errors };
}

function closeError(error: GraphQLError, notExecuted: boolean, hideSuggestions: boolean): GraphQLError {
  const code = codeFor(error);
  const extensions: Record<string, unknown> = { code };
  for (const key of PUBLIC_EXTENSIONS)
    if (error.extensions?.[key] !== undefined) extensions[key] = error.extensions[key];
  // Request errors keep their HTTP status whatever the Accept header (yoga's `spec` flag would turn them into 200s).
  const http = error.extensions?.http as { status?: number; headers?: Record<string, string> } | undefined;
  if (http)
    extensions.http = {
      ...(http.status ? { status: http.status } : {}),
      ...(http.headers ? { headers: http.headers } : {}),
    };
  // A refused document is a 400 whichever plugin refused it (GraphQL Armor's limits set no status).
  else if (notExecuted && DOCUMENT_ERRORS.has(code)) extensions.http = { status: 400 };
  if (code === 'INTERNAL_SERVER_ERROR') {
    return new GraphQLError('Unexpected error.', { path: error.path, extensions });
  }
  const message = hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

/** The yoga plugin that applies `closeErrors` to every result. */
export function useClosedErrorCodes(
  options: {
    /** Strip "Did you mean" from every message, not only from validation errors (introspection off). */
    hideSuggestions?: boolean;
  } = {},
): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      const closed = closeErrors(result, options.hideSuggestions);
      if (closed !== result) setResult(closed);
    },
  };
}
