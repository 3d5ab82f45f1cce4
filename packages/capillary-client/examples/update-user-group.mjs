// Update a Capillary user group by external id with OAuth (one token, cached and refreshed for you).
// Save as example.mjs in a project that has the package installed and run `node example.mjs` (plain
// JavaScript, an ES module for the top-level await). Against the sandbox: `npx -y pnpm@10 sandbox` first.
import { createCapillaryClient } from '@loyalty-gateway/capillary-client';

const capillary = createCapillaryClient({
  baseUrl: process.env.CAPILLARY_BASE_URL ?? 'http://127.0.0.1:4020', // or region: 'eu' | 'apac' | ...
  auth: {
    type: 'oauth',
    key: process.env.CAPILLARY_OAUTH_KEY ?? 'sandbox-oauth-key',
    secret: process.env.CAPILLARY_OAUTH_SECRET ?? 'sandbox-oauth-secret',
  },
});

const result = await capillary.updateUserGroup({
  externalId: 'natwest14',
  maxGroupSize: 200,
  extendedFields: { platinum: '40', not_a_field: 'x' }, // "40" is coerced to 40; the unknown name warns
});

if (result.ok) {
  console.log(`updated ${result.data.id}: maxGroupSize ${result.data.maxGroupSize}`);
  for (const warning of result.warnings) console.log(`warning ${warning.code}: ${warning.message}`);
} else {
  // The message names the HTTP status and the vendor's code when there was an answer.
  console.log(`${result.error.outcome}: ${result.error.kind}: ${result.error.message}`);
}

await capillary.close();
