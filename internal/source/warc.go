package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http/httputil"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc"
)

// WARC reading.
//
// armswatch reads web archives (ISO 28500, WARC/1.0 and 1.1) such as
// Common Crawl's news crawl with github.com/nlnwa/gowarc, which parses
// each record's version line, header fields and Content-Length-bounded
// block. One property armswatch needs is not the library's: a damaged
// record must cost that record only. gowarc trusts each record's
// Content-Length and, once past a damaged record, would go on reading from
// the middle of it. So a thin layer around it stays here: the per-record
// gzip members of a .warc.gz are opened here and used as the real record
// boundaries (a lying length is detected and the next member read
// normally), the end-of-record marker is checked, header size is bounded
// before gowarc sees a header, and in a plain .warc reading resynchronises
// on the next "WARC/1.x" header line.
//
// Memory is bounded by one record (Options.MaxBytes; larger records are
// skipped, not buffered) plus fixed buffers, whatever the archive's size.

// ErrWARC is wrapped by every error about a damaged archive or record.
var ErrWARC = errors.New("damaged WARC")

// WARCStats counts what reading an archive did. Skipped records are not
// errors: they are records that hold no web page (warcinfo, request,
// metadata, revisit), non-2xx responses and payloads that are not HTML.
type WARCStats struct {
	Records int            // records read, damaged ones included
	HTML    int            // HTML pages yielded
	Skipped map[string]int // reason → count
	Damaged int            // records (or gzip members) that could not be read
	// Offset is where, in the archive, the gzip member that the result
	// just yielded came from (a .warc.gz read from its start or from
	// OpenWARCFileAt's offset); -1 in a plain .warc. Reading again from
	// it (OpenWARCFileAt) starts with that result, or with an earlier one
	// of the same member when a member holds several records.
	Offset int64
}

func (s *WARCStats) skip(reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

// String is a one-line report.
func (s *WARCStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d WARC records: %d HTML pages, %d damaged", s.Records, s.HTML, s.Damaged)
	if len(s.Skipped) > 0 {
		keys := make([]string, 0, len(s.Skipped))
		for k := range s.Skipped {
			keys = append(keys, k)
		}
		sortStrings(keys)
		b.WriteString("; skipped:")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %d %s", s.Skipped[k], k)
		}
	}
	return b.String()
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// IsWARC reports whether path names a web archive by its extension
// (.warc, .warc.gz, case-insensitive).
func IsWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// OpenWARC yields one Raw per HTML response record of the archive read
// from r, gzip'd per record (.warc.gz) or plain (.warc), told apart by
// content. Raw.Source and Raw.URL are the record's target URI, Body the
// HTTP payload (de-chunked and decompressed), Fetched the record's date.
// A damaged record yields (nil, err) wrapping ErrWARC and reading goes on
// with the next one.
func OpenWARC(ctx context.Context, r io.Reader, opts Options) iter.Seq2[*Raw, error] {
	return ReadWARC(ctx, "warc", r, opts, nil)
}

// ReadWARC is OpenWARC with the archive's name for error messages and
// counters filled in as the archive is read (stats may be nil).
func ReadWARC(ctx context.Context, name string, r io.Reader, opts Options, stats *WARCStats) iter.Seq2[*Raw, error] {
	return readWARC(ctx, name, r, 0, opts, stats)
}

// readWARC is ReadWARC of an archive read from offset base on.
func readWARC(ctx context.Context, name string, r io.Reader, base int64, opts Options, stats *WARCStats) iter.Seq2[*Raw, error] {
	opts = opts.withDefaults()
	if stats == nil {
		stats = &WARCStats{}
	}
	return func(yield func(*Raw, error) bool) {
		wr := &warcReader{ctx: ctx, name: name, max: opts.MaxBytes, stats: stats, yield: yield, base: base,
			// No validation: validating buffers every block whole (in
			// memory, then in temporary files), and armswatch checks what
			// it needs itself.
			unmarshal: gowarc.NewUnmarshaler(gowarc.WithNoValidation(), gowarc.WithAddMissingDigest(false))}
		br := bufio.NewReaderSize(r, warcBuffer)
		magic, err := br.Peek(2)
		if err != nil {
			if errors.Is(err, io.EOF) && len(magic) == 0 {
				yield(nil, fmt.Errorf("%s: %w", name, ErrEmpty))
				return
			}
			if !errors.Is(err, io.EOF) {
				yield(nil, fmt.Errorf("%s: %w", name, err))
				return
			}
		}
		if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			wr.gz = true
			wr.readGzip(br)
		} else {
			wr.readPlain(br)
		}
	}
}

