// Update a Capillary user group by external id with OAuth (one token, cached and refreshed for you).
// Run against the sandbox: `pnpm sandbox` in one terminal, then `npx tsx examples/update-user-group.ts`.
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
  console.log(`${result.error.outcome}: ${result.error.kind} (vendor code ${result.error.vendorCode})`);
}

await capillary.close();
