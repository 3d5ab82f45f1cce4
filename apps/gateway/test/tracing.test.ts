// OpenTelemetry tracing end to end: the gateway exports to a real OTLP/HTTP receiver in this process
// (protobuf, the default, and JSON), continues an incoming traceparent, and every vendor request
// carries the traceparent of its own attempt span, as the sandboxes' request logs show.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, startTracing, withSpan } from '../src/index.js';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from './otlp-receiver.js';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

const INCOMING_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const INCOMING_SPAN = '00f067aa0ba902b7';
const SERVER = 2;
const CLIENT = 3;
const ERROR = 2;

async function flushed(stack: Stack, receiver: OtlpReceiver, count: number): Promise<ReceivedSpan[]> {
  const deadline = Date.now() + 5_000;
  while (receiver.spans.length < count && Date.now() < deadline) {
    await stack.gateway.tracing?.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return receiver.spans;
}

describe.each([['http/protobuf'], ['http/json']])('tracing over OTLP %s', (protocol) => {
  let receiver: OtlpReceiver;
  let stack: Stack;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startStack({
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
        OTEL_SERVICE_NAME: 'gateway-under-test',
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });
  beforeEach(() => {
    stack.reset();
    receiver.spans.length = 0;
    receiver.bodies.length = 0;
  });

  it('continues the incoming traceparent: operation span, then one client span per attempt', async () => {
    const reply = await stack.gql(
      UPDATE_CUSTOMER_GROUP,
      { input: { id: '1', name: 'Gold' } },
      { traceparent: `00-${INCOMING_TRACE}-${INCOMING_SPAN}-01` },
    );
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    const spans = await flushed(stack, receiver, 2);
    const operation = spans.find((s) => s.kind === SERVER);
    const attempt = spans.find((s) => s.kind === CLIENT);
    expect(operation).toMatchObject({
      traceId: INCOMING_TRACE,
      parentSpanId: INCOMING_SPAN,
      name: 'mutation Update',
      attributes: {
        'graphql.operation.type': 'mutation',
        'graphql.operation.name': 'Update',
        'gateway.root_field': 'updateCustomerGroup',
        'gateway.outcome': 'APPLIED',
      },
      resource: { 'service.name': 'gateway-under-test' },
    });
    expect(attempt).toMatchObject({
      traceId: INCOMING_TRACE,
      parentSpanId: operation?.spanId,
      name: 'PUT /api/v1/customer-groups/{id}',
      attributes: {
        'http.request.method': 'PUT',
        'url.template': '/api/v1/customer-groups/{id}',
        'http.response.status_code': 200,
        'gateway.vendor': 'xtrakit',
        'gateway.vendor.operation': 'updateCustomerGroup',
        'gateway.attempt': 1,
      },
    });
    expect(attempt?.attributes).not.toHaveProperty('http.request.resend_count');
    // The vendor saw the attempt span's own context.
    const [logged] = stack.xtrakit.requests.all();
    expect(logged?.traceparent).toBe(`00-${INCOMING_TRACE}-${attempt?.spanId}-01`);
    expect(receiver.bodies[0]?.contentType).toBe(
      protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
    );
  });

  it('a retried attempt: the first span has the 503, the retry reason and error.type; the second its resend count', async () => {
    stack.xtrakit.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '0' }, times: 1 });
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'Silver' } });
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    const spans = await flushed(stack, receiver, 3);
    const operation = spans.find((s) => s.kind === SERVER) as ReceivedSpan;
    expect(operation.parentSpanId).toBe('');
    const attempts = spans
      .filter((s) => s.kind === CLIENT)
      .sort((a, b) => Number(a.attributes['gateway.attempt']) - Number(b.attributes['gateway.attempt']));
    expect(attempts.map((s) => s.parentSpanId)).toEqual([operation.spanId, operation.spanId]);
    expect(attempts[0]).toMatchObject({
      status: ERROR,
      attributes: {
        'gateway.attempt': 1,
        'http.response.status_code': 503,
        'gateway.retry_reason': 'retry_after',
        'error.type': 'upstream_unavailable',
      },
    });
    expect(attempts[1]?.attributes).toMatchObject({
      'gateway.attempt': 2,
      'http.request.resend_count': 1,
      'http.response.status_code': 200,
    });
    const sent = stack.xtrakit.requests.all().map((r) => r.traceparent);
    expect(sent).toEqual(attempts.map((s) => `00-${operation.traceId}-${s.spanId}-01`));
    // No input value (the group's name) and no concrete URL reach the exported spans.
    const exported = receiver.bodies.map((b) => b.body.toString('latin1')).join('');
    expect(exported).not.toContain('Silver');
    expect(exported).not.toContain('customer-groups/1');
  });

  it('Capillary calls are traced the same way; a failed mutation records its outcome', async () => {
    stack.capillary.faults.add({ fault: { kind: 'status', status: 500 }, times: 1 });
    const reply = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '1' }, name: 'VIP' } });
    const outcome = reply.body.data.updateUserGroup.outcome;
    const spans = await flushed(stack, receiver, 2);
    expect(spans.find((s) => s.kind === SERVER)?.attributes['gateway.outcome']).toBe(outcome);
    const attempt = spans.find((s) => s.kind === CLIENT);
    expect(attempt).toMatchObject({
      name: 'PUT /v2/userGroup2',
      status: ERROR,
      attributes: { 'gateway.vendor': 'capillary', 'http.response.status_code': 500 },
    });
    expect(stack.capillary.requests.all()[0]?.traceparent).toContain(attempt?.spanId);
  });

  it('a refused document still gets its error codes, never its text', async () => {
    const reply = await stack.gql('query Q { customerGroup(id: "secret-looking-literal") { nope } }');
    expect(reply.status).toBe(400);
    // Validation fails before execution: no operation span, and nothing holds the literal.
    await stack.gateway.tracing?.flush();
    expect(receiver.bodies.map((b) => b.body.toString('latin1')).join('')).not.toContain('secret-looking');
  });
});

