#!/usr/bin/env bash
# Keeps ONE issue in step with the external link report (.github/workflows/links.yml):
# opens it when the report has findings, updates its body on later runs, closes it once all is well.
# Usage: link-issue.sh REPORT.md SUMMARY.json
# Needs: gh, python3, GH_TOKEN and GH_REPO; RUN_URL (optional) is linked from the issue.
set -euo pipefail

report=$1
summary=$2
title="External link report"
label="link-health"
limit=60000 # GitHub refuses issue bodies over 65,536 characters

findings=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["findings"])' "$summary")

body=$(mktemp)
trap 'rm -f "$body"' EXIT
if [ "$(wc -c <"$report")" -le "$limit" ]; then
  cp "$report" "$body"
else
  head -c "$limit" "$report" >"$body"
  printf '\n\n**The report is longer than an issue can hold: read it whole in the workflow run%s.**\n' \
    "${RUN_URL:+ ($RUN_URL)}" >>"$body"
fi
if [ -n "${RUN_URL:-}" ]; then
  printf '\n---\nWritten by the scheduled link check: %s\n' "$RUN_URL" >>"$body"
fi

# shellcheck source=one-issue.sh
source "$(dirname "$0")/one-issue.sh"
found=no
[ "$findings" -eq 0 ] || found=yes
one_issue "$title" "$label" D93F0B "Broken or unverified links in the guide" "$body" "$found" \
  "Every external link answered and every reference was verified recently." "nothing to report and no open issue"
