// Package source owns armswatch's inputs: it reads files, folders, standard
// input and http(s) URLs, and turns their bytes into UTF-8 text.
//
// It is the only package that touches the outside world on the way in, so it
// is also where the safety rules live:
//
//   - size limits: every body or file is capped (Options.MaxBytes); larger
//     inputs are refused with ErrTooLarge rather than truncated;
//   - an SSRF guard: URLs whose resolved address is loopback, private,
//     link-local, CGNAT, multicast or otherwise not public are refused with
//     ErrPrivateAddress; the check runs at dial time on the resolved IP, for
//     every redirect too, so DNS tricks cannot bypass it;
//   - content sniffing (Decode): empty and binary inputs are rejected, HTML is
//     told apart from plain text by content first, then by Content-Type and
//     file extension;
//   - decoding: byte-order marks, HTTP and <meta> charsets, UTF-8 validation
//     and a windows-1252 fallback give valid UTF-8 or an error.
//
// Open walks a batch of inputs lazily and never stops at the first failing
// one; every error names the input it belongs to.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Errors returned (wrapped with the input's name) by Open, Fetch and Decode.
// Test for them with errors.Is.
var (
	ErrEmpty          = errors.New("empty input")
	ErrBinary         = errors.New("binary content")
	ErrTooLarge       = errors.New("input too large")
	ErrPrivateAddress = errors.New("refusing a non-public network address")
	ErrInvalidUTF8    = errors.New("too many invalid UTF-8 sequences")
	ErrSymlink        = errors.New("symbolic link in a folder, not followed")
)

// Defaults applied to zero-valued Options fields.
const (
	DefaultMaxBytes     = 20 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "armswatch/0.1 (+https://github.com/armswatch/armswatch)"
)

// Options control how inputs are read. The zero value is safe: private
// addresses refused, 20 MiB cap, 30 s per URL, 5 redirects.
type Options struct {
	AllowPrivate bool          // permit loopback/private/link-local URL targets (default: refuse)
	MaxBytes     int64         // body/file cap; 0 => 20 MiB. Larger input => ErrTooLarge
	Timeout      time.Duration // per URL, covering dial, TLS, headers and body; 0 => 30s
	MaxRedirects int           // 0 => 5
	UserAgent    string        // "" => DefaultUserAgent
	Stdin        io.Reader     // read for the spec "-"; nil => os.Stdin
	// Client, if set, is used as is for URLs: its transport and redirect
	// policy replace the SSRF-guarded ones built by default. Size cap,
	// timeout and scheme checks still apply.
	Client *http.Client
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return o
}

// Raw is one input as read, before any decoding.
type Raw struct {
	Source      string    // the path or URL as given (for a folder: the file's path)
	URL         string    // final URL after redirects, for URLs
	Body        []byte    // raw bytes as read (at most MaxBytes)
	ContentType string    // from the HTTP header, if any
	Fetched     time.Time // when the input was read (UTC)
}

// schemeRE matches a leading URL scheme such as "ftp://".
var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// Open yields one Raw per input, in order. A spec is "-" (standard input),
// an http:// or https:// URL, a file, or a folder. A web archive (IsWARC)
// yields one Raw per HTML page it holds (see OpenWARC). Folders are walked
// recursively in lexical order; hidden files and folders (name starting
// with ".") are skipped, and only regular files are read: symbolic links
// inside a folder are never followed, so a walk cannot leave its tree, and
// each is reported as an error wrapping ErrSymlink (other special files
// too), so that nothing is left out silently.
//
// A failing input yields (nil, err) with err naming the input, and the batch
// goes on. Cancelling ctx stops the batch after yielding ctx's error.
func Open(ctx context.Context, specs []string, opts Options) iter.Seq2[*Raw, error] {
	opts = opts.withDefaults()
	return func(yield func(*Raw, error) bool) {
		var client *http.Client // built on the first URL, then reused
		for _, spec := range specs {
			if err := ctx.Err(); err != nil {
				yield(nil, err)
				return
			}
			switch {
			case spec == "-":
				if !yield(readStdin(opts)) {
					return
				}
			case isHTTP(spec):
				if client == nil {
					client = opts.Client
					if client == nil {
						client = newClient(opts)
					}
				}
				if !yield(fetch(ctx, client, spec, opts)) {
					return
				}
			case schemeRE.MatchString(spec):
				if !yield(nil, fmt.Errorf("%s: unsupported URL scheme (only http and https)", spec)) {
					return
				}
			default:
				if !openPath(ctx, spec, opts, yield) {
					return
				}
			}
		}
	}
}