type warcReader struct {
	ctx     context.Context
	name    string
	max     int64
	stats   *WARCStats
	yield   func(*Raw, error) bool
	stopped bool
	// unmarshal parses records (gzip members are opened before it).
	unmarshal gowarc.Unmarshaler
	offset    int64 // offset in the archive of the current gzip member
	base      int64 // offset in the archive where reading started
	gz        bool  // a .warc.gz
	gzErr     *errKeep
	// reported is set when the current member's damage was already
	// reported as a record error.
	reported bool
}

// emit passes one result on; it returns false when reading must stop.
func (w *warcReader) emit(raw *Raw, err error) bool {
	if w.stopped {
		return false
	}
	w.stats.Offset = -1
	if w.gz {
		w.stats.Offset = w.offset
	}
	if !w.yield(raw, err) {
		w.stopped = true
	}
	return !w.stopped
}

func (w *warcReader) cancelled() bool {
	if err := w.ctx.Err(); err != nil {
		w.emit(nil, err)
		w.stopped = true
		return true
	}
	return false
}

func (w *warcReader) damaged(format string, args ...any) bool {
	w.stats.Damaged++
	w.reported = true
	return w.emit(nil, fmt.Errorf("%s: %w: %s", w.name, ErrWARC, fmt.Sprintf(format, args...)))
}

// countingReader counts the compressed bytes the gzip reader consumes.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// readGzip reads a .warc.gz: one gzip member per record (the standard
// layout); a member holding several records is read too.
func (w *warcReader) readGzip(br *bufio.Reader) {
	cr := &countingReader{r: br}
	gz := new(gzip.Reader)
	mr := bufio.NewReaderSize(nil, warcBuffer)
	for member := 0; ; member++ {
		if w.cancelled() {
			return
		}
		w.offset = w.base + cr.n
		if err := gz.Reset(cr); err != nil {
			if errors.Is(err, io.EOF) && member > 0 {
				return // clean end
			}
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				w.damaged("truncated gzip member at offset %d", w.offset)
				return
			}
			// Not a gzip header: skip to the next member, if any.
			if !w.damaged("bad gzip member at offset %d: %v", w.offset, err) || !w.resyncGzip(cr) {
				return
			}
			continue
		}
		gz.Multistream(false)
		ek := &errKeep{r: gz}
		w.gzErr = ek
		mr.Reset(ek)
		for {
			ok, more := w.readRecord(mr, true)
			if !ok {
				return
			}
			if !more {
				break
			}
		}
		// Drain what is left of the member (after a record whose length
		// lied) so that the next member starts where it should.
		io.Copy(io.Discard, mr) // errors are kept by ek
		if err := ek.failure(); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				if !w.reported {
					w.damaged("gzip member at offset %d is truncated", w.offset)
				}
				return
			}
			if !w.reported && !w.damaged("gzip member at offset %d is corrupt: %v", w.offset, err) {
				return
			}
			if !w.resyncGzip(cr) {
				return
			}
		}
		w.reported = false
	}
}

// errKeep remembers the first error other than io.EOF its reader returned.
type errKeep struct {
	r   io.Reader
	err error
}

func (e *errKeep) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) && e.err == nil {
		e.err = err
	}
	return n, err
}

func (e *errKeep) failure() error {
	if e == nil {
		return nil
	}
	return e.err
}

// resyncGzip skips to the next gzip member header (1f 8b 08). It returns
// false at the end of the input.
func (w *warcReader) resyncGzip(cr *countingReader) bool {
	for {
		b, err := cr.r.Peek(3)
		if len(b) < 3 || err != nil {
			return false
		}
		if b[0] == 0x1f && b[1] == 0x8b && b[2] == 0x08 {
			return true
		}
		cr.r.Discard(1)
		cr.n++
	}
}

