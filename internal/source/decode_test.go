package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// utf16 encodes s as UTF-16 with a byte-order mark.
func utf16(s string, bigEndian bool) []byte {
	var out []byte
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xd800 + r>>10))
			put(uint16(0xdc00 + r&0x3ff))
			continue
		}
		put(uint16(r))
	}
	return out
}

func TestDecode(t *testing.T) {
	arabic := "وقعت المملكة العربية السعودية عقدا لشراء طائرات مقاتلة من فرنسا"
	// Damage the Arabic text: cut every third letter in half.
	var broken []byte
	for i, r := range arabic {
		b := []byte(string(r))
		if len(b) == 2 && i%3 == 0 {
			b = b[:1]
		}
		broken = append(broken, b...)
	}
	tests := []struct {
		name        string
		raw         Raw
		wantErr     error
		errText     string
		format      string
		charset     string
		text        string // exact expected text
		contains    string // or a substring of it
		repaired    bool
		notContains string
	}{
		{name: "plain utf-8", raw: Raw{Body: []byte("Le Rafale est vendu à l'Inde.\n")}, format: "text", charset: "utf-8", text: "Le Rafale est vendu à l'Inde.\n"},
		{name: "empty", raw: Raw{}, wantErr: ErrEmpty},
		{name: "whitespace only", raw: Raw{Body: []byte(" \r\n\t ")}, wantErr: ErrEmpty},
		{name: "utf-8 BOM only", raw: Raw{Body: []byte("\xef\xbb\xbf \n")}, wantErr: ErrEmpty},
		{name: "NUL bytes", raw: Raw{Body: []byte("abc\x00def")}, wantErr: ErrBinary, errText: "NUL"},
		{name: "PNG header", raw: Raw{Body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, wantErr: ErrBinary, errText: "PNG"},
		{name: "PDF", raw: Raw{Source: "report.pdf", Body: []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj")}, wantErr: ErrBinary, errText: "report.pdf: binary content (PDF is not supported yet)"},
		{name: "gzip", raw: Raw{Body: []byte("\x1f\x8b\x08\x00rest")}, wantErr: ErrBinary, errText: "gzip"},
		{name: "ELF", raw: Raw{Body: []byte("\x7fELF\x02\x01\x01")}, wantErr: ErrBinary, errText: "ELF"},
		{name: "control bytes", raw: Raw{Body: []byte("a\x01b\x02c\x03d\x04e\x05f")}, wantErr: ErrBinary, errText: "control"},
		{name: "utf-8 BOM removed", raw: Raw{Body: []byte("\xef\xbb\xbfHello")}, format: "text", charset: "utf-8", text: "Hello"},
		{name: "utf-16le BOM", raw: Raw{Body: utf16("Défense 🛡 "+arabic, false)}, format: "text", charset: "utf-16le", text: "Défense 🛡 " + arabic},
		{name: "utf-16be BOM html", raw: Raw{Body: utf16("<!DOCTYPE html><p>Ñ</p>", true)}, format: "html", charset: "utf-16be", text: "<!DOCTYPE html><p>Ñ</p>"},
		{
			name:    "meta charset iso-8859-1",
			raw:     Raw{Source: "page.html", Body: []byte("<html><head><meta charset=iso-8859-1></head><body>L'arm\xe9e fran\xe7aise</body></html>")},
			format:  "html",
			charset: "windows-1252", contains: "L'armée française",
		},
		{
			name:    "meta http-equiv",
			raw:     Raw{Body: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>` + "\xd0\xee\xf1\xf1\xe8\xff</body></html>")},
			format:  "html",
			charset: "windows-1251", contains: "Россия",
		},
		{
			name:    "content-type charset beats meta",
			raw:     Raw{ContentType: "text/html; charset=ISO-8859-1", Body: []byte("<html><head><meta charset=utf-8></head><body>Caf\xe9</body></html>")},
			format:  "html",
			charset: "windows-1252", contains: "Café",
		},
		{name: "content-type charset on text", raw: Raw{ContentType: "text/plain; charset=iso-8859-15", Body: []byte("\xa4 5 millions")}, format: "text", charset: "iso-8859-15", text: "€ 5 millions"},
		{name: "windows-1252 without declaration", raw: Raw{Source: "note.txt", Body: []byte("Caf\xe9 \x93cr\xe8me\x94 \x80 10")}, format: "text", charset: "windows-1252", text: "Café “crème” € 10"},
		{name: "windows-1252 unassigned byte", raw: Raw{Body: []byte("Caf\xe9 \x81 au lait, cr\xe8me br\xfbl\xe9e")}, format: "text", charset: "windows-1252", text: "Café \uFFFD au lait, crème brûlée", repaired: true},
		{name: "declared utf-8 but latin bytes", raw: Raw{ContentType: "text/plain; charset=utf-8", Body: []byte("Espa\xf1a compr\xf3 aviones")}, format: "text", charset: "windows-1252", text: "España compró aviones"},
		{name: "invalid utf-8 repaired", raw: Raw{Body: []byte("Le ministère a confirmé la livraison \xff des canons César.")}, format: "text", charset: "utf-8", text: "Le ministère a confirmé la livraison \uFFFD des canons César.", repaired: true},
		{name: "invalid utf-8 rejected", raw: Raw{Source: "ar.txt", Body: broken}, wantErr: ErrInvalidUTF8, errText: "ar.txt: "},
		{name: "html in a .txt file", raw: Raw{Source: "article.txt", Body: []byte("\n<!DOCTYPE html>\n<html><body><p>text</p></body></html>")}, format: "html", charset: "utf-8"},
		{name: "html after a comment", raw: Raw{Source: "a.txt", Body: []byte("<!-- saved\nfrom url -->\n<html lang=fr><p>x</p></html>")}, format: "html"},
		{name: "pre document", raw: Raw{Body: []byte("<pre>\nplain text wrapped\n</pre>")}, format: "html"},
		{name: "tag-dense fragment", raw: Raw{Source: "frag.txt", Body: []byte("Intro\n<div class=x><p>One</p><p>Two <a href=\"/x\">link</a></p></div>")}, format: "html"},
		{name: "text mentioning tags", raw: Raw{Source: "notes.txt", Body: []byte("Use <b> for bold. " + strings.Repeat("Plain prose about arms transfers. ", 200) + "And <i> too.")}, format: "text"},
		{name: "content-type html", raw: Raw{ContentType: "text/html", Body: []byte("just words")}, format: "html"},
		{name: "html extension", raw: Raw{Source: "x/page.HTM", Body: []byte("just words")}, format: "html"},
		{name: "html URL extension, query ignored", raw: Raw{Source: "https://e.org/a.html?x=1.txt", Body: []byte("just words")}, format: "html"},
		{name: "text/plain beats extension", raw: Raw{Source: "https://e.org/a.html", ContentType: "text/plain", Body: []byte("just words")}, format: "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.raw.Source == "" {
				tt.raw.Source = "input"
			}
			d, err := Decode(&tt.raw)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if !strings.HasPrefix(err.Error(), tt.raw.Source+": ") || !strings.Contains(err.Error(), tt.errText) {
					t.Errorf("err = %q, want it to name %q and contain %q", err, tt.raw.Source, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.format != "" && d.Format != tt.format {
				t.Errorf("Format = %q, want %q", d.Format, tt.format)
			}
			if tt.charset != "" && d.Charset != tt.charset {
				t.Errorf("Charset = %q, want %q", d.Charset, tt.charset)
			}
			if tt.text != "" && d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
			if !strings.Contains(d.Text, tt.contains) {
				t.Errorf("Text = %q, want it to contain %q", d.Text, tt.contains)
			}
			if d.Repaired != tt.repaired {
				t.Errorf("Repaired = %v, want %v", d.Repaired, tt.repaired)
			}
			if !utf8.ValidString(d.Text) || strings.HasPrefix(d.Text, "\uFEFF") {
				t.Errorf("Text is not valid BOM-less UTF-8: %q", d.Text)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	seeds := []struct {
		body, contentType, source string
	}{
		{"Hello, world", "", "a.txt"},
		{"<!DOCTYPE html><html><head><meta charset=iso-8859-1></head><body>\xe9</body></html>", "", "a.html"},
		{"Caf\xe9 \x93x\x94", "", "b.txt"},
		{"\xff\xfeH\x00i\x00", "", "c.txt"},
		{"\xfe\xff\x00H\x00i\xd8\x00", "", "c.txt"},
		{"<p>x</p><p>y</p><div>z</div>", "text/plain; charset=shift_jis", "d"},
		{"abc\xffdef\xc3", "text/html; charset=utf-8", "https://e.org/x.htm"},
		{"%PDF-1.4", "", "x.pdf"},
		{"abcd\uFFFDabcd\uFFFDabcd\uFFFD", "", "fffd.txt"},
		{"\xef\xbb\xbf", "", "bom"},
	}
	for _, s := range seeds {
		f.Add([]byte(s.body), s.contentType, s.source)
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType, source string) {
		d, err := Decode(&Raw{Source: source, Body: body, ContentType: contentType})
		if err != nil {
			if d != nil {
				t.Fatalf("non-nil result with error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 output %q", d.Text)
		}
		if d.Format != FormatHTML && d.Format != FormatText {
			t.Fatalf("Format = %q", d.Format)
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatalf("blank text without ErrEmpty")
		}
		// The documented limit: at most 10 % of the text broken.
		if bad, n := strings.Count(d.Text, "\uFFFD"), utf8.RuneCountInString(d.Text); bad*10 > n {
			t.Fatalf("%d of %d characters are U+FFFD, yet accepted", bad, n)
		}
	})
}

// "Refused when more than 10 % broken" holds on the decoded text, whatever
// made it broken: bytes replaced here, replacement characters already in
// the input, in any charset.
func TestDecodeBrokenLimit(t *testing.T) {
	for _, tt := range []struct {
		name string
		body string
		ct   string
		ok   bool
	}{
		{"U+FFFD already in the text, 20 %", strings.Repeat("abcd\uFFFD", 200), "", false},
		{"U+FFFD already in the text, 9 %", strings.Repeat("abcdefghi\uFFFD", 100) + "abcdefghij", "", true},
		{"U+FFFD and invalid bytes, 5 % each", strings.Repeat("abcdefghijklmnop\uFFFDq\xe9", 50), "", false},
		{"windows-1252 with U+FFFD encoded", strings.Repeat("abcd\xef\xbf\xbd", 100), "text/plain; charset=utf-8", false},
		{"UTF-16 lone surrogates, 25 %", "\xff\xfe" + strings.Repeat("a\x00b\x00c\x00\x00\xd8", 100), "", false},
		{"clean", strings.Repeat("Le délégué a précisé. ", 20), "", true},
	} {
		_, err := Decode(&Raw{Source: "x.txt", Body: []byte(tt.body), ContentType: tt.ct})
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrInvalidUTF8)) {
			t.Errorf("%s: err = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}
