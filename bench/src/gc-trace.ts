// V8's `--trace-gc-nvp` output (one line per GC on stdout) parsed and summed up: what `pnpm bench --gc`
// reports per build. Pure functions over the text; lines that are not GC trace lines (the gateway's
// JSON log shares the file) are skipped.

/** One garbage collection, from one `--trace-gc-nvp` line. */
export interface GcEvent {
  /** The line's "N ms:" stamp: milliseconds since the isolate started, printed when the GC ended. */
  atMs: number;
  /** V8's kind: `s` scavenge, `mc` mark-compact, others (e.g. `mmc`, minor mark-compact) as printed. */
  kind: string;
  /** The pause on the main thread, ms (for a mark-compact: its final atomic pause). */
  pauseMs: number;
  /** Bytes moved from the young to the old generation. */
  promoted: number;
  /** Main-thread time of the incremental marking steps that led up to a mark-compact, ms (else 0). */
  incrementalMs: number;
  /** Heap size before and after, bytes. */
  sizeBefore: number;
  sizeAfter: number;
}

const LINE = /^\[\d+:0x[0-9a-f]+\]\s+(\d+(?:\.\d+)?) ms: (pause=.*)$/;

/** Every GC trace line of `text`, in order; anything else (other log lines, a cut-off line) is skipped. */
export function parseGcTrace(text: string): GcEvent[] {
  const events: GcEvent[] = [];
  for (const line of text.split('\n')) {
    const match = LINE.exec(line.trimEnd());
    if (!match) continue;
    const fields = new Map<string, string>();
    for (const pair of (match[2] as string).split(' ')) {
      const eq = pair.indexOf('=');
      if (eq > 0) fields.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const kind = fields.get('gc');
    const pause = Number(fields.get('pause'));
    // A line cut short before its `gc=` or `pause=` field carries nothing to count.
    if (!kind || !Number.isFinite(pause)) continue;
    const num = (name: string) => {
      const value = Number(fields.get(name));
      return Number.isFinite(value) ? value : 0;
    };
    events.push({
      atMs: Number(match[1]),
      kind,
      pauseMs: pause,
      promoted: num('promoted'),
      incrementalMs: kind === 'mc' ? num('incremental') : 0,
      sizeBefore: num('total_size_before'),
      sizeAfter: num('total_size_after'),
    });
  }
  return events;
}

/** GC figures over one window. */
export interface GcSummary {
  scavenges: number;
  scavengePauseMs: number;
  scavengeMaxPauseMs: number;
  /** Sum of `promoted=` over the scavenges, bytes. */
  promotedBytes: number;
  markCompacts: number;
  markCompactPauseMs: number;
  markCompactMaxPauseMs: number;
  /** Main-thread incremental marking steps of those mark-compacts, ms. */
  incrementalMarkingMs: number;
  /** GCs of any other kind (none expected with Node 20's defaults). */
  others: number;
  otherPauseMs: number;
  /** Every pause plus the incremental marking steps: time the main thread ran no JavaScript, ms. */
  mainThreadGcMs: number;
  /** The longest single pause of any kind, ms. */
  maxPauseMs: number;
}

export function summariseGc(events: readonly GcEvent[]): GcSummary {
  const s: GcSummary = {
    scavenges: 0,
    scavengePauseMs: 0,
    scavengeMaxPauseMs: 0,
    promotedBytes: 0,
    markCompacts: 0,
    markCompactPauseMs: 0,
    markCompactMaxPauseMs: 0,
    incrementalMarkingMs: 0,
    others: 0,
    otherPauseMs: 0,
    mainThreadGcMs: 0,
    maxPauseMs: 0,
  };
  for (const e of events) {
    if (e.kind === 's') {
      s.scavenges++;
      s.scavengePauseMs += e.pauseMs;
      s.scavengeMaxPauseMs = Math.max(s.scavengeMaxPauseMs, e.pauseMs);
      s.promotedBytes += e.promoted;
    } else if (e.kind === 'mc') {
      s.markCompacts++;
      s.markCompactPauseMs += e.pauseMs;
      s.markCompactMaxPauseMs = Math.max(s.markCompactMaxPauseMs, e.pauseMs);
      s.incrementalMarkingMs += e.incrementalMs;
    } else {
      s.others++;
      s.otherPauseMs += e.pauseMs;
    }
    s.mainThreadGcMs += e.pauseMs + e.incrementalMs;
    s.maxPauseMs = Math.max(s.maxPauseMs, e.pauseMs);
  }
  return s;
}
