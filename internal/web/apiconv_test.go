package web

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/resolve"
)

// pathValues fill the path templates of the API and the pages.
var pathValues = strings.NewReplacer("{id}", "doc-en", "{code}", "NG", "{supplier}", "US", "{recipient}", "NG", "{file}", "x.atom", "{$}", "")

// Every API operation and every page refuses a query parameter it does
// not take, with a 400 naming it, and takes every one it declares.
func TestUnknownQueryParameters(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	ops, err := apiOperations()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for tmpl, methods := range ops {
		for method, known := range methods {
			path := pathValues.Replace(tmpl)
			req := httptest.NewRequest(method, path+"?supplier_typo=US&zz=1", strings.NewReader("{}"))
			req.Header.Set("Authorization", "Bearer tok")
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			var e apiError
			_ = json.Unmarshal(rec.Body.Bytes(), &e)
			if rec.Code != 400 || e.Param != "supplier_typo" || !strings.Contains(e.Error, `unknown parameters "supplier_typo", "zz"`) {
				t.Errorf("%s %s?supplier_typo: %d %s", method, path, rec.Code, rec.Body.String())
			}
			for _, k := range known {
				req := httptest.NewRequest(method, path+"?"+k+"=", nil)
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				if strings.Contains(rec.Body.String(), "unknown parameter") {
					t.Errorf("%s %s refuses its documented %q", method, path, k)
				}
			}
			n++
		}
	}
	if n < 24 {
		t.Errorf("only %d operations checked", n)
	}
	for pattern, known := range pageQueryParams {
		method, tmpl, _ := strings.Cut(pattern, " ")
		path := pathValues.Replace(tmpl)
		rec := get(t, srv, path+"?utm_source=x")
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "unknown parameter &#34;utm_source&#34;") {
			t.Errorf("%s %s?utm_source: %d", method, path, rec.Code)
		}
		for _, k := range known {
			if b := get(t, srv, path+"?"+k+"=").Body.String(); strings.Contains(b, "unknown parameter") {
				t.Errorf("%s refuses its own %q", path, k)
			}
		}
	}
	// Static files and form posts are not checked.
	if c := get(t, srv, "/static/style.css?v=3").Code; c != 200 {
		t.Errorf("static with a cache-buster: %d", c)
	}
}

// The GET forms of the pages send only parameters their target takes (a
// field added to a form must be added to pageQueryParams).
func TestFormFieldsAreKnown(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	formRE := regexp.MustCompile(`(?s)<form([^>]*)>(.*?)</form>`)
	actionRE := regexp.MustCompile(`action="([^"]+)"`)
	nameRE := regexp.MustCompile(`name="([a-z_]+)"`)
	checked := 0
	for _, page := range []string{"/", "/register", "/map", "/deals", "/rankings", "/table?supplier=US", "/search?q=x", "/watchlists", "/countries/NG"} {
		for _, m := range formRE.FindAllStringSubmatch(get(t, srv, page).Body.String(), -1) {
			if !strings.Contains(strings.ToLower(m[1]), `method="get"`) {
				continue
			}
			a := actionRE.FindStringSubmatch(m[1])
			if a == nil {
				t.Errorf("%s: a GET form without action", page)
				continue
			}
			known, ok := pageQueryParams["GET "+a[1]]
			if !ok {
				t.Errorf("%s: form to %s, a route pageQueryParams does not list", page, a[1])
				continue
			}
			for _, n := range nameRE.FindAllStringSubmatch(m[2], -1) {
				if !slices.Contains(known, n[1]) {
					t.Errorf("%s: form to %s sends %q, which pageQueryParams does not list", page, a[1], n[1])
				}
			}
			checked++
		}
	}
	if checked < 7 {
		t.Errorf("only %d GET forms checked", checked)
	}
}

// /api/v1/ is a readable reference of openapi.json, rendered on the
// server, escaped, without script.
func TestAPIReference(t *testing.T) {
	srv, _ := newTest(t, Options{})
	rec := get(t, srv, "/api/v1/")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	sp := loadSpec(t)
	for path, item := range sp["paths"].(map[string]any) {
		for method, op := range item.(map[string]any) {
			if !strings.Contains(body, "<code>"+strings.ToUpper(method)+" "+path+"</code>") {
				t.Errorf("%s %s missing", method, path)
			}
			for _, p := range asParams(op) {
				if !strings.Contains(body, "<code>"+p+"</code>") {
					t.Errorf("%s %s: parameter %s missing", method, path, p)
				}
			}
		}
	}
	if strings.Contains(body, "<script") || !strings.Contains(body, `href="/api/v1/openapi.json"`) || !strings.Contains(body, "&#34;22-45&#34;") && !strings.Contains(body, "needs the token") && !strings.Contains(body, "Needs the token") {
		t.Errorf("reference page: script, no link to the document, or no token note")
	}
	if rec := get(t, srv, "/api/v1"); rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/api/v1/" {
		t.Errorf("/api/v1: %d %s", rec.Code, rec.Header().Get("Location"))
	}
}

