// The load generator: autocannon (HTTP/1.1 keep-alive, one request in flight per connection).
import autocannon from 'autocannon';
import { LatencyRecorder } from './stats.js';

/** What one timed run measured on the client side. */
export interface LoadSample {
  connections: number;
  durationS: number;
  /** Responses received (any status). */
  requests: number;
  ok: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors (timeouts included) + non-2xx + bodies that failed verification. */
  errors: number;
  non2xx: number;
  mismatches: number;
}

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationS: number;
  /** A cheap check of every response body (counted as a mismatch when false). */
  verify?: (body: string) => boolean;
}

/**
 * Runs autocannon for a fixed time and summarises it. Latencies are recorded from its `response`
 * events (fractional ms): its own histogram keeps whole milliseconds, too coarse for 1 connection.
 */
export async function runLoad(options: LoadOptions): Promise<LoadSample> {
  const latencies = new LatencyRecorder();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method,
        headers: options.headers,
        body: options.body,
        connections: options.connections,
        duration: options.durationS,
        timeout: 10,
        ...(options.verify ? { verifyBody: options.verify as (body: unknown) => boolean } : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.record(responseTime));
  });
  const requests = result['2xx'] + result.non2xx;
  const { p50, p99 } = latencies.summary();
  return {
    connections: options.connections,
    durationS: result.duration,
    requests,
    ok: result['2xx'] - result.mismatches,
    rps: requests / result.duration,
    p50,
    p99,
    errors: result.errors + result.non2xx + result.mismatches,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}
