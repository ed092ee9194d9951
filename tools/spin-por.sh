#!/usr/bin/env bash
# Prints SPIN's reachable states and transitions with and without its partial-order reduction on the
# Promela twins in ../shared/peers (or $PEERS), as Markdown rows for docs/performance.md.
# Usage: tools/spin-por.sh [PEERS_DIR]. Installs SPIN with apt-get when missing, or says why it skips.
set -u
PEERS=${1:-${PEERS:-../shared/peers}}
if ! command -v spin >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        apt-get install -y spin >/dev/null 2>&1 || true
    fi
fi
if ! command -v spin >/dev/null 2>&1 || ! command -v gcc >/dev/null 2>&1; then
    echo "SPIN figures skipped: spin or gcc is not installed (apt-get install -y spin gcc needs root)"
    exit 0
fi
if [ ! -d "$PEERS" ]; then
    echo "SPIN figures skipped: no Promela models in $PEERS"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one run: model file, -D flags, extra gcc flags; prints "states transitions"
run() {
    local model=$1 defs=$2 flags=$3
    (cd "$work" && rm -f pan* && spin $defs -a "$model" >/dev/null 2>&1 \
        && gcc -O2 -DSAFETY $flags -o pan pan.c 2>/dev/null \
        && ./pan -m10000000 -c0 2>/dev/null) >"$work/out.txt" || true
    local states transitions
    states=$(sed -n 's/^ *\([0-9e+.]*\) states, stored.*/\1/p' "$work/out.txt" | head -1)
    transitions=$(sed -n 's/^ *\([0-9e+.]*\) transitions (= stored+matched).*/\1/p' "$work/out.txt" | head -1)
    echo "${states:-?} ${transitions:-?}"
}

echo "| Promela twin | SPIN states | SPIN transitions | SPIN states (POR) | SPIN transitions (POR) |"
echo "|---|---:|---:|---:|---:|"
# the peers' twins, then the IRP cancel model's twin in bench/ (make bench's model, N IRPs)
repo=$(cd "$(dirname "$0")/.." && pwd)
for row in "peterson.pml|" "philosophers.pml|-DN=3" "philosophers.pml|-DN=5" "counters.pml|" \
           "@bench/cancel.pml|-DN=1" "@bench/cancel.pml|-DN=2" "@bench/cancel.pml|-DN=3"; do
    file=${row%%|*}
    defs=${row#*|}
    case $file in
        @*) file=${file#@}; model=$repo/$file; file=$(basename "$file") ;;
        *) model=$(cd "$PEERS" && pwd)/$file ;;
    esac
    [ -f "$model" ] || continue
    read -r s0 t0 <<<"$(run "$model" "$defs" -DNOREDUCE)"
    read -r s1 t1 <<<"$(run "$model" "$defs" "")"
    echo "| ${file%.pml} ${defs#-D} | $s0 | $t0 | $s1 | $t1 |"
done
