#!/usr/bin/env node
// `pnpm start` and `pnpm sandbox`: builds what the target needs (turbo, cached), then runs the target's
// entry in this process, so SIGTERM and SIGINT reach the code that drains it and a stop exits 0.
// Usage: node scripts/run.mjs gateway|sandbox
//
// Why a launcher: `npx -y pnpm@10 start` is a chain npm -> sh -> pnpm -> sh -> node, and neither sh
// passes a signal on. SIGTERM to the npx process used to kill only the first sh and leave the gateway
// running and holding its port; Ctrl+C stopped it, but pnpm's own wrapper (`turbo && pnpm --filter`)
// then reported ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL and ELIFECYCLE. Here there is one pnpm script and
// one node process; when a process that started it (up to its process group leader, the command typed
// in the terminal) goes away, it stops itself as on SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = {
  gateway: { filter: '@loyalty-gateway/gateway...', dir: 'apps/gateway', entry: 'dist/gateway.mjs' },
  sandbox: { filter: '@loyalty-gateway/sandboxes...', dir: 'packages/sandboxes', entry: 'dist/cli.js' },
};

const target = TARGETS[process.argv[2] ?? ''];
if (!target) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(TARGETS).join('|')}`);
  process.exit(64);
}

/** Runs the build; a signal meanwhile stops it and exits 0 (the user asked to stop). */
function build() {
  const turbo = join(root, 'node_modules', '.bin', 'turbo');
  const child = spawn(turbo, ['run', 'build', `--filter=${target.filter}`, '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  const stop = () => {
    child.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The pids from this process's parent up to its process group leader (Linux /proc; else none). */
function ancestors() {
  const stat = (pid) => {
    try {
      // Fields after the parenthesised command name: state ppid pgrp ...
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [, ppid, pgrp] = text.slice(text.lastIndexOf(')') + 2).split(' ');
      return { ppid: Number(ppid), pgrp: Number(pgrp) };
    } catch {
      return null;
    }
  };
  const self = stat(process.pid);
  if (!self) return [];
  const chain = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 32; ) {
    chain.push(pid);
    if (pid === self.pgrp) break;
    const next = stat(pid);
    if (!next) break;
    pid = next.ppid;
  }
  return chain.includes(self.pgrp) ? chain : [];
}

/** Stops this process as SIGTERM would once any process that started it has gone. */
function stopWhenOrphaned() {
  const chain = ancestors();
  if (chain.length === 0) return;
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return error.code === 'EPERM';
    }
  };
  const timer = setInterval(() => {
    if (chain.every(alive)) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, 200);
  timer.unref();
}

stopWhenOrphaned();
/**
 * Ctrl+C delivers SIGINT twice: from the terminal to the whole group, and again from pnpm, which
 * passes it on to its script. The second copy must not kill a target that listens once (the sandbox
 * CLI); a signal more than a second after the first means "stop now" and exits at once.
 */
function forceOnRepeat() {
  let first = 0;
  const onSignal = (signal) => {
    if (first === 0) first = Date.now();
    else if (Date.now() - first > 1000) process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

const code = await build();
if (code !== 0) process.exit(code);
const entry = join(root, target.dir, target.entry);
// The entry sees the command line it would see run directly: `node <entry> [its options]`.
process.argv = [process.argv[0] ?? process.execPath, entry, ...process.argv.slice(3)];
process.chdir(join(root, target.dir));
forceOnRepeat();
await import(pathToFileURL(entry).href);
