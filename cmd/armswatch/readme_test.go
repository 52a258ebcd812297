package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The README's examples run as written on a user's clone: none reads
// ../shared (the team's folder, absent there), and the printed output of
// its `armswatch facts` example is what the command prints.
func TestReadmeExamples(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	using := readme[strings.Index(readme, "## Two commands"):strings.Index(readme, "## What comes out")]
	for _, line := range strings.Split(using, "\n") {
		if strings.Contains(line, "../shared") && !strings.Contains(line, "train") {
			t.Errorf("README example reads ../shared: %s", line)
		}
	}
	const prompt = "$ armswatch facts "
	i := strings.Index(using, prompt)
	if i < 0 {
		t.Fatal("no facts example in the README")
	}
	block := using[i:]
	block = block[:strings.Index(block, "\n\n")]
	lines := strings.SplitN(block, "\n", 2)
	path := strings.TrimPrefix(lines[0], prompt)
	code, out, errs := runCLI(t, "", "facts", filepath.Join("../..", path))
	if code != 0 {
		t.Fatalf("%s: exit %d %s", lines[0], code, errs)
	}
	out = strings.Replace(out, filepath.Join("../..", path), path, 1)
	if strings.TrimSpace(out) != strings.TrimSpace(lines[1]) {
		t.Errorf("README shows\n%s\nthe command prints\n%s", lines[1], out)
	}
}
