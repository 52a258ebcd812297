package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeToken(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "token")
	os.WriteFile(file, []byte("  from-file \nsecond line\n"), 0o600)
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("\n"), 0o600)
	t.Setenv("ARMSWATCH_TOKEN", "from-env")
	for _, tt := range []struct {
		flag, file, want, err string
	}{
		{"", "", "from-env", ""},
		{"from-flag", "", "from-flag", ""},
		{"", file, "from-file", ""},
		{"x", file, "", "not both"},
		{"", empty, "", "empty"},
		{"", filepath.Join(dir, "none"), "", "--token-file"},
	} {
		got, err := serveToken(tt.flag, tt.file)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("serveToken(%q, %q) = %q, %v", tt.flag, tt.file, got, err)
		}
	}
}

// A feed URL with credentials is refused, and its password is not echoed.
func TestFeedsAddRefusesCredentials(t *testing.T) {
	db := filepath.Join(t.TempDir(), "f.db")
	code, out, errs := runCLI(t, "", "feeds", "add", "--db", db, "https://reader:hunter2@example.org/feed.xml")
	if code == 0 || !strings.Contains(errs, "credentials") || strings.Contains(out+errs, "hunter2") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "feeds", "list", "--db", db)
	if code != 0 || strings.Contains(out, "example.org") {
		t.Errorf("stored anyway: %s", out)
	}
}
