#!/usr/bin/env node
// `pnpm sandbox`: starts both vendor sandboxes and prints their URLs and credentials.
// XTRAKIT_PORT / CAPILLARY_PORT (or --xtrakit-port / --capillary-port) override 4010 / 4020;
// SANDBOX_FAULTS (a JSON fault rule or array) injects faults at start; /__sandbox/* changes them later.
// SANDBOX_RATE_LIMIT_PER_MINUTE limits each credential to that many requests in any 60 s (429 beyond).
import { parseArgs } from 'node:util';
import { startCapillarySandbox } from './capillary.js';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from './credentials.js';
import { startXtrakitSandbox } from './xtrakit.js';

const { values } = parseArgs({
  options: {
    'xtrakit-port': { type: 'string' },
    'capillary-port': { type: 'string' },
    host: { type: 'string' },
  },
});
const host = values.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1';
const xtrakitPort = Number(values['xtrakit-port'] ?? process.env.XTRAKIT_PORT ?? 4010);
const capillaryPort = Number(values['capillary-port'] ?? process.env.CAPILLARY_PORT ?? 4020);

const rawLimit = process.env.SANDBOX_RATE_LIMIT_PER_MINUTE;
if (rawLimit !== undefined && rawLimit !== '' && !/^[1-9]\d*$/.test(rawLimit)) {
  console.error('SANDBOX_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1');
  process.exit(78);
}
const limit = rawLimit ? { rateLimitPerMinute: Number(rawLimit) } : {};
const xtrakit = await startXtrakitSandbox({ host, port: xtrakitPort, ...limit });
const capillary = await startCapillarySandbox({ host, port: capillaryPort, ...limit });
if (rawLimit)
  console.log(`Rate limit: ${rawLimit} requests per credential in any 60 s (429 + Retry-After beyond)`);
console.log(`Xtrakit sandbox   ${xtrakit.url}   Authorization: Bearer ${XTRAKIT_SANDBOX_API_KEY}`);
console.log(
  `Capillary sandbox ${capillary.url}   Basic ${CAPILLARY_SANDBOX_CREDENTIALS.username} / ${CAPILLARY_SANDBOX_CREDENTIALS.password}` +
    `   OAuth key ${CAPILLARY_SANDBOX_CREDENTIALS.oauthKey} / secret ${CAPILLARY_SANDBOX_CREDENTIALS.oauthSecret}`,
);
console.log(
  'Admin: POST|GET|DELETE /__sandbox/faults, POST /__sandbox/reset, GET /__sandbox/requests (on either URL)',
);

const stop = async () => {
  await Promise.all([xtrakit.close(), capillary.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