// readPlain reads an uncompressed .warc.
func (w *warcReader) readPlain(br *bufio.Reader) {
	for {
		if w.cancelled() {
			return
		}
		ok, more := w.readRecord(br, false)
		if !ok || !more {
			return
		}
	}
}

// versionLine reports whether b starts with a line that opens a record.
func versionLine(b []byte) bool {
	for _, v := range []string{"WARC/1.0", "WARC/1.1", "WARC/0.18", "WARC/0.17"} {
		if rest, ok := bytes.CutPrefix(b, []byte(v)); ok {
			return bytes.HasPrefix(rest, []byte("\r\n")) || bytes.HasPrefix(rest, []byte("\n"))
		}
	}
	return false
}

// seek skips the blank lines before the next record and leaves r on its
// version line. found is false at the end of r (or when a damaged member
// was reported); ok is false when the consumer stopped. In a plain
// archive anything else is skipped up to the next record.
func (w *warcReader) seek(r *bufio.Reader, inMember bool) (found, ok bool) {
	for {
		b, err := r.Peek(1)
		if err != nil {
			if errors.Is(err, io.EOF) && w.gzErr.failure() == nil {
				return false, true
			}
			return false, w.readFailed("", err, inMember)
		}
		if b[0] == '\r' || b[0] == '\n' {
			r.Discard(1)
			continue
		}
		if b, _ := r.Peek(len("WARC/0.18\r\n")); versionLine(b) {
			return true, true
		}
		if inMember {
			return false, w.damaged("member at offset %d does not start with a WARC version line", w.offset)
		}
		r.Discard(1) // resyncPlain may stop on a line like this one
		if !w.resyncPlain(r) {
			return false, true
		}
	}
}

// The WARC header of a record (version line, fields, blank line) is looked
// at in r's buffer before gowarc parses it: gowarc reads header lines
// without a length limit, and on a read error other than io.EOF (a
// truncated or corrupt gzip member) it does not stop. Handing it only
// headers that are complete in memory bounds both.
const (
	warcBuffer    = 256 << 10 // read buffer; a WARC header must fit in it
	maxHeaderLine = 64 << 10
	maxHeaderRows = 256
)

var (
	errLineTooLong    = errors.New("header line longer than 64 KiB")
	errTooManyHeaders = errors.New("more than 256 header lines")
	errHeaderTooLong  = errors.New("header longer than 256 KiB")
	errNoFields       = errors.New("header has no fields")
)

// checkHeader makes sure the record header at the start of r ends within
// r's buffer, in at most maxHeaderRows lines of at most maxHeaderLine
// bytes. It reads but does not consume.
func checkHeader(r *bufio.Reader) error {
	for n := 4 << 10; ; n *= 2 {
		n = min(n, r.Size())
		buf, err := r.Peek(n)
		rows := 0
		for start := 0; ; rows++ {
			i := bytes.IndexByte(buf[start:], '\n')
			if i < 0 {
				if len(buf)-start > maxHeaderLine {
					return errLineTooLong
				}
				break
			}
			if i+1 > maxHeaderLine {
				return errLineTooLong
			}
			line := bytes.TrimRight(buf[start:start+i], "\r")
			start += i + 1
			if len(line) == 0 {
				if rows == 1 {
					return errNoFields
				}
				return nil
			}
			if rows > maxHeaderRows {
				return errTooManyHeaders
			}
		}
		switch {
		case err == nil && n == r.Size():
			return errHeaderTooLong
		case errors.Is(err, io.EOF):
			return io.ErrUnexpectedEOF
		case err != nil:
			return err
		}
	}
}

// field is a header field's value, its name matched case-insensitively
// (gowarc matches only the canonical spelling when it does not validate).
func field(rec gowarc.WarcRecord, name string) string {
	for _, nv := range *rec.WarcHeader() {
		if strings.EqualFold(nv.Name, name) {
			return nv.Value
		}
	}
	return ""
}

