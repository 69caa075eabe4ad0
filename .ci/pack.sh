#!/usr/bin/env bash
# Packs every package (library, charts, notebook extension, tool) into one folder with one version, from the Release
# build that the test step made (no rebuild: only the package version differs).
#   .ci/pack.sh OUT_DIR VERSION
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?output folder}
version=${2:?package version}
mkdir -p "$out"
status=0
for project in Nq52Metrics Nq52Metrics.Charts Nq52Metrics.Interactive Nq52Metrics.Cli; do
  if ! dotnet pack "src/$project" -c Release --no-build -p:PackageVersion="$version" -o "$out" > "$out/pack-$project.log" 2>&1; then
    echo "pack: $project failed; last lines:"
    tail -n 20 "$out/pack-$project.log"
    status=1
  fi
done
exit $status
