#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module for a set time and prints a
# Markdown table: target, executions, new interesting inputs, crashes.
#
#   FUZZTIME=10m  time per target (go test -fuzztime: 30s, 2h, or 1000000x)
#   PARALLEL=     fuzzing workers per target (default: GOMAXPROCS)
#   MINIMIZETIME=5s  time to minimise each new interesting input (go test
#                 -fuzzminimizetime; Go's default, 60s, stalls short runs:
#                 no executions are counted while a worker minimises)
#   ONLY=regex    run only the targets whose "package.FuzzName" matches
#   KEEP=1        copy the interesting inputs this run added to the Go
#                 cache (GOCACHE/fuzz/PKG/FuzzName, where go test keeps its
#                 generated corpus) into the package's testdata/fuzz/FuzzName,
#                 so that they are committed and replayed by plain go test;
#                 KEEP=0 leaves them in the cache only
#   LOGDIR=       where each target's go test output goes (default: a
#                 temporary directory, printed at the end)
#
# A crash makes go test write the failing input to testdata/fuzz/FuzzName
# itself: fix the bug and commit that file, it is the regression case. The
# script exits 1 when any target crashed or failed to run.
#
# For hours: FUZZTIME=1h make fuzz, or ONLY='web\.FuzzInputs' FUZZTIME=8h
# scripts/fuzz.sh, under nohup or tmux.
set -uo pipefail

cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-10m}
PARALLEL=${PARALLEL:-}
MINIMIZETIME=${MINIMIZETIME:-5s}
ONLY=${ONLY:-}
KEEP=${KEEP:-1}
LOGDIR=${LOGDIR:-$(mktemp -d -t armswatch-fuzz.XXXXXX)}
mkdir -p "$LOGDIR"
cache="$(go env GOCACHE)/fuzz"

par=()
if [ -n "$PARALLEL" ]; then par=(-parallel "$PARALLEL"); fi

rows=()
status=0
total_targets=0
# Packages whose tests declare a fuzz target (cheaper than building all).
while read -r pkg dir; do
	grep -qs '^func Fuzz' "$dir"/*_test.go || continue
	for name in $(go test -list '^Fuzz' -run '^$' "$pkg" 2>/dev/null | grep '^Fuzz'); do
		short="${pkg#github.com/armswatch/armswatch/}.${name}"
		short="${short##*/}"
		if [ -n "$ONLY" ] && ! [[ "$short" =~ $ONLY ]]; then continue; fi
		total_targets=$((total_targets + 1))
		log="$LOGDIR/${short}.log"
		echo "fuzz: $pkg $name for $FUZZTIME" >&2
		src="$cache/$pkg/$name"
		before=$(ls "$src" 2>/dev/null)
		start=$(date +%s)
		go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$MINIMIZETIME" "${par[@]}" "$pkg" >"$log" 2>&1
		rc=$?
		secs=$(( $(date +%s) - start ))
		# The last progress line: "fuzz: elapsed: 20s, execs: 123 (6/sec), new interesting: 4 (total: 9)".
		last=$(grep -E '^fuzz: elapsed: .*execs: [0-9]+' "$log" | tail -n 1)
		execs=$(sed -nE 's/.*execs: ([0-9]+).*/\1/p' <<<"$last")
		newi=$(sed -nE 's/.*new interesting: ([0-9]+).*/\1/p' <<<"$last")
		tot=$(sed -nE 's/.*\(total: ([0-9]+)\).*/\1/p' <<<"$last")
		crashes=$(grep -c 'Failing input written to' "$log")
		note=""
		if [ "$rc" -ne 0 ]; then
			status=1
			if [ "$crashes" -eq 0 ]; then note="failed (exit $rc), see $log"; else note="crash: $(grep -m1 'Failing input written to' "$log" | sed 's/.*written to //')"; fi
		fi
		kept=0
		if [ "$KEEP" = 1 ] && [ -d "$src" ]; then
			# Only what this run found: the cache also holds older runs'.
			dst="$dir/testdata/fuzz/$name"
			mkdir -p "$dst"
			for f in "$src"/*; do
				[ -e "$f" ] || continue
				b=$(basename "$f")
				if ! grep -qxF "$b" <<<"$before" && [ ! -e "$dst/$b" ]; then cp "$f" "$dst/" && kept=$((kept + 1)); fi
			done
			rmdir "$dst" 2>/dev/null || true
		fi
		rows+=("| ${short} | ${execs:-0} | ${newi:-0} | ${tot:-?} | ${kept} | ${crashes} | ${secs}s | ${note} |")
	done
done < <(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}} {{.Dir}}{{end}}' ./...)

echo
echo "Fuzzing, FUZZTIME=$FUZZTIME, MINIMIZETIME=$MINIMIZETIME${PARALLEL:+, -parallel $PARALLEL}, $(go version | cut -d' ' -f3), $(date -u +%Y-%m-%d):"
echo
echo "| target | executions | new interesting | corpus | kept in testdata | crashes | wall time | note |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for r in "${rows[@]}"; do echo "$r"; done
echo
echo "$total_targets targets; logs in $LOGDIR" >&2
exit $status
