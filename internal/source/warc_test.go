package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

var warcDate = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

func page(i int) []byte {
	return fmt.Appendf(nil, "<html><head><title>Story %d</title></head><body><p>Story number %d about a contract.</p></body></html>", i, i)
}

// member builds one gzip member holding s.
func member(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// rawRecord is a record with a Content-Length of our choosing.
func rawRecord(uri, payload string, cl int) string {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
	if cl < 0 {
		cl = len(block)
	}
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, cl, block)
}

type warcOut struct {
	urls []string
	errs []error
}

func readAll(t *testing.T, data []byte, opts Options) (warcOut, *WARCStats) {
	t.Helper()
	var out warcOut
	st := &WARCStats{}
	for raw, err := range ReadWARC(context.Background(), "test.warc", bytes.NewReader(data), opts, st) {
		if err != nil {
			out.errs = append(out.errs, err)
			continue
		}
		out.urls = append(out.urls, raw.URL)
	}
	return out, st
}

func TestReadWARC(t *testing.T) {
	good := func(gz bool) []byte {
		var b bytes.Buffer
		w := NewWARCWriter(&b, gz)
		w.WriteRecord("warcinfo", "", warcDate, "application/warc-fields", []byte("software: test\r\n"))
		w.WriteRecord("request", "https://a.example/1", warcDate, "application/http; msgtype=request", []byte("GET /1 HTTP/1.1\r\n\r\n"))
		w.WriteResponse("https://a.example/1", warcDate, "text/html; charset=utf-8", page(1))
		w.WriteResponse("https://a.example/img.png", warcDate, "image/png", []byte("\x89PNG...."))
		w.WriteRecord("response", "https://a.example/404", warcDate, "application/http; msgtype=response", []byte("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"))
		w.WriteRecord("response", "https://a.example/chunked", warcDate, "application/http; msgtype=response",
			[]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n<html>\r\n7\r\n</html>\r\n0\r\n\r\n"))
		w.WriteResponse("https://a.example/2", warcDate, "", page(2))
		return b.Bytes()
	}
	// A gzip'd archive whose second record's Content-Length lies (too
	// long, then too short), and whose last member is cut short.
	lying := func(cl int) []byte {
		var b bytes.Buffer
		b.Write(member(t, rawRecord("https://b.example/1", string(page(1)), -1)))
		b.Write(member(t, rawRecord("https://b.example/liar", string(page(2)), cl)))
		b.Write(member(t, rawRecord("https://b.example/3", string(page(3)), -1)))
		return b.Bytes()
	}
	truncated := func() []byte {
		var b bytes.Buffer
		b.Write(member(t, rawRecord("https://c.example/1", string(page(1)), -1)))
		m := member(t, rawRecord("https://c.example/2", string(page(2)), -1))
		b.Write(m[:len(m)/2])
		return b.Bytes()
	}
	plainLying := func(cl int) []byte {
		return []byte(rawRecord("https://d.example/1", string(page(1)), -1) +
			rawRecord("https://d.example/liar", string(page(2)), cl) +
			rawRecord("https://d.example/3", string(page(3)), -1) +
			rawRecord("https://d.example/4", string(page(4)), -1))
	}
	corruptMiddle := func() []byte {
		var b bytes.Buffer
		b.Write(member(t, rawRecord("https://e.example/1", string(page(1)), -1)))
		m := member(t, rawRecord("https://e.example/2", string(page(2)), -1))
		for i := 12; i < len(m)-8; i++ {
			m[i] ^= 0x55
		}
		b.Write(m)
		b.Write(member(t, rawRecord("https://e.example/3", string(page(3)), -1)))
		return b.Bytes()
	}
	longHeader := func(gz bool) []byte {
		bad := strings.Replace(rawRecord("https://g.example/2", string(page(2)), -1), "WARC-Type: response", "WARC-Type: response\r\nX-Junk: "+strings.Repeat("j", 100<<10), 1)
		recs := []string{rawRecord("https://g.example/1", string(page(1)), -1), bad, rawRecord("https://g.example/3", string(page(3)), -1)}
		if !gz {
			return []byte(strings.Join(recs, ""))
		}
		var b bytes.Buffer
		for _, r := range recs {
			b.Write(member(t, r))
		}
		return b.Bytes()
	}
	tests := []struct {
		name      string
		data      []byte
		wantURLs  []string
		wantErrs  int
		errSubstr string
		skipped   map[string]int
	}{
		{"plain", good(false), []string{"https://a.example/1", "https://a.example/chunked", "https://a.example/2"}, 0, "",
			map[string]int{"warcinfo record": 1, "request record": 1, "not HTML (image/png)": 1, "HTTP status not 2xx": 1}},
		{"gzip", good(true), []string{"https://a.example/1", "https://a.example/chunked", "https://a.example/2"}, 0, "", nil},
		{"gzip length too long", lying(5000), []string{"https://b.example/1", "https://b.example/3"}, 1, "Content-Length says 5000", nil},
		{"gzip length too short", lying(60), []string{"https://b.example/1", "https://b.example/3"}, 1, "does not end at the record's end", nil},
		{"gzip truncated", truncated(), []string{"https://c.example/1"}, 1, "truncated", nil},
		{"gzip corrupt member", corruptMiddle(), []string{"https://e.example/1", "https://e.example/3"}, 1, "", nil},
		{"plain length too long", plainLying(len(page(2)) + 200), []string{"https://d.example/1", "https://d.example/3", "https://d.example/4"}, 1, "does not end", nil},
		{"plain length too short", plainLying(30), []string{"https://d.example/1", "https://d.example/3", "https://d.example/4"}, 1, "does not end", nil},
		{"plain long header line", longHeader(false), []string{"https://g.example/1", "https://g.example/3"}, 1, "header line longer", nil},
		{"gzip long header line", longHeader(true), []string{"https://g.example/1", "https://g.example/3"}, 1, "header line longer", nil},
		{"garbage", []byte("hello, this is not an archive\nat all\n"), nil, 0, "", nil},
		{"odd version lines", []byte("WARC/1.0\rX\nWARC/1.1\r\r\n" + rawRecord("https://j.example/1", string(page(1)), -1)), []string{"https://j.example/1"}, 0, "", nil},
		{"empty", nil, nil, 1, "empty input", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, st := readAll(t, tt.data, Options{})
			if strings.Join(out.urls, " ") != strings.Join(tt.wantURLs, " ") {
				t.Errorf("urls = %v, want %v", out.urls, tt.wantURLs)
			}
			if len(out.errs) != tt.wantErrs {
				t.Errorf("errors = %v, want %d", out.errs, tt.wantErrs)
			}
			for _, err := range out.errs {
				if !strings.Contains(err.Error(), tt.errSubstr) {
					t.Errorf("error %q lacks %q", err, tt.errSubstr)
				}
				if tt.name != "empty" && !errors.Is(err, ErrWARC) {
					t.Errorf("error %q does not wrap ErrWARC", err)
				}
			}
			for k, v := range tt.skipped {
				if st.Skipped[k] != v {
					t.Errorf("skipped[%q] = %d, want %d (all: %v)", k, st.Skipped[k], v, st.Skipped)
				}
			}
			if st.HTML != len(tt.wantURLs) {
				t.Errorf("stats.HTML = %d, want %d", st.HTML, len(tt.wantURLs))
			}
		})
	}
}