// readRecord reads one record from r and yields it. ok is false when the
// consumer stopped; more is false at the end of r. In a gzip member
// (inMember) a damaged record ends the member; in a plain archive the
// reader resynchronises on the next version line.
//
// gowarc parses the record (version line, header fields, record type) and
// gives its block, bounded by Content-Length. It does not check that the
// block ends where the record does (unless it validates, which buffers
// every block whole), so the end-of-record marker is checked here, and a
// lying Content-Length is recovered from here too: the rest of a gzip
// member is dropped, a plain archive resynchronised.
func (w *warcReader) readRecord(r *bufio.Reader, inMember bool) (ok, more bool) {
	found, ok := w.seek(r, inMember)
	if !found {
		return ok, false
	}
	w.stats.Records++
	if err := checkHeader(r); err != nil {
		if errors.Is(err, errLineTooLong) || errors.Is(err, errTooManyHeaders) ||
			errors.Is(err, errHeaderTooLong) || errors.Is(err, errNoFields) {
			if !w.damaged("record %d: %v", w.stats.Records, err) || inMember {
				return !w.stopped, false
			}
			r.Discard(1) // step off this record's version line
			return true, w.resyncPlain(r)
		}
		return w.readFailed("headers", err, inMember), false
	}
	rec, _, _, err := w.unmarshal.Unmarshal(r)
	if err != nil {
		// The header was unusable (the record, if any, has no block and
		// must not be closed).
		if !w.damaged("record %d: %v", w.stats.Records, err) || inMember {
			return !w.stopped, false
		}
		return true, w.resyncPlain(r)
	}
	typ := strings.ToLower(field(rec, "WARC-Type"))
	target := RedactURL(strings.Trim(field(rec, "WARC-Target-URI"), "<>"))
	clText := field(rec, "Content-Length")
	cl, err := strconv.ParseInt(strings.TrimSpace(clText), 10, 64)
	if libCL, libErr := rec.ContentLength(); err != nil || cl < 0 || libErr != nil || libCL != cl {
		// gowarc's block reader would use no length (or, negative, read
		// to the end): the record is not read.
		if !w.damaged("record %d (%s): bad Content-Length %q", w.stats.Records, target, clText) || inMember {
			return !w.stopped, false
		}
		return true, w.resyncPlain(r)
	}
	blockReader, err := rec.Block().RawBytes()
	if err != nil {
		return w.damaged("record %d (%s): %v", w.stats.Records, target, err), false
	}
	keep := typ == "response" && cl <= w.max+64<<10
	// In a plain archive, the bytes from the first record start inside
	// the block on are kept aside (tail): if the length lied, reading
	// resumes there and loses nothing after the liar.
	block, tail, n, _ := readBlock(blockReader, cl, keep, !inMember, w.max+64<<10)
	if n < cl {
		if !w.truncated(target, cl, n, inMember) {
			return false, false
		}
		if inMember || tail == nil {
			return true, false
		}
		return w.resume(tail, r)
	}
	// The block is followed by CRLF CRLF.
	if trailer, _ := r.Peek(4); !bytes.Equal(trailer, []byte("\r\n\r\n")) && !bytes.HasPrefix(trailer, []byte("\n\n")) {
		// The Content-Length lied. In a plain archive, a too-long length
		// swallowed the start of the next record: resume from there.
		msg := fmt.Sprintf("record %d (%s): Content-Length %d does not end at the record's end", w.stats.Records, target, cl)
		if !w.damaged("%s", msg) {
			return false, false
		}
		if inMember {
			return true, false
		}
		if tail != nil {
			return w.resume(tail, r)
		}
		return true, w.resyncPlain(r)
	}
	rec.Close() // skips the end-of-record marker
	switch {
	case typ != "response":
		if typ == "" {
			typ = "untyped"
		}
		w.stats.skip(typ + " record")
		return true, true
	case !keep:
		w.stats.skip("too large")
		return w.emit(nil, fmt.Errorf("%s: %s: %w (%d bytes, limit %d)", w.name, target, ErrTooLarge, cl, w.max)), true
	}
	raw, reason, err := httpPayload(block, w.max)
	if err != nil {
		w.stats.Damaged++
		return w.emit(nil, fmt.Errorf("%s: %s: %w: %v", w.name, target, ErrWARC, err)), true
	}
	if reason != "" {
		w.stats.skip(reason)
		return true, true
	}
	raw.Source, raw.URL = target, target
	if raw.Source == "" {
		raw.Source = fmt.Sprintf("%s#%d", w.name, w.stats.Records)
	}
	if t, err := time.Parse(time.RFC3339, field(rec, "WARC-Date")); err == nil {
		raw.Fetched = t.UTC()
	} else {
		raw.Fetched = time.Now().UTC()
	}
	w.stats.HTML++
	return w.emit(raw, nil), true
}

