// Introspection off, without breaking documents that merely look a type up. `__schema` is refused
// at validation (GRAPHQL_VALIDATION_FAILED); `__type(name:)` is let through and answers null for
// every name, as for a type that does not exist. Nothing about the schema is revealed either way,
// and documents written for any GraphQL server (such as the GraphQL-over-HTTP conformance audit's,
// which looks up `__type(name: "...")`) still run.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** A validation rule: no `__schema` field anywhere (fragments included). */
export function noSchemaFieldRule(context: ValidationContext) {
  return {
    Field(node: FieldNode) {
      if (node.name.value === '__schema') {
        context.reportError(
          new GraphQLError('GraphQL introspection has been disabled: `__schema` is not available.', {
            nodes: [node],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
      }
    },
  };
}

/** The response keys of the root `__type` fields of the operation that runs (through fragments too). */
export function rootTypeKeys(document: DocumentNode, operationName: string | null | undefined): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    )
      operation ??= definition;
  }
  const keys: string[] = [];
  const visit = (set: SelectionSetNode, depth: number) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__type') keys.push(selection.alias?.value ?? '__type');
      } else if (depth < 10 && selection.kind === Kind.INLINE_FRAGMENT)
        visit(selection.selectionSet, depth + 1);
      else if (depth < 10 && selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, depth + 1);
      }
    }
  };
  if (operation?.operation === 'query') visit(operation.selectionSet, 0);
  return keys;
}

/** Marks the plugin, so that the fast path knows its execute hook does nothing without a root `__type`. */
export const HIDDEN_SCHEMA = Symbol('useHiddenSchema');

/** Hides the schema: `__schema` refused, `__type` always null (see the file comment). */
export function useHiddenSchema(): Plugin & { [HIDDEN_SCHEMA]: true } {
  return {
    [HIDDEN_SCHEMA]: true,
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaFieldRule);
    },
    onExecute({ args }) {
      const keys = rootTypeKeys(args.document, args.operationName);
      if (keys.length === 0) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) || !result.data) return;
          const data: Record<string, unknown> = { ...result.data };
          for (const key of keys) if (key in data) data[key] = null;
          setResult({ ...result, data });
        },
      };
    },
  };
}
