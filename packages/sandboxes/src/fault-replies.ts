import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault } from './faults.js';
import { JSON_TYPE, writeOversized } from './http-io.js';
import type { LoggedRequest } from './request-log.js';

/** A fault other than latency, as FaultSet.pick returns it. */
export type StrikingFault = Exclude<Fault, { kind: 'latency' }>;

/** What a vendor handler answers (kept here so the fault code needs no engine import). */
export interface FaultReply {
  status: number;
  body: unknown;
}

/**
 * Whether the vendor acts before the fault strikes: status, hang and reset strike first unless
 * `applyWrite` says the write happens before; html, truncated, oversized and stall-body garble the
 * answer of a request that was applied.
 */
export function actsFirst(fault: StrikingFault | null): boolean {
  if (fault === null) return true;
  const preFault = fault.kind === 'status' || fault.kind === 'hang' || fault.kind === 'reset';
  return !preFault || ('applyWrite' in fault && fault.applyWrite === true);
}

/**
 * Answers with a fault instead of (or on top of) the vendor's reply. `send` writes a checked vendor
 * reply; `reply` is the vendor's answer when it acted first.
 */
export function answerWithFault(
  fault: StrikingFault,
  io: { req: IncomingMessage; res: ServerResponse; entry: LoggedRequest },
  reply: FaultReply | null,
  vendor: {
    errorBody(status: number): unknown;
    send(reply: FaultReply & { headers?: Record<string, string> }): void;
  },
): void {
  const { req, res, entry } = io;
  switch (fault.kind) {
    case 'status': {
      entry.status = fault.status;
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
      vendor.send({ status: fault.status, body: vendor.errorBody(fault.status), headers });
      return;
    }
    case 'hang':
      return; // never answers; close() destroys the socket
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'html': {
      entry.status = 200;
      const html = '<!DOCTYPE html><html><body><h1>Service notice</h1></body></html>';
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(html),
      });
      res.end(html);
      return;
    }
    case 'oversized':
      entry.status = 200;
      res.writeHead(200, JSON_TYPE);
      writeOversized(res, fault.bytes);
      return;
    case 'truncated':
    case 'stall-body':
      writePartial(fault.kind, io, reply as FaultReply);
  }
}

/** Half the answer then a closed socket (truncated), or its first byte and then nothing (stall-body). */
function writePartial(
  kind: 'truncated' | 'stall-body',
  io: { req: IncomingMessage; res: ServerResponse; entry: LoggedRequest },
  reply: FaultReply,
): void {
  io.entry.status = reply.status;
  const payload = JSON.stringify(reply.body);
  io.res.writeHead(reply.status, { ...JSON_TYPE, 'content-length': Buffer.byteLength(payload) });
  if (kind === 'stall-body') {
    io.res.write(payload.slice(0, 1));
    return; // the rest never comes
  }
  io.res.write(payload.slice(0, Math.floor(payload.length / 2)));
  setImmediate(() => io.req.socket.destroy());
}