// readFailed reports a failure to read a record's start.
func (w *warcReader) readFailed(what string, err error, inMember bool) bool {
	if inMember {
		if gerr := w.gzErr.failure(); gerr != nil {
			if errors.Is(gerr, io.ErrUnexpectedEOF) {
				return w.damaged("record %d: gzip member at offset %d is truncated", w.stats.Records, w.offset)
			}
			return w.damaged("record %d: gzip member at offset %d is corrupt: %v", w.stats.Records, w.offset, gerr)
		}
	}
	if what != "" {
		return w.damaged("record %d: reading %s: %v", w.stats.Records, what, err)
	}
	return w.damaged("record %d: %v", w.stats.Records, err)
}

// truncated reports a record that ends before its Content-Length: either
// the archive (or its gzip member) is cut short, or the length lies.
func (w *warcReader) truncated(target string, cl, n int64, inMember bool) bool {
	if inMember {
		if err := w.gzErr.failure(); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return w.damaged("record %d (%s): gzip member at offset %d is truncated (%d of %d bytes read)", w.stats.Records, target, w.offset, n, cl)
			}
			return w.damaged("record %d (%s): gzip member at offset %d is corrupt: %v", w.stats.Records, target, w.offset, err)
		}
		return w.damaged("record %d (%s): Content-Length says %d bytes but its gzip member holds %d", w.stats.Records, target, cl, n)
	}
	return w.damaged("record %d (%s): truncated: Content-Length says %d bytes, only %d present", w.stats.Records, target, cl, n)
}

// resume reads the records of a plain archive from tail (the part of a
// lying record's block where the next record starts) and then r.
func (w *warcReader) resume(tail []byte, r *bufio.Reader) (ok, more bool) {
	nr := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(tail), r), warcBuffer)
	for {
		ok, more := w.readRecord(nr, false)
		if !ok || !more {
			return ok, more
		}
	}
}

// readBlock reads a record's block of cl bytes, returning it when keep.
// When watch (plain archives), it also returns the bytes from the first
// record start found inside the block on (see recordStart), at most max of
// them (past that, from a later record start, if any): should the length
// have lied, the records it swallowed are there. n is how many bytes were
// read (less than cl: the archive ended first).
func readBlock(rd io.Reader, cl int64, keep, watch bool, max int64) (block, tail []byte, n int64, err error) {
	if keep {
		block = make([]byte, cl)
		k, err := io.ReadFull(rd, block)
		block = block[:k]
		if watch {
			if i := recordStart(block); i >= 0 {
				tail = block[i:]
			}
		}
		return block, tail, int64(k), err
	}
	if !watch {
		n, err = io.Copy(io.Discard, rd)
		return nil, nil, n, err
	}
	buf := make([]byte, 64<<10)
	// carry is the end of what was read, where a record start may begin;
	// joint is carry and the start of the next chunk.
	var carryBuf, jointBuf [2 * recordStartLen]byte
	carry := carryBuf[:0]
	for n < cl {
		k, rerr := rd.Read(buf[:min(int64(len(buf)), cl-n)])
		chunk := buf[:k]
		n += int64(k)
		if tail != nil {
			tail = append(tail, chunk...)
			if int64(len(tail)) > max {
				if i := recordStart(tail[1:]); i >= 0 {
					tail = append([]byte(nil), tail[i+1:]...)
				} else {
					carry = append(carryBuf[:0], tail[len(tail)-min(len(tail), recordStartLen):]...)
					tail = nil
				}
			}
		} else {
			head := chunk[:min(len(chunk), recordStartLen)]
			joint := append(append(jointBuf[:0], carry...), head...)
			if i := recordStart(joint); i >= 0 {
				tail = append(append([]byte(nil), joint[i:]...), chunk[len(head):]...)
			} else if i := recordStart(chunk); i >= 0 {
				tail = append([]byte(nil), chunk[i:]...)
			} else if len(chunk) >= recordStartLen {
				carry = append(carryBuf[:0], chunk[len(chunk)-recordStartLen:]...)
			} else {
				carry = append(carryBuf[:0], joint[len(joint)-min(len(joint), recordStartLen):]...)
			}
		}
		if rerr != nil {
			if errors.Is(rerr, io.EOF) {
				return nil, tail, n, nil
			}
			return nil, tail, n, rerr
		}
	}
	return nil, tail, n, nil
}

