// The hand-laid pages: landing, one page per query/mutation pairing it with its REST operation(s),
// and errors. Every table on them is computed from the schema, the specs, the gateway's exported
// constants or the recordings; the prose around them only says what the tables are.
import { ERROR_KIND_TO_USER_ERROR, GRAPHQL_ERROR_CODES, USER_ERROR_CODES } from '@loyalty-gateway/gateway';
import { docConflicts, errorCodes, loadSpec, type VendorName } from '@loyalty-gateway/specs';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { WorkedExample } from './examples.js';
import type { MappingRow } from './field-mapping.js';
import { anchor, operationPage, typeRef } from './graphql-reference.js';
import { codeBlock, type Html, html, markdown, type NavSection, prettyJson } from './html.js';
import { EXAMPLE_CLOCK, SECRET_PLACEHOLDERS, SHOWN_GATEWAY_URL } from './placeholders.js';
import { redocAnchor } from './rest-reference.js';
import type { ExampleRecord, RecordedRestRequest } from './run-examples.js';
import {
  authHeaderLine,
  operationSecurity,
  type SecurityScheme,
  type SpecOperation,
  securityScheme,
} from './spec-model.js';
import type { GraphqlOutcome, VendorAnswerTable } from './vendor-answers.js';

export const VENDOR_TITLES: Record<VendorName, string> = { xtrakit: 'Xtrakit', capillary: 'Capillary' };

/** Everything one operation page shows. */
export interface OperationContext {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  schema: GraphQLSchema;
  primary: SpecOperation;
  /** Other REST operations its examples called (e.g. the OAuth token request). */
  auxiliary: SpecOperation[];
  mapping: MappingRow[];
  /** The exported constant the rows come from; null when they were read off the recorded requests. */
  mappingConstant: string | null;
  examples: Array<{ source: WorkedExample; record: ExampleRecord }>;
  answers: VendorAnswerTable;
}

export const restPage = (vendor: VendorName) => `rest/${vendor}.html`;

/** The navigation every page shares. */
export function navigation(operations: Array<{ kind: string; field: string }>): NavSection[] {
  return [
    {
      title: 'Start',
      items: [
        { href: 'index.html', label: 'Overview' },
        { href: 'errors.html', label: 'Outcomes & errors' },
      ],
    },
    {
      title: 'GraphQL ⇄ REST',
      items: operations.map((op) => ({ href: operationPage(op.field), label: op.field, hint: op.kind })),
    },
    {
      title: 'Reference',
      items: [
        { href: 'graphql.html', label: 'GraphQL schema' },
        { href: restPage('xtrakit'), label: 'Xtrakit REST' },
        { href: restPage('capillary'), label: 'Capillary REST' },
        { href: 'sources.html', label: 'Sources of the specs' },
      ],
    },
  ];
}

const outcomeBadge = (outcome: string) =>
  html`<span class="badge outcome-${outcome.toLowerCase()}">${outcome}</span>`;

function statusBadge(status: number | null): Html {
  if (status === null) return html`<span class="badge status-none">no answer</span>`;
  const cls = status < 300 ? 'ok' : status < 500 ? 'client' : 'server';
  return html`<span class="badge status-${cls}">${status}</span>`;
}

/** The reference anchor of a GraphQL input path (`input.group.id` -> `UserGroupRef.id`). */
function inputAnchor(ctx: OperationContext, path: string): string {
  const [argName = '', ...rest] = path.split('.');
  const arg = ctx.field.args.find((a) => a.name === argName);
  const root = ctx.kind === 'query' ? 'Query' : 'Mutation';
  if (!arg) return anchor(root, ctx.field.name);
  let owner = anchor(root, ctx.field.name, arg.name);
  let type: GraphQLInputType = arg.type;
  for (const part of rest) {
    const named = getNamedType(type);
    if (!isInputObjectType(named)) break;
    const next = named.getFields()[part];
    if (!next) break;
    owner = anchor(named.name, part);
    type = next.type;
  }
  return owner;
}

