#!/usr/bin/env bash
# bench.sh runs the pipeline benchmarks on the realistic bench pages
# (internal/pipeline/benchpages_test.go) for the working tree and for a base
# revision, in turn, with extraction alone per language (BenchmarkFacts in
# internal/extract), compares them with benchstat and prints the README's
# benchmark table (docs/s, docs per CPU-second, time against go-trafilatura
# alone, MB/s of HTML, allocs/op and B/op, base -> now).
#
#   scripts/bench.sh [-n count] [-b base-revision] [-t benchtime] [-x extra-bench-regexp]
#
# -x adds benchmarks of internal/pipeline, e.g. -x 'BenchmarkIngestWARC'.
#
# The base revision is built with the working tree's benchmark files, so
# both measure the same pages. On a shared machine the times move from run
# to run; allocs/op and B/op do not, they are the figures to compare.
set -euo pipefail

count=6
base=""
benchtime=242x # one pass over the 242 pages
bench='BenchmarkPipeline$|BenchmarkExtractOnly$|BenchmarkIngest$'
while getopts n:b:t:x: opt; do
	case $opt in
	n) count=$OPTARG ;;
	b) base=$OPTARG ;;
	t) benchtime=$OPTARG ;;
	x) bench="$bench|$OPTARG" ;;
	*) sed -n '2,15p' "$0"; exit 2 ;;
	esac
done

root=$(git rev-parse --show-toplevel)
cd "$root"
benchstat=$(command -v benchstat || echo "$(go env GOPATH)/bin/benchstat")
[ -x "$benchstat" ] || { echo "benchstat not found: go install golang.org/x/perf/cmd/benchstat@latest" >&2; exit 1; }

tmp=$(mktemp -d)
cleanup() {
	if [ -n "$base" ] && [ -d "$tmp/base" ]; then git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

benchfiles="internal/pipeline/benchpages_test.go internal/pipeline/cputime_test.go internal/pipeline/pipeline_test.go internal/pipeline/parallel_test.go internal/pipeline/trafilatura_test.go internal/extract/bench_test.go"

go test -c -o "$tmp/now.test" ./internal/pipeline
go test -c -o "$tmp/now-x.test" ./internal/extract
if [ -n "$base" ]; then
	git worktree add --quiet --detach "$tmp/base" "$base"
	for f in $benchfiles; do cp "$f" "$tmp/base/$f"; done
	(cd "$tmp/base" && go test -c -o "$tmp/base.test" ./internal/pipeline && go test -c -o "$tmp/base-x.test" ./internal/extract)
fi
run() { # rev
	(cd internal/pipeline && "$tmp/$1.test" -test.run '^$' -test.bench "$bench" -test.benchmem -test.benchtime "$benchtime")
	(cd internal/extract && "$tmp/$1-x.test" -test.run '^$' -test.bench 'BenchmarkFacts' -test.benchmem -test.benchtime 200x)
}

# in turn, so that a change in the machine's load hits both alike
: >"$tmp/now.txt"
: >"$tmp/base.txt"
for ((i = 1; i <= count; i++)); do
	if [ -n "$base" ]; then run base >>"$tmp/base.txt"; fi
	run now >>"$tmp/now.txt"
done

if [ -n "$base" ]; then
	"$benchstat" "base=$tmp/base.txt" "now=$tmp/now.txt"
else
	"$benchstat" "$tmp/now.txt"
fi
echo

# The README table: medians over the runs.
awk -v base="$base" '
function median(k,   n, i, j, t, a) {
	n = split(vals[k], a, " ")
	for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
	return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
}
/^Benchmark/ {
	name = $1; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
	if (!(name in seen)) { seen[name] = 1; order[++nb] = name }
	for (i = 3; i < NF; i += 2) vals[FILENAME "|" name "|" $(i+1)] = vals[FILENAME "|" name "|" $(i+1)] " " $i
}
END {
	now = ARGV[ARGC-1]; was = (ARGC > 2) ? ARGV[1] : ""
	ref = median(now "|ExtractOnly|ns/op")
	print "| benchmark | docs/s | docs per CPU-s | time / go-trafilatura | MB/s | allocs/op | B/op |"
	print "|---|---|---|---|---|---|---|"
	for (k = 1; k <= nb; k++) {
		b = order[k]
		ns = median(now "|" b "|ns/op")
		ratio = (ref > 0 && b !~ /^Facts/) ? sprintf("%.2f×", ns / ref) : "—"
		al = sprintf("%d", median(now "|" b "|allocs/op")); by = sprintf("%d", median(now "|" b "|B/op"))
		if (was != "" && (was "|" b "|allocs/op") in vals) {
			al = sprintf("%d → %d", median(was "|" b "|allocs/op"), al)
			by = sprintf("%d → %d", median(was "|" b "|B/op"), by)
		}
		mbs = ((now "|" b "|MB/s") in vals) ? sprintf("%.1f", median(now "|" b "|MB/s")) : "—"
		# CPU per document (all threads, garbage collection included): on a
		# shared machine steadier than the wall time
		cpu = ((now "|" b "|cpu-ms/doc") in vals) ? sprintf("%.0f", 1000 / median(now "|" b "|cpu-ms/doc")) : "—"
		printf "| %s | %.0f | %s | %s | %s | %s | %s |\n", b, median(now "|" b "|docs/s"), cpu, ratio, mbs, al, by
	}
}' $([ -n "$base" ] && echo "$tmp/base.txt") "$tmp/now.txt"
