package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
	"github.com/armswatch/armswatch/internal/web"
)

// sipriArticles report three deals that SIPRI's registers hold.
var sipriArticles = map[string]string{
	"ma.txt": reviewArticles["ma.txt"],
	"hr.txt": `Croatia orders Rafale jets

ZAGREB, November 25, 2021 — Croatia signed a contract with France for 12 used Rafale fighter jets worth 999 million euros, the government said.
`,
	"pl.txt": `Poland signs K2 tank deal

WARSAW, August 27, 2022 — Poland signed a contract with South Korea's Hyundai Rotem for 180 K2 Black Panther tanks, the defence ministry said.
`,
}

const sipriFixtures = "../../internal/resolve/testdata/sipri"

// TestDealsImportSIPRI is issue 9's done-when test for the reference
// layer: a SIPRI register in each layout imports with every deal that
// should match matched (and SIPRI's TIV beside it), deals, the web
// register and the API filter new and present deals, and an unreadable
// file or one that matches nothing fails with a message.
func TestDealsImportSIPRI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	src := filepath.Join(dir, "src")
	os.Mkdir(src, 0o755)
	for name, text := range sipriArticles {
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
	}
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := runCLI(t, "", "deals", "--db", db, "--reference", "new"); code == 0 || !strings.Contains(errs, "need a reference register") {
		t.Errorf("--reference before an import: exit %d, %s", code, errs)
	}
	for _, c := range []struct {
		file, layout string
		rows         string
	}{
		{"classic.csv", "classic", "11 reference rows"},
		{"classic.txt", "classic", "5 reference rows"},
		{"current.csv", "current", "7 reference rows"},
	} {
		t.Run(c.file, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "deals", "import", "--db", db, filepath.Join(sipriFixtures, c.file))
			if code != 0 || !strings.Contains(out, c.rows+" imported ("+c.layout+" layout); transfer deals: 3 present in it, 0 new") {
				t.Fatalf("import: exit %d\n%s\n%s", code, out, errs)
			}
			if c.file == "classic.csv" && !strings.Contains(errs, `"Houthi rebels (Yemen)*" (1)`) {
				t.Errorf("import did not report the non-state party: %s", errs)
			}
			code, out, errs = runCLI(t, "", "deals", "--db", db, "--reference", "present", "--format", "json")
			if code != 0 {
				t.Fatalf("deals --reference present: exit %d %s", code, errs)
			}
			var got []string
			sc := bufio.NewScanner(strings.NewReader(out))
			for sc.Scan() {
				var d domain.Deal
				if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
					t.Fatal(err)
				}
				got = append(got, d.Supplier+">"+d.Recipient+" "+d.System.ID)
				if c.file == "classic.csv" && d.RefTIV == 0 {
					t.Errorf("%s: no SIPRI TIV", d.ID)
				}
			}
			slices.Sort(got)
			if want := []string{"FR>HR rafale", "KR>PL k2-black-panther", "US>MA m142-himars"}; !slices.Equal(got, want) {
				t.Errorf("present deals = %v, want %v", got, want)
			}
			if code, out, _ := runCLI(t, "", "deals", "--db", db, "--new"); code != 0 || strings.Count(out, "\n") != 1 {
				t.Errorf("deals --new: exit %d, want only the header:\n%s", code, out)
			}
		})
	}
	// The table shows SIPRI's TIV beside the extracted value.
	runCLI(t, "", "deals", "import", "--db", db, filepath.Join(sipriFixtures, "classic.csv"))
	if code, out, _ := runCLI(t, "", "deals", "--db", db); code != 0 || !strings.Contains(out, "SIPRI TIV") || !strings.Contains(out, "1008") {
		t.Errorf("deals table without SIPRI's TIV:\n%s", out)
	}

	// The web register and the API filter deals by the reference.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.NewServer(st, web.Options{RatePerSecond: 1e6, Burst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	var page struct{ Deals []domain.Deal }
	if code, body := get("/api/v1/deals?reference=present"); code != 200 || json.Unmarshal([]byte(body), &page) != nil || len(page.Deals) != 3 {
		t.Errorf("API reference=present: %d %s", code, body)
	}
	if code, body := get("/api/v1/deals?reference=new"); code != 200 || json.Unmarshal([]byte(body), &page) != nil || len(page.Deals) != 0 {
		t.Errorf("API reference=new: %d %s", code, body)
	}
	if code, body := get("/api/v1/deals?reference=maybe"); code != 400 || !strings.Contains(body, "reference") {
		t.Errorf("API reference=maybe: %d %s", code, body)
	}
	if code, body := get("/deals?reference=present"); code != 200 || !strings.Contains(body, "in SIPRI") || !strings.Contains(body, "TIV 1008 m") {
		t.Errorf("/deals?reference=present: %d, no SIPRI badge or TIV", code)
	}
	st.Close()

	// What cannot be read, or matches nothing, fails.
	other := filepath.Join(dir, "other.csv")
	os.WriteFile(other, []byte("Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description\nIndia,France,2016,,36,,Rafale,FGA aircraft\n"), 0o644)
	for _, c := range []struct{ file, want string }{
		{filepath.Join(sipriFixtures, "unreadable.xlsx"), "unreadable.xlsx: SIPRI register: not a text file"},
		{filepath.Join(sipriFixtures, "no-header.csv"), "no-header.csv: SIPRI register: no header line with Supplier and Recipient columns"},
		{other, "none of the register's 3 transfer deals matched a row of the reference"},
		{filepath.Join(dir, "missing.csv"), "missing.csv"},
	} {
		code, _, errs := runCLI(t, "", "deals", "import", "--db", db, c.file)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("import %s: exit %d, %q; want a failure saying %q", filepath.Base(c.file), code, errs, c.want)
		}
	}
}
