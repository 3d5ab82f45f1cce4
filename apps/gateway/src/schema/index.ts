import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './common.js';
import './customer-group.js';
import './user-group.js';

builder.queryType({ description: 'Reads for read-after-write checks.' });
builder.mutationType({ description: 'Changes to customer segments in the vendors.' });

let schema: GraphQLSchema | undefined;

/** The gateway schema (built once per process). */
export function buildGatewaySchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: false });
  return schema;
}

export type { ForwardedCredentials, GatewayContext } from './builder.js';
