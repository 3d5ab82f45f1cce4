#!/usr/bin/env bash
# Regenerates every generated file (client types from specs/, the printed GraphQL schema) and fails
# when the committed copies differ: generated code is never edited by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm run generate --output-logs=errors-only >/dev/null
paths=(packages/*/src/generated apps/gateway/schema.graphql)
if ! git diff --quiet --exit-code -- "${paths[@]}" || [ -n "$(git ls-files --others --exclude-standard -- "${paths[@]}")" ]; then
  git --no-pager diff --stat -- "${paths[@]}"
  git ls-files --others --exclude-standard -- "${paths[@]}"
  echo "Generated files differ from the specs/schema: run \`pnpm generate\` and commit the result." >&2
  exit 1
fi
echo "generated files are up to date"