func isHTTP(spec string) bool {
	s := strings.ToLower(spec)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func readStdin(opts Options) (*Raw, error) {
	body, err := readCapped(opts.Stdin, opts.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("-: %w", err)
	}
	return &Raw{Source: "-", Body: body, Fetched: time.Now().UTC()}, nil
}

// openPath yields the file at path, or every file below it if it is a
// folder. It returns false when the consumer asked to stop.
func openPath(ctx context.Context, path string, opts Options, yield func(*Raw, error) bool) bool {
	info, err := os.Stat(path)
	if err != nil {
		return yield(nil, named(path, err))
	}
	if !info.IsDir() {
		if !info.Mode().IsRegular() { // a pipe or device could block or never end
			return yield(nil, fmt.Errorf("%s: not a regular file or folder", path))
		}
		if IsWARC(path) {
			return openWARCFile(ctx, path, opts, yield)
		}
		return yield(readFile(path, opts.MaxBytes))
	}
	root := path
	if li, err := os.Lstat(path); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// The user named a link to a folder: walk its target (WalkDir
		// does not follow a symlinked root unless it ends in a separator).
		root = path + string(filepath.Separator)
	}
	stopped := false
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable entry: report it, skip it, carry on.
			if !yield(nil, named(p, err)) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil // descended into
		}
		if !d.Type().IsRegular() {
			// Links are not followed (a walk must not leave its tree),
			// devices and pipes not read; each is reported, not skipped
			// silently.
			err := fmt.Errorf("%s: %w (name its target to ingest it)", p, ErrSymlink)
			if d.Type()&fs.ModeSymlink == 0 {
				err = fmt.Errorf("%s: not a regular file (%s), skipped", p, d.Type())
			}
			if !yield(nil, err) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			yield(nil, err)
			stopped = true
			return fs.SkipAll
		}
		if IsWARC(p) {
			if !openWARCFile(ctx, p, opts, yield) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if isRegisterFile(p) {
			// `ingest .` in the folder that holds armswatch.db: the
			// register and its journal are not documents.
			return nil
		}
		if !yield(readFile(p, opts.MaxBytes)) {
			stopped = true
			return fs.SkipAll
		}
		return nil
	})
	if walkErr != nil && !stopped {
		return yield(nil, named(path, walkErr))
	}
	return !stopped
}

// readFile reads a regular file, refusing it before reading when its size
// is over max, and capping the read anyway in case it grows meanwhile.
func readFile(path string, max int64) (*Raw, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, named(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, named(path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), max)
	}
	body, err := readSized(f, info.Size(), max)
	if err != nil {
		return nil, named(path, err)
	}
	return &Raw{Source: path, Body: body, Fetched: time.Now().UTC()}, nil
}

// readSized reads a file whose size is known into one buffer of that size
// (io.ReadAll would grow its buffer by copies, leaving garbage of about
// twice the file), then reads on in case the file grew meanwhile, still
// capped at max.
func readSized(r io.Reader, size, max int64) ([]byte, error) {
	buf := make([]byte, size+1) // one byte more, to see growth without a second buffer
	n, err := io.ReadFull(r, buf)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return buf[:n:n], nil
	case err != nil:
		return nil, err
	}
	rest, err := readCapped(r, max-int64(n))
	if err != nil {
		return nil, err
	}
	return append(buf[:n], rest...), nil
}

// readCapped reads r to the end, failing with ErrTooLarge if it holds more
// than max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)
	}
	return body, nil
}

// named prefixes err with name unless err already names it (as the
// *fs.PathError of os functions do).
func named(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == name {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// sqliteMagic opens every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// isRegisterFile reports whether path is a SQLite database (by its first
// bytes) or the write-ahead log, shared-memory index or rollback journal
// beside one: files a folder walk must not read as documents.
func isRegisterFile(path string) bool {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if base, ok := strings.CutSuffix(path, suffix); ok && isSQLite(base) {
			return true
		}
	}
	return isSQLite(path)
}

func isSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, b)
	return n == len(b) && string(b) == sqliteMagic
}
