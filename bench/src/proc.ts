// Per-process CPU time and memory from /proc (Linux), and CPU pinning with taskset: what the
// benchmark reports must be the measured process's own, never the load generator's.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU time of a process (all its threads), in microseconds (10 ms resolution). */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime (14) + stime (15)
  return (ticks * 1e6) / clockTicks();
}

/** Current and peak resident set size of a process, in bytes. */
export function memory(pid: number): { rss: number; peakRss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rss: kib('VmRSS'), peakRss: kib('VmHWM') };
}

/** Resets a process's peak RSS to its current RSS; false where the kernel refuses. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Where processes run: the server under test on one core, the load generator on another. */
export interface Pinning {
  /** Whether taskset pinning is in effect. */
  enabled: boolean;
  serverCore: number | null;
  loadCore: number | null;
  /** Why pinning is off, or which cores were chosen. */
  note: string;
}

function allowedCores(): number[] {
  const out = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  const list = out.slice(out.lastIndexOf(':') + 1).trim();
  const cores: number[] = [];
  for (const part of list.split(',')) {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) continue;
    for (let core = from; core <= (to ?? from); core++) cores.push(core);
  }
  return cores;
}

/** Chooses two cores when taskset exists and at least two are allowed; otherwise says why not. */
export function detectPinning(disabled = false): Pinning {
  if (disabled)
    return { enabled: false, serverCore: null, loadCore: null, note: 'pinning turned off (--no-pin)' };
  let cores: number[];
  try {
    cores = allowedCores();
  } catch {
    return { enabled: false, serverCore: null, loadCore: null, note: 'taskset is not available: not pinned' };
  }
  const [serverCore, loadCore] = cores;
  if (serverCore === undefined || loadCore === undefined) {
    return {
      enabled: false,
      serverCore: null,
      loadCore: null,
      note: `only ${cores.length} core allowed: server and load generator share it`,
    };
  }
  return {
    enabled: true,
    serverCore,
    loadCore,
    note: `server under test on core ${serverCore}; load generator and upstream sandbox on core ${loadCore}`,
  };
}

/** Moves every thread of a running process to one core (no-op when pinning is off). */
export function pin(pinning: Pinning, pid: number, core: number | null): void {
  if (!pinning.enabled || core === null) return;
  execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
}

/** The command and arguments that start a program already pinned to a core (taskset execs it, same pid). */
export function pinnedCommand(
  pinning: Pinning,
  core: number | null,
  command: string,
  args: string[],
): [string, string[]] {
  if (!pinning.enabled || core === null) return [command, args];
  return ['taskset', ['-c', String(core), command, ...args]];
}
