package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"
)

// inputs checks what a request brings before any handler sees it: the
// path, every query parameter, form fields and JSON bodies must be valid
// UTF-8 without control characters (forms and JSON strings may hold tabs
// and line breaks), and a JSON body must be exactly one JSON value. A
// failing request gets a 400 naming the parameter, never a 500 from deeper
// down. Responses read by people (HTML, Atom, CSV) have their bidi controls
// neutralised on the way out (see bidiWriter).
func (s *Server) inputs(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		api := strings.HasPrefix(r.URL.Path, "/api/")
		fail := func(param, msg string) {
			if api {
				writeError(w, http.StatusBadRequest, param, msg)
				return
			}
			s.renderError(w, r, http.StatusBadRequest, msg)
		}
		if bad := badText(r.URL.Path, false); bad != "" {
			fail("", "the path holds "+bad)
			return
		}
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			fail("", "malformed query string")
			return
		}
		if p, bad := badValues(q, false); bad != "" {
			fail(p, fmt.Sprintf("parameter %q holds %s", p, bad))
			return
		}
		if hasBody(r) {
			ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
			switch {
			case !api && (ct == "application/x-www-form-urlencoded" || ct == "multipart/form-data"):
				if err := r.ParseForm(); err == nil { // else the handler answers
					if p, bad := badValues(r.PostForm, true); bad != "" {
						fail(p, fmt.Sprintf("field %q holds %s", p, bad))
						return
					}
				}
			case api: // JSON, whatever the Content-Type says (curl -d sends a form's)
				body, err := io.ReadAll(r.Body)
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					writeError(w, http.StatusBadRequest, "body", fmt.Sprintf("body larger than %d bytes", mbe.Limit))
					return
				}
				if err != nil {
					writeError(w, http.StatusBadRequest, "body", "unreadable body")
					return
				}
				if len(bytes.TrimSpace(body)) > 0 {
					if p, msg := checkJSON(body); msg != "" {
						writeError(w, http.StatusBadRequest, p, msg)
						return
					}
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
			}
		}
		bw := newBidiWriter(w)
		h.ServeHTTP(bw, r)
		bw.finish()
	})
}

func hasBody(r *http.Request) bool {
	switch r.Method {
	case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
		return r.Body != nil && r.Body != http.NoBody
	}
	return false
}

// badText says what is wrong with s ("" when nothing): invalid UTF-8, or a
// control character (C0, DEL or C1; tab, CR and LF pass when multiline).
func badText(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			if multiline {
				continue
			}
		}
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
			if r == 0 {
				return "a NUL byte"
			}
			return fmt.Sprintf("a control character (U+%04X)", r)
		}
	}
	return ""
}

// badValues checks every name and value of a query or form.
func badValues(vs url.Values, multiline bool) (param, bad string) {
	for k, list := range vs {
		if b := badText(k, false); b != "" {
			return strings.ToValidUTF8(strings.Map(func(r rune) rune {
				if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
					return '?'
				}
				return r
			}, k), "?"), b
		}
		for _, v := range list {
			if b := badText(v, multiline); b != "" {
				return k, b
			}
		}
	}
	return "", ""
}

// checkJSON checks a JSON body: one value, nothing after it, and no
// control character in any string or key. It returns the offending key
// (if any) and a message, "" when the body is fine.
func checkJSON(body []byte) (string, string) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return "body", "bad JSON: " + err.Error()
	}
	if _, err := dec.Token(); err != io.EOF {
		return "body", "bad JSON: data after the JSON value"
	}
	var walk func(key string, v any) (string, string)
	walk = func(key string, v any) (string, string) {
		switch x := v.(type) {
		case string:
			if b := badText(x, true); b != "" {
				return key, "holds " + b
			}
		case []any:
			for _, e := range x {
				if p, m := walk(key, e); m != "" {
					return p, m
				}
			}
		case map[string]any:
			for k, e := range x {
				if b := badText(k, false); b != "" {
					return "body", "a key holds " + b
				}
				if p, m := walk(k, e); m != "" {
					return p, m
				}
			}
		}
		return "", ""
	}
	if p, m := walk("body", v); m != "" {
		return p, fmt.Sprintf("%q %s", p, m)
	}
	return "", ""
}

// bidiWriter replaces the bidirectional controls of a response meant for
// people (HTML, Atom, CSV) with U+FFFD, which has the same UTF-8 length
// (three bytes): text reflected from a request or stored from a document
// cannot reorder what surrounds it. JSON goes out as stored.
type bidiWriter struct {
	http.ResponseWriter
	decided, filter bool
	held            []byte // the start of a sequence cut by the end of a Write
}

func newBidiWriter(w http.ResponseWriter) *bidiWriter { return &bidiWriter{ResponseWriter: w} }

func (b *bidiWriter) decide() {
	if b.decided {
		return
	}
	b.decided = true
	ct, _, _ := mime.ParseMediaType(b.Header().Get("Content-Type"))
	switch ct {
	case "text/html", "application/atom+xml", "text/csv", "text/plain", "application/xml", "text/xml":
		b.filter = true
	}
}

func (b *bidiWriter) WriteHeader(code int) {
	b.decide()
	b.ResponseWriter.WriteHeader(code)
}

func (b *bidiWriter) Write(p []byte) (int, error) {
	b.decide()
	if !b.filter {
		return b.ResponseWriter.Write(p)
	}
	n := len(p)
	buf := append(b.held, p...)
	b.held = nil
	// Hold back a trailing E2 or E2 80 / E2 81: the rest may come next.
	cut := len(buf)
	switch {
	case cut >= 1 && buf[cut-1] == 0xE2:
		cut--
	case cut >= 2 && buf[cut-2] == 0xE2 && (buf[cut-1] == 0x80 || buf[cut-1] == 0x81):
		cut -= 2
	}
	out := neutraliseBidi(buf[:cut])
	b.held = append([]byte(nil), buf[cut:]...)
	if _, err := b.ResponseWriter.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// finish writes what was held back.
func (b *bidiWriter) finish() {
	if len(b.held) > 0 {
		_, _ = b.ResponseWriter.Write(b.held)
		b.held = nil
	}
}

func (b *bidiWriter) Flush() {
	if f, ok := b.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (b *bidiWriter) Unwrap() http.ResponseWriter { return b.ResponseWriter }

// neutraliseBidi replaces, in place, U+202A..U+202E (E2 80 AA..AE) and
// U+2066..U+2069 (E2 81 A6..A9) with U+FFFD (EF BF BD).
func neutraliseBidi(p []byte) []byte {
	for i := bytes.IndexByte(p, 0xE2); i >= 0 && i+2 < len(p); {
		if (p[i+1] == 0x80 && p[i+2] >= 0xAA && p[i+2] <= 0xAE) || (p[i+1] == 0x81 && p[i+2] >= 0xA6 && p[i+2] <= 0xA9) {
			p[i], p[i+1], p[i+2] = 0xEF, 0xBF, 0xBD
		}
		j := bytes.IndexByte(p[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return p
}
