#!/usr/bin/env bash
# Installs what is missing and runs every test of UKC; ends with one line: "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
tools/install-prerequisites.sh --tests || exit 1
dotnet build UKC.sln -warnaserror || exit 1

log=$(mktemp)
dotnet test UKC.sln --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
awk '/(Passed|Failed)! +- Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
