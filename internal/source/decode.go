package source

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decoded is an input's text, as valid UTF-8.
type Decoded struct {
	Text     string // valid UTF-8 without BOM, sharing Raw.Body's bytes when they are UTF-8 (leave the body unchanged while Text is in use; the cleaner copies what it keeps)
	Format   string // "html" or "text"
	Charset  string // the charset used to decode, e.g. "utf-8", "windows-1252"
	Repaired bool   // true if invalid sequences were replaced with U+FFFD
}

// Formats reported in Decoded.Format.
const (
	FormatHTML = "html"
	FormatText = "text"
)

const (
	sniffLen     = 8 << 10  // bytes examined for control characters
	htmlSniffLen = 64 << 10 // bytes examined for HTML tags
	metaScanLen  = 1024     // bytes scanned for <meta charset>, as browsers do
)

// magics are the signatures of binary formats people are likely to feed in
// by mistake.
var magics = []struct{ prefix, kind string }{
	{"%PDF", "PDF is not supported yet"},
	{"\x1f\x8b", "gzip"},
	{"PK\x03\x04", "zip"},
	{"PK\x05\x06", "zip"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"\xff\xd8\xff", "JPEG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"\x7fELF", "ELF"},
}

// Decode sniffs r's bytes and decodes them to UTF-8.
//
// Empty or blank input gives ErrEmpty; NUL bytes, many control bytes or a
// known binary signature (PDF, gzip, zip, PNG, JPEG, GIF, ELF) give
// ErrBinary. Format is "html" when the content looks like HTML (even in a
// .txt file), else when the Content-Type or the extension says so.
//
// The charset comes from, in order: a byte-order mark, the Content-Type
// charset, a <meta> declaration in the first 1024 bytes of HTML, then the
// bytes themselves: valid UTF-8 is UTF-8; otherwise text whose invalid
// bytes outnumber its valid multi-byte sequences is taken as windows-1252
// (Latin text), and the rest as damaged UTF-8, repaired with U+FFFD. A
// declared UTF-8 that does not validate gets the same treatment, since
// mislabelled pages are common. If more than 10% of the decoded text's
// runes are U+FFFD (replaced here, or already in the input, as an earlier
// broken conversion leaves them), Decode fails with ErrInvalidUTF8.
func Decode(r *Raw) (*Decoded, error) {
	fail := func(err error, detail string) error {
		if detail != "" {
			return fmt.Errorf("%s: %w (%s)", r.Source, err, detail)
		}
		return fmt.Errorf("%s: %w", r.Source, err)
	}
	body := r.Body
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fail(ErrEmpty, "")
	}

	var (
		text     string
		format   string
		label    string
		replaced int
	)
	if enc, name, n := utf16BOM(body); enc != nil {
		var err error
		if text, label, replaced, err = decodeLegacy(body[n:], enc, name); err != nil {
			return nil, fail(ErrInvalidUTF8, err.Error())
		}
		if kind := binaryKind([]byte(text)); kind != "" {
			return nil, fail(ErrBinary, kind)
		}
		format = sniffFormat([]byte(text), r)
	} else {
		for _, m := range magics {
			if bytes.HasPrefix(body, []byte(m.prefix)) {
				return nil, fail(ErrBinary, m.kind)
			}
		}
		if kind := binaryKind(body); kind != "" {
			return nil, fail(ErrBinary, kind)
		}
		format = sniffFormat(body, r)
		var err error
		if text, label, replaced, err = decodeBytes(body, r.ContentType, format == FormatHTML); err != nil {
			return nil, fail(ErrInvalidUTF8, err.Error())
		}
	}

	text = strings.TrimPrefix(text, "\uFEFF")
	if strings.TrimSpace(text) == "" {
		return nil, fail(ErrEmpty, "")
	}
	// Broken is what is U+FFFD in the end: what decoding replaced, and
	// what an earlier conversion had already replaced.
	if bad, n := strings.Count(text, "\uFFFD"), utf8.RuneCountInString(text); bad*10 > n {
		return nil, fail(ErrInvalidUTF8, fmt.Sprintf("%d of %d characters replaced", bad, n))
	}
	return &Decoded{Text: text, Format: format, Charset: label, Repaired: replaced > 0}, nil
}

// utf16BOM recognises a UTF-16 byte-order mark, returning the decoder to
// use on what follows it and the mark's length.
func utf16BOM(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	}
	return nil, "", 0
}

// binaryKind says why b looks binary ("" if it does not): a NUL byte
// anywhere, or more than 10% control bytes at its start.
func binaryKind(b []byte) string {
	if bytes.IndexByte(b, 0) >= 0 {
		return "contains NUL bytes"
	}
	head := b[:min(len(b), sniffLen)]
	ctrl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return "too many control bytes"
	}
	return ""
}

