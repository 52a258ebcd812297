package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// commandsInUsage lists every command and subcommand the main usage
// names ("feeds add|list" gives "feeds add" and "feeds list"), so a
// command added to the usage is tested here without editing this file.
func commandsInUsage(t *testing.T) [][]string {
	t.Helper()
	re := regexp.MustCompile(`^\s*armswatch ([a-z]+)(?: ([a-z|]+))?(?:\s|$)`)
	seen := map[string]bool{}
	var out [][]string
	add := func(c ...string) {
		if k := strings.Join(c, " "); !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	for _, l := range strings.Split(usage+feedsUsage, "\n") {
		m := re.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		add(m[1])
		if m[2] != "" && (strings.Contains(m[2], "|") || m[1] == "deals" || m[1] == "help") {
			for _, sub := range strings.Split(m[2], "|") {
				add(m[1], sub)
			}
		}
	}
	t.Logf("commands: %v", out)
	if len(out) < 15 {
		t.Fatalf("found only %d commands in the usage: %v", len(out), out)
	}
	return out
}

// Every command and subcommand prints its help on stdout and exits 0 for
// -h and --help, and creates no database doing so.
func TestHelpEveryCommand(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, c := range commandsInUsage(t) {
		for _, h := range []string{"-h", "--help"} {
			args := append(append([]string{}, c...), h)
			code, out, errs := runCLI(t, "", args...)
			if code != 0 || strings.TrimSpace(out) == "" {
				t.Errorf("armswatch %s: exit %d, stdout %q, stderr %q", strings.Join(args, " "), code, out, errs)
			}
		}
	}
	if code, out, _ := runCLI(t, "", "help", "topics"); code != 0 || !strings.Contains(out, "Before citing a number") {
		t.Errorf("help topics: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, defaultDB)); err == nil {
		t.Error("asking for help created armswatch.db")
	}
}

// Flags go before or after the paths; "--" ends them; a path starting
// with "-" gets a hint.
func TestFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	src := filepath.Join(dir, "ng.txt")
	os.WriteFile(src, []byte(article), 0o644)
	code, out, errs := runCLI(t, "", "ingest", src, "--db", db, "--workers", "1")
	if code != 0 || !strings.Contains(out, "1 stored") {
		t.Fatalf("ingest PATH --db: exit %d\n%s\n%s", code, out, errs)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("ingest printed more than one summary line:\n%s", out)
	}
	if _, err := os.Stat(defaultDB); err == nil {
		t.Error("the --db after the path was ignored: armswatch.db created")
	}
	code, out, errs = runCLI(t, "", "facts", src, "--json")
	if code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("facts PATH --json: exit %d\n%s\n%s", code, out, errs)
	}
	odd := filepath.Join(dir, "-odd.txt")
	os.WriteFile(odd, []byte(article), 0o644)
	t.Chdir(dir)
	if code, _, errs := runCLI(t, "", "facts", "--odd.txt"); code != 2 || !strings.Contains(errs, `after "--"`) {
		t.Errorf("a path starting with --: exit %d %s", code, errs)
	}
	if code, out, errs := runCLI(t, "", "facts", "--json", "--", "-odd.txt"); code != 0 || !strings.Contains(out, "-odd.txt") {
		t.Errorf("facts -- -odd.txt: exit %d %s %s", code, out, errs)
	}
}

// Commands that only read never create a database: a mistyped --db is an
// error saying it does not exist.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "armswach.db")
	for _, args := range [][]string{
		{"query"}, {"rank", "--supplier", "US"}, {"stats"}, {"table", "--supplier", "US"}, {"deals"},
		{"reextract"}, {"feeds", "list"}, {"feeds", "status"}, {"feeds", "export"}, {"watch", "--once"}, {"serve", "--addr", "127.0.0.1:0"},
	} {
		code, _, errs := runCLI(t, "", append(args, "--db", typo)...)
		if code == 0 || !strings.Contains(errs, "does not exist") {
			t.Errorf("%v on a missing --db: exit %d %s", args, code, errs)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Fatalf("%v created %s", args, typo)
		}
	}
}

