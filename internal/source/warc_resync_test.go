package source

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// A plain archive in which one record's Content-Length lies resumes at
// the next record and loses nothing after it, however far the length
// reaches: into the next record, over several, past the end of the file,
// in a record that is kept or one that is skipped (a request, or a
// length over the size cap).
func TestReadWARCPlainLyingLength(t *testing.T) {
	recs := func(liar string) string {
		var b strings.Builder
		b.WriteString(rawRecord("https://p.example/1", string(page(1)), -1))
		b.WriteString(liar)
		for i := 3; i <= 6; i++ {
			b.WriteString(rawRecord(fmt.Sprintf("https://p.example/%d", i), string(page(i)), -1))
		}
		return b.String()
	}
	after := len(rawRecord("https://p.example/3", string(page(3)), -1))
	request := func(cl int) string {
		block := "GET /2 HTTP/1.1\r\nHost: p.example\r\n\r\n"
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://p.example/2\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", cl, block)
	}
	body2 := len(page(2))
	for _, tt := range []struct {
		name string
		liar string
		opts Options
	}{
		{"into the next record", rawRecord("https://p.example/2", string(page(2)), body2+100), Options{}},
		{"over two records", rawRecord("https://p.example/2", string(page(2)), body2+2*after+10), Options{}},
		{"past the end", rawRecord("https://p.example/2", string(page(2)), 1<<20), Options{}},
		{"too short", rawRecord("https://p.example/2", string(page(2)), 40), Options{}},
		{"skipped record, into the next", request(300), Options{}},
		{"skipped record, past the end", request(1 << 20), Options{}},
		{"over the size cap", rawRecord("https://p.example/2", string(page(2)), 1<<20), Options{MaxBytes: 1000}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := readAll(t, []byte(recs(tt.liar)), tt.opts)
			want := "https://p.example/1 https://p.example/3 https://p.example/4 https://p.example/5 https://p.example/6"
			if got := strings.Join(out.urls, " "); got != want {
				t.Errorf("urls = %s\nwant   %s\nerrors: %v", got, want, out.errs)
			}
			if len(out.errs) != 1 {
				t.Errorf("errors = %v, want 1", out.errs)
			}
		})
	}
}

// readBlock finds a record start wherever the reads cut it.
func TestReadBlockRecordStart(t *testing.T) {
	data := "HTTP/1.1 200 OK\r\n\r\n<html>x</html>\r\n\r\nWARC/1.1\r\nWARC-Type: response\r\n"
	want := data[strings.Index(data, "WARC/1.1"):]
	for _, keep := range []bool{false, true} {
		for _, r := range []io.Reader{strings.NewReader(data), iotest.OneByteReader(strings.NewReader(data)), iotest.HalfReader(strings.NewReader(data))} {
			_, tail, n, err := readBlock(r, int64(len(data))+50, keep, true, 1<<20)
			if string(tail) != want || n != int64(len(data)) || err != nil && err != io.ErrUnexpectedEOF {
				t.Errorf("keep=%v %T: tail %q, n %d, err %v", keep, r, tail, n, err)
			}
		}
	}
	if _, tail, _, _ := readBlock(strings.NewReader("no WARC/1.0\r\n here, nor \nWARC/1.0\r\n"), 100, false, true, 1<<20); tail != nil {
		t.Errorf("found a record start after no blank line: %q", tail)
	}
}