// recordStartLen is the longest record start recordStart looks for.
const recordStartLen = len("\r\n\r\nWARC/1.0\r\n")

// recordStart is the index in b of the first "WARC/1.0" or "WARC/1.1"
// line that follows a blank line (the end of a record), or -1.
func recordStart(b []byte) int {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("\nWARC/1."))
		if i < 0 {
			return -1
		}
		i += off
		line := b[i+1:]
		blank := (i >= 1 && b[i-1] == '\n') || (i >= 3 && b[i-1] == '\r' && b[i-2] == '\n')
		if blank && len(line) >= 9 && (line[7] == '0' || line[7] == '1') &&
			(line[8] == '\n' || (line[8] == '\r' && len(line) >= 10 && line[9] == '\n')) {
			return i + 1
		}
		off = i + 1
	}
}

// resyncPlain skips to the next line that opens a record and leaves the
// reader on it. It returns false at the end of the input.
func (w *warcReader) resyncPlain(r *bufio.Reader) bool {
	for {
		b, err := r.Peek(9)
		if len(b) >= 8 && (bytes.HasPrefix(b, []byte("WARC/1.0\r")) || bytes.HasPrefix(b, []byte("WARC/1.1\r")) ||
			bytes.HasPrefix(b, []byte("WARC/1.0\n")) || bytes.HasPrefix(b, []byte("WARC/1.1\n"))) {
			return true
		}
		if err != nil && len(b) < 9 {
			return false
		}
		if _, err := r.ReadSlice('\n'); err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return false
		}
	}
}

// httpPayload splits an HTTP response block into a Raw, or says why it is
// skipped.
func httpPayload(block []byte, max int64) (*Raw, string, error) {
	if !bytes.HasPrefix(block, []byte("HTTP/")) {
		return nil, "not an HTTP response", nil
	}
	end := bytes.Index(block, []byte("\r\n\r\n"))
	sep := 4
	if end < 0 {
		end, sep = bytes.Index(block, []byte("\n\n")), 2
		if end < 0 {
			return nil, "", errors.New("HTTP headers do not end")
		}
	}
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(block[:end+sep])))
	status, err := tp.ReadLine()
	if err != nil {
		return nil, "", fmt.Errorf("HTTP status line: %v", err)
	}
	f := strings.Fields(status)
	if len(f) < 2 {
		return nil, "", fmt.Errorf("bad HTTP status line %q", status)
	}
	code, err := strconv.Atoi(f[1])
	if err != nil {
		return nil, "", fmt.Errorf("bad HTTP status line %q", status)
	}
	if code < 200 || code > 299 {
		return nil, "HTTP status not 2xx", nil
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, "", fmt.Errorf("HTTP headers: %v", err)
	}
	ctype := h.Get("Content-Type")
	if ctype != "" {
		mt, _, _ := mime.ParseMediaType(ctype)
		if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
			return nil, "not HTML (" + mt + ")", nil
		}
	}
	body := block[end+sep:]
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), max+1))
		if err != nil {
			return nil, "", fmt.Errorf("chunked payload: %v", err)
		}
		body = b
	}
	if enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc == "gzip" || enc == "x-gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, "", fmt.Errorf("gzip payload: %v", err)
		}
		b, err := io.ReadAll(io.LimitReader(zr, max+1))
		if err != nil {
			return nil, "", fmt.Errorf("gzip payload: %v", err)
		}
		body = b
	}
	if int64(len(body)) > max {
		return nil, "", fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, "empty payload", nil
	}
	if ctype == "" && !looksHTML(body) {
		return nil, "not HTML (no Content-Type)", nil
	}
	return &Raw{Body: body, ContentType: ctype}, "", nil
}

