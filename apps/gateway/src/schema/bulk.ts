import type { InputObjectRef, ObjectRef, SchemaTypes } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { UserErrorShape } from '../errors.js';
import type { BulkItemInput, BulkVendor, ItemResult, JobRecord, JobState } from '../jobs/index.js';
import { builder, type GatewayContext } from './builder.js';
import { MutationOutcomeEnum, UserErrorRef, VendorWarningRef } from './common.js';
import { UpdateCustomerGroupInput } from './customer-group.js';
import { UpdateUserGroupInput } from './user-group.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer X extends SchemaTypes> ? X : never;

const MAX_PAGE = 1000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const BulkJobStateEnum = builder.enumType('BulkJobState', {
  description: 'Where a bulk job is.',
  values: {
    QUEUED: { description: 'Accepted; no item has started yet.' },
    RUNNING: { description: 'Items are being sent.' },
    COMPLETED: { description: 'Every item has its final outcome.' },
    CANCELLED: {
      description:
        'Cancelled: items sent before the cancel kept their outcome, the rest are NOT_APPLIED with CANCELLED.',
    },
    FAILED: {
      description:
        'The gateway could not go on with the job (see its log); items without an outcome were not recorded as sent.',
    },
  } as const,
});

const BulkVendorEnum = builder.enumType('BulkVendor', {
  description: 'The vendor a bulk job changes.',
  values: {
    XTRAKIT: { value: 'xtrakit', description: 'Xtrakit customer groups (`bulkUpdateCustomerGroups`).' },
    CAPILLARY: { value: 'capillary', description: 'Capillary user groups (`bulkUpdateUserGroups`).' },
  } as const,
});

const CountsRef = builder.objectRef<JobRecord['counts']>('BulkJobCounts').implement({
  description: 'How many items ended with each outcome so far.',
  fields: (t) => ({
    applied: t.exposeInt('applied', { description: 'Items with outcome APPLIED.' }),
    appliedWithWarnings: t.exposeInt('appliedWithWarnings', {
      description: 'Items with outcome APPLIED_WITH_WARNINGS.',
    }),
    notApplied: t.exposeInt('notApplied', {
      description: 'Items with outcome NOT_APPLIED (invalid, refused, cancelled).',
    }),
    unknown: t.exposeInt('unknown', {
      description: 'Items with outcome UNKNOWN: read those groups back before retrying.',
    }),
  }),
});

const SettledByEnum = builder.enumType('BulkItemSettledBy', {
  description: 'How an item outcome was established.',
  values: {
    VENDOR_ANSWER: { description: "The vendor's own answer to the update." },
    READ_BACK: {
      description: 'The answer was unclear (or the replica sending it stopped), and the group was read back.',
    },
  } as const,
});

const BulkItemRef = builder.objectRef<ItemResult>('BulkJobItem').implement({
  description: 'The final result of one item of a bulk job; recorded once, never changed.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the item in the mutation input (from 0).' }),
    groupId: t.string({
      nullable: true,
      description: 'The group id the item gave (Xtrakit id, or Capillary `group.id`).',
      resolve: (r) => r.ref.id,
    }),
    externalId: t.string({
      nullable: true,
      description: 'The Capillary `group.externalId` the item gave.',
      resolve: (r) => r.ref.externalId,
    }),
    outcome: t.field({
      type: MutationOutcomeEnum,
      description: 'What the item did to vendor state, as for the single mutation.',
      resolve: (r) => r.outcome,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: 'Expected failures of the item (INVALID_INPUT fields are under `input.items.<index>`).',
      resolve: (r) => r.userErrors,
    }),
    warnings: t.field({
      type: [VendorWarningRef],
      description: 'Vendor warnings of an applied item (Capillary 91016, 91017).',
      resolve: (r) => r.warnings,
    }),
    settledBy: t.field({
      type: SettledByEnum,
      nullable: true,
      description: 'How the outcome was established; null when nothing was sent (invalid input, cancelled).',
      resolve: (r) => r.settledBy,
    }),
  }),
});

const PageInfoRef = builder
  .objectRef<{ hasNextPage: boolean; endCursor: string | null }>('BulkPageInfo')
  .implement({
    description: 'Where a page ends.',
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage', { description: 'Whether another page follows.' }),
      endCursor: t.exposeString('endCursor', {
        nullable: true,
        description: 'Pass as `after` for the next page.',
      }),
    }),
  });

