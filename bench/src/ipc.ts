// Request/answer over the Node IPC channel between the benchmark and its child processes.
import type { ChildProcess } from 'node:child_process';

interface IpcRequest {
  id: number;
  cmd: string;
  args?: unknown;
}

interface IpcAnswer {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** A command sent to a child did not get an answer, or the child reported a failure. */
export class IpcError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IpcError';
  }
}

/** The parent side: `call(cmd, args)` resolves to the child's answer (bounded by a timeout). */
export function ipcClient(child: ChildProcess) {
  let nextId = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  child.on('message', (message: unknown) => {
    const answer = message as IpcAnswer;
    if (typeof answer?.id !== 'number') return;
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    if (answer.ok) waiter.resolve(answer.result);
    else waiter.reject(new IpcError(answer.error ?? 'the child process failed'));
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values())
      waiter.reject(new IpcError(`the child process exited (${signal ?? code})`));
    pending.clear();
  });
  return {
    call<T>(cmd: string, args?: unknown, timeoutMs = 30_000): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new IpcError(`no answer to "${cmd}" within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value as T);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        child.send({ id, cmd, args } satisfies IpcRequest);
      });
    },
  };
}

/** Resolves to the first message from a child that `accept` recognises (bounded by a timeout). */
export function firstMessage<T>(
  child: ChildProcess,
  accept: (message: unknown) => message is T,
  timeoutMs = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new IpcError(`the child process sent nothing usable within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new IpcError(`the child process exited (${code}) before it was ready`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The child side: answers commands with the named handlers; exits when the parent goes away. */
export function serveIpc(handlers: Record<string, (args: unknown) => unknown>): void {
  if (!process.send) throw new IpcError('this script must be started with an IPC channel');
  process.on('message', async (message: unknown) => {
    const request = message as IpcRequest;
    if (typeof request?.id !== 'number' || typeof request.cmd !== 'string') return;
    const handler = handlers[request.cmd];
    let answer: IpcAnswer;
    try {
      if (!handler) throw new IpcError(`unknown command "${request.cmd}"`);
      answer = { id: request.id, ok: true, result: await handler(request.args) };
    } catch (error) {
      answer = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    process.send?.(answer);
  });
  process.once('disconnect', () => process.exit(0));
}
