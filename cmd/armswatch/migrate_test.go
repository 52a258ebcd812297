package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestMigrateCommand(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if code, _, errs := runCLI(t, "", "demo", "--db", from, "--no-serve"); code != 0 {
		t.Fatalf("demo: exit %d %s", code, errs)
	}
	code, out, errs := runCLI(t, "", "migrate", "--from", from, "--to", to)
	if code != 0 {
		t.Fatalf("migrate: exit %d %s", code, errs)
	}
	docs := regexp.MustCompile(`documents:\s+(\d+) moved\n`).FindStringSubmatch(out)
	if docs == nil || docs[1] == "0" || !strings.Contains(out, "facts:") || !strings.Contains(out, "watchlists:") {
		t.Fatalf("migrate printed:\n%s", out)
	}
	_, s1, _ := runCLI(t, "", "stats", "--db", from)
	_, s2, _ := runCLI(t, "", "stats", "--db", to)
	if s1 != strings.ReplaceAll(s2, to, from) || s1 == "" {
		t.Errorf("stats differ:\n%s\n%s", s1, s2)
	}
	// Again: nothing more.
	code, out, errs = runCLI(t, "", "migrate", "--from", from, "--to", to)
	if code != 0 || !strings.Contains(out, "documents:          0 moved ("+docs[1]+" found, "+docs[1]+" already there)") {
		t.Errorf("second migrate: exit %d\n%s%s", code, out, errs)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"migrate", "--from", from}, 2, "usage"},
		{[]string{"migrate", "--from", from, "--to", filepath.Join(dir, ".", "a.db")}, 1, "the same register"},
		{[]string{"migrate", "--from", filepath.Join(dir, "missing.db"), "--to", to}, 1, "does not exist"},
	} {
		t.Setenv(envDBName, "")
		code, _, errs := runCLI(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: exit %d %q, want %d with %q", c.args, code, errs, c.code, c.msg)
		}
	}
}
