package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles creates files (path => content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type result struct {
	source string
	body   string
	err    error
}

func collect(t *testing.T, ctx context.Context, specs []string, opts Options) []result {
	t.Helper()
	var out []result
	for raw, err := range Open(ctx, specs, opts) {
		if (raw == nil) == (err == nil) {
			t.Fatalf("Open yielded raw=%v err=%v: want exactly one non-nil", raw, err)
		}
		if err != nil {
			out = append(out, result{err: err})
			continue
		}
		out = append(out, result{source: raw.Source, body: string(raw.Body)})
	}
	return out
}

func TestOpenFolder(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":              "bee",
		"a.html":             "<p>a</p>",
		"sub/z.txt":          "zed",
		"sub/c.txt":          "sea",
		"sub/.hidden.txt":    "secret",
		".git/config":        "[core]",
		".hidden/inside.txt": "hidden dir",
		"sub/deeper/d.txt":   "dee",
	})
	writeFiles(t, outside, map[string]string{"passwd.txt": "root:x:0:0"})
	// Links leading out of the tree must not be followed.
	if err := os.Symlink(filepath.Join(outside, "passwd.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "linkdir")); err != nil {
		t.Fatal(err)
	}

	got := collect(t, context.Background(), []string{dir}, Options{})
	var sources, links []string
	for _, r := range got {
		if r.err != nil {
			// Links are reported, not followed and not skipped silently.
			if !errors.Is(r.err, ErrSymlink) {
				t.Fatalf("unexpected error: %v", r.err)
			}
			links = append(links, filepath.Base(strings.SplitN(r.err.Error(), ":", 2)[0]))
			continue
		}
		rel, _ := filepath.Rel(dir, r.source)
		sources = append(sources, filepath.ToSlash(rel))
		if strings.Contains(r.body, "root:x") {
			t.Error("followed a link out of the tree")
		}
	}
	want := []string{"a.html", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "sub/z.txt"}
	if !slices.Equal(sources, want) {
		t.Fatalf("walk order = %q, want %q", sources, want)
	}
	if !slices.Equal(links, []string{"link.txt", "linkdir"}) {
		t.Errorf("links reported = %q, want link.txt and linkdir", links)
	}
	if got[1].body != "bee" {
		t.Errorf("b.txt body = %q", got[1].body)
	}

	// A folder named through a symlink is walked (the user chose it).
	link := filepath.Join(t.TempDir(), "corpus")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	if n := len(collect(t, context.Background(), []string{link}, Options{})); n != len(want)+len(links) {
		t.Errorf("walking a symlinked root gave %d files, want %d", n, len(want))
	}
}

func TestOpenBatch(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "fine", "empty.txt": ""})
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name    string
		spec    string
		wantErr string // substring; "" => success
		body    string
	}{
		{"stdin", "-", "", "from stdin"},
		{"file", filepath.Join(dir, "ok.txt"), "", "fine"},
		{"empty file reads fine", filepath.Join(dir, "empty.txt"), "", ""},
		{"missing file", missing, missing, ""},
		{"file scheme", "file:///etc/passwd", "file:///etc/passwd: unsupported URL scheme", ""},
		{"ftp scheme", "ftp://example.org/x.txt", "ftp://example.org/x.txt: unsupported URL scheme", ""},
	}
	// All specs in one batch: a failure must not stop the others.
	var specs []string
	for _, tt := range tests {
		specs = append(specs, tt.spec)
	}
	got := collect(t, context.Background(), specs, Options{Stdin: strings.NewReader("from stdin")})
	if len(got) != len(tests) {
		t.Fatalf("got %d results, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := got[i]
			if tt.wantErr != "" {
				if r.err == nil || !strings.Contains(r.err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", r.err, tt.wantErr)
				}
				return
			}
			if r.err != nil {
				t.Fatalf("unexpected error: %v", r.err)
			}
			if r.source != tt.spec || r.body != tt.body {
				t.Errorf("got (%q, %q), want (%q, %q)", r.source, r.body, tt.spec, tt.body)
			}
		})
	}
}

func TestOpenEmptyFileDecodes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.txt")
	writeFiles(t, filepath.Dir(p), map[string]string{"empty.txt": "  \n\t"})
	for raw, err := range Open(context.Background(), []string{p}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		_, err = Decode(raw)
		if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), p) {
			t.Errorf("Decode(empty) err = %v, want ErrEmpty naming %s", err, p)
		}
	}
}

func TestOpenTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.html")
	page := bytes.Repeat([]byte("<p>Lorem ipsum dolor sit amet.</p>\n"), 50<<20/36+1)
	if err := os.WriteFile(big, page, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opts     Options
		stdin    bool
		wantText string // distinguishes the stat path from the LimitReader one
	}{
		{"file, default cap, refused on stat", Options{}, false, "limit 20971520"},
		{"file, small cap", Options{MaxBytes: 1000}, false, "limit 1000"},
		{"stdin, capped read", Options{MaxBytes: 1000, Stdin: bytes.NewReader(page)}, true, "more than 1000 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := big
			if tt.stdin {
				spec = "-"
			}
			got := collect(t, context.Background(), []string{spec}, tt.opts)
			if len(got) != 1 {
				t.Fatalf("got %d results", len(got))
			}
			err := got[0].err
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), spec) || !strings.Contains(err.Error(), tt.wantText) {
				t.Fatalf("err = %v, want ErrTooLarge naming %s with %q", err, spec, tt.wantText)
			}
		})
	}
}

func TestOpenCancelled(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for raw, err := range Open(ctx, []string{dir, dir}, Options{}) {
		n++
		if n == 1 {
			if err != nil || raw.Body[0] != 'a' {
				t.Fatalf("first = %v, %v", raw, err)
			}
			cancel()
			continue
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("after cancel got %v, %v", raw, err)
		}
	}
	if n != 2 {
		t.Errorf("yielded %d times, want 2 (one file, then the cancellation)", n)
	}
}

// A folder walk leaves out a SQLite register and its journal files (as
// `ingest .` beside armswatch.db meets them), and reads the rest.
func TestOpenSkipsRegisterFiles(t *testing.T) {
	dir := t.TempDir()
	db := append([]byte("SQLite format 3\x00"), make([]byte, 100)...)
	files := map[string][]byte{
		"armswatch.db":     db,
		"armswatch.db-wal": []byte("wal bytes"),
		"armswatch.db-shm": []byte("shm bytes"),
		"other.sqlite":     db,
		"article.txt":      []byte("Morocco ordered 24 helicopters."),
		"notes-wal":        []byte("a text whose name ends in -wal"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for raw, err := range Open(context.Background(), []string{dir}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, filepath.Base(raw.Source))
	}
	slices.Sort(got)
	if want := []string{"article.txt", "notes-wal"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}
