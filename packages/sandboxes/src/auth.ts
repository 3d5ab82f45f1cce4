import { timingSafeEqual } from 'node:crypto';

/** Constant-time string comparison (length is not secret here: sandbox credentials are public). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
