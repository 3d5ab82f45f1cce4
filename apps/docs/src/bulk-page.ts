// The bulk jobs page: what a job is, how to send one, follow it, cancel it and read its results, and
// where jobs live. The field lists come from the schema (its descriptions), the rest is the guide.
import { BULK_MAX_ITEMS } from '@loyalty-gateway/gateway';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { anchor, typeRef } from './graphql-reference.js';
import { codeBlock, type Html, html, markdown } from './html.js';

/** The bulk root fields (they get this page instead of a REST pairing page each). */
export const isBulkField = (name: string) => /bulk/i.test(name);

function rootTable(schema: GraphQLSchema): Html {
  const rows = [
    ['mutation', schema.getMutationType()],
    ['query', schema.getQueryType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return html`<div class="table-wrap"><table><thead><tr><th>field</th><th>kind</th><th>description</th></tr></thead><tbody>${rows.flatMap(
    ([kind, type]) =>
      Object.values(type?.getFields() ?? {})
        .filter((f) => isBulkField(f.name))
        .map(
          (f) =>
            html`<tr><td><a href="graphql.html#${anchor(type?.name ?? '', f.name)}"><code>${f.name}</code></a></td><td>${kind}</td><td>${markdown(f.description ?? '')}</td></tr>`,
        ),
  )}</tbody></table></div>`;
}

function typeTable(schema: GraphQLSchema, name: string): Html {
  const type = schema.getType(name);
  if (!isObjectType(type)) return html``;
  return html`<div class="table-wrap"><table class="fields-table"><thead><tr><th><a href="graphql.html#${name}">${name}</a> field</th><th>type</th><th>description</th></tr></thead><tbody>${Object.values(
    type.getFields(),
  ).map(
    (f) =>
      html`<tr><td><code>${f.name}</code></td><td><code>${typeRef(f.type, 'graphql.html')}</code></td><td>${markdown(f.description ?? '')}</td></tr>`,
  )}</tbody></table></div>`;
}

const SUBMIT = `mutation Bulk($items: [UpdateUserGroupInput!]!) {
  bulkUpdateUserGroups(input: { items: $items }) {
    job { id state total estimatedCompletionAt }
    userErrors { code field message }
  }
}`;
const VARIABLES = `{ "items": [
  { "group": { "externalId": "natwest14" }, "name": "Natwest 2027" },
  { "group": { "id": "51334" }, "maxGroupSize": 500 }
] }`;
const FOLLOW = `curl -N http://127.0.0.1:4000/graphql -H 'authorization: Bearer $GATEWAY_KEY' \\
  -H 'content-type: application/json' -H 'accept: text/event-stream' \\
  -d '{"query":"subscription { bulkJobProgress(id: \\"bj_...\\") { state processed total counts { applied unknown } } }"}'

curl http://127.0.0.1:4000/bulk-jobs/bj_.../results.jsonl -H 'authorization: Bearer $GATEWAY_KEY'`;
const LINE = `{"index":0,"groupId":null,"externalId":"natwest14","outcome":"APPLIED","settledBy":"VENDOR_ANSWER","userErrors":[],"warnings":[]}`;

export function renderBulkPage(schema: GraphQLSchema): { body: Html; toc: Array<[string, string]> } {
  const body = html`<h1>Bulk jobs</h1>
<p>Many group updates of one vendor as one job: up to ${BULK_MAX_ITEMS.toLocaleString('en')} items, each exactly the input of the single mutation, paced within the vendor request budget, each ending with its own final <code>outcome</code>. Capillary documents no batch endpoint for <code>PUT /v2/userGroup2</code> and Xtrakit has none at all: the gateway makes one vendor call per item, so that a team does not write its own throttle, retries and bookkeeping.</p>
<h2 id="fields">The fields</h2>
${rootTable(schema)}
<h2 id="submit">Send a job</h2>
<p>Send the items as variables (the document itself is held to the token limit; a document of only the bulk mutations may be up to <code>BULK_MAX_BODY_BYTES</code>, 8 MiB by default). More than ${BULK_MAX_ITEMS.toLocaleString('en')} items: send several jobs.</p>
${codeBlock(SUBMIT, 'graphql', 'GraphQL')}
${codeBlock(VARIABLES, 'json', 'variables')}
<p>Every item is checked first exactly as the single mutation checks it. An invalid item is recorded as <code>NOT_APPLIED</code> with <code>INVALID_INPUT</code> (its <code>field</code> under <code>input.items.&lt;index&gt;</code>) and never sent; the valid items run. The whole job is refused (<code>job: null</code>) when it is empty or too big, when two items name the same group (merge them, or send two jobs), when the API key already has <code>BULK_MAX_UNFINISHED_PER_KEY</code> unfinished jobs (<code>TOO_MANY_JOBS</code>), or when the gateway forwards callers' vendor credentials (<code>UNSUPPORTED</code>: a job outlives its request and the gateway never stores a caller's credentials).</p>
<h2 id="follow">Follow it, read the results</h2>
${typeTable(schema, 'BulkJob')}
${typeTable(schema, 'BulkJobItem')}
<p>The subscription speaks server-sent events (graphql-yoga's); the results file is one JSON line per item with an outcome, in input order:</p>
${codeBlock(FOLLOW, 'shell', 'shell')}
${codeBlock(LINE, 'json', 'one line of results.jsonl')}
<h2 id="cancel">Cancel</h2>
<p><code>cancelBulkJob(id)</code>: items not yet sent end <code>NOT_APPLIED</code> with a <code>CANCELLED</code> user error; items already in flight finish and keep their real outcome; the job ends <code>CANCELLED</code>.</p>
<h2 id="where">Where jobs live</h2>
<p><strong>Without <code>REDIS_URL</code></strong> (the embedded default) jobs run inside the gateway process and <strong>do not survive a restart</strong>: a job running when the process stops is lost, with its unsent items. <strong>With <code>REDIS_URL</code></strong> jobs are durable on Redis with BullMQ, one queue job per chunk of items, taken by whichever replica is free; progress travels through graphql-yoga's Redis event target, so any replica answers any job's queries, files and subscriptions. A replica killed in the middle of a job loses nothing: after <code>BULK_LOCK_MS</code> another takes its chunk over, and an item it had in flight is settled by reading the group back (<code>settledBy: READ_BACK</code>) before anything is sent again. That read waits until the killed replica's whole <code>MUTATION_DEADLINE_MS</code> (plus 1 s) has passed since it took the item, so nothing it sent can still be in flight; the group then holding the item's values is <code>APPLIED</code>, holding others means it was not applied, and the item is sent once more. A job belongs to the gateway API key that created it: for any other key it does not exist.</p>`;
  return {
    body,
    toc: [
      ['fields', 'The fields'],
      ['submit', 'Send a job'],
      ['follow', 'Follow it'],
      ['cancel', 'Cancel'],
      ['where', 'Where jobs live'],
    ],
  };
}
