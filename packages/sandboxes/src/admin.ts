import type { ServerResponse } from 'node:http';
import { type FaultSet, parseFaultRule } from './faults.js';
import { writeJson } from './http-io.js';
import type { RequestRing } from './request-log.js';

/** The `/__sandbox/*` endpoints: faults, reset and the request log. */
export function admin(
  method: string,
  path: string,
  raw: string,
  res: ServerResponse,
  state: { faults: FaultSet; log: RequestRing; reset(): void },
): void {
  const { faults, log } = state;
  try {
    if (path === '/__sandbox/faults' && method === 'POST') {
      faults.add(parseFaultRule(JSON.parse(raw)));
      writeJson(res, 201, { faults: faults.active() });
    } else if (path === '/__sandbox/faults' && method === 'DELETE') {
      faults.clear();
      writeJson(res, 200, { faults: [] });
    } else if (path === '/__sandbox/faults' && method === 'GET') {
      writeJson(res, 200, { faults: faults.active() });
    } else if (path === '/__sandbox/reset' && method === 'POST') {
      state.reset();
      faults.clear();
      log.clear();
      writeJson(res, 200, { reset: true });
    } else if (path === '/__sandbox/requests' && method === 'GET') {
      writeJson(res, 200, { requests: log.all() });
    } else {
      writeJson(res, 404, { error: 'unknown admin endpoint' });
    }
  } catch (error) {
    writeJson(res, 400, { error: error instanceof Error ? error.message : 'bad request' });
  }
}

/** Fault rules given at start in SANDBOX_FAULTS (one rule or a list, as JSON). */
export function parseEnvFaults() {
  // The one place the sandbox reads the environment: the CLI's way to inject faults at start.
  const raw = process.env.SANDBOX_FAULTS;
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  return (Array.isArray(parsed) ? parsed : [parsed]).map(parseFaultRule);
}
