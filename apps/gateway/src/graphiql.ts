/** Example operations GraphiQL opens with; each runs as-is against the embedded sandboxes. */
export const EXAMPLE_OPERATIONS = `# Ready operations against the embedded vendor sandboxes.
# Pick one with the run button's menu (or put the cursor inside it) and run it.

mutation UpdateCustomerGroup {
  updateCustomerGroup(input: { id: "1", name: "Premium Customers", description: "Spent over $1000 in the last year" }) {
    outcome
    customerGroup { id name description updatedAt }
    userErrors { code field message vendorCode }
  }
}

query CustomerGroup {
  customerGroup(id: "1") { id name description createdAt updatedAt }
}

mutation UpdateUserGroup {
  updateUserGroup(input: {
    group: { id: "51334" }
    maxGroupSize: 110
    extendedFields: [{ name: "platinum", value: "35" }]
  }) {
    outcome
    userGroup { id externalId name maxGroupSize extendedFields { name value } }
    warnings { code message }
    userErrors { code field message vendorCode }
  }
}

query UserGroup {
  userGroup(ref: { externalId: "natwest14" }) { id externalId name maxGroupSize extendedFields { name value } }
}

# A bulk job: many updates, paced within the vendor budget, each item with its own outcome.
# In GraphiQL the items are inline; real clients send them as variables (up to 10,000 per job).
mutation BulkUpdateCustomerGroups {
  bulkUpdateCustomerGroups(input: { items: [
    { id: "1", name: "Premium Customers" }
    { id: "2", name: "Newsletter Subscribers" }
  ] }) {
    job { id state total processed }
    userErrors { code field message }
  }
}

# Your bulk jobs, newest first, with their per-item results (also GET /bulk-jobs/{id}/results.jsonl).
query BulkJobs {
  bulkJobs(first: 5) {
    nodes {
      id state total processed
      counts { applied appliedWithWarnings notApplied unknown }
      items(first: 10) { nodes { index groupId outcome settledBy } }
    }
  }
}
`;
