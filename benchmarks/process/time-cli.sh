#!/usr/bin/env bash
# Times `nq52 uncertainty` as a user runs it: a whole process, from a cold start, on COINr's ASEM example with the
# README's ua.json, at two run counts, on 1 and 2 processors. The cost of one extra run is the difference in wall
# time divided by the difference in runs, so process start, JIT, reading and writing cancel out. The CPU time
# (user + system) of the process is given too: unlike wall time it stays meaningful while other work loads the machine.
#
#   bash benchmarks/process/time-cli.sh [ASEM data folder]   (default: ../shared/reference/coinr-asem/data)
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/reference/coinr-asem/data}"
[ -f "$data/ASEM_iMeta.csv" ] || { echo "no ASEM_iMeta.csv in $data" >&2; exit 2; }
dotnet build src/Nq52Metrics.Cli -c Release -v q -nologo > /dev/null
cli=src/Nq52Metrics.Cli/bin/Release/net10.0/nq52.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

spec() {
  cat > "$work/ua-$1.json" <<JSON
{"runs": $1, "seed": 1, "type": "UA", "weights": {"noise": {"2": 0.25, "3": 0.25}},
 "alternatives": {"outliers.maxWinsorised": [1,2,3,4,5],
   "normalise": [{"method":"minMax","lower":1,"upper":100}, {"method":"zScore","mean":10,"sd":2}],
   "aggregate": [{"method":"arithmetic"}, {"method":"geometric"}]}}
JSON
}

measure() { # processors runs -> "wall cpu" in seconds (best of 3 each; cpu = user + system of the process)
  local best="" bestcpu=""
  for _ in 1 2 3; do
    rm -rf "$work/out"
    local times t cpu
    times=$( { TIMEFORMAT='%R %U %S'; time DOTNET_PROCESSOR_COUNT=$1 dotnet "$cli" uncertainty --framework "$data/ASEM_iMeta.csv" \
      --data "$data/ASEM_iData.csv" --method "$work/asem.json" --spec "$work/ua-$2.json" --out "$work/out" > /dev/null 2>&1; } 2>&1 )
    t=$(echo "$times" | awk '{ printf "%.3f", $1 }')
    cpu=$(echo "$times" | awk '{ printf "%.3f", $2 + $3 }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    if [ -z "$bestcpu" ] || awk -v t="$cpu" -v b="$bestcpu" 'BEGIN { exit !(t < b) }'; then bestcpu=$cpu; fi
  done
  echo "$best $bestcpu"
}

echo '{"impute": {"method": "groupMean", "group": "EurAsia_group"}, "screen": {"minDataAvailability": 0.9}}' > "$work/asem.json"
small=1000
large=101000
spec $small
spec $large
printf '%-11s %12s %12s %18s %22s\n' processors "${small} runs" "${large} runs" "per extra run" "CPU per extra run"
for p in 2 1; do
  read -r a acpu < <(measure "$p" $small)
  read -r b bcpu < <(measure "$p" $large)
  per=$(awk -v a="$a" -v b="$b" -v n=$((large - small)) 'BEGIN { printf "%.2f", (b - a) / n * 1e6 }')
  percpu=$(awk -v a="$acpu" -v b="$bcpu" -v n=$((large - small)) 'BEGIN { printf "%.2f", (b - a) / n * 1e6 }')
  printf '%-11s %11.2fs %11.2fs %15.2f µs %19.2f µs\n' "$p" "$a" "$b" "$per" "$percpu"
done
