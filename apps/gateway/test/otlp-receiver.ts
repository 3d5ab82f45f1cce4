// A real OTLP/HTTP trace receiver for tests: a node:http server on 127.0.0.1:0 that accepts
// POST /v1/traces as protobuf (decoded here with a minimal wire-format reader over the
// opentelemetry-proto field numbers) or JSON, and keeps every span it was sent.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type AttributeValue = string | number | boolean | string[];

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, AttributeValue>;
  /** Status code: 0 unset, 1 ok, 2 error. */
  status: number;
  resource: Record<string, AttributeValue>;
}

export interface OtlpReceiver {
  /** The base endpoint (OTEL_EXPORTER_OTLP_ENDPOINT). */
  url: string;
  spans: ReceivedSpan[];
  /** Every request body as received (for leak scans), with its content type. */
  bodies: Array<{ contentType: string; body: Buffer }>;
  close(): Promise<void>;
}

// --- protobuf wire format: varints, length-delimited fields; enough for ExportTraceServiceRequest.
type Fields = Map<number, Array<Buffer | bigint>>;

function varint(buf: Buffer, at: number): [bigint, number] {
  let value = 0n;
  let shift = 0n;
  let pos = at;
  for (;;) {
    const byte = buf[pos++] as number;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [value, pos];
    shift += 7n;
  }
}

function fields(buf: Buffer): Fields {
  const out: Fields = new Map();
  let pos = 0;
  while (pos < buf.length) {
    const [key, next] = varint(buf, pos);
    pos = next;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    let value: Buffer | bigint;
    if (wire === 0) [value, pos] = varint(buf, pos);
    else if (wire === 1) [value, pos] = [buf.readBigUInt64LE(pos), pos + 8];
    else if (wire === 5) [value, pos] = [BigInt(buf.readUInt32LE(pos)), pos + 4];
    else if (wire === 2) {
      const [length, start] = varint(buf, pos);
      value = buf.subarray(start, start + Number(length));
      pos = start + Number(length);
    } else throw new Error(`unsupported wire type ${wire}`);
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

const bytes = (f: Fields, n: number) => f.get(n)?.[0] as Buffer | undefined;
const all = (f: Fields, n: number) => (f.get(n) ?? []) as Buffer[];

function anyValue(buf: Buffer): AttributeValue {
  const f = fields(buf);
  if (f.has(1)) return (bytes(f, 1) as Buffer).toString('utf8');
  if (f.has(2)) return (f.get(2)?.[0] as bigint) !== 0n;
  if (f.has(3)) return Number(BigInt.asIntN(64, f.get(3)?.[0] as bigint));
  if (f.has(4)) {
    const raw = Buffer.alloc(8);
    raw.writeBigUInt64LE(f.get(4)?.[0] as bigint);
    return raw.readDoubleLE();
  }
  if (f.has(5)) return all(fields(bytes(f, 5) as Buffer), 1).map((v) => String(anyValue(v)));
  return '';
}

function keyValues(list: Buffer[]): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const kv of list) {
    const f = fields(kv);
    out[(bytes(f, 1) as Buffer).toString('utf8')] = anyValue(bytes(f, 2) ?? Buffer.alloc(0));
  }
  return out;
}

/** ExportTraceServiceRequest { resource_spans=1 { resource=1 { attributes=1 }, scope_spans=2 { spans=2 } } } */
function decodeProtobuf(body: Buffer): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const rs of all(fields(body), 1)) {
    const rsf = fields(rs);
    const resource = keyValues(all(fields(bytes(rsf, 1) ?? Buffer.alloc(0)), 1));
    for (const ss of all(rsf, 2)) {
      for (const s of all(fields(ss), 2)) {
        const f = fields(s);
        const status = bytes(f, 15);
        spans.push({
          traceId: (bytes(f, 1) as Buffer).toString('hex'),
          spanId: (bytes(f, 2) as Buffer).toString('hex'),
          parentSpanId: bytes(f, 4)?.toString('hex') ?? '',
          name: bytes(f, 5)?.toString('utf8') ?? '',
          kind: Number(f.get(6)?.[0] ?? 0n),
          attributes: keyValues(all(f, 9)),
          status: status ? Number(fields(status).get(3)?.[0] ?? 0n) : 0,
          resource,
        });
      }
    }
  }
  return spans;
}

// --- OTLP/JSON: ids are hex strings, values are { stringValue | intValue | boolValue | ... }.
interface JsonValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: JsonValue[] };
}
interface JsonKv {
  key: string;
  value: JsonValue;
}
const jsonValue = (v: JsonValue): AttributeValue =>
  v.stringValue ??
  v.boolValue ??
  (v.intValue !== undefined ? Number(v.intValue) : undefined) ??
  v.doubleValue ??
  (v.arrayValue?.values ?? []).map((x) => String(jsonValue(x)));
const jsonKvs = (list: JsonKv[] = []) => Object.fromEntries(list.map((kv) => [kv.key, jsonValue(kv.value)]));

function decodeJson(body: Buffer): ReceivedSpan[] {
  // biome-ignore lint/suspicious/noExplicitAny: the OTLP JSON document, read loosely
  const doc = JSON.parse(body.toString('utf8')) as any;
  const spans: ReceivedSpan[] = [];
  for (const rs of doc.resourceSpans ?? []) {
    const resource = jsonKvs(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        spans.push({
          traceId: s.traceId,
          spanId: s.spanId,
          parentSpanId: s.parentSpanId ?? '',
          name: s.name,
          kind: s.kind,
          attributes: jsonKvs(s.attributes),
          status: s.status?.code ?? 0,
          resource,
        });
      }
    }
  }
  return spans;
}

/** Starts the receiver; every export is acknowledged with 200. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const bodies: OtlpReceiver['bodies'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const contentType = String(req.headers['content-type'] ?? '');
      bodies.push({ contentType, body });
      if (req.method !== 'POST' || req.url !== '/v1/traces') return void res.writeHead(404).end();
      const json = contentType.startsWith('application/json');
      spans.push(...(json ? decodeJson(body) : decodeProtobuf(body)));
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      res.end(json ? '{}' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    bodies,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
