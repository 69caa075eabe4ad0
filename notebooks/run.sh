#!/usr/bin/env bash
# Runs notebooks/quickstart.dib headless with dotnet-repl (pinned in .config/dotnet-tools.json) against packages
# packed locally, and fails when a cell fails or an expected output is missing.
#   notebooks/run.sh PACKAGE_DIR VERSION [OUT_DIR]
# PACKAGE_DIR holds Nq52Metrics*.nupkg of VERSION (e.g. from `dotnet pack … -p:PackageVersion=VERSION -o PACKAGE_DIR`).
set -uo pipefail
cd "$(dirname "$0")/.."

packages=$(cd "${1:?package folder}" && pwd)
version=${2:?package version}
out=${3:-TestResults/notebooks}
mkdir -p "$out"
out=$(cd "$out" && pwd)

dotnet tool restore >/dev/null || { echo "notebook: dotnet tool restore failed"; exit 1; }

# The notebook as users have it, pointed at the local packages of this version.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s|#r \"nuget: Nq52Metrics.Interactive, [^\"]*\"|#i \"nuget: ${packages}\"\n#r \"nuget: Nq52Metrics.Interactive, ${version}\"|" \
  notebooks/quickstart.dib > "$work/quickstart.dib"
grep -q "#r \"nuget: Nq52Metrics.Interactive, ${version}\"" "$work/quickstart.dib" \
  || { echo "notebook: the package reference cell was not found in quickstart.dib"; exit 1; }

export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
result="$out/quickstart.ipynb"
rm -f "$result"
timeout 600 dotnet tool run dotnet-repl -- --run "$work/quickstart.dib" --exit-after-run \
  --output-format ipynb --output-path "$result" > "$out/quickstart.log" 2>&1
code=$?

failures=0
if [ "$code" -ne 0 ]; then
  echo "notebook: dotnet-repl exited with $code (a cell failed or the run did not finish); last lines:"
  tail -n 20 "$out/quickstart.log"
  failures=$((failures + 1))
fi
if [ ! -s "$result" ]; then
  echo "notebook: no executed notebook was written"
  exit 1
fi
if grep -q '"output_type": *"error"' "$result"; then
  echo "notebook: a cell produced an error output"
  failures=$((failures + 1))
fi

# What each cell must show (HTML from the registered formatters, not nested-record trees).
expect() {
  if ! grep -qF -- "$2" "$result"; then
    echo "notebook: missing expected output ($1): $2"
    failures=$((failures + 1))
  fi
}
expect "extension loaded" 'Framework &quot;PII&quot;'
expect "framework tree table" 'Nodes, top down'
expect "PII report table" '<h4>Provincial Innovation Index (PII)</h4>'
expect "SAMPLE label" 'class=\"nq52-sample\"'
expect "Vietnamese intact" '<td>Thái Nguyên</td>'
expect "province row" '. Thái Nguyên  PII '
expect "province profile chart" 'alt=\"Chart: profile-'
expect "uncertainty table" 'Rank statistics (median and 5–95 % interval)'
expect "rank interval chart" 'alt=\"Chart: rank-intervals'

size=$(wc -c < "$result")
echo "notebook: $([ "$failures" -eq 0 ] && echo passed || echo "failed ($failures)"), $size bytes of output in $result"
[ "$failures" -eq 0 ]