function pairing(ctx: OperationContext, root: string): Html {
  const { primary, field } = ctx;
  const vendor = VENDOR_TITLES[primary.vendor];
  const rootType = ctx.kind === 'query' ? 'Query' : 'Mutation';
  return html`<div class="pairing">
<div class="pair gql"><p class="pair-label">GraphQL ${ctx.kind}</p>
<code class="sig"><strong>${field.name}</strong>(${field.args.map(
    (a, i) => html`${i ? ', ' : ''}${a.name}: ${typeRef(a.type, `${root}graphql.html`)}`,
  )}): ${typeRef(field.type, `${root}graphql.html`)}</code>
<p><a href="${root}graphql.html#${anchor(rootType, field.name)}">Schema reference →</a></p></div>
<div class="pair-arrow" aria-hidden="true">⇄</div>
<div class="pair rest"><p class="pair-label">${vendor} REST</p>
<code class="sig"><span class="method method-${primary.method.toLowerCase()}">${primary.method}</span> ${primary.path}</code>
<p><code>${primary.operationId}</code> · ${primary.summary} · <a href="${root}${restPage(primary.vendor)}${redocAnchor(primary)}">REST reference →</a></p>
${
  ctx.auxiliary.length
    ? html`<p class="muted">Also: ${ctx.auxiliary.map(
        (op, i) =>
          html`${i ? ', ' : ''}<a href="${root}${restPage(op.vendor)}${redocAnchor(op)}"><code>${op.method} ${op.path}</code></a> (${op.summary})`,
      )}</p>`
    : ''
}</div>
</div>`;
}

/** Links to worked examples by their number on the page (the title shows on hover). */
function exampleLinks(ctx: OperationContext, ids: string[]): Html {
  const numbered = ctx.examples.map(({ source }, i) => ({ id: source.id, title: source.title, n: i + 1 }));
  return html`${ids.map((id, i) => {
    const ex = numbered.find((e) => e.id === id);
    return html`${i ? ' ' : ''}<a class="ex-ref" href="#example-${id}" title="${ex?.title ?? id}">${ex ? `#${ex.n}` : id}</a>`;
  })}`;
}

