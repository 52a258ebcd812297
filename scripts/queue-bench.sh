#!/usr/bin/env bash
# queue-bench.sh measures ingest of the realistic bench pages
# (internal/pipeline/benchpages_test.go, written as one web archive) inline
# and through the job queue, and prints the README's table: wall time,
# docs/s, the armswatch processes' CPU (user+sys from their rusage, via
# /usr/bin/time; PostgreSQL's own CPU is not in it) and docs per CPU-second.
#
#   scripts/queue-bench.sh [-n pages] [-s segment] [-d postgres-dsn] [-r repetitions]
#
# Each run starts from an empty register (a SQLite file, or a fresh schema
# in the PostgreSQL database of -d, default the test server). Queue runs
# enqueue the archive first (jobs of -s 50 pages; not timed: under a second), then
# time the workers with --until-idle; with two workers, wall is until the
# last exits and CPU is the sum. CPU-seconds include each process's start
# and end (lexicons, model, migrations, near-duplicates); the last column
# leaves out the CPU of the same command on a one-page archive, once per
# process. On a shared machine wall times move with the load; docs per
# CPU-second is the steadier figure.
set -euo pipefail

pages=1000
dsn=${ARMSWATCH_TEST_PG:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
reps=1
segment=50
while getopts n:d:r:s: opt; do
	case $opt in
	n) pages=$OPTARG ;;
	d) dsn=$OPTARG ;;
	r) reps=$OPTARG ;;
	s) segment=$OPTARG ;;
	*) sed -n '2,19p' "$0"; exit 2 ;;
	esac
done

cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
prefix=aw_qbench_$$_
cleanup() {
	for s in $(psql -qAt "$dsn" -c "SELECT nspname FROM pg_namespace WHERE nspname LIKE '${prefix}%'" 2>/dev/null); do
		psql -q "$dsn" -c "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1 || true
	done
	rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/armswatch" ./cmd/armswatch
bin=$tmp/armswatch
warc=$tmp/bench.warc.gz
ARMSWATCH_BENCH_WARC=$warc ARMSWATCH_BENCH_PAGES=$pages go test -count=1 -run '^TestWriteBenchWARC$' ./internal/pipeline >/dev/null
warc1=$tmp/one.warc.gz
ARMSWATCH_BENCH_WARC=$warc1 ARMSWATCH_BENCH_PAGES=1 go test -count=1 -run '^TestWriteBenchWARC$' ./internal/pipeline >/dev/null
psql -q "$dsn" -c "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public" >/dev/null 2>&1 || true

# newdb prints a fresh database: a SQLite file, or a new schema (it runs
# in a subshell: the name comes from a file of its own).
newdb() {
	local n
	n=$(mktemp -p "$tmp" regXXXXXX)
	n=${n##*/reg}
	if [ "$1" = sqlite ]; then
		echo "$tmp/reg$n.db"
		return
	fi
	local s="$prefix$(echo "$n" | tr 'A-Z' 'a-z')"
	psql -q "$dsn" -c "CREATE SCHEMA $s" >/dev/null
	case $dsn in *\?*) echo "$dsn&search_path=$s" ;; *) echo "$dsn?search_path=$s" ;; esac
}

# timed FILE CMD... runs CMD with its rusage in FILE (wall user sys).
timed() {
	local out=$1
	shift
	/usr/bin/time -f '%e %U %S' -o "$out" "$@" >"$out.log" 2>&1
}

# row LABEL DB WALL START TIMEFILES... prints a table row; START is the
# CPU of one process's start and end.
row() {
	local label=$1 db=$2 wall=$3 start=$4
	shift 4
	local docs cpu
	docs=$("$bin" stats --db "$db" | awk '/^documents:/ {print $2}')
	cpu=$(cat "$@" | awk '{s += $2 + $3} END {printf "%.2f", s}')
	awk -v l="$label" -v d="$docs" -v w="$wall" -v c="$cpu" -v s="$start" -v n=$# \
		'BEGIN {printf "| %s | %d | %.1f | %.0f | %.1f | %.0f | %.0f |\n", l, d, w, d / w, c, d / c, d / (c - n * s)}'
}

# cpuof FILE prints the user+sys seconds in FILE.
cpuof() { awk '{printf "%.2f", $2 + $3}' "$1"; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'; }

inline() { # DRIVER LABEL
	local db f=$tmp/t$RANDOM s=$tmp/s$RANDOM
	db=$(newdb "$1")
	timed "$s" "$bin" ingest --db "$(newdb "$1")" "$warc1"
	local t0=$(now)
	timed "$f" "$bin" ingest --db "$db" "$warc"
	row "$2" "$db" "$(elapsed "$t0" "$(now)")" "$(cpuof "$s")" "$f"
}

queued() { # DRIVER WORKERS CONCURRENCY LABEL
	local db db1 i files=() s=$tmp/s$RANDOM
	db1=$(newdb "$1")
	"$bin" ingest --queue --segment "$segment" --db "$db1" "$warc1" >/dev/null
	timed "$s" "$bin" worker --db "$db1" --until-idle --poll 100ms --concurrency "$3"
	db=$(newdb "$1")
	"$bin" ingest --queue --segment "$segment" --db "$db" "$warc" >/dev/null
	local t0=$(now)
	for ((i = 0; i < $2; i++)); do
		files+=("$tmp/t$RANDOM$i")
		timed "${files[$i]}" "$bin" worker --db "$db" --until-idle --poll 100ms --concurrency "$3" &
	done
	wait
	row "$4" "$db" "$(elapsed "$t0" "$(now)")" "$(cpuof "$s")" "${files[@]}"
}

echo "$pages bench pages ($(du -h "$warc" | cut -f1) gzipped), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| ingest | docs | wall s | docs/s | CPU s | docs per CPU s | without start |"
echo "|---|---|---|---|---|---|---|"
for ((r = 0; r < reps; r++)); do
	inline sqlite "inline, SQLite"
	inline postgres "inline, PostgreSQL"
	queued sqlite 1 0 "queue, 1 worker × 2 jobs, SQLite"
	queued postgres 1 1 "queue, 1 worker × 1 job, PostgreSQL"
	queued postgres 1 0 "queue, 1 worker × 2 jobs, PostgreSQL"
	queued postgres 2 1 "queue, 2 workers × 1 job, PostgreSQL"
done