var (
	// htmlStartRE matches what an HTML document starts with, once blanks,
	// comments and an XML declaration are skipped.
	htmlStartRE = regexp.MustCompile(`(?i)^<(!doctype\s+html|html|head|body|pre|meta|title)[\s>/]`)
	leadingRE   = regexp.MustCompile(`(?s)^(\s+|<!--.*?-->|<\?xml[^>]*>)+`)
	// tagRE matches common tags, to recognise HTML fragments by density.
	tagRE = regexp.MustCompile(`(?i)<(/?(p|div|span|br|hr|li|ul|ol|h[1-6]|table|tr|td|th|img|section|article|header|footer|nav|strong|em|b|i|script|style|meta|link)\b[^<>]{0,300}|a\s+href\b[^<>]{0,300})>`)
)

// sniffFormat tells HTML from plain text: content first, then the HTTP
// Content-Type, then the file or URL extension.
func sniffFormat(b []byte, r *Raw) string {
	head := b[:min(len(b), htmlSniffLen)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if loc := leadingRE.FindIndex(head); loc != nil {
		head = head[loc[1]:]
	}
	if htmlStartRE.Match(head) {
		return FormatHTML
	}
	if n := len(tagRE.FindAllIndex(head, -1)); n >= 3 && n*2048 >= len(head) {
		return FormatHTML // at least one tag per 2 KiB
	}
	if mt, _, err := mime.ParseMediaType(r.ContentType); err == nil {
		switch mt {
		case "text/html", "application/xhtml+xml":
			return FormatHTML
		case "text/plain":
			return FormatText
		}
	}
	name := r.Source
	if r.URL != "" {
		name = r.URL
	}
	if u, err := url.Parse(name); err == nil && u.Scheme != "" && u.Host != "" {
		name = u.Path
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return FormatText
}

// decodeBytes decodes BOM-less (or UTF-8 BOM) bytes, returning the text, the
// charset used and how many characters were replaced by U+FFFD.
func decodeBytes(b []byte, contentType string, isHTML bool) (string, string, int, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b, name = b[3:], "utf-8"
	case declaredCharset(contentType) != "":
		enc, name = charset.Lookup(declaredCharset(contentType))
	case isHTML:
		enc, name = metaCharset(b[:min(len(b), metaScanLen)])
	}
	if enc != nil && name != "utf-8" {
		return decodeLegacy(b, enc, name)
	}
	if utf8.Valid(b) {
		if len(b) > 0 {
			// the text shares the body's bytes instead of copying the
			// page: HTML is parsed into a tree of fresh strings straight
			// away, and the plain-text cleaner copies what it keeps
			// (clean.cleanPlain); a Decoded lives no longer than the
			// processing of its Raw
			return unsafe.String(&b[0], len(b)), "utf-8", 0, nil
		}
		return "", "utf-8", 0, nil
	}
	valid, invalid := utf8Census(b)
	if invalid > valid {
		return decodeLegacy(b, charmap.Windows1252, "windows-1252")
	}
	return repairUTF8(b), "utf-8", invalid, nil
}

// decodeLegacy decodes b with a declared or guessed charset. Legacy
// charsets cannot encode U+FFFD, so each one in the output replaced an
// undecodable byte sequence (windows-1252's five unassigned bytes, say).
func decodeLegacy(b []byte, enc encoding.Encoding, name string) (string, string, int, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", name, 0, err
	}
	return string(out), name, bytes.Count(out, []byte("\uFFFD")), nil
}

// declaredCharset returns the charset parameter of an HTTP Content-Type.
func declaredCharset(contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if e, _ := charset.Lookup(cs); e != nil {
				return cs
			}
		}
	}
	return ""
}

// metaCharset finds a <meta charset> or <meta http-equiv content-type>
// declaration in the head of an HTML document.
func metaCharset(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) != "meta" || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs == "" && equiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil {
					cs = params["charset"]
				}
			}
			if e, name := charset.Lookup(strings.TrimSpace(cs)); e != nil {
				if strings.HasPrefix(name, "utf-16") {
					return nil, "utf-8" // HTML spec: a meta can't declare UTF-16
				}
				return e, name
			}
		}
	}
}

// utf8Census counts the valid multi-byte sequences and the invalid bytes
// in b.
func utf8Census(b []byte) (valid, invalid int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			valid++
		}
		b = b[n:]
	}
	return valid, invalid
}

// repairUTF8 replaces each invalid byte of b with U+FFFD.
func repairUTF8(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}
