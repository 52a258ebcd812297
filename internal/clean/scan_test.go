package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// xnetTokens are the tokens of x/net/html's Tokenizer, as the scanner
// types them, with their raw text.
func xnetTokens(s string) (types []int, raws []string) {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		t := scanError
		switch tt {
		case html.TextToken:
			t = scanText
		case html.StartTagToken, html.SelfClosingTagToken:
			t = scanStartTag
		case html.EndTagToken:
			t = scanEndTag
		case html.CommentToken, html.DoctypeToken:
			t = scanComment
		}
		if t == scanError {
			return
		}
		types, raws = append(types, t), append(raws, string(z.Raw()))
	}
}

func scannerTokens(s string) (types []int, raws []string) {
	z := &scanner{s: s}
	for {
		t := z.next()
		if t == scanError {
			return
		}
		types, raws = append(types, t), append(raws, s[z.rawStart:z.rawEnd])
	}
}

var scanCases = []string{
	`<!DOCTYPE html><html lang="en"><head><title>a<b>c</title><script>if (a<b) document.write("</div>")</script></head>`,
	`<body><p class="x" data-y='a>b' z=c>text</p><br/><img src=x alt="">`,
	`<script><!-- <script> </script> --></script><style>a>b{}</style><textarea></b></TextArea>`,
	`<!-- comment --!> <!--> <!---> <!-x> <?xml ?> </> </ x> <!doctype> <!DOCTY`,
	`text < not a tag <3 <a href=/x/>link</a`,
	`<div =a b==c d = "e" f='g' h=i/>`,
	`<SCRIPT>x</SCRIPT ><noscript><p></noscript><plaintext><p>`,
	`<script><!--<script></script>--></script>after`,
	`<!--a--`, `<div`, `<div a="b`, `<title>x`, `</div`, `<![CDATA[x]]>`,
}

func TestScannerAsTokenizer(t *testing.T) {
	for _, s := range scanCases {
		wt, wr := xnetTokens(s)
		gt, gr := scannerTokens(s)
		if strings.Join(wr, "|") != strings.Join(gr, "|") || len(wt) != len(gt) {
			t.Errorf("%q:\nx/net   %v %q\nscanner %v %q", s, wt, wr, gt, gr)
			continue
		}
		for i := range wt {
			if wt[i] != gt[i] {
				t.Errorf("%q: token %d %q typed %d, x/net %d", s, i, wr[i], gt[i], wt[i])
			}
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wt, wr := xnetTokens(s)
		gt, gr := scannerTokens(s)
		if len(wt) != len(gt) {
			t.Fatalf("%q: %d tokens, x/net %d\n%q\n%q", s, len(gt), len(wt), gr, wr)
		}
		for i := range wt {
			if wt[i] != gt[i] || wr[i] != gr[i] {
				t.Fatalf("%q: token %d %d %q, x/net %d %q", s, i, gt[i], gr[i], wt[i], wr[i])
			}
		}
	})
}