// looksHTML is a cheap check for an HTML payload without a Content-Type.
func looksHTML(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	s := bytes.ToLower(b)
	return bytes.Contains(s, []byte("<html")) || bytes.Contains(s, []byte("<!doctype html")) ||
		bytes.Contains(s, []byte("<head")) || bytes.Contains(s, []byte("<body"))
}

// openWARCFile streams the archive at path into yield; it returns false
// when the consumer stopped.
func openWARCFile(ctx context.Context, path string, opts Options, yield func(*Raw, error) bool) bool {
	return openWARCFileStats(ctx, path, opts, nil, yield)
}

func openWARCFileStats(ctx context.Context, path string, opts Options, stats *WARCStats, yield func(*Raw, error) bool) bool {
	return openWARCFileAt(ctx, path, 0, opts, stats, yield)
}

func openWARCFileAt(ctx context.Context, path string, offset int64, opts Options, stats *WARCStats, yield func(*Raw, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, named(path, err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return yield(nil, fmt.Errorf("%s: not a regular file", path))
	}
	if offset < 0 || offset > info.Size() {
		return yield(nil, fmt.Errorf("%s: offset %d is outside the archive (%d bytes)", path, offset, info.Size()))
	}
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return yield(nil, named(path, err))
	}
	for raw, err := range readWARC(ctx, path, f, offset, opts, stats) {
		if !yield(raw, err) {
			return false
		}
	}
	return true
}

// OpenWARCFileAt is OpenWARCFile from offset on: the start of a gzip
// member of a .warc.gz, as WARCStats.Offset gives it. A job that
// processes a segment of an archive starts there instead of reading (and
// decompressing) every record before its own.
func OpenWARCFileAt(ctx context.Context, path string, offset int64, opts Options) iter.Seq2[*Raw, error] {
	return func(yield func(*Raw, error) bool) {
		openWARCFileAt(ctx, path, offset, opts, nil, yield)
	}
}

// OpenWARCFile yields the HTML pages of the archive at path, filling stats
// (which may be nil) as it goes.
func OpenWARCFile(ctx context.Context, path string, opts Options, stats *WARCStats) iter.Seq2[*Raw, error] {
	return func(yield func(*Raw, error) bool) {
		openWARCFileStats(ctx, path, opts, stats, yield)
	}
}

// WARCWriter writes response records, one gzip member each when
// compressing, as crawlers do. armswatch uses it to build test archives.
type WARCWriter struct {
	w    io.Writer
	gzip bool
	n    int
}

// NewWARCWriter writes records to w; gz selects the .warc.gz layout.
func NewWARCWriter(w io.Writer, gz bool) *WARCWriter { return &WARCWriter{w: w, gzip: gz} }

// WriteRecord writes one record of type typ with block as its content.
func (ww *WARCWriter) WriteRecord(typ, uri string, date time.Time, contentType string, block []byte) error {
	ww.n++
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n",
		typ, ww.n, date.UTC().Format(time.RFC3339))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	if !ww.gzip {
		_, err := ww.w.Write(b.Bytes())
		return err
	}
	zw := gzip.NewWriter(ww.w)
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// WriteResponse writes a response record holding an HTTP 200 response
// with body as its payload.
func (ww *WARCWriter) WriteResponse(uri string, date time.Time, contentType string, body []byte) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(body))
	b.Write(body)
	return ww.WriteRecord("response", uri, date, "application/http; msgtype=response", b.Bytes())
}