func TestReadWARCPayload(t *testing.T) {
	var b bytes.Buffer
	w := NewWARCWriter(&b, true)
	body := page(7)
	if err := w.WriteResponse("https://x.example/7", warcDate, "text/html", body); err != nil {
		t.Fatal(err)
	}
	var got []*Raw
	for raw, err := range OpenWARC(context.Background(), &b, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, raw)
	}
	if len(got) != 1 {
		t.Fatalf("got %d records", len(got))
	}
	r := got[0]
	if !bytes.Equal(r.Body, body) || r.Source != "https://x.example/7" || r.ContentType != "text/html" || !r.Fetched.Equal(warcDate) {
		t.Errorf("raw = %+v", r)
	}
	if _, err := Decode(r); err != nil {
		t.Errorf("decode: %v", err)
	}
}

func TestReadWARCTooLarge(t *testing.T) {
	var b bytes.Buffer
	w := NewWARCWriter(&b, true)
	w.WriteResponse("https://big.example/", warcDate, "text/html", bytes.Repeat([]byte("<p>x</p>"), 100_000))
	w.WriteResponse("https://small.example/", warcDate, "text/html", page(1))
	out, _ := readAll(t, b.Bytes(), Options{MaxBytes: 100_000})
	if len(out.urls) != 1 || out.urls[0] != "https://small.example/" {
		t.Errorf("urls = %v", out.urls)
	}
	if len(out.errs) != 1 || !errors.Is(out.errs[0], ErrTooLarge) {
		t.Errorf("errs = %v", out.errs)
	}
}

