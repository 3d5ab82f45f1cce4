import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './bulk.js';
import './common.js';
import './customer-group.js';
import './user-group.js';

builder.queryType({ description: 'Reads for read-after-write checks.' });
builder.mutationType({ description: 'Changes to customer segments in the vendors.' });
builder.subscriptionType({ description: 'Progress of bulk jobs, over server-sent events.' });

let schema: GraphQLSchema | undefined;

/** The gateway schema (built once per process). */
export function buildGatewaySchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: false });
  return schema;
}

export type { ForwardedCredentials, GatewayContext } from './builder.js';
