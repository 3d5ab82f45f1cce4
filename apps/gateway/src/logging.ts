import { secretScrubber } from '@loyalty-gateway/http-runtime';
import { type DestinationStream, type Logger, pino } from 'pino';
import { within } from './within.js';

type SonicBoom = ReturnType<typeof pino.destination>;

/** Header names whose values never reach a log line, compared in lower case. */
export const SENSITIVE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-cap-api-oauth-token',
  'x-xtrakit-api-key',
  'x-capillary-basic',
  'x-capillary-token',
]);

/**
 * `fn`, called at most once in `ms` (later calls meanwhile are dropped): for errors that repeat while
 * a dependency is down (a Redis outage must not flood the log).
 */
export function atMostEvery<A extends unknown[]>(ms: number, fn: (...args: A) => void): (...args: A) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (...args) => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    fn(...args);
  };
}

/** A header map safe to log: names in lower case, sensitive values replaced. */
export function safeHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    out[lower] = SENSITIVE_HEADERS.has(lower)
      ? '[REDACTED]'
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  }
  return out;
}

const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
// A sensitive header as a key of the serialised line, at any depth and in any letter case (pino's
// redact paths are exact and case-sensitive), with a string or string-array value.
const SENSITIVE_JSON = new RegExp(
  `"(${[...SENSITIVE_HEADERS].join('|')})":(?:${JSON_STRING}|\\[(?:${JSON_STRING},?)*\\])`,
  'gi',
);

/** Replaces the value of every sensitive header key in a serialised JSON log line. */
function redactHeaderValues(line: string): string {
  return line.replace(SENSITIVE_JSON, '"$1":"[REDACTED]"');
}

/**
 * The gateway's logger: JSON lines (pino), auth headers redacted in any letter case, and a final
 * scrub of every configured secret (plain, base64, md5 ...) from each line before it is written.
 */
export function createLogger(
  level: string,
  secrets: readonly string[],
  destination?: DestinationStream,
): Logger {
  // Exact paths only: streamWrite below redacts these keys at any depth, and pino's wildcard paths
  // (`*.headers[...]`) cost ~9 µs on every line, the log line's main cost.
  const paths = [...SENSITIVE_HEADERS].flatMap((h) => [`headers["${h}"]`, `req.headers["${h}"]`]);
  // The forms of each secret (md5, base64, ...) are computed once, not for every log line.
  const scrub = secretScrubber(secrets);
  const options = {
    level,
    base: { service: 'loyalty-gateway' },
    redact: { paths, censor: '[REDACTED]' },
    hooks: {
      streamWrite: (line: string) => {
        const redacted = redactHeaderValues(line);
        return secrets.length === 0 ? redacted : scrub(redacted);
      },
    },
  };
  if (destination) return pino(options, destination);
  const stdout = stdoutDestination();
  const logger = pino(options, stdout);
  stdoutStreams.set(logger, stdout);
  return logger;
}

const stdoutStreams = new WeakMap<Logger, SonicBoom>();

/** Lines are held until this many bytes are buffered ... */
const LOG_BLOCK_BYTES = 4096;
/** ... or for at most this long. */
const LOG_FLUSH_MS = 250;

/**
 * Before a deliberate exit: writes what is buffered (waiting at most `timeoutMs`), then closes the
 * logger's standard-output stream. Closed, it is skipped by pino's exit hook, whose synchronous flush
 * retries a failed write forever unless the error is EAGAIN (a closed pipe kept the process alive).
 */
export async function finishLogging(logger: Logger, timeoutMs = 1_000): Promise<void> {
  await within(new Promise<void>((resolve) => logger.flush(() => resolve())), timeoutMs);
  stdoutStreams.get(logger)?.destroy();
}

/**
 * Standard output written asynchronously and in blocks: lines gather until 4 KiB (about 30 operation
 * lines) or for at most LOG_FLUSH_MS, then go out in one write, instead of one write (a thread-pool
 * round trip) per line under load. Buffered lines are written by `logger.flush()` (main.ts, after the
 * ready line), by finishLogging before a deliberate exit, and by pino's exit hook on any other exit;
 * a SIGKILL loses at most LOG_FLUSH_MS.
 */
function stdoutDestination(): SonicBoom {
  const stream = pino.destination({
    dest: 1,
    sync: false,
    minLength: LOG_BLOCK_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  // Standard output gone (a closed pipe, EPIPE): the gateway keeps serving and can still stop cleanly;
  // it says so once on standard error rather than crashing on an unhandled 'error' event.
  let reported = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (reported) return;
    reported = true;
    process.stderr.write(`loyalty-gateway: log output failed (${error.code ?? error.name}); logging stops\n`);
  });
  return stream;
}