func TestOpenRoutesWARC(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	w := NewWARCWriter(&b, true)
	for i := range 3 {
		w.WriteResponse(fmt.Sprintf("https://n.example/%d", i), warcDate, "text/html", page(i))
	}
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "note.txt"), []byte("a note"), 0o644)
	for _, spec := range []string{dir, filepath.Join(dir, "crawl.warc.gz")} {
		var srcs []string
		for raw, err := range Open(context.Background(), []string{spec}, Options{}) {
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, raw.Source)
		}
		want := 3
		if spec == dir {
			want = 4
		}
		if len(srcs) != want || srcs[0] != "https://n.example/0" {
			t.Errorf("%s: sources = %v", spec, srcs)
		}
	}
	for _, tc := range []struct {
		path string
		want bool
	}{{"a.warc", true}, {"A.WARC.GZ", true}, {"a.warc.gz.txt", false}, {"warc", false}, {"a.gz", false}} {
		if IsWARC(tc.path) != tc.want {
			t.Errorf("IsWARC(%q) = %v", tc.path, !tc.want)
		}
	}
}

func TestReadWARCStopsEarly(t *testing.T) {
	var b bytes.Buffer
	w := NewWARCWriter(&b, true)
	for i := range 10 {
		w.WriteResponse(fmt.Sprintf("https://s.example/%d", i), warcDate, "text/html", page(i))
	}
	data := b.Bytes()
	n := 0
	for range OpenWARC(context.Background(), bytes.NewReader(data), Options{}) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs int
	for _, err := range OpenWARC(ctx, bytes.NewReader(data), Options{}) {
		if errors.Is(err, context.Canceled) {
			errs++
		}
	}
	if errs != 1 {
		t.Errorf("cancelled: %d context errors", errs)
	}
}

func FuzzReadWARC(f *testing.F) {
	f.Add([]byte(rawRecord("https://f.example/", "<html>x</html>", -1)))
	f.Add(member(&testing.T{}, rawRecord("https://f.example/", "<html>x</html>", 3)))
	f.Fuzz(func(t *testing.T, data []byte) {
		for raw, err := range ReadWARC(context.Background(), "fuzz", bytes.NewReader(data), Options{MaxBytes: 1 << 16}, nil) {
			if (raw == nil) == (err == nil) {
				t.Fatalf("raw %v, err %v", raw, err)
			}
		}
	})
}

