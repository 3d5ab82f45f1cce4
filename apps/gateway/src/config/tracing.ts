// The tracing section of the config: the standard OpenTelemetry variables
// (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/), read here so
// that nothing else reads them. No endpoint means no tracing (and the SDK is never loaded).
import { ConfigError, type Env } from './read.js';

/** Which traces are kept (OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG). */
export interface SamplerConfig {
  /** `parentbased_*` follows an incoming `traceparent`'s sampled flag and applies `root` otherwise. */
  parentBased: boolean;
  root: 'always_on' | 'always_off' | 'traceidratio';
  /** For traceidratio: the share of traces kept, 0 to 1. */
  ratio: number;
}

/** Where spans are exported (OTLP over HTTP), and as what. */
export interface TracingConfig {
  /** The full traces URL, e.g. http://collector:4318/v1/traces. */
  url: string;
  protocol: 'http/protobuf' | 'http/json';
  /** Headers sent to the collector (OTEL_EXPORTER_OTLP_HEADERS); treated as secrets. */
  headers: Record<string, string>;
  serviceName: string;
  /** OTEL_RESOURCE_ATTRIBUTES, as key/value pairs. */
  resourceAttributes: Record<string, string>;
  sampler: SamplerConfig;
}

const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
];

/** The tracing config, or null when tracing is off (no endpoint, OTEL_SDK_DISABLED, or exporter none). */
export function tracingConfig(env: Env): TracingConfig | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const exporter = env.OTEL_TRACES_EXPORTER || 'otlp';
  if (exporter === 'none') return null;
  if (exporter !== 'otlp') throw new ConfigError('OTEL_TRACES_EXPORTER must be "otlp" or "none"');
  const url = tracesUrl(env);
  if (!url) return null;
  return {
    url,
    protocol: protocol(env),
    headers: {
      ...pairs(env, 'OTEL_EXPORTER_OTLP_HEADERS'),
      ...pairs(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'),
    },
    serviceName: env.OTEL_SERVICE_NAME || 'loyalty-gateway',
    resourceAttributes: pairs(env, 'OTEL_RESOURCE_ATTRIBUTES'),
    sampler: sampler(env),
  };
}

/** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. */
function tracesUrl(env: Env): string | null {
  const signal = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (signal) return httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', signal);
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!base) return null;
  return `${httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base).replace(/\/+$/, '')}/v1/traces`;
}

function httpUrl(name: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigError(`${name} must be an http(s) URL`);
  if (parsed.username || parsed.password)
    throw new ConfigError(`${name} must not carry credentials (use OTEL_EXPORTER_OTLP_HEADERS)`);
  return value;
}

function protocol(env: Env): TracingConfig['protocol'] {
  const value = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || 'http/protobuf';
  if (value !== 'http/protobuf' && value !== 'http/json') {
    throw new ConfigError(
      'OTEL_EXPORTER_OTLP_PROTOCOL (and OTEL_EXPORTER_OTLP_TRACES_PROTOCOL) must be http/protobuf or http/json (grpc is not supported)',
    );
  }
  return value;
}

function sampler(env: Env): SamplerConfig {
  const name = env.OTEL_TRACES_SAMPLER || 'parentbased_always_on';
  if (!SAMPLERS.includes(name))
    throw new ConfigError(`OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(', ')}`);
  const parentBased = name.startsWith('parentbased_');
  const root = name.replace('parentbased_', '') as SamplerConfig['root'];
  const arg = env.OTEL_TRACES_SAMPLER_ARG;
  let ratio = 1;
  if (root === 'traceidratio' && arg !== undefined && arg !== '') {
    ratio = Number(arg);
    if (!/^\d*\.?\d+$/.test(arg) || ratio < 0 || ratio > 1)
      throw new ConfigError('OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1');
  }
  return { parentBased, root, ratio };
}

/** `key=value,key2=value2` with percent-encoded values (the OTel format); errors never show a value. */
function pairs(env: Env, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (env[name] ?? '').split(',')) {
    if (item.trim() === '') continue;
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at).trim() : '';
    let value: string;
    try {
      value = decodeURIComponent(item.slice(at + 1).trim());
    } catch {
      throw new ConfigError(`${name} has a value that is not percent-encoded (values not shown)`);
    }
    if (!/^[A-Za-z0-9._-]+$/.test(key) || /[\r\n]/.test(value))
      throw new ConfigError(`${name} must be comma-separated key=value pairs (values not shown)`);
    out[key] = value;
  }
  return out;
}
