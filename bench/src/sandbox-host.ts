// Child process: both vendor sandboxes (from the built sandboxes package), so their CPU and memory
// are measured apart from the gateway and the load generator. Answers the benchmark over IPC.
import { type FaultRule, startCapillarySandbox, startXtrakitSandbox } from '@loyalty-gateway/sandboxes';
import { serveIpc } from './ipc.js';
import { WriteLedger } from './ledger.js';

/** Sent once both sandboxes listen. */
export interface SandboxHostReady {
  type: 'ready';
  xtrakit: string;
  capillary: string;
}

/** Write counters of both stores. */
export interface SandboxStats {
  xtrakit: { writes: number; byOperation: Readonly<Record<string, number>> };
  capillary: { writes: number; byOperation: Readonly<Record<string, number>> };
}

/** The soak ledger as the host read it (see ledger.ts). */
export interface LedgerSnapshot {
  writes: string;
  applied: Record<string, number>;
  unnamed: Record<string, number>;
  faults: Record<string, number>;
  missed: number;
  /** Store write counters since the ledger started, by operation (the cross-check). */
  storeWrites: Record<string, number>;
}

type Vendor = 'xtrakit' | 'capillary';

async function main() {
  // BENCH_SANDBOX_OPTIONS: extra start options for both sandboxes (JSON), e.g. a request rate limit.
  const extra = JSON.parse(process.env.BENCH_SANDBOX_OPTIONS || '{}') as Record<string, unknown>;
  const sandboxes = {
    xtrakit: await startXtrakitSandbox({ port: 0, ...extra }),
    capillary: await startCapillarySandbox({ port: 0, ...extra }),
  };
  // Statuses of every vendor request since 'statuses-start' (the request log is a ring: read it often).
  const statuses: Record<string, number> = {};
  const lastSeq = { xtrakit: 0, capillary: 0 };
  let statusTimer: NodeJS.Timeout | null = null;
  const countStatuses = () => {
    for (const vendor of ['xtrakit', 'capillary'] as const) {
      for (const r of sandboxes[vendor].requests.all()) {
        if (r.seq <= lastSeq[vendor]) continue;
        lastSeq[vendor] = r.seq;
        const key = `${vendor}:${r.method}:${r.status ?? 'none'}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
      }
    }
  };
  const stats = (): SandboxStats => ({
    xtrakit: {
      writes: sandboxes.xtrakit.store.writes,
      byOperation: sandboxes.xtrakit.store.writesByOperation,
    },
    capillary: {
      writes: sandboxes.capillary.store.writes,
      byOperation: sandboxes.capillary.store.writesByOperation,
    },
  });

  let ledger: WriteLedger | null = null;
  let baseline: SandboxStats | null = null;
  let timer: NodeJS.Timeout | null = null;
  const ingest = () => {
    ledger?.ingest('xtrakit', sandboxes.xtrakit.requests.all());
    ledger?.ingest('capillary', sandboxes.capillary.requests.all());
  };

  serveIpc({
    stats,
    'statuses-start': () => {
      countStatuses();
      for (const key of Object.keys(statuses)) delete statuses[key];
      statusTimer ??= setInterval(countStatuses, 100);
      return true;
    },
    'statuses-read': () => {
      countStatuses();
      return { ...statuses };
    },
    'add-faults': (args) => {
      const { vendor, rules } = args as { vendor: Vendor; rules: FaultRule[] };
      for (const rule of rules) sandboxes[vendor].faults.add(rule);
      return sandboxes[vendor].faults.active().length;
    },
    // The sandboxes' rate limit from now on (null: off), counting afresh; a soak seeds and reconciles with it off.
    'rate-limit': (args) => {
      const { perMinute } = args as { perMinute: number | null };
      sandboxes.xtrakit.setRateLimit(perMinute);
      sandboxes.capillary.setRateLimit(perMinute);
      return true;
    },
    'clear-faults': () => {
      sandboxes.xtrakit.faults.clear();
      sandboxes.capillary.faults.clear();
      return true;
    },
    'ledger-start': () => {
      ledger = new WriteLedger();
      baseline = stats();
      ledger.skip('xtrakit', sandboxes.xtrakit.requests.all());
      ledger.skip('capillary', sandboxes.capillary.requests.all());
      // The request logs are rings of 10 000 entries: read them well before they wrap.
      timer = setInterval(ingest, 100);
      return true;
    },
    'ledger-read': (): LedgerSnapshot => {
      if (!ledger || !baseline) throw new Error('ledger-start first');
      ingest();
      const now = stats();
      const storeWrites: Record<string, number> = {};
      for (const vendor of ['xtrakit', 'capillary'] as const) {
        for (const [op, count] of Object.entries(now[vendor].byOperation))
          storeWrites[op] = count - (baseline[vendor].byOperation[op] ?? 0);
      }
      return {
        writes: ledger.writes.toBase64(),
        applied: ledger.applied,
        unnamed: ledger.unnamed,
        faults: ledger.faults,
        missed: ledger.missed,
        storeWrites,
      };
    },
  });
  process.once('SIGTERM', () => {
    if (timer) clearInterval(timer);
    if (statusTimer) clearInterval(statusTimer);
    void Promise.all([sandboxes.xtrakit.close(), sandboxes.capillary.close()]).then(() => process.exit(0));
  });
  process.send?.({
    type: 'ready',
    xtrakit: sandboxes.xtrakit.url,
    capillary: sandboxes.capillary.url,
  } satisfies SandboxHostReady);
}

await main();
