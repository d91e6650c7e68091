#!/usr/bin/env bash
# Keeps ONE issue in step with the scheduled calendar check (.github/workflows/calendar.yml): opens it when the
# check found a tool or model version retiring within the look-ahead, updates it on later runs, closes it once
# nothing does. Usage: calendar-issue.sh REPORT.txt STATUS (the exit status of `make calendar`).
# Needs: gh, GH_TOKEN and GH_REPO; RUN_URL (optional) is linked from the issue.
set -euo pipefail

report=$1
status=$2
title="Retirement dates coming up"
label="calendar"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
{
  echo "The scheduled calendar check found citations that retire soon or have retired. For each line: cite the"
  echo "successor (or pin the newer model version), or correct the date in data/tools.yml or"
  echo "data/model_versions.yml; then move \`as_of\` in data/model.yml forward in the same reviewed pull request."
  echo
  echo '```text'
  head -c 60000 "$report"
  echo '```'
  if [ -n "${RUN_URL:-}" ]; then printf '\n---\nWritten by the scheduled calendar check: %s\n' "$RUN_URL"; fi
} >"$body"

# shellcheck source=one-issue.sh
source "$(dirname "$0")/one-issue.sh"
found=no
[ "$status" = 0 ] || found=yes
one_issue "$title" "$label" FBCA04 "A tool or model version the guide cites retires soon" "$body" "$found" \
  "Nothing the guide cites retires within the look-ahead." "nothing retires within the look-ahead and no issue is open"
