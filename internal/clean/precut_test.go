package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// prunedTree is page parsed and pruned (pruneNoise), rendered.
func prunedTree(t testing.TB, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	pruneNoise(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var precutCases = []struct {
	name, page string
	cut        bool // whether precut cuts something
}{
	{"furniture", `<html><head><title>t</title></head><body><nav class="menu"><ul><li><a href="/">Home</a></li></ul></nav>
<article><p>Body text.</p><div class="share-bar"><span>Share</span></div></article>
<aside class="sidebar"><h2>Most read</h2><ol><li>x</li></ol></aside><footer><p>© x</p></footer></body></html>`, true},
	{"tails", `<body><p>before</p>one<div class="related-box">gone</div>two<section id="comments"><p>c</p></section>three</body>`, true},
	{"first child tail", `<body><div><div class="related">gone</div>tail</div><div><p>x</p><aside>a</aside>t2</div></body>`, true},
	{"open p", `<body><p>intro<div class="related">x</div>tail</p>after</body>`, true},
	{"upper case", `<BODY><DIV CLASS="related">x<P>y</P></DIV>after</BODY>`, true},
	{"entity in class", `<body><div class="rel&#97;ted">x</div>after</body>`, true},
	{"script in region", `<body><div class="related"><script>document.write("</div><b>")</script><style>p{}</style></div><p>after</p></body>`, true},
	{"comment in region", `<body><div class="related"><!-- </div> --><p>x</p></div><p>after</p></body>`, true},
	{"void elements", `<body><div class="newsletter"><img src=x><br><input name=e><form><button>Go</button></form></div>after</body>`, true},
	{"cdata in script", `<body><script>//<![CDATA[
if (a > b) {}
//]]></script><div class="related"><p>x</p></div>after</body>`, true},
	{"cdata in html", `<body><div class="related"><![CDATA[ a > b ]]></div><![CDATA[ <div class="related">y</div> ]]>after</body>`, true},
	{"cdata in svg", `<body><div class="related">x</div><svg><![CDATA[</svg><div class="related">]]></svg><div class="related">z</div></body>`, true},
	{"open formatting", `<body><b>x<div class="related"><b>y</b></div>z</b></body>`, false},
	{"nested a", `<body><a href=x><div class="related"><a href=y>l</a></div></a>after</body>`, false},
	{"table", `<body><table><tr><td><div class="related">x</div></td></tr></table></body>`, false},
	{"after table", `<body><table><tr><td>x</td></tr></table><div class="related"><p>x</p></div></body>`, false},
	{"svg inside", `<body><div class="related"><svg viewBox="0 0 1 1"><title>Icon</title><path d=""/><g><circle r=1></circle></g></svg><p>x</p></div>after</body>`, true},
	{"svg before", `<body><p><svg><use href="#i"/></svg><b>bold</b></p><div class="related">x</div>after</body>`, true},
	{"svg breakout", `<body><svg><p>x</p></svg><div class="related">y</div></body>`, false},
	{"svg title with a tag", `<body><svg><title>a<b>c</title></svg><div class="related">y</div></body>`, false},
	{"svg self-closing", `<body><svg/><div class="related">x</div></body>`, false},
	{"svg foreign object", `<body><svg><foreignObject><div>h</div></foreignObject></svg><div class="related">x</div></body>`, false},
	{"math", `<body><math><mi>x</mi></math><div class="related">x</div></body>`, false},
	{"stray end tag", `<body><div class="related"><span>x</div></span>after</body>`, false},
	{"implied li end", `<body><ul class="related"><li>a<li>b</ul>after</body>`, false},
	{"inner match", `<body><div class="related"><p class="share-x">s</p>tail</div>after</body>`, false},
	{"nested match", `<body><aside><div class="related">x</div>t</aside>after</body>`, false},
	{"outer form", `<body><form><div class="newsletter"><form><input></form>in</div>out</form></body>`, false},
	{"outer button", `<body><button><div class="share-bar"><button>x</button></div>y</button></body>`, false},
	{"body inside", `<body><div class="related"><body class=x>y</div>after</body>`, false},
	{"unclosed", `<body><div class="related"><p>x</p>`, false},
	{"frameset", `<body><div class="related">x</div><frameset></frameset>`, false},
	{"pre", `<body><div class="related">x</div><pre>text</pre>`, false},
	{"duplicate class", `<body><div class="x" class="related">kept</div></body>`, false},
	{"p is not cut", `<body><p class="related">x<span>y</span></p>after</body>`, false},
	{"stray formatting end", `<body></b><div class="related">x</div></body>`, false},
}

// TestPrecutSameTree: where precut cuts, the pruned tree is the one of the
// whole page; where cutting could change it, precut leaves the page alone.
func TestPrecutSameTree(t *testing.T) {
	for _, tc := range precutCases {
		t.Run(tc.name, func(t *testing.T) {
			cut, ok := precut(tc.page, nil)
			if ok != tc.cut {
				t.Fatalf("cut %v, want %v (%s)", ok, tc.cut, cut)
			}
			if !ok {
				return
			}
			if len(cut) >= len(tc.page) {
				t.Errorf("nothing cut: %s", cut)
			}
			if got, want := prunedTree(t, string(cut)), prunedTree(t, tc.page); got != want {
				t.Errorf("pruned trees differ\ncut:  %s\nfull: %s", got, want)
			}
		})
	}
}

// TestPrecutKeepsDst: precut appends to dst and leaves it alone when it
// cuts nothing.
func TestPrecutKeepsDst(t *testing.T) {
	dst := []byte("prefix")
	if out, ok := precut(`<p>nothing to cut</p>`, dst); ok || string(out) != "prefix" {
		t.Errorf("%q %v", out, ok)
	}
	out, ok := precut(`<nav>x</nav>y`, dst)
	if !ok || string(out) != "prefix<nav></nav>y" {
		t.Errorf("%q %v", out, ok)
	}
}

func FuzzPrecut(f *testing.F) {
	for _, tc := range precutCases {
		f.Add(tc.page)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return
		}
		cut, ok := precut(page, nil)
		if !ok {
			return
		}
		if got, want := prunedTree(t, string(cut)), prunedTree(t, page); got != want {
			t.Errorf("pruned trees differ for %q\ncut:  %s\nfull: %s", page, got, want)
		}
	})
}