func asParams(op any) []string {
	var out []string
	m, _ := op.(map[string]any)
	ps, _ := m["parameters"].([]any)
	for _, p := range ps {
		out = append(out, p.(map[string]any)["name"].(string))
	}
	return out
}

// A system's aliases are on the system endpoints, not in the facts.
func TestAliasesOnlyOnSystems(t *testing.T) {
	srv, st := newTest(t, Options{Token: "tok", AllowPrivate: true})
	addFact(t, st, "doc-himars", "US", "MA") // its system carries aliases
	for _, path := range []string{"/api/v1/facts/7", "/api/v1/facts?system=m142-himars", "/api/v1/documents/doc-himars",
		"/api/v1/countries/MA", "/api/v1/pairs/US/MA", "/register.json?recipient=MA"} {
		if b := get(t, srv, path).Body.String(); strings.Contains(b, `"aliases"`) || !strings.Contains(b, "M142 HIMARS") {
			t.Errorf("%s: aliases repeated in facts (or fact missing):\n%.400s", path, b)
		}
	}
	var sys struct {
		Aliases []string `json:"aliases"`
		Facts   []struct {
			System map[string]any `json:"system"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(get(t, srv, "/api/v1/systems/m142-himars").Body.Bytes(), &sys); err != nil || !slices.Contains(sys.Aliases, "HIMARS") || len(sys.Facts) != 1 || sys.Facts[0].System["aliases"] != nil {
		t.Errorf("system endpoint: %v %+v", err, sys)
	}
	var list struct {
		Systems []systemJSON `json:"systems"`
	}
	if err := json.Unmarshal(get(t, srv, "/api/v1/systems?q=himars").Body.Bytes(), &list); err != nil || len(list.Systems) == 0 || len(list.Systems[0].Aliases) == 0 {
		t.Errorf("systems list: %v %+v", err, list)
	}
}

// Every CSV starts with a UTF-8 byte order mark and links absolutely.
func TestCSVBOMAndAbsoluteLinks(t *testing.T) {
	for _, base := range []string{"", "https://register.example"} {
		srv, _ := newTest(t, Options{BaseURL: base})
		want := base
		if want == "" {
			want = "http://example.com" // the download's own address (httptest's host)
		}
		for _, path := range []string{"/register.csv", "/register.csv?supplier=FR", "/deals.csv", "/api/v1/deals?format=csv", "/table.csv?supplier=US"} {
			rec := get(t, srv, path)
			b := rec.Body.String()
			if rec.Code != 200 || !strings.HasPrefix(b, "\uFEFF") || strings.HasPrefix(b, "\uFEFF\uFEFF") {
				t.Errorf("%s (base %q): %d, no single BOM: %.40q", path, base, rec.Code, b)
			}
			if strings.Contains(b, ",/documents/") || strings.Contains(b, ",/register") || strings.Contains(b, ",/countries/") {
				t.Errorf("%s: relative link:\n%s", path, b)
			}
		}
		if b := get(t, srv, "/register.csv").Body.String(); !strings.Contains(b, ","+want+"/documents/doc-en#fact-0,") {
			t.Errorf("register.csv links not under %s:\n%s", want, b)
		}
	}
}

// Search pages with totals, publication dates and highlights as offsets.
func TestSearchPaging(t *testing.T) {
	srv, st := newTest(t, Options{})
	for _, id := range []string{"doc-s1", "doc-s2", "doc-s3"} {
		addFact(t, st, id, "US", "MA")
	}
	type hit struct {
		ID         string   `json:"id"`
		Published  string   `json:"published"`
		Snippet    string   `json:"snippet"`
		Highlights [][2]int `json:"highlights"`
	}
	var page struct {
		Total, Limit, Offset int
		Next                 string
		Hits                 []hit
	}
	if err := json.Unmarshal(get(t, srv, "/api/v1/search?q=announced&limit=2").Body.Bytes(), &page); err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Hits) != 2 || page.Next == "" || page.Hits[0].Published != "2025-01-01" {
		t.Fatalf("page 1 = %+v", page)
	}
	for _, h := range page.Hits {
		r := []rune(h.Snippet)
		if len(h.Highlights) == 0 || strings.ContainsAny(h.Snippet, "\x02\x03") {
			t.Fatalf("hit %+v", h)
		}
		for _, sp := range h.Highlights {
			if sp[0] < 0 || sp[1] > len(r) || !strings.EqualFold(string(r[sp[0]:sp[1]]), "announced") {
				t.Errorf("highlight %v of %q is %q", sp, h.Snippet, string(r[max(0, sp[0]):min(len(r), sp[1])]))
			}
		}
	}
	first := page.Hits
	page.Hits, page.Next = nil, ""
	if err := json.Unmarshal(get(t, srv, "/api/v1/search?q=announced&limit=2&offset=2").Body.Bytes(), &page); err != nil || len(page.Hits) != 1 || page.Next != "" ||
		slices.ContainsFunc(first, func(h hit) bool { return h.ID == page.Hits[0].ID }) {
		t.Errorf("page 2 = %+v, %v", page, err)
	}
	// Offsets count code points: Arabic text.
	if err := json.Unmarshal(get(t, srv, "/api/v1/search?q=رافال").Body.Bytes(), &page); err != nil || len(page.Hits) != 1 {
		t.Fatalf("arabic: %v %+v", err, page)
	}
	h := page.Hits[0]
	if r := []rune(h.Snippet); len(h.Highlights) == 0 || string(r[h.Highlights[0][0]:h.Highlights[0][1]]) != "رافال" {
		t.Errorf("arabic highlight: %+v", h)
	}
	// The page shows the total, the dates and a next link.
	srvPage := get(t, srv, "/search?q=announced").Body.String()
	if !strings.Contains(srvPage, "3 documents match") || !strings.Contains(srvPage, "published 2025-01-01") {
		t.Errorf("search page:\n%s", srvPage)
	}
}

func TestListEndpoints(t *testing.T) {
	srv, _ := newTest(t, Options{})
	var c struct {
		Total     int
		Countries []countryJSON
	}
	_ = json.Unmarshal(get(t, srv, "/api/v1/countries?with_facts=1").Body.Bytes(), &c)
	i := slices.IndexFunc(c.Countries, func(x countryJSON) bool { return x.Code == "FR" })
	if c.Total < 5 || i < 0 || c.Countries[i].Supplied != 3 {
		t.Errorf("countries = %+v", c)
	}
	var all struct{ Total int }
	_ = json.Unmarshal(get(t, srv, "/api/v1/countries").Body.Bytes(), &all)
	if all.Total < 190 {
		t.Errorf("all countries: %d", all.Total)
	}
	var r struct{ Regions []regionJSON }
	_ = json.Unmarshal(get(t, srv, "/api/v1/regions").Body.Bytes(), &r)
	if i := slices.IndexFunc(r.Regions, func(x regionJSON) bool { return x.ID == "africa" }); i < 0 || !slices.Contains(r.Regions[i].Members, "NG") {
		t.Errorf("regions = %+v", r)
	}
	var d struct {
		Total     int
		Next      string
		Documents []documentItem
	}
	_ = json.Unmarshal(get(t, srv, "/api/v1/documents?limit=1").Body.Bytes(), &d)
	if d.Total != 4 || len(d.Documents) != 1 || d.Documents[0].ID != "doc-bad" || d.Documents[0].Facts != 1 || !strings.Contains(d.Next, "offset=1") {
		t.Errorf("documents = %+v", d)
	}
}

// The deals CSV links each deal's facts, absolutely, and reads back.
func TestDealsCSVLinks(t *testing.T) {
	srv, _ := newTest(t, Options{BaseURL: "https://register.example"})
	rec := get(t, srv, "/deals.csv")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("%v %q", err, rows)
	}
	last := len(rows[0]) - 1
	if rows[0][last] != dealsLinkColumn {
		t.Errorf("header %q", rows[0])
	}
	for _, row := range rows[1:] {
		if len(row) != len(rows[0]) || !strings.HasPrefix(row[last], "https://register.example/register?") {
			t.Errorf("row %q", row)
		}
	}
	reg, err := resolve.ReadSIPRIRegister(strings.NewReader(rec.Body.String()), lexicon.Default().CountryNamed)
	if err != nil || len(reg.UnknownColumns) != 0 {
		t.Errorf("reads back: %v, unknown columns %q", err, reg.UnknownColumns)
	}
}