// TestReadWARCDamagedHeaders: header damage gowarc would not bound or
// catch by itself costs the record it is in, in both layouts.
func TestReadWARCDamagedHeaders(t *testing.T) {
	manyFields := strings.Replace(rawRecord("https://h.example/2", string(page(2)), -1), "WARC-Type: response\r\n",
		"WARC-Type: response\r\n"+strings.Repeat("X-Field: v\r\n", 300), 1)
	noFields := "WARC/1.0\r\n\r\n"
	badLength := strings.Replace(rawRecord("https://h.example/2", string(page(2)), -1), "Content-Length: ", "Content-Length: x", 1)
	negLength := strings.Replace(rawRecord("https://h.example/2", string(page(2)), -1), "Content-Length: ", "Content-Length: -", 1)
	badDigest := strings.Replace(rawRecord("https://h.example/2", string(page(2)), -1), "WARC-Type: response\r\n",
		"WARC-Type: response\r\nWARC-Block-Digest: rot13:abc\r\n", 1)
	build := func(bad string, gz bool) []byte {
		recs := []string{rawRecord("https://h.example/1", string(page(1)), -1), bad, rawRecord("https://h.example/3", string(page(3)), -1)}
		if !gz {
			return []byte(strings.Join(recs, ""))
		}
		var b bytes.Buffer
		for _, r := range recs {
			b.Write(member(t, r))
		}
		return b.Bytes()
	}
	for _, tc := range []struct {
		name, bad, errSubstr string
	}{
		{"too many fields", manyFields, "more than 256 header lines"},
		{"no fields", noFields, "header has no fields"},
		{"bad length", badLength, "bad Content-Length"},
		{"negative length", negLength, "bad Content-Length"},
		{"unknown digest", badDigest, "unsupported digest algorithm"},
	} {
		for _, gz := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s gzip=%v", tc.name, gz), func(t *testing.T) {
				out, st := readAll(t, build(tc.bad, gz), Options{})
				if got := strings.Join(out.urls, " "); got != "https://h.example/1 https://h.example/3" {
					t.Errorf("urls = %v", out.urls)
				}
				if len(out.errs) != 1 || !errors.Is(out.errs[0], ErrWARC) || !strings.Contains(out.errs[0].Error(), tc.errSubstr) {
					t.Errorf("errs = %v, want one ErrWARC with %q", out.errs, tc.errSubstr)
				}
				if st.Damaged != 1 || st.Records != 3 {
					t.Errorf("stats = %+v, want 3 records, 1 damaged", st)
				}
			})
		}
	}
}

// TestReadWARCFields: field names are matched whatever their case, WARC/0.18
// angle-bracketed URIs are unwrapped, blank lines between records and
// LF-only record ends are accepted, a truncated last header is reported.
func TestReadWARCFields(t *testing.T) {
	lowerBlock := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>x</html>"
	lower := "WARC/1.0\r\nwarc-type: response\r\nwarc-target-uri: https://i.example/lower\r\nwarc-date: 2021-02-03T04:05:06Z\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n%s\r\n\r\n", len(lowerBlock), lowerBlock)
	bracket := strings.Replace(rawRecord("https://i.example/old", "<html>y</html>", -1), "WARC-Target-URI: https://i.example/old", "WARC-Target-URI: <https://i.example/old>", 1)
	lfEnd := strings.TrimSuffix(rawRecord("https://i.example/lf", "<html>z</html>", -1), "\r\n\r\n") + "\n\n"
	data := []byte(lower + "\r\n\r\n" + bracket + lfEnd + "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-")
	var got []*Raw
	var errs []error
	st := &WARCStats{}
	for raw, err := range ReadWARC(context.Background(), "f.warc", bytes.NewReader(data), Options{}, st) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, raw)
	}
	want := []string{"https://i.example/lower", "https://i.example/old", "https://i.example/lf"}
	if len(got) != len(want) {
		t.Fatalf("got %d pages, want %d (errs %v)", len(got), len(want), errs)
	}
	for i, w := range want {
		if got[i].Source != w || got[i].URL != w {
			t.Errorf("page %d: source %q url %q, want %q", i, got[i].Source, got[i].URL, w)
		}
	}
	if !got[0].Fetched.Equal(time.Date(2021, 2, 3, 4, 5, 6, 0, time.UTC)) || string(got[0].Body) != "<html>x</html>" {
		t.Errorf("lower-case fields: fetched %v body %q", got[0].Fetched, got[0].Body)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrWARC) || !strings.Contains(errs[0].Error(), "reading headers") {
		t.Errorf("errs = %v, want one truncated-header error", errs)
	}
	if st.Records != 4 || st.Damaged != 1 {
		t.Errorf("stats = %+v", st)
	}
}

// bigRecord streams a record whose block is n bytes of filler, never held
// in memory.
func bigRecord(typ string, n int64) io.Reader {
	head := fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: https://big.example/\r\nContent-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n", typ, n)
	return io.MultiReader(strings.NewReader(head), io.LimitReader(fillReader{}, n), strings.NewReader("\r\n\r\n"),
		strings.NewReader(rawRecord("https://after.example/", string(page(1)), -1)))
}

type fillReader struct{}

