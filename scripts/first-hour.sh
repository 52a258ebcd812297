#!/usr/bin/env bash
# first-hour.sh — a newcomer's first hour with armswatch, as a transcript.
#
# In a temporary folder it clones the repository, runs the README's first
# command (the demo, without serving), builds the binary as the README
# says, and then does what a new user does: the README's examples, an
# ingest of a folder of their own articles, a query by country names, the
# ranking, the web server (GET /) and one review through the API with a
# token. Each step's command, output and exit status go into the
# transcript (docs/first-hour.md by default). `go test ./...` is left out:
# it is the README's second command but takes minutes.
#
# usage: scripts/first-hour.sh [REPO] [TRANSCRIPT]
#   REPO        what to clone (default: this repository; its committed HEAD)
#   TRANSCRIPT  where to write the transcript (default: REPO/docs/first-hour.md)
# FIRST_HOUR_KEEP=DIR keeps each step's full output in DIR/NN.out and its
# exit status in DIR/NN.rc (cmd/armswatch's TestFirstHour checks them).
# Exit status: 0 when every step exited 0, 1 otherwise.
set -u
repo=${1:-$(git -C "$(dirname "$0")" rev-parse --show-toplevel)}
repo=$(cd "$repo" && pwd)
out=${2:-$repo/docs/first-hour.md}
keep=${FIRST_HOUR_KEEP:-}
work=$(mktemp -d)
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
[ -n "$keep" ] && mkdir -p "$keep"

n=0
failed=0
md=$work/transcript.md
# shown replaces the temporary folder in what the transcript shows.
shown() { sed -e "s#$work/home#~#g" -e "s#$work#/tmp#g"; }
# step TITLE COMMAND [NOTE]: run COMMAND (bash) in the clone, record it.
step() {
	n=$((n + 1))
	local id title=$1 cmd=$2 note=${3:-} rc lines
	id=$(printf %02d "$n")
	(cd "$HOME/armswatch" 2>/dev/null || cd "$HOME"; bash -c "$cmd") >"$work/$id.out" 2>&1
	rc=$?
	[ $rc -ne 0 ] && failed=1
	if [ -n "$keep" ]; then
		cp "$work/$id.out" "$keep/$id.out"
		echo $rc >"$keep/$id.rc"
		echo "$title" >"$keep/$id.title"
	fi
	lines=$(wc -l <"$work/$id.out")
	{
		echo "## $n. $title"
		echo
		[ -n "$note" ] && echo "$note" && echo
		echo '```'
		echo "\$ $cmd" | shown
		if [ "$lines" -gt 40 ]; then
			head -n 25 "$work/$id.out" | shown
			echo "… ($((lines - 35)) lines left out) …"
			tail -n 10 "$work/$id.out" | shown
		else
			shown <"$work/$id.out"
		fi
		echo '```'
		echo
		echo "exit status $rc"
		echo
	} >>"$md"
}

mkdir -p "$work/home"
# A fresh home, keeping Go's caches (a newcomer downloads the modules once).
export GOPATH=$(go env GOPATH) GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE)
export HOME="$work/home"
export PATH="$work/home/armswatch:$PATH" # `go build` puts armswatch there
export ARMSWATCH_TOKEN=                  # the review step sets its own token

step "Clone the repository" "git clone --quiet $repo ~/armswatch && cd ~/armswatch && ls" \
	"Any clone will do; this one is of the repository the script belongs to."
step "The README's first command: the demo" "go run ./cmd/armswatch demo --no-serve" \
	"The README runs \`go run ./cmd/armswatch demo\`, which then serves the register; \`--no-serve\` stops after printing it (step 8 serves)."
step "Build the binary, as the README says" "go build ./cmd/armswatch && armswatch help | head -n 3"
step "The README's facts example" "armswatch facts internal/samples/articles/en-morocco-us-cooperation.txt"
step "The README's ranking example" "armswatch rank --supplier US --region africa"
step "Ingest a folder of one's own articles" "mkdir -p ~/articles && cp testdata/corpus/ar-maroc-*.txt testdata/corpus/fr-rd-12-maroc-caesar.txt ~/articles/ && armswatch ingest ~/articles" \
	"Six articles on Morocco (five in Arabic, one in French) copied from the repository's test corpus stand for the user's own."
step "Query by country names" "armswatch query --supplier 'United States' --recipient Maroc"
step "Serve the register and open it" "printf 'first-hour-token\n' > ~/token.txt
armswatch serve --addr 127.0.0.1:0 --token-file ~/token.txt > ~/serve.log 2>&1 &
echo \$! > ~/serve.pid
for i in \$(seq 100); do grep -q 'serving' ~/serve.log && break; sleep 0.1; done
cat ~/serve.log
url=\$(grep -o 'http://[^ ,]*' ~/serve.log | head -n 1); echo \"\$url\" > ~/serve.url
curl -sS -o ~/overview.html -w 'GET / -> HTTP %{http_code}\n' \"\$url/\"
grep -o '<title>[^<]*</title>' ~/overview.html | head -n 1"
server=$(cat "$HOME/serve.pid" 2>/dev/null)
step "Review one fact through the API, with the token" "url=\$(cat ~/serve.url)
id=\$(armswatch query --supplier US --recipient MA --system HIMARS --format json | head -n 1 | grep -o '\"id\":[0-9]*' | head -n 1 | cut -d: -f2)
echo \"fact \$id\"
curl -sS --fail-with-body -X POST -H \"Authorization: Bearer \$(cat ~/token.txt)\" -d '{\"action\":\"confirm\",\"who\":\"newcomer\",\"note\":\"read the sentence in its document\"}' \"\$url/api/v1/facts/\$id/review\" | grep -E '\"(who|action|fact_id|note)\"'
curl -sS --fail-with-body \"\$url/api/v1/facts/\$id\" | grep -o '\"review_status\": *\"[a-z]*\"'"
step "Stop the server" "kill -TERM \$(cat ~/serve.pid); while kill -0 \$(cat ~/serve.pid) 2>/dev/null; do sleep 0.1; done; echo stopped; cat ~/serve.log"
server=

{
	echo "# The first hour of a new user"
	echo
	echo "What a newcomer types and sees, from the clone to a first review: written"
	echo "by \`scripts/first-hour.sh\`, which \`TestFirstHour\` (cmd/armswatch) runs"
	echo "on a fresh clone and checks: every step exits 0 and prints what the"
	echo "README says it prints. Paths under the temporary home are shown as \`~\`;"
	echo "long outputs are cut in the middle."
	echo
	cat "$md"
} >"$out.tmp" && mv "$out.tmp" "$out"
exit $failed