// Bad values are errors that list the valid choices; country names in
// any supported language are accepted wherever a code is.
func TestFlagValues(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if code, out, errs := runCLI(t, "", "demo", "--db", db, "--no-serve"); code != 0 {
		t.Fatalf("demo: %d %s %s", code, out, errs)
	}
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"query", "--stage", "foo"}, "requested, approved, ordered, delivered"},
		{[]string{"query", "--type", "sale"}, "transfer, aggregate"},
		{[]string{"query", "--since", "2025", "--until", "2020"}, "swap them"},
		{[]string{"rank", "--supplier", "US", "--since", "2025", "--until", "2020"}, "swap them"},
		{[]string{"query", "--supplier", "Atlantis"}, "country's name"},
		{[]string{"rank", "--supplier", "Atlantis"}, "ISO code"},
		{[]string{"rank", "--supplier", "US", "--by", "foo"}, "value, count"},
		{[]string{"table", "--supplier", "US", "--by", "foo"}, "value, count"},
		{[]string{"table", "--recipient", "Narnia"}, "ISO code"},
		{[]string{"deals", "--recipient", "Narnia"}, "ISO code"},
		{[]string{"deals", "--format", "xml"}, "table, json, csv, sipri"},
		{[]string{"rank", "--supplier", "US", "--region", "atlantis"}, "africa"},
	} {
		code, _, errs := runCLI(t, "", append(tc.args, "--db", db)...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want it to say %q", tc.args, code, errs, tc.want)
		}
	}
	_, byCode, _ := runCLI(t, "", "query", "--db", db, "--supplier", "US", "--recipient", "MA", "--format", "csv")
	if strings.Count(byCode, "\n") < 3 {
		t.Fatalf("query by code found too little:\n%s", byCode)
	}
	for _, names := range [][2]string{{"United States", "Morocco"}, {"Etats-Unis", "Maroc"}, {"الولايات المتحدة", "المغرب"}, {"Estados Unidos", "Marruecos"}, {"us", "ma"}} {
		code, out, errs := runCLI(t, "", "query", "--db", db, "--supplier", names[0], "--recipient", names[1], "--format", "csv")
		if code != 0 || out != byCode {
			t.Errorf("query --supplier %q --recipient %q: exit %d %s\n%s", names[0], names[1], code, errs, out)
		}
	}
	_, rankCode, _ := runCLI(t, "", "rank", "--db", db, "--supplier", "US")
	if code, out, errs := runCLI(t, "", "rank", "--db", db, "--supplier", "United States"); code != 0 || out != rankCode {
		t.Errorf("rank --supplier \"United States\": exit %d %s\n%s", code, errs, out)
	}
	if code, out, errs := runCLI(t, "", "table", "--db", db, "--recipient", "Maroc"); code != 0 || !strings.Contains(out, "Morocco") {
		t.Errorf("table --recipient Maroc: exit %d %s\n%s", code, errs, out)
	}
	if code, out, errs := runCLI(t, "", "deals", "--db", db, "--recipient", "Maroc", "--format", "csv"); code != 0 || !strings.Contains(out, ",MA,") {
		t.Errorf("deals --recipient Maroc: exit %d %s\n%s", code, errs, out)
	}
}

// parseFlags never panics, and keeps the paths (arguments that are not
// flags) in their order whatever flags surround them.
func FuzzParseFlags(f *testing.F) {
	f.Add("ingest\x00DIR\x00--db\x00x.db")
	f.Add("--db=x\x00a\x00-v\x00b\x00--\x00-c")
	f.Add("-h")
	f.Add("--workers\x00notanumber\x00p")
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		fs := flag.NewFlagSet("fuzz", flag.ContinueOnError)
		fs.String("db", "", "")
		fs.Int("workers", 0, "")
		fs.Bool("v", false, "")
		var out, errb bytes.Buffer
		err := parseFlags(&env{stdout: &out, stderr: &errb}, fs, args)
		if err != nil {
			return
		}
		var want []string
		for i, a := range args {
			if a == "--" {
				want = append(want, args[i+1:]...)
				break
			}
			if a == "" || a == "-" || a[0] != '-' {
				prev := ""
				if i > 0 {
					prev = args[i-1]
				}
				if prev == "--db" || prev == "-db" || prev == "--workers" || prev == "-workers" {
					continue // a flag's value
				}
				want = append(want, a)
			}
		}
		if got := fs.Args(); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("args %q: paths %q, want %q", args, got, want)
		}
	})
}
