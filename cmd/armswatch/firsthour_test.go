package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeOutput returns what the README shows a command printing: the
// lines after "$ CMD" up to the next blank line or prompt.
func readmeOutput(t *testing.T, readme, cmd string) string {
	t.Helper()
	i := strings.Index(readme, "$ "+cmd)
	if i < 0 {
		t.Fatalf("the README has no example of %q", cmd)
	}
	lines := strings.Split(readme[i:], "\n")[1:]
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "$ ") || strings.HasPrefix(l, "```") {
			break
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestFirstHour runs scripts/first-hour.sh on a fresh clone of this
// repository's HEAD: clone, the README's demo, the build, its examples,
// an ingest of a folder, a query by country names, the ranking, serve
// with GET /, one review through the API. Every step must exit 0 and
// print what the README says it prints. It takes a minute or two.
func TestFirstHour(t *testing.T) {
	if testing.Short() {
		t.Skip("the first hour builds a clone: skipped with -short")
	}
	for _, tool := range []string{"git", "curl", "bash", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found: %v", tool, err)
		}
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Run(); err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	keep := t.TempDir()
	transcript := filepath.Join(t.TempDir(), "first-hour.md")
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "first-hour.sh"), root, transcript)
	cmd.Env = append(os.Environ(), "FIRST_HOUR_KEEP="+keep)
	out, err := cmd.CombinedOutput()
	b, _ := os.ReadFile(transcript)
	if err != nil {
		t.Errorf("first-hour.sh: %v\n%s\n%s", err, out, b)
	}
	step := func(n int) (title, output string) {
		t.Helper()
		id := filepath.Join(keep, fmt.Sprintf("%02d", n))
		ti, _ := os.ReadFile(id + ".title")
		o, _ := os.ReadFile(id + ".out")
		rc, err := os.ReadFile(id + ".rc")
		if err != nil {
			t.Fatalf("step %d did not run: %v", n, err)
		}
		if strings.TrimSpace(string(rc)) != "0" {
			t.Errorf("step %d (%s) exited %s:\n%s", n, strings.TrimSpace(string(ti)), strings.TrimSpace(string(rc)), o)
		}
		return strings.TrimSpace(string(ti)), string(o)
	}
	readmeB, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(readmeB)
	rank := readmeOutput(t, readme, "armswatch rank --supplier US --region africa")
	facts := readmeOutput(t, readme, "armswatch facts internal/samples/articles/en-morocco-us-cooperation.txt")

	step(1)
	if _, o := step(2); !strings.Contains(o, "Ingested the bundled samples into armswatch.db") || !strings.Contains(o, rank) {
		t.Errorf("demo: the README says it ingests the samples into ./armswatch.db and prints the ranking\n%s", o)
	}
	if _, o := step(3); !strings.HasPrefix(o, "armswatch — ") {
		t.Errorf("build: %s", o)
	}
	if _, o := step(4); strings.TrimSpace(o) != strings.TrimSpace(facts) {
		t.Errorf("facts: the README shows\n%s\nthe command printed\n%s", facts, o)
	}
	if _, o := step(5); strings.TrimSpace(o) != strings.TrimSpace(rank) {
		t.Errorf("rank: the README shows\n%s\nthe command printed\n%s", rank, o)
	}
	if _, o := step(6); !regexp.MustCompile(`^6 inputs: [1-6] stored, .* 0 failed; [1-9][0-9]* facts\n$`).MatchString(o) {
		t.Errorf("ingest: want one summary line (\"a summary line says what happened\"), got\n%s", o)
	}
	if _, o := step(7); !strings.Contains(o, "US -> MA M142 HIMARS x18 [ordered]") {
		t.Errorf("query by country names:\n%s", o)
	}
	if _, o := step(8); !regexp.MustCompile(`serving armswatch.db on http://127\.0\.0\.1:\d+, reviews enabled`).MatchString(o) || !strings.Contains(o, "GET / -> HTTP 200") {
		t.Errorf("serve: the README says to open the printed URL\n%s", o)
	}
	if _, o := step(9); strings.Count(o, "confirmed") != 2 {
		t.Errorf("review: want the review stored and the fact confirmed\n%s", o)
	}
	if _, o := step(10); !strings.Contains(o, "stopped") || strings.Contains(strings.ToLower(o), "error") {
		t.Errorf("stop:\n%s", o)
	}
	if !strings.Contains(string(b), "## 10. Stop the server") {
		t.Errorf("transcript incomplete:\n%s", b)
	}
}