func (fillReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestReadWARCStreams: records far larger than the body cap are skipped
// without being buffered (memory stays near the fixed buffers).
func TestReadWARCStreams(t *testing.T) {
	const size = 64 << 20
	for _, typ := range []string{"resource", "response"} {
		t.Run(typ, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var urls []string
			var errs []error
			for raw, err := range ReadWARC(context.Background(), "big.warc", bigRecord(typ, size), Options{MaxBytes: 1 << 20}, nil) {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				urls = append(urls, raw.URL)
			}
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
				t.Errorf("allocated %d bytes reading a %d-byte record", alloc, size)
			}
			if len(urls) != 1 || urls[0] != "https://after.example/" {
				t.Errorf("urls = %v", urls)
			}
			wantErrs := 0
			if typ == "response" {
				wantErrs = 1
			}
			if len(errs) != wantErrs || (wantErrs == 1 && !errors.Is(errs[0], ErrTooLarge)) {
				t.Errorf("errs = %v, want %d ErrTooLarge", errs, wantErrs)
			}
		})
	}
}

// BenchmarkReadWARC reads a .warc.gz of news-size pages.
func BenchmarkReadWARC(b *testing.B) {
	var buf bytes.Buffer
	w := NewWARCWriter(&buf, true)
	body := bytes.Repeat([]byte("<p>A paragraph of a news story about a contract.</p>\n"), 400)
	for i := range 200 {
		w.WriteRecord("request", fmt.Sprintf("https://b.example/%d", i), warcDate, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n"))
		w.WriteResponse(fmt.Sprintf("https://b.example/%d", i), warcDate, "text/html", body)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		for raw, err := range ReadWARC(context.Background(), "bench", bytes.NewReader(data), Options{}, nil) {
			if err != nil || raw == nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 200 {
			b.Fatalf("%d pages", n)
		}
	}
}

// A segment of an archive read from its first record's gzip member yields
// the same results as reading from the start and skipping; a plain .warc
// has no member offsets.
func TestOpenWARCFileAt(t *testing.T) {
	dir := t.TempDir()
	for _, gz := range []bool{true, false} {
		var b bytes.Buffer
		w := NewWARCWriter(&b, gz)
		for i := range 12 {
			if i == 5 { // a record that is no page: read, not yielded
				w.WriteRecord("request", "https://n.example/req", warcDate, "application/http", []byte("GET / HTTP/1.1\r\n\r\n"))
			}
			w.WriteResponse(fmt.Sprintf("https://n.example/%d", i), warcDate, "text/html", page(i))
		}
		path := filepath.Join(dir, fmt.Sprintf("crawl-%v.warc", gz))
		if gz {
			path += ".gz"
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		var (
			st      WARCStats
			urls    []string
			offsets []int64
		)
		for raw, err := range OpenWARCFile(context.Background(), path, Options{}, &st) {
			if err != nil {
				t.Fatal(err)
			}
			urls, offsets = append(urls, raw.URL), append(offsets, st.Offset)
		}
		if len(urls) != 12 {
			t.Fatalf("gz %v: %d pages", gz, len(urls))
		}
		if !gz {
			for _, o := range offsets {
				if o != -1 {
					t.Fatalf("plain archive: offsets %v, want -1", offsets)
				}
			}
			continue
		}
		for k := range offsets {
			if k > 0 && offsets[k] <= offsets[k-1] {
				t.Fatalf("offsets not increasing: %v", offsets)
			}
			var got []string
			for raw, err := range OpenWARCFileAt(context.Background(), path, offsets[k], Options{}) {
				if err != nil {
					t.Fatalf("from record %d: %v", k, err)
				}
				got = append(got, raw.URL)
			}
			if !slices.Equal(got, urls[k:]) {
				t.Errorf("from record %d (offset %d): %v, want %v", k, offsets[k], got, urls[k:])
			}
		}
		var err error
		for _, e := range OpenWARCFileAt(context.Background(), path, int64(b.Len())+1, Options{}) {
			err = e
		}
		if err == nil || !strings.Contains(err.Error(), "outside the archive") {
			t.Errorf("offset past the end: %v", err)
		}
	}
}