describe('tracing off (no OTEL_* endpoint)', () => {
  it('starts nothing, sends no traceparent, and withSpan is the function itself', async () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(await startTracing(null)).toBeNull();
    const stack = await startStack();
    try {
      expect(stack.gateway.tracing).toBeNull();
      await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'Gold' } });
      expect(stack.xtrakit.requests.all()[0]?.traceparent).toBeNull();
      expect(withSpan('budget.wait', {}, () => 42)).toBe(42);
    } finally {
      await stack.stop();
    }
  });
});

describe('sampling and withSpan', () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(() => receiver?.close());

  it('OTEL_TRACES_SAMPLER=always_off exports nothing but still propagates an unsampled traceparent', async () => {
    const stack = await startStack({
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_TRACES_SAMPLER: 'always_off' },
    });
    try {
      await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'Gold' } });
      await stack.gateway.tracing?.flush();
      expect(receiver.spans).toHaveLength(0);
      expect(stack.xtrakit.requests.all()[0]?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
    } finally {
      await stack.stop();
    }
  });

  it('withSpan nests spans, marks a throw as an error by class name, and exports on shutdown', async () => {
    receiver.spans.length = 0;
    const tracing = await startTracing(
      loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces` }).tracing,
    );
    const value = await withSpan('bulk.item', { 'gateway.job.item': 3 }, () =>
      withSpan('budget.wait', { 'gateway.vendor': 'xtrakit' }, async () => 'admitted'),
    );
    expect(value).toBe('admitted');
    await expect(
      withSpan('settlement.read_back', {}, () => Promise.reject(new TypeError('a message never exported'))),
    ).rejects.toThrow(TypeError);
    await tracing?.shutdown();
    const byName = Object.fromEntries(receiver.spans.map((s) => [s.name, s]));
    expect(byName['budget.wait']?.parentSpanId).toBe(byName['bulk.item']?.spanId);
    expect(byName['bulk.item']).toMatchObject({ parentSpanId: '', attributes: { 'gateway.job.item': 3 } });
    expect(byName['settlement.read_back']).toMatchObject({
      status: ERROR,
      attributes: { 'error.type': 'TypeError' },
    });
    expect(JSON.stringify(receiver.spans)).not.toContain('never exported');
    // After shutdown the face is a no-op again.
    expect(withSpan('after', {}, () => 'plain')).toBe('plain');
  });
});
