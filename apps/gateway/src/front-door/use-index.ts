import type { IncomingMessage } from 'node:http';
import { JSON_HEADERS } from './reply.js';
import type { Step } from './step.js';

/** What `GET /` knows about the gateway it fronts. */
export interface IndexOptions {
  production: boolean;
  graphiql: boolean;
  /** Whether the docs site is served at /docs. */
  docs: boolean;
}

/** The endpoints, as the JSON index lists them. */
export function endpointIndex(options: IndexOptions) {
  return {
    service: 'loyalty-gateway',
    endpoints: {
      graphql: { path: '/graphql', methods: ['POST', 'GET'] },
      // Named only where it is served: production answers carry no trace of GraphiQL.
      ...(options.graphiql ? { graphiql: { path: '/graphql', accept: 'text/html' } } : {}),
      ...(options.docs ? { docs: { path: '/docs/' } } : {}),
      health: { path: '/healthz' },
      ready: { path: '/readyz' },
      metrics: { path: '/metrics' },
    },
  };
}

/** A browser asking for a page (Accept names text/html before any JSON). */
function wantsPage(req: IncomingMessage): boolean {
  const accept = String(req.headers.accept ?? '');
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html !== -1 && (json === -1 || html < json);
}

function page(options: IndexOptions): string {
  const graphiql = options.graphiql
    ? '<li><a href="/graphql">GraphiQL</a>: run the example mutations and queries against the sandboxes</li>'
    : '<li><code>POST /graphql</code> (GraphiQL is off: <code>GRAPHIQL=true</code>)</li>';
  const docs = options.docs
    ? '<li><a href="/docs/">Docs</a>: the GraphQL reference, the vendor APIs and the field mappings</li>'
    : '<li>Docs: not built yet (<code>npx -y pnpm@10 run docs</code>, then restart)</li>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loyalty-gateway</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1>loyalty-gateway</h1><ul>${graphiql}${docs}
<li><a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>, <a href="/metrics">/metrics</a></li></ul>
</body></html>`;
}

/**
 * `GET /`: in development, a browser gets a page that sends it to GraphiQL and the docs; anything
 * else (and everything in production) gets a small JSON index of the endpoints.
 */
export function useIndex(options: IndexOptions): Step {
  const json = JSON.stringify(endpointIndex(options));
  const html = options.production ? null : page(options);
  return ({ req, res, path }, next) => {
    if (path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (html && wantsPage(req)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    res.writeHead(200, { ...JSON_HEADERS, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : json);
  };
}
