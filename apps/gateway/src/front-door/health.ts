import type { GatewayMetrics } from '../metrics.js';
import { JSON_HEADERS } from './reply.js';
import type { Step } from './step.js';

/**
 * `/healthz`, `/readyz` (503 while draining; says where rate limits are counted: `rateLimits` is
 * off, local, shared or fallback, still 200 in fallback since the gateway serves) and `/metrics` (GET).
 */
export function useHealth(
  metrics: GatewayMetrics,
  draining: () => boolean,
  rateLimitMode: () => string,
): Step {
  return async ({ req, res, path }, next) => {
    if (path === '/healthz') return void res.writeHead(200, JSON_HEADERS).end('{"status":"ok"}');
    if (path === '/readyz') {
      const busy = draining();
      const body = { status: busy ? 'draining' : 'ready', rateLimits: rateLimitMode() };
      return void res.writeHead(busy ? 503 : 200, JSON_HEADERS).end(JSON.stringify(body));
    }
    if (path === '/metrics' && req.method === 'GET') {
      const body = await metrics.registry.metrics();
      return void res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
    }
    return next();
  };
}
