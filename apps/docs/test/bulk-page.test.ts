// The bulk jobs page: it lists every bulk root field of the schema with its description, the job and
// item fields, and says plainly that in-process jobs do not survive a restart.
import { describe, expect, it } from 'vitest';
import { renderBulkPage } from '../src/bulk-page.js';
import { loadGatewaySchema } from '../src/graphql-reference.js';

describe('bulk jobs page', () => {
  const schema = loadGatewaySchema();
  const page = renderBulkPage(schema).body.html;
  it.each([
    'bulkUpdateCustomerGroups',
    'bulkUpdateUserGroups',
    'cancelBulkJob',
    'bulkJob',
    'bulkJobs',
    'bulkJobProgress',
  ])('lists %s', (field) => {
    expect(page).toContain(`<code>${field}</code></a>`);
  });
  it('shows BulkJob and BulkJobItem fields and where jobs live', () => {
    for (const field of ['estimatedCompletionAt', 'settledBy', 'counts'])
      expect(page).toContain(`<code>${field}</code>`);
    expect(page).toContain('do not survive a restart');
    expect(page).toContain('results.jsonl');
  });
});
