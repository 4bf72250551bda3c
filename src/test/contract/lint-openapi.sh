#!/usr/bin/env bash
# Lints the API document with Redocly's recommended rules, warnings counted as errors
# (src/main/openapi/redocly.yaml). The document is the checked-in snapshot, which OpenApiIT holds
# equal to what the server publishes at /openapi. Needs Node 20.19+ and npm; .ci/run runs it.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../../.."
REDOCLY_VERSION=2.77.0
npx --yes "@redocly/cli@$REDOCLY_VERSION" lint --config src/main/openapi/redocly.yaml \
  --format stylish src/main/openapi/openapi.json