function connectionOf<T>(name: string, nodeRef: ObjectRef<Types, T>, description: string) {
  type Shape = { nodes: T[]; cursors: string[]; hasNextPage: boolean };
  const edge = builder.objectRef<{ node: T; cursor: string }>(`${name}Edge`).implement({
    description: `One ${description}.`,
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Opaque position.' }),
      node: t.field({
        type: nodeRef,
        description: `The ${description}.`,
        resolve: (e) => e.node as never,
      }),
    }),
  });
  return builder.objectRef<Shape>(`${name}Connection`).implement({
    description: `A page of ${description}s.`,
    fields: (t) => ({
      edges: t.field({
        type: [edge],
        description: 'Nodes with their cursors.',
        resolve: (c) => c.nodes.map((node, i) => ({ node, cursor: c.cursors[i] as string })),
      }),
      nodes: t.field({
        type: [nodeRef],
        description: 'The nodes alone.',
        resolve: (c) => c.nodes,
      }),
      pageInfo: t.field({
        type: PageInfoRef,
        description: 'Where this page ends.',
        resolve: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.cursors.at(-1) ?? null }),
      }),
    }),
  });
}

const pageSize = (first: number | null | undefined) => {
  const n = first ?? 100;
  if (n < 0 || n > MAX_PAGE)
    throw new GraphQLError(`first must be from 0 to ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return n;
};

const BulkJobRef = builder.objectRef<JobRecord>('BulkJob');
const ItemConnectionRef = connectionOf<ItemResult>('BulkJobItem', BulkItemRef, 'bulk job item result');
const JobConnectionRef = connectionOf<JobRecord>('BulkJob', BulkJobRef, 'bulk job');

BulkJobRef.implement({
  description:
    'Many updates of one vendor run as one job, paced within the vendor request budget, each item with its own final outcome. Where jobs live: with `REDIS_URL` they are durable (on Redis with BullMQ) and any replica runs their items; a replica that stops mid-job loses nothing and an item it had in flight is read back before anything is sent again. Without `REDIS_URL` (the embedded default) jobs run inside this gateway process and are LOST when it restarts: items not yet sent then are never sent, and the job is gone. A job is visible only to the gateway API key that created it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The job id.' }),
    vendor: t.field({
      type: BulkVendorEnum,
      description: 'The vendor the job changes.',
      resolve: (j) => j.vendor,
    }),
    state: t.field({ type: BulkJobStateEnum, description: 'Where the job is.', resolve: (j) => j.state }),
    total: t.exposeInt('total', { description: 'Items in the job.' }),
    processed: t.exposeInt('processed', {
      description: 'Items with a final outcome so far (invalid ones from the start).',
    }),
    counts: t.field({
      type: CountsRef,
      description: 'Final outcomes so far, by outcome.',
      resolve: (j) => j.counts,
    }),
    durable: t.boolean({
      description:
        'True when the job lives in Redis (REDIS_URL) and survives restarts; false when it lives in this process only.',
      resolve: (_j, _a, ctx) => ctx.bulk.durable,
    }),
    createdAt: t.string({
      description: 'When the job was accepted (ISO 8601).',
      resolve: (j) => iso(j.createdAt) as string,
    }),
    startedAt: t.string({
      nullable: true,
      description: 'When its first item started.',
      resolve: (j) => iso(j.startedAt),
    }),
    finishedAt: t.string({
      nullable: true,
      description: 'When it reached COMPLETED, CANCELLED or FAILED.',
      resolve: (j) => iso(j.finishedAt),
    }),
    estimatedCompletionAt: t.string({
      nullable: true,
      description:
        "When the remaining items should be done at the vendor request budget's pace (RATE_LIMIT_* settings); null without a configured budget or once finished.",
      resolve: (j, _a, ctx) => iso(ctx.bulk.estimatedCompletionAt(j)),
    }),
    items: t.field({
      type: ItemConnectionRef,
      description: 'Per-item results recorded so far, in input order (items still to run are not listed).',
      args: {
        first: t.arg.int({ description: `Page size, at most ${MAX_PAGE} (default 100).` }),
        after: t.arg.string({ description: 'The endCursor of the previous page.' }),
        outcome: t.arg({ type: MutationOutcomeEnum, description: 'Only items with this outcome.' }),
      },
      resolve: async (job, args, ctx) => {
        const limit = pageSize(args.first);
        const fromIndex = args.after ? Number(args.after) + 1 : 0;
        const page =
          (await ctx.bulk.results(job.owner, job.id, {
            fromIndex: Number.isFinite(fromIndex) ? fromIndex : 0,
            limit: limit + 1,
            outcome: args.outcome ?? null,
          })) ?? [];
        const nodes = page.slice(0, limit);
        return { nodes, cursors: nodes.map((r) => String(r.index)), hasNextPage: page.length > limit };
      },
    }),
  }),
});

const BulkJobPayloadRef = builder
  .objectRef<{ job: JobRecord | null; userErrors: UserErrorShape[] }>('BulkJobPayload')
  .implement({
    description: 'Result of a bulk mutation: the accepted job, or why the whole job was refused.',
    fields: (t) => ({
      job: t.field({
        type: BulkJobRef,
        nullable: true,
        description: 'The job; null when it was refused (see userErrors).',
        resolve: (p) => p.job,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description:
          'Why the job was refused (invalid single items do not refuse it: they get their own INVALID_INPUT result).',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

function bulkMutation<T extends BulkItemInput>(
  field: string,
  vendor: BulkVendor,
  inputName: string,
  itemType: InputObjectRef<Types, T>,
  what: string,
) {
  const input = builder.inputType(inputName, {
    description: `Input of \`${field}\`: the items, each exactly the input of the single mutation.`,
    fields: (t) => ({
      items: t.field({
        type: [itemType],
        required: true,
        description:
          'Up to BULK_MAX_ITEMS (10,000) items; send them as GraphQL variables (the document itself is limited to MAX_TOKENS).',
      }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: BulkJobPayloadRef,
      description: `${what} as one bulk job. Every item is checked first exactly as the single mutation checks it; invalid items are recorded as NOT_APPLIED with INVALID_INPUT and never sent, the rest run. Two items naming the same group refuse the whole job. The body of this mutation may be up to BULK_MAX_BODY_BYTES.`,
      args: { input: t.arg({ type: input, required: true }) },
      resolve: async (_root, args, ctx: GatewayContext) => {
        const startedAt = performance.now();
        const items = (args.input as { items: BulkItemInput[] }).items;
        const payload = await ctx.bulk.submit(ctx.owner, vendor, items);
        ctx.record(field, payload.job ? 'ACCEPTED' : 'REFUSED', startedAt);
        return payload;
      },
    }),
  );
}

bulkMutation(
  'bulkUpdateCustomerGroups',
  'xtrakit',
  'BulkUpdateCustomerGroupsInput',
  UpdateCustomerGroupInput,
  'Runs many `updateCustomerGroup` changes (Xtrakit `PUT /api/v1/customer-groups/{id}`, one call per item)',
);
bulkMutation(
  'bulkUpdateUserGroups',
  'capillary',
  'BulkUpdateUserGroupsInput',
  UpdateUserGroupInput,
  'Runs many `updateUserGroup` changes (Capillary `PUT /v2/userGroup2`, one call per item; Capillary documents no batch endpoint)',
);

builder.mutationField('cancelBulkJob', (t) =>
  t.field({
    type: BulkJobRef,
    nullable: true,
    description:
      "Cancels a job: items not yet sent end NOT_APPLIED with a CANCELLED user error; items in flight finish and keep their outcome. Null when this API key has no such job. The gateway's own job store: no vendor call.",
    args: { id: t.arg.id({ required: true, description: 'The job id.' }) },
    resolve: (_root, { id }, ctx) => ctx.bulk.cancel(ctx.owner, id),
  }),
);

builder.queryField('bulkJob', (t) =>
  t.field({
    type: BulkJobRef,
    nullable: true,
    description:
      "A bulk job of this API key; null when there is none with this id (or another key created it). The gateway's own job store: no vendor call.",
    args: { id: t.arg.id({ required: true, description: 'The job id.' }) },
    resolve: (_root, { id }, ctx) => ctx.bulk.get(ctx.owner, id),
  }),
);

builder.queryField('bulkJobs', (t) =>
  t.field({
    type: JobConnectionRef,
    description: "The bulk jobs of this API key, newest first. The gateway's own job store: no vendor call.",
    args: {
      first: t.arg.int({ description: `Page size, at most ${MAX_PAGE} (default 100).` }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
      state: t.arg({ type: BulkJobStateEnum, description: 'Only jobs in this state.' }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = pageSize(args.first);
      const page = await ctx.bulk.list(ctx.owner, {
        first: limit + 1,
        after: args.after ?? null,
        state: (args.state as JobState | null | undefined) ?? null,
      });
      const nodes = page.slice(0, limit);
      return { nodes, cursors: nodes.map((j) => j.id), hasNextPage: page.length > limit };
    },
  }),
);

async function* nothing(): AsyncIterable<null> {
  yield null;
}

builder.subscriptionField('bulkJobProgress', (t) =>
  t.field({
    type: BulkJobRef,
    nullable: true,
    description:
      "A job's progress over server-sent events: the job as it is now, then one event per progress step (about 1 % of the items), and a last one when it ends (COMPLETED, CANCELLED or FAILED), after which the stream closes. With Redis any replica can serve it. One null event when this API key has no such job.",
    args: { id: t.arg.id({ required: true, description: 'The job id.' }) },
    subscribe: async (_root, { id }, ctx) => (await ctx.bulk.follow(ctx.owner, id)) ?? nothing(),
    resolve: (job: JobRecord | null) => job,
  }),
);
