/**
 * Waits for `promise` at most `ms`, then goes on either way; its rejection is not this wait's to
 * report (the caller, or the library that made it, does). For stops that must not hang: a log sink
 * that stopped reading, requests still in flight at a drain's deadline, BullMQ with Redis gone.
 */
export async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}
