package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds a headless-capable Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("ARMSWATCH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	t.Skip("no chromium (apt-get install chromium); set ARMSWATCH_CHROMIUM to its path")
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--no-first-run", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	out, err := exec.CommandContext(ctx, bin, append(base, args...)...).Output()
	if err != nil {
		t.Fatalf("chromium %v: %v", args, err)
	}
	return string(out)
}

// TestChromium opens the seeded register in headless Chromium: the pair
// page's fact sheet and its evidence links, the register with a filter
// applied through its form, and the document page the citation leads to.
// With ARMSWATCH_SCREENSHOTS=DIR it also saves screenshots there.
func TestChromium(t *testing.T) {
	bin := chromium(t)
	srv, _ := newTest(t, Options{Token: "tok"})
	ts := httptest.NewServer(srv)
	defer ts.Close()

	dom := runChromium(t, bin, "--dump-dom", ts.URL+"/pairs/US/NG")
	for _, want := range []string{"United States security cooperation with Nigeria", "AH-1Z Viper", "$997 million", "Coalition"} {
		if !strings.Contains(dom, want) {
			t.Errorf("pair page lacks %q", want)
		}
	}
	if !strings.Contains(dom, `class="deal" id="deal-`) || !strings.Contains(dom, "/deals?recipient=NG&amp;supplier=US") {
		t.Errorf("pair page shows no deal")
	}
	cites := regexp.MustCompile(`href="(/documents/[^"#]+#fact-\d+)"`).FindAllStringSubmatch(dom, -1)
	if len(cites) < 3 {
		t.Fatalf("pair page has %d evidence links", len(cites))
	}

	// Apply a filter as the register's form does: a GET of its fields.
	dom = runChromium(t, bin, "--dump-dom", ts.URL+"/register")
	form := regexp.MustCompile(`(?s)<form method="get" action="/register".*?</form>`).FindString(dom)
	for _, field := range []string{`name="supplier"`, `name="recipient"`, `name="stage"`, `name="since"`} {
		if !strings.Contains(form, field) {
			t.Fatalf("register form lacks %s", field)
		}
	}
	dom = runChromium(t, bin, "--dump-dom", ts.URL+"/register?supplier=FR&recipient=&stage=delivered&since=&until=")
	if !strings.Contains(dom, "<strong>1</strong> facts") || !strings.Contains(dom, "CAESAR") || strings.Contains(dom, "AH-1Z Viper") {
		t.Errorf("filtered register is wrong:\n%.2000s", dom)
	}

	// Follow the first evidence link: the sentence is highlighted.
	link := cites[0][1]
	dom = runChromium(t, bin, "--dump-dom", ts.URL+link)
	anchor := link[strings.Index(link, "#")+1:]
	if !strings.Contains(dom, `<mark id="`+anchor+`">`) {
		t.Errorf("document page has no <mark id=%q>", anchor)
	}

	if dir := os.Getenv("ARMSWATCH_SCREENSHOTS"); dir != "" {
		shoot(t, bin, ts.URL, dir)
	}
}

// shoot saves the overview, a pair page, the map and a document page.
func shoot(t *testing.T, bin, base, dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{
		"overview": "/", "pair": "/pairs/US/NG", "map": "/map?by=count", "document": "/documents/doc-en", "register": "/register",
	} {
		abs, err := filepath.Abs(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		runChromium(t, bin, "--window-size=1280,1000", "--screenshot="+abs, base+path)
	}
}
