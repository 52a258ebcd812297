package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
)

// Four outlets report one deal: a wire story (ordered, 24), a syndicated
// copy of it, a rival report (ordered, 18) and the first delivery.
var apacheStories = map[string]string{
	"/wire/apache.html": `<html><head><title>Morocco signs for Apache helicopters</title></head><body><article>
<h1>Morocco signs for Apache helicopters</h1>
<p>RABAT, March 10, 2020 — Morocco has signed a contract with the United States to buy 24 AH-64E Apache attack helicopters, the Moroccan defence administration said on Tuesday.</p>
<p>The agreement, valued at about $1.5 billion, covers training, spare parts and support for the new fleet, officials added.</p>
<p>The royal armed forces currently fly older French-made Gazelle helicopters, which the Apaches are meant to replace over the coming decade.</p>
</article></body></html>`,
	"/copy/apache.html": `<html><head><title>Morocco signs for Apache helicopters | Daily Copy</title></head><body><nav>Home | World</nav><article>
<h1>Morocco signs for Apache helicopters</h1>
<p>RABAT, March 10, 2020 — Morocco has signed a contract with the United States to buy 24 AH-64E Apache attack helicopters, the Moroccan defence administration said on Tuesday.</p>
<p>The agreement, valued at about $1.5 billion, covers training, spare parts and support for the new fleet, officials added.</p>
<p>The royal armed forces currently fly older French-made Gazelle helicopters, which the Apaches are meant to replace over the coming decade.</p>
<p>Distributed by the wire.</p>
</article></body></html>`,
	"/rival/apache.html": `<html><head><title>Morocco Apache deal smaller than expected</title></head><body><article>
<h1>Morocco Apache deal smaller than expected</h1>
<p>WASHINGTON, March 12, 2020 — Morocco ordered 18 AH-64E Apache helicopters from the United States, according to a person familiar with the contract.</p>
<p>Officials in both capitals declined to comment on the size of the order or on its price.</p>
</article></body></html>`,
	"/wire/delivery.html": `<html><head><title>First Apaches land in Morocco</title></head><body><article>
<h1>First Apaches land in Morocco</h1>
<p>RABAT, May 2, 2024 — Morocco received the first six AH-64E Apache helicopters from the United States this week, the armed forces said.</p>
<p>The aircraft arrived at a base near Salé and will be used to train the first crews, a spokesman said.</p>
</article></body></html>`,
}

func TestWatchDeals(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if body, ok := apacheStories[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
			return
		}
		item := func(p string) string {
			return fmt.Sprintf("<item><title>x</title><link>%s%s</link></item>", srv.URL, p)
		}
		switch r.URL.Path {
		case "/wire/rss.xml":
			fmt.Fprint(w, `<rss version="2.0"><channel><title>Wire</title>`+item("/wire/apache.html")+item("/wire/delivery.html")+`</channel></rss>`)
		case "/copy/rss.xml":
			fmt.Fprint(w, `<rss version="2.0"><channel><title>Copy</title>`+item("/copy/apache.html")+`</channel></rss>`)
		case "/rival/atom.xml":
			fmt.Fprintf(w, `<feed xmlns="http://www.w3.org/2005/Atom"><title>Rival</title><id>r</id><entry><title>x</title><id>r1</id><link href="%s/rival/apache.html"/></entry></feed>`, srv.URL)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	opml := filepath.Join(dir, "feeds.opml")
	os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="Copy" xmlUrl="`+srv.URL+`/copy/rss.xml"/><outline text="Rival" xmlUrl="`+srv.URL+`/rival/atom.xml"/></body></opml>`), 0o644)
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"feeds", "add", "--db", db, srv.URL + "/wire/rss.xml"}, "added feed 1"},
		{[]string{"feeds", "import", "--db", db, opml}, "2 feeds in"},
		{[]string{"feeds", "list", "--db", db}, "/rival/atom.xml"},
		{[]string{"watch", "--db", db, "--once", "--allow-private", "--host-delay", "1ms"}, "4 documents stored"},
		{[]string{"watch", "--db", db, "--once", "--allow-private", "--host-delay", "1ms"}, "0 new items"},
		{[]string{"feeds", "status", "--db", db}, "STORED"},
		{[]string{"feeds", "export", "--db", db}, `xmlUrl="` + srv.URL + `/wire/rss.xml"`},
	}
	for _, s := range steps {
		code, out, errs := runCLI(t, "", s.args...)
		if code != 0 || !strings.Contains(out, s.want) {
			t.Fatalf("%v: exit %d, want %q in\n%s\n%s", s.args, code, s.want, out, errs)
		}
	}
	code, out, errs := runCLI(t, "", "deals", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("deals: %d %s", code, errs)
	}
	var deals []domain.Deal
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d domain.Deal
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		deals = append(deals, d)
	}
	if len(deals) != 1 {
		t.Fatalf("%d deals, want 1:\n%s", len(deals), out)
	}
	d := deals[0]
	checks := []struct{ name, got, want string }{
		{"pair", d.Supplier + ">" + d.Recipient, "US>MA"},
		{"stage", d.Stage, "delivered"},
		{"documents", fmt.Sprint(len(d.Documents)), "4"},
		{"independent sources", fmt.Sprint(d.Sources), "3"},
		{"conflict", strings.Join(d.Conflicts, ";"), "quantity ordered: 18 vs 24 reported"},
		{"stages", fmt.Sprint(len(d.Stages)), "2"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q (deal %+v)", c.name, c.got, c.want, d)
		}
	}
	// SIPRI export, then import as a reference that lacks the deal.
	code, out, _ = runCLI(t, "", "deals", "--db", db, "--format", "sipri")
	if code != 0 || !strings.Contains(out, "United States,Morocco,") {
		t.Fatalf("sipri export: %d\n%s", code, out)
	}
	ref := filepath.Join(dir, "sipri.csv")
	os.WriteFile(ref, []byte("SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date\n1,France,Morocco,FREMM,frigate,Ships,2008\n"), 0o644)
	// Nothing matches: the import says so and fails, the reference stays.
	if code, out, errs := runCLI(t, "", "deals", "import", "--db", db, ref); code == 0 || !strings.Contains(out, "0 present in it, 1 new") ||
		!strings.Contains(errs, "none of the register's 1 transfer deals matched") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, "", "deals", "--db", db, "--new"); code != 0 || !strings.Contains(out, "AH-64") || !strings.Contains(out, "new") {
		t.Errorf("deals --new: %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "", "feeds", "remove", "--db", db, "2"); code != 0 {
		t.Error("feeds remove failed")
	}
}

func TestIngestParallelWARC(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob("../../testdata/corpus/en-*.txt")
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for _, f := range files[:5] {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(in, filepath.Base(f)), b, 0o644)
	}
	db := filepath.Join(dir, "p.db")
	var out, errb strings.Builder
	e := &env{stdout: &out, stderr: &errb}
	if err := ingestParallel(t.Context(), e, db, "", sourceOptions(), 2, []string{in, filepath.Join(dir, "missing.warc.gz")}); err != errFailed {
		t.Errorf("err = %v, want errFailed for the missing archive", err)
	}
	if !strings.Contains(out.String(), "6 inputs: 5 stored") || !strings.Contains(out.String(), "0 WARC records") {
		t.Errorf("summary:\n%s\n%s", out.String(), errb.String())
	}
}

func sourceOptions() source.Options { return source.Options{} }
