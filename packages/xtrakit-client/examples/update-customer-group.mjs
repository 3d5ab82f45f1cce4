// Rename an Xtrakit customer group, then handle every way it can end.
// Save as example.mjs in a project that has the package installed and run `node example.mjs` (plain
// JavaScript, an ES module for the top-level await). Against the sandbox: `npx -y pnpm@10 sandbox` first.
import { createXtrakitClient } from '@loyalty-gateway/xtrakit-client';

const xtrakit = createXtrakitClient({
  apiKey: process.env.XTRAKIT_API_KEY ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f901234', // the sandbox key
  baseUrl: process.env.XTRAKIT_BASE_URL ?? 'http://127.0.0.1:4010', // default: https://api.xtrakit.com
  timeoutMs: 5_000,
});

const result = await xtrakit.updateCustomerGroup(
  { id: '1', body: { group_name: 'Gold Customers' } }, // group_description omitted: not sent, kept
  { deadlineMs: 10_000 },
);

if (result.ok) {
  console.log(`renamed to ${result.data.group_name} at ${result.data.updated_at}`);
} else if (result.error.outcome === 'unknown') {
  // Sent, but no trustworthy answer (timeout, 5xx, reset): read it back before retrying.
  const current = await xtrakit.getCustomerGroup({ id: '1' });
  console.log('may have been applied; now:', current.ok ? current.data.group_name : current.error.kind);
} else {
  // Provably not applied: fix the cause (or wait result.error.retryAfter seconds) and retry.
  console.log(`not applied: ${result.error.kind} ${result.error.message}`);
}

await xtrakit.close();
