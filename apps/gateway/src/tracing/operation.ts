// A span per GraphQL operation, after the OpenTelemetry GraphQL conventions
// (https://opentelemetry.io/docs/specs/semconv/graphql/graphql-spans/): named
// `{graphql.operation.type} {graphql.operation.name}`, with the root fields, their outcomes and the
// error codes. Never the document (its literals may be personal values), variables or messages.
import { ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type SpanRuntime, scopes, type TraceScope } from './scope.js';

/** The root field names a selection asks for (through fragments, without `__typename`). */
function rootFields(document: DocumentNode, selections: SelectionSetNode, depth = 0): string[] {
  const out: string[] = [];
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') out.push(selection.name.value);
    } else if (depth < 5) {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : document.definitions.find(
              (d): d is FragmentDefinitionNode =>
                d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
            )?.selectionSet;
      if (inner) out.push(...rootFields(document, inner, depth + 1));
    }
  }
  return [...new Set(out)];
}

type Outcomes = NonNullable<TraceScope['operation']>['outcomes'];

/** One outcome alone, or `field:OUTCOME` pairs when several root fields recorded one. */
function outcomeAttribute(outcomes: Outcomes): string | null {
  if (outcomes.length === 0) return null;
  if (outcomes.length === 1) return (outcomes[0] as Outcomes[number]).outcome;
  return outcomes.map((o) => `${o.field}:${o.outcome}`).join(',');
}

/** Error codes of a result (the closed set), never their messages. */
function errorCodes(result: unknown): string[] {
  const errors = (result as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> }).errors ?? [];
  return [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
}

function finish(span: Span, outcomes: Outcomes, result: unknown): void {
  const outcome = outcomeAttribute(outcomes);
  if (outcome) span.setAttribute('gateway.outcome', outcome);
  const codes = result && typeof result === 'object' ? errorCodes(result) : [];
  if (codes.length > 0) {
    span.setAttribute('gateway.error_codes', codes.join(','));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The yoga plugin: wraps each execution in its operation's span, made current for the resolvers. */
export function operationPlugin(tracer: Tracer, runtime: SpanRuntime): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const operation = getOperationAST(args.document, args.operationName);
        const type = operation?.operation ?? 'query';
        const name = operation?.name?.value;
        const fields = operation ? rootFields(args.document, operation.selectionSet) : [];
        const scope = scopes.getStore();
        const parent = scope && scope.runtime === runtime ? scope.context : ROOT_CONTEXT;
        const span = tracer.startSpan(
          name ? `${type} ${name}` : type,
          {
            kind: SpanKind.SERVER,
            attributes: {
              'graphql.operation.type': type,
              ...(name ? { 'graphql.operation.name': name } : {}),
              'gateway.root_field': fields.join(','),
            },
          },
          parent,
        );
        const outcomes: Outcomes = [];
        const context = trace.setSpan(parent, span);
        try {
          const result = await scopes.run({ runtime, context, operation: { outcomes } }, () =>
            executeFn(args),
          );
          finish(span, outcomes, result);
          return result;
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.setAttribute('error.type', error instanceof Error ? error.name : 'unknown');
          span.end();
          throw error;
        }
      });
    },
  };
}