function mappingSection(ctx: OperationContext, root: string): Html {
  const intro = ctx.mappingConstant
    ? html`<p>The rows are the gateway's own mapping table (<code>${ctx.mappingConstant}</code>, exported by <code>@loyalty-gateway/gateway</code>), and each row is checked against the REST requests the worked examples below really sent: the docs build fails if a row disagrees with the wire, if no example shows it, or if a request carried a field the table does not explain. The constraint column is the vendor spec's.</p>`
    : html`<p>Queries keep no mapping table: these rows are read off the REST requests the worked examples below really sent (where each argument's value appeared). The constraint column is the vendor spec's.</p>`;
  return html`<section id="mapping"><h2>Field mapping</h2>${intro}
<div class="table-wrap"><table>
<thead><tr><th>GraphQL</th><th>sent to ${VENDOR_TITLES[ctx.primary.vendor]} as</th><th>constraint (spec)</th>${
    ctx.mappingConstant ? html`<th>note</th>` : ''
  }<th>shown by example</th></tr></thead>
<tbody>${ctx.mapping.map(
    (
      row,
    ) => html`<tr><td><a href="${root}graphql.html#${inputAnchor(ctx, row.graphql)}"><code>${row.graphql}</code></a></td>
<td><code>${row.vendor}</code></td><td>${markdown(row.constraint)}</td>${
      ctx.mappingConstant ? html`<td>${markdown(row.note)}</td>` : ''
    }<td>${exampleLinks(ctx, row.evidence)}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function fieldTable(typeName: string, schema: GraphQLSchema, root: string): Html {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return html``;
  return html`<div class="table-wrap"><table class="fields-table"><thead><tr><th><a href="${root}graphql.html#${type.name}">${type.name}</a> field</th><th>type</th><th>description</th></tr></thead>
<tbody>${Object.values(type.getFields()).map(
    (f) =>
      html`<tr><td><a href="${root}graphql.html#${anchor(type.name, f.name)}"><code>${f.name}</code></a></td><td><code>${typeRef(
        f.type,
        `${root}graphql.html`,
      )}</code></td><td>${markdown(f.description ?? '')}</td></tr>`,
  )}</tbody></table></div>`;
}

function responseSection(ctx: OperationContext, root: string): Html {
  const returned = getNamedType(ctx.field.type);
  const nested = isObjectType(returned)
    ? Object.values(returned.getFields()).filter((f) => {
        const unwrapped = isNonNullType(f.type) ? f.type.ofType : f.type;
        return !isListType(unwrapped) && isObjectType(getNamedType(f.type));
      })
    : [];
  return html`<section id="response"><h2>What comes back</h2>
<p>From the schema's descriptions, which name the vendor field each one is read from.</p>
${fieldTable(returned.name, ctx.schema, root)}
${nested.map((f) => fieldTable(getNamedType(f.type).name, ctx.schema, root))}
</section>`;
}

const SETUPS: Record<string, string> = {
  server: "the gateway's own credentials, from its environment",
  oauth: "the gateway's own Capillary OAuth client: it fetches a token, caches it and refreshes it",
  forwarded: "the caller's credentials, forwarded from the request headers shown",
};

function schemeFor(op: SpecOperation, auth: RecordedRestRequest['auth']): SecurityScheme | null {
  for (const name of operationSecurity(op)) {
    const scheme = securityScheme(op.vendor, name);
    if (auth === 'bearer' && scheme.scheme === 'bearer') return scheme;
    if (auth === 'basic' && scheme.scheme === 'basic') return scheme;
    if (auth === 'oauth' && scheme.type === 'apiKey') return scheme;
  }
  return null;
}

/** The credential placeholder a recorded request is shown with. */
function credentialPlaceholder(auth: RecordedRestRequest['auth']): string {
  const find = (prefix: string) =>
    SECRET_PLACEHOLDERS.find((p) => p.placeholder.startsWith(prefix))?.placeholder;
  if (auth === 'bearer') return find('‹Xtrakit API key') ?? '‹token›';
  if (auth === 'basic') return find('‹base64 till:md5') ?? '‹credential›';
  return '‹access token›';
}

function authLine(op: SpecOperation, request: RecordedRestRequest): string | null {
  if (request.auth === 'none') return null;
  const scheme = schemeFor(op, request.auth);
  if (!scheme) return `(${request.auth})`;
  return authHeaderLine(scheme).replace(/‹[^›]+›/, credentialPlaceholder(request.auth));
}

function authSection(ctx: OperationContext): Html {
  const op = ctx.primary;
  const schemes = operationSecurity(op).map((name) => securityScheme(op.vendor, name));
  const opFor = (id: string | null) => [op, ...ctx.auxiliary].find((o) => o.operationId === id) ?? op;
  // One row per distinct way credentials travelled, with the examples that show it.
  const groups: Array<{
    key: string;
    credentials: string;
    callerHeaders: string[];
    received: Array<{ operationId: string; line: string | null }>;
    ids: string[];
  }> = [];
  for (const { record } of ctx.examples) {
    if (record.vendorRequests.length === 0) continue;
    const callerHeaders = Object.entries(record.request.headers)
      .filter(([k]) => k.toLowerCase() !== 'content-type')
      .map(([k, v]) => `${k}: ${v}`);
    const received = [
      ...new Map(
        record.vendorRequests.map((r) => [
          r.operationId ?? '',
          { operationId: r.operationId ?? '', line: authLine(opFor(r.operationId), r) },
        ]),
      ).values(),
    ];
    const key = JSON.stringify([record.credentials, callerHeaders, received]);
    const group = groups.find((g) => g.key === key);
    if (group) group.ids.push(record.id);
    else groups.push({ key, credentials: record.credentials, callerHeaders, received, ids: [record.id] });
  }
  return html`<section id="auth"><h2>Authentication</h2>
<p><code>${op.operationId}</code> accepts ${schemes.length === 1 ? 'this scheme' : 'any one of these schemes'} (from <code>specs/${op.vendor}.yaml</code>):</p>
<div class="table-wrap"><table><thead><tr><th>scheme</th><th>sent as</th><th>description</th></tr></thead>
<tbody>${schemes.map(
    (s) =>
      html`<tr><td><code>${s.name}</code></td><td><code>${authHeaderLine(s)}</code></td><td>${markdown(s.description)}</td></tr>`,
  )}</tbody></table></div>
<p>What the worked examples sent, by how the gateway held the credentials:</p>
<div class="table-wrap"><table><thead><tr><th>credentials</th><th>the caller sent</th><th>${VENDOR_TITLES[op.vendor]} received</th><th>examples</th></tr></thead>
<tbody>${groups.map(
    (g) =>
      html`<tr><td><strong>${g.credentials}</strong>: ${SETUPS[g.credentials] ?? ''}</td><td>${
        g.callerHeaders.length
          ? g.callerHeaders.map((h) => html`<code>${h}</code> `)
          : html`<span class="muted">no vendor credential</span>`
      }</td><td>${g.received.map(
        (r) =>
          html`<div>${r.line ? html`<code>${r.line}</code>` : html`<span class="muted">no credential (the call needs none)</span>`} <span class="muted">on ${r.operationId}</span></div>`,
      )}</td><td>${exampleLinks(ctx, g.ids)}</td></tr>`,
  )}</tbody></table></div>
</section>`;
}

function resultCell(result: GraphqlOutcome, root: string): Html {
  if (result.type === 'payload') {
    const code = result.code
      ? html` <a href="${root}graphql.html#${anchor('UserErrorCode', result.code)}"><code>${result.code}</code></a>`
      : '';
    const extras = [
      result.vendorCode ? `vendorCode ${result.vendorCode}` : null,
      result.retryAfterSeconds !== null ? `retryAfterSeconds ${result.retryAfterSeconds}` : null,
      result.warnings.length ? `warnings ${result.warnings.join(', ')}` : null,
    ].filter(Boolean);
    return html`${outcomeBadge(result.outcome)}${code}${extras.length ? html` <span class="muted">${extras.join(' · ')}</span>` : ''}`;
  }
  if (result.type === 'data') {
    return result.value === 'null' ? html`<code>null</code> (no such group)` : html`the group`;
  }
  return html`<code>errors[0].extensions.code</code> <code>${result.code}</code>${
    result.kind ? html`, <code>kind</code> <code>${result.kind}</code>` : ''
  } <span class="muted">(HTTP ${result.httpStatus})</span>`;
}

function answersSection(ctx: OperationContext, root: string): Html {
  const { answers, primary } = ctx;
  const vendor = VENDOR_TITLES[primary.vendor];
  return html`<section id="vendor-answers"><h2>${vendor} answers → GraphQL result</h2>
<p>Every response <code>specs/${primary.vendor}.yaml</code> documents for <code>${primary.operationId}</code>${
    primary.vendor === 'capillary'
      ? html` (each named example, then every other code of <code>x-error-codes</code>)`
      : ''
  }, and the faults no document covers, replayed by a stand-in ${vendor} on 127.0.0.1 to a real gateway answering the request of
<a href="#example-${answers.probe}">${answers.probe}</a>. <em>Requests</em> counts what reached ${vendor}, retries included; the result is what the gateway answered.
${ctx.kind === 'mutation' ? html`Retry only <code>NOT_APPLIED</code>; after <code>UNKNOWN</code>, read the group back first.` : ''}</p>
<div class="table-wrap"><table class="answers"><thead><tr><th>${vendor} answers</th><th>documented in</th><th>requests</th><th>GraphQL result</th></tr></thead>
<tbody>${answers.rows.map(
    (row) =>
      html`<tr><td>${statusBadge(row.answer.status)}${
        row.answer.vendorCode !== null && row.answer.vendorCode !== row.answer.status
          ? html` <code>${row.answer.vendorCode}</code>`
          : ''
      } ${markdown(row.answer.description)}</td><td><code>${row.answer.source}</code></td><td class="num">${row.attempts}</td><td>${resultCell(
        row.result,
        root,
      )}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function restRequestText(request: RecordedRestRequest, line: string | null): string {
  const query = new URLSearchParams(request.query).toString();
  const head = [`${request.method} ${request.path}${query ? `?${query}` : ''}`, ...(line ? [line] : [])];
  return request.body === undefined ? head.join('\n') : `${head.join('\n')}\n\n${prettyJson(request.body)}`;
}

function exampleSection(
  ctx: OperationContext,
  source: WorkedExample,
  record: ExampleRecord,
  n: number,
): Html {
  const vendor = VENDOR_TITLES[ctx.primary.vendor];
  const headerLines = Object.entries(record.request.headers).map(([k, v]) => `${k}: ${v}`);
  const requestHead = [`POST ${SHOWN_GATEWAY_URL}${record.request.path}`, ...headerLines].join('\n');
  const ops = [ctx.primary, ...ctx.auxiliary];
  const rest = record.vendorRequests.map((request, i) => {
    const op = ops.find((o) => o.operationId === request.operationId) ?? ctx.primary;
    const answered = request.fault
      ? html`${statusBadge(request.status)} <span class="muted">from an injected fault (${request.fault})</span>`
      : html`${statusBadge(request.status)} <span class="muted">answered by the ${vendor} sandbox</span>`;
    return html`${codeBlock(
      restRequestText(request, authLine(op, request)),
      'http',
      `request ${i + 1} of ${record.vendorRequests.length} · ${request.operationId ?? ''}`,
    )}<p class="answered">→ ${answered}</p>`;
  });
  return html`<article class="example" id="example-${record.id}">
<h3><a class="anchor" href="#example-${record.id}" aria-label="Link to this example">#${n}</a>${source.title}</h3>
<p>${markdown(source.summary)}</p>
<p class="step"><span class="step-n">1</span> GraphQL request</p>
${codeBlock(requestHead, 'http')}
<div class="example-grid">
${codeBlock(record.request.body.query, 'graphql', 'query')}
${codeBlock(prettyJson(record.request.body.variables), 'json', 'variables')}
</div>
<p class="step"><span class="step-n">2</span> What reached ${vendor}</p>
${rest.length ? rest : html`<p class="callout">Nothing: the gateway answered without calling ${vendor}.</p>`}
<p class="step"><span class="step-n">3</span> GraphQL response <span class="muted">HTTP ${record.response.status}</span></p>
${codeBlock(prettyJson(record.response.body, 80), 'json')}
</article>`;
}

function conflictsSection(vendor: VendorName): Html {
  const conflicts = docConflicts(vendor);
  if (conflicts.length === 0) return html``;
  return html`<section id="doc-conflicts"><h2>Where ${VENDOR_TITLES[vendor]}'s docs disagree</h2>
<p>The vendor's pages contradict themselves in places; <code>specs/${vendor}.yaml</code> records each choice in <code>x-doc-conflicts</code>, and the gateway, clients and sandboxes follow it.</p>
<div class="table-wrap"><table><thead><tr><th>topic</th><th>the docs say</th><th>the spec chose</th></tr></thead>
<tbody>${conflicts.map(
    (c) =>
      html`<tr><td><strong>${c.topic}</strong></td><td>${markdown(c.docs)}</td><td>${markdown(c.choice)}</td></tr>`,
  )}</tbody></table></div></section>`;
}

/** The body of an operation page and its table of contents. */
export function renderOperationPage(ctx: OperationContext): { body: Html; toc: Array<[string, string]> } {
  const root = '../';
  const vendor = VENDOR_TITLES[ctx.primary.vendor];
  const toc: Array<[string, string]> = [
    ['mapping', 'Field mapping'],
    ['response', 'What comes back'],
    ['auth', 'Authentication'],
    ['vendor-answers', `${vendor} answers`],
    ['examples', 'Worked examples'],
    ...ctx.examples.map(({ source }, i): [string, string] => [
      `example-${source.id}`,
      `#${i + 1} ${source.title}`,
    ]),
  ];
  if (ctx.kind === 'mutation' && docConflicts(ctx.primary.vendor).length)
    toc.push(['doc-conflicts', 'Vendor doc conflicts']);
  const body = html`<p class="eyebrow">${ctx.kind} · ${vendor}</p>
<h1>${ctx.field.name}</h1>
<p class="lead">${markdown(ctx.field.description ?? '')}</p>
${pairing(ctx, root)}
${mappingSection(ctx, root)}
${responseSection(ctx, root)}
${authSection(ctx)}
${answersSection(ctx, root)}
<section id="examples"><h2>Worked examples</h2>
<p>Each one was run against the sandboxes by <code>pnpm run docs</code>: the GraphQL request below went to a real gateway, the REST requests are what the ${vendor} sandbox logged, and the response is what came back. A test runs them again and fails if anything shown here differs from what happens now. Secrets and the sandboxes' random ports are replaced by placeholders; see <a href="${root}index.html#recordings">how the recordings are made</a>.</p>
${ctx.examples.map(({ source, record }, i) => exampleSection(ctx, source, record, i + 1))}
</section>
${ctx.kind === 'mutation' ? conflictsSection(ctx.primary.vendor) : ''}`;
  return { body, toc };
}

/** One row of the landing page's operations table. */
export interface OperationSummary {
  kind: 'query' | 'mutation';
  field: string;
  description: string;
  primary: SpecOperation;
  auxiliary: SpecOperation[];
}

export function renderLanding(operations: OperationSummary[]): Html {
  const specTitle = (vendor: VendorName) => loadSpec(vendor).info.title;
  return html`<h1>loyalty-gateway</h1>
<p class="lead">One typed GraphQL API over two loyalty platforms: <strong>Xtrakit</strong> customer groups and <strong>Capillary</strong> user groups.
These docs cover both sides and link them: the GraphQL schema, each vendor's REST API, and for every query and mutation the exact REST request it becomes.</p>

<section id="setup"><h2>Set up</h2>
<p>With Node 20+ and npm (pnpm comes through <code>npx</code>), from a clone of the repository:</p>
${codeBlock('npx -y pnpm@10 install\nnpx -y pnpm@10 start', 'shell')}
<p>The gateway listens on <code>${SHOWN_GATEWAY_URL}</code> with both vendor sandboxes running in-process, so no vendor account is needed; GraphiQL is at
<code>${SHOWN_GATEWAY_URL}/graphql</code>. This site is built by <code>npx -y pnpm@10 run docs</code> into <code>apps/docs/dist/</code>; the gateway serves it at
<code>/docs</code> once it is built (<code>DOCS_DIR</code> points it at another built site). Stop the gateway with Ctrl+C or <code>kill</code>.</p>
</section>

<section id="operations"><h2>GraphQL ⇄ REST</h2>
<div class="cards two">${operations.map(
    (
      op,
    ) => html`<a class="card" href="${operationPage(op.field)}"><span class="eyebrow">${op.kind} · ${VENDOR_TITLES[op.primary.vendor]}</span>
<strong class="card-title">${op.field}</strong>
<code class="card-rest"><span class="method method-${op.primary.method.toLowerCase()}">${op.primary.method}</span> ${op.primary.path}</code>
<span class="card-text">${markdown(op.description.split(': ')[0] ?? op.description)}</span></a>`,
  )}</div>
<p>Each page shows the field mapping (checked against the wire), which credentials are sent, what every documented vendor answer becomes, and worked examples with the GraphQL request, the REST request it produced and the GraphQL response.</p>
</section>

<section id="references"><h2>References</h2>
<div class="cards two">
<a class="card" href="graphql.html"><strong class="card-title">GraphQL schema</strong><span class="card-text">Every type, field, argument and enum value, from <code>schema.graphql</code>.</span></a>
<a class="card" href="${restPage('xtrakit')}"><strong class="card-title">Xtrakit REST</strong><span class="card-text">${specTitle('xtrakit')}: servers, auth, operations, schemas, examples, errors.</span></a>
<a class="card" href="${restPage('capillary')}"><strong class="card-title">Capillary REST</strong><span class="card-text">${specTitle('capillary')}: servers, auth, operations, schemas, examples, errors.</span></a>
<a class="card" href="errors.html"><strong class="card-title">Outcomes & errors</strong><span class="card-text">The closed sets of outcomes, <code>userErrors</code> codes and GraphQL error codes; Capillary's codes.</span></a>
</div>
<p>Downloads: <a href="schema.graphql"><code>schema.graphql</code></a> · <a href="specs/xtrakit.yaml"><code>xtrakit.yaml</code></a> · <a href="specs/capillary.yaml"><code>capillary.yaml</code></a> (OpenAPI 3.1).</p>
</section>

<section id="recordings"><h2>How the examples are recorded</h2>
<p><code>pnpm run docs</code> starts both sandboxes on random local ports, builds a gateway for each example (with the credentials setup it names), sends the GraphQL request over HTTP and reads the REST requests back from the sandbox's request log, which records the security scheme used but never the credential. The results are committed in <code>apps/docs/examples/*.json</code>; a test runs everything again and fails, asking to run <code>pnpm run docs</code>, if any request or response differs. In the recordings:</p>
<div class="table-wrap"><table><thead><tr><th>shown</th><th>stands for</th></tr></thead><tbody>
<tr><td><code>${SHOWN_GATEWAY_URL}</code></td><td>the gateway (the examples ran on a random port; this is where <code>pnpm start</code> listens)</td></tr>
<tr><td><code>‹vendor base URL›</code>, <code>‹vendor host›</code></td><td>a sandbox's random local address</td></tr>
${SECRET_PLACEHOLDERS.map((p) => html`<tr><td><code>${p.placeholder}</code></td><td>${markdown(p.meaning)}</td></tr>`)}
<tr><td>timestamps</td><td>the sandboxes' fixed clock during the run, <code>${EXAMPLE_CLOCK.toISOString()}</code></td></tr>
</tbody></table></div>
</section>`;
}

export function renderErrorsPage(schema: GraphQLSchema, answers: VendorAnswerTable[]): Html {
  const outcome = schema.getType('MutationOutcome');
  const kindsFor = (code: string) =>
    Object.entries(ERROR_KIND_TO_USER_ERROR)
      .filter(([, c]) => c === code)
      .map(([kind]) => kind);
  const capillaryRows = answers.find((a) => a.operationId === 'updateUserGroup')?.rows ?? [];
  const resultFor = (code: number) => capillaryRows.find((r) => r.answer.vendorCode === code)?.result;
  return html`<h1>Outcomes &amp; errors</h1>
<p class="lead">The closed sets a client can branch on. Each operation page shows, row by row, which vendor answer produces which of these.</p>

<section id="outcomes"><h2>Mutation outcomes</h2>
<p>Every mutation payload has an <code>outcome</code> (enum <a href="graphql.html#MutationOutcome"><code>MutationOutcome</code></a>):</p>
<div class="table-wrap"><table><thead><tr><th>outcome</th><th>meaning</th></tr></thead><tbody>${
    isEnumType(outcome)
      ? outcome
          .getValues()
          .map(
            (v) => html`<tr><td>${outcomeBadge(v.name)}</td><td>${markdown(v.description ?? '')}</td></tr>`,
          )
      : ''
  }</tbody></table></div></section>

<section id="user-errors"><h2><code>userErrors</code> codes</h2>
<p>Expected failures come back as data, in the mutation's <code>userErrors</code>, with one of these codes (enum <a href="graphql.html#UserErrorCode"><code>UserErrorCode</code></a>). The middle column is the client error kind each one comes from (<code>ERROR_KIND_TO_USER_ERROR</code>).</p>
<div class="table-wrap"><table><thead><tr><th>code</th><th>from client error kind</th><th>meaning</th></tr></thead><tbody>${Object.entries(
    USER_ERROR_CODES,
  ).map(([code, meaning]) => {
    const kinds = kindsFor(code);
    return html`<tr id="${code}"><td><code>${code}</code></td><td>${
      kinds.length
        ? kinds.map((k, i) => html`${i ? ', ' : ''}<code>${k}</code>`)
        : html`<span class="muted">input refused before sending</span>`
    }</td><td>${markdown(meaning)}</td></tr>`;
  })}</tbody></table></div></section>

<section id="graphql-errors"><h2>GraphQL error codes</h2>
<p>Anything that is not an expected failure is a GraphQL error whose <code>extensions.code</code> is one of these; anything else is masked as <code>INTERNAL_SERVER_ERROR</code>.</p>
<div class="table-wrap"><table><thead><tr><th><code>extensions.code</code></th><th>meaning</th></tr></thead><tbody>${Object.entries(
    GRAPHQL_ERROR_CODES,
  ).map(
    ([code, meaning]) => html`<tr><td><code>${code}</code></td><td>${markdown(meaning)}</td></tr>`,
  )}</tbody></table></div></section>

<section id="capillary-codes"><h2>Capillary error and warning codes</h2>
<p>The codes <code>specs/capillary.yaml</code> documents (<code>x-error-codes</code>), and what <a href="${operationPage('updateUserGroup')}#vendor-answers"><code>updateUserGroup</code></a> answers when Capillary returns each one.</p>
<div class="table-wrap"><table><thead><tr><th>code</th><th>kind</th><th>message</th><th>meaning</th><th>updateUserGroup answers</th></tr></thead><tbody>${errorCodes(
    'capillary',
  ).map((entry) => {
    const result = resultFor(entry.code);
    return html`<tr><td><code>${entry.code}</code></td><td>${entry.kind}</td><td>${entry.message}</td><td>${markdown(entry.meaning)}</td><td>${
      result ? resultCell(result, '') : ''
    }</td></tr>`;
  })}</tbody></table></div></section>`;
}
