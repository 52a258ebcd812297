package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

const hostile = "<script>alert(1)</script>"
const hostileAttr = `"><img src=x onerror=alert(1)>`

func code(c string) *domain.Party { return &domain.Party{Code: c} }

// evidence is the Evidence of the first sentence of text holding sub.
func evidence(text, sub string) domain.Evidence {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	start := len([]rune(text[:i]))
	return domain.Evidence{Start: start, End: start + len([]rune(sub)), Text: sub}
}

// seed stores four documents: English, Arabic, French and a hostile one.
func seed(t testing.TB, st *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	en := "Nigeria will buy twelve AH-1Z helicopters from the United States. The sale is worth $997 million. Nigeria joined the Coalition in 2019."
	ar := "وقعت مصر عقدا مع فرنسا لشراء ثلاثين طائرة رافال."
	fr := "La France a livré des canons Caesar au Maroc en 2022."
	bad := "Intro " + hostile + " and " + hostileAttr + " and \u202Etxet desrever\u202C. France sold 3 Rafale to Egypt."
	ah1z := &domain.System{ID: "ah-1z", Name: "AH-1Z Viper", Designation: "AH-1Z", Category: "aircraft"}
	rafale := &domain.System{ID: "rafale", Name: "Dassault Rafale", Category: "aircraft"}
	docs := []struct {
		doc   domain.Document
		facts []domain.Fact
	}{
		{domain.Document{ID: "doc-en", Source: "https://example.org/nigeria-ah1z", Title: "Nigeria buys AH-1Z", Language: "en", Published: "2022-04-14", Text: en}, []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("NG"), System: ah1z, Quantity: 12, ValueUSD: 997e6, Stage: domain.StageApproved, Year: 2022,
				Evidence: evidence(en, "Nigeria will buy twelve AH-1Z helicopters from the United States."), Attribution: "DSCA", Confidence: 0.9},
			{Type: domain.TypeAggregate, Supplier: code("US"), Recipient: code("NG"), ValueUSD: 997e6, Year: 2022, Evidence: evidence(en, "The sale is worth $997 million."), Confidence: 0.8},
			{Type: domain.TypeMembership, Member: code("NG"), Organization: &domain.Named{Name: "Coalition"}, Year: 2019, Evidence: evidence(en, "Nigeria joined the Coalition in 2019."), Confidence: 0.7},
		}},
		{domain.Document{ID: "doc-ar", Source: "ar-egypt-rafale.txt", Title: "مصر ورافال", Language: "ar", Published: "2021-05-04", Text: ar}, []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"), System: rafale, Quantity: 30, Stage: domain.StageOrdered, Year: 2021,
				Evidence: evidence(ar, ar), Confidence: 0.8},
		}},
		{domain.Document{ID: "doc-fr", Source: "fr-maroc-caesar.txt", Language: "fr", Published: "2023-01-02", Text: fr}, []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("MA"), System: &domain.System{ID: "caesar", Name: "CAESAR", Category: "artillery"}, Stage: domain.StageDelivered, Year: 2022,
				Evidence: evidence(fr, fr), Confidence: 0.8},
		}},
		{domain.Document{ID: "doc-bad", Source: "javascript:alert(1)", Title: hostile, Language: "en", Published: "2024-01-01", Text: bad}, []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"), System: &domain.System{Name: hostileAttr, Category: "aircraft"}, Quantity: 3, Year: 2024,
				Evidence: evidence(bad, hostile), Attribution: hostileAttr + "\u202E", Confidence: 0.5},
		}},
	}
	for _, d := range docs {
		doc := d.doc
		if _, err := st.SaveDocument(ctx, &doc, d.facts); err != nil {
			t.Fatal(err)
		}
	}
}

func newTest(t testing.TB, opts Options) (*Server, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	seed(t, st)
	if opts.RatePerSecond == 0 { // tests make many requests quickly
		opts.RatePerSecond, opts.Burst = 1e6, 1e6
	}
	if opts.HeavyRatePerSecond == 0 {
		opts.HeavyRatePerSecond, opts.HeavyBurst = 1e6, 1e6
	}
	if opts.StaleAfter == 0 {
		// Pages read after a write show it (TestStaleWhileRefresh tests
		// the previous answers served meanwhile).
		opts.StaleAfter = -1
	}
	srv, err := NewServer(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	return srv, st
}

func get(t testing.TB, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestPages(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	for _, tc := range []struct {
		path    string
		code    int
		want    []string
		notWant []string
	}{
		{"/", 200, []string{"The register at a glance", "<svg", "<title id=\"tl-title\">Facts per year by stage</title>", ">year</text>", "United States"}, nil},
		{"/register", 200, []string{"<strong>6</strong> facts", "AH-1Z Viper", "/register.csv", "/documents/doc-en#fact-0"}, nil},
		{"/register?supplier=US&stage=approved", 200, []string{"<strong>1</strong> facts", "register.csv?stage=approved&amp;supplier=US"}, []string{"CAESAR"}},
		{"/register?region=africa&sort=value&order=desc&per_page=1&page=2", 200, []string{"Page 2 of 5", "rel=\"prev\""}, nil},
		{"/register?since=abc", 400, []string{"since"}, nil},
		{"/register?category=lasers", 400, []string{"category"}, nil},
		{"/countries/NG", 200, []string{"Nigeria", "United States", "/pairs/US/NG"}, nil},
		{"/countries/ZZ", 400, []string{"unknown country"}, nil},
		{"/pairs/US/NG", 200, []string{"United States security cooperation with Nigeria", "AH-1Z Viper", "$997 million", "/documents/doc-en#fact-0", "/documents/doc-en#fact-1", "Coalition", "Review fact"}, nil},
		{"/pairs/us/ng", 200, []string{"United States security cooperation with Nigeria"}, nil},
		{"/documents/doc-en", 200, []string{`<mark id="fact-0">Nigeria will buy twelve`, `<mark id="fact-2">`, "DSCA", `href="https://example.org/nigeria-ah1z"`, `dir="ltr"`}, nil},
		{"/documents/doc-ar", 200, []string{`lang="ar" dir="rtl"`, "<mark id=\"fact-0\">"}, nil},
		{"/documents/nope", 404, nil, nil},
		{"/systems/ah-1z", 200, []string{"AH-1Z Viper", "Nigeria", "12"}, nil},
		{"/systems/no-such-system", 404, nil, nil},
		{"/rankings?supplier=US&region=africa&by=value", 200, []string{"First: <strong><a href=\"/pairs/US/NG\">Nigeria</a></strong>, $997 million"}, nil},
		{"/rankings?by=weight", 400, []string{"by"}, nil},
		{"/search?q=Caesar", 200, []string{"<mark>Caesar</mark>", "/documents/doc-fr"}, nil},
		{"/search?q=", 200, []string{"Search documents"}, nil},
		{"/map", 200, []string{"<svg", `href="/countries/NG"`, `class="flow"`, `href="/pairs/US/NG"`, "Natural Earth"}, nil},
		{"/map?by=value&supplier=FR", 200, []string{`href="/pairs/FR/EG"`}, []string{`href="/pairs/US/NG"`}},
		{"/map?by=size", 400, []string{"by"}, nil},
		{"/watchlists", 200, []string{"New watchlist", `name="csrf"`}, nil},
		{"/static/style.css", 200, []string{"--mark"}, nil},
		{"/nowhere", 404, nil, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := get(t, srv, tc.path)
			body := rec.Body.String()
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %.300s", rec.Code, tc.code, body)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("CSP = %q", csp)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
			if strings.Contains(body, "<script") {
				t.Error("a page holds a <script> element")
			}
		})
	}
}

// TestEscaping renders everything the hostile document reaches.
func TestEscaping(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	for _, path := range []string{"/documents/doc-bad", "/register", "/deals", "/register?q=Intro", "/search?q=Intro", "/pairs/FR/EG", "/countries/EG", "/"} {
		t.Run(path, func(t *testing.T) {
			rec := get(t, srv, path)
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			body := rec.Body.String()
			for _, bad := range []string{hostile, "<img", "\u202E", "\u202C", `href="javascript:`} {
				if strings.Contains(body, bad) {
					t.Errorf("unescaped %q in page", bad)
				}
			}
			if path == "/documents/doc-bad" {
				for _, want := range []string{`<mark id="fact-0">&lt;script&gt;alert(1)&lt;/script&gt;</mark>`, "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;", "\uFFFDtxet desrever\uFFFD"} {
					if !strings.Contains(body, want) {
						t.Errorf("page lacks %q", want)
					}
				}
			}
		})
	}
	// The JSON API returns the data as stored, JSON-escaped.
	rec := get(t, srv, "/api/v1/documents/doc-bad")
	if rec.Code != 200 || strings.Contains(rec.Body.String(), "<script>") || !strings.Contains(rec.Body.String(), `\u003cscript\u003e`) {
		t.Errorf("API document: %d %.200s", rec.Code, rec.Body.String())
	}
}

func TestAPIBadParams(t *testing.T) {
	srv, _ := newTest(t, Options{})
	for _, tc := range []struct {
		path, param string
		code        int
	}{
		{"/api/v1/facts?since=2020x", "since", 400},
		{"/api/v1/facts?until=1800", "until", 400},
		{"/api/v1/facts?since=2024&until=2020", "until", 400},
		{"/api/v1/facts?limit=0", "limit", 400},
		{"/api/v1/facts?limit=100000", "limit", 400},
		{"/api/v1/facts?offset=-1", "offset", 400},
		{"/api/v1/facts?sort=body", "sort", 400},
		{"/api/v1/facts?order=sideways", "order", 400},
		{"/api/v1/facts?supplier=Atlantis", "supplier", 400},
		{"/api/v1/facts?region=narnia", "region", 400},
		{"/api/v1/facts?stage=dreamt", "stage", 400},
		{"/api/v1/facts?type=rumour", "type", 400},
		{"/api/v1/facts?lang=english!", "lang", 400},
		{"/api/v1/facts?include_rejected=maybe", "include_rejected", 400},
		{"/api/v1/facts?page=0", "page", 400},
		{"/api/v1/facts/abc", "id", 400},
		{"/api/v1/facts/99999", "", 404},
		{"/api/v1/countries/XX1", "code", 400},
		{"/api/v1/pairs/US/QQ", "recipient", 400},
		{"/api/v1/rankings?by=mass", "by", 400},
		{"/api/v1/rankings?limit=x", "limit", 400},
		{"/api/v1/search", "q", 400},
		{"/api/v1/search?q=a&limit=-3", "limit", 400},
		{"/api/v1/documents/none", "", 404},
		{"/api/v1/nothing", "", 404},
		{"/api/v1/facts?q=" + url.QueryEscape(`"unbalanced AND (`), "", 200},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := get(t, srv, tc.path)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body.String())
			}
			if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
				t.Errorf("content type %q", rec.Header().Get("Content-Type"))
			}
			if tc.code == 200 {
				return
			}
			var e apiError
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" || e.Param != tc.param {
				t.Errorf("error body %s (param %q, want %q)", rec.Body.String(), e.Param, tc.param)
			}
		})
	}
}

func TestAPIFactsAndExport(t *testing.T) {
	srv, _ := newTest(t, Options{})
	var page factsResponse
	rec := get(t, srv, "/api/v1/facts?supplier=FR&sort=year&order=asc&limit=2")
	if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Facts) != 2 || page.Facts[0].Year != 2021 || page.Next == "" {
		t.Fatalf("page = %+v", page)
	}
	rec = get(t, srv, page.Next)
	var next factsResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &next); err != nil || len(next.Facts) != 1 || next.Facts[0].Year != 2024 || next.Next != "" {
		t.Fatalf("next page (%s) = %+v, %v", page.Next, next, err)
	}
	// The CSV holds every row of the filter, not just a page.
	rec = get(t, srv, "/register.csv?supplier=FR&sort=year&order=asc")
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if rec.Code != 200 || len(lines) != 4 || !strings.HasPrefix(lines[0], "\uFEFFid,type,supplier") || !strings.Contains(lines[1], ",FR,EG,Dassault Rafale,") {
		t.Fatalf("csv %d:\n%s", rec.Code, rec.Body.String())
	}
	if !strings.Contains(lines[3], `'"><img`) && !strings.Contains(lines[3], `"""><img`) {
		t.Errorf("hostile row: %s", lines[3])
	}
	rec = get(t, srv, "/register.json?recipient=NG")
	var all struct {
		Total int                   `json:"total"`
		Facts []domain.RegisterFact `json:"facts"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &all); err != nil || all.Total != 2 {
		t.Fatalf("json export: %v %s", err, rec.Body.String())
	}
}

func TestReviewAPI(t *testing.T) {
	srv, st := newTest(t, Options{Token: "s3cret"})
	page, err := st.QueryFacts(context.Background(), domain.FactQuery{DocumentID: "doc-en", Sort: "id"})
	if err != nil {
		t.Fatal(err)
	}
	id := page.Facts[0].ID
	post := func(auth, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api/v1/facts/%d/review", id), strings.NewReader(body))
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	for _, tc := range []struct {
		name, auth, body string
		code             int
		param            string
	}{
		{"no token", "", `{"action":"confirm"}`, 401, ""},
		{"wrong token", "nope", `{"action":"confirm"}`, 401, ""},
		{"bad action", "s3cret", `{"action":"bless"}`, 400, "action"},
		{"bad json", "s3cret", `{"action":`, 400, "body"},
		{"unknown field", "s3cret", `{"action":"confirm","hack":1}`, 400, "body"},
		{"empty correction", "s3cret", `{"action":"correct"}`, 400, "correction"},
		{"bad stage", "s3cret", `{"action":"correct","correction":{"stage":"maybe"}}`, 400, "stage"},
		{"bad country", "s3cret", `{"action":"correct","correction":{"recipient":"XX"}}`, 400, "recipient"},
		{"correct", "s3cret", `{"action":"correct","who":"ana","note":"twelve, per DSCA","correction":{"quantity":14,"stage":"ordered"}}`, 200, ""},
		{"huge body", "s3cret", `{"action":"confirm","note":"` + strings.Repeat("x", 70<<10) + `"}`, 400, "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := post(tc.auth, tc.body)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body.String())
			}
			var e apiError
			_ = json.Unmarshal(rec.Body.Bytes(), &e)
			if e.Param != tc.param {
				t.Errorf("param %q, want %q", e.Param, tc.param)
			}
		})
	}
	var f domain.RegisterFact
	if err := json.Unmarshal(get(t, srv, fmt.Sprintf("/api/v1/facts/%d", id)).Body.Bytes(), &f); err != nil {
		t.Fatal(err)
	}
	if f.Quantity != 14 || f.Stage != "ordered" || f.ReviewStatus != "corrected" {
		t.Errorf("after correction: %+v", f)
	}
	var trail, public struct{ Reviews []domain.Review }
	if err := json.Unmarshal(getAuth(t, srv, fmt.Sprintf("/api/v1/facts/%d/reviews", id), "s3cret").Body.Bytes(), &trail); err != nil {
		t.Fatal(err)
	}
	if len(trail.Reviews) != 1 || trail.Reviews[0].Who != "ana" || trail.Reviews[0].Client == "" {
		t.Errorf("trail = %+v", trail.Reviews)
	}
	// The reviewer's address is for token holders only.
	for _, p := range []string{fmt.Sprintf("/api/v1/facts/%d/reviews", id), "/api/v1/reviews"} {
		if err := json.Unmarshal(get(t, srv, p).Body.Bytes(), &public); err != nil {
			t.Fatal(err)
		}
		if len(public.Reviews) != 1 || public.Reviews[0].Client != "" {
			t.Errorf("%s shows the public %+v", p, public.Reviews)
		}
	}
	if body := get(t, srv, "/pairs/US/NG").Body.String(); !strings.Contains(body, "14 × AH-1Z Viper") || !strings.Contains(body, "corrected") {
		t.Error("pair page does not show the correction")
	}
	// Without a configured token, writes are refused outright.
	ro, _ := newTest(t, Options{})
	req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api/v1/facts/%d/review", id), strings.NewReader(`{"action":"confirm"}`))
	req.Header.Set("Authorization", "Bearer ")
	rec := httptest.NewRecorder()
	ro.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("read-only server answered %d", rec.Code)
	}
}

func TestReviewForm(t *testing.T) {
	srv, st := newTest(t, Options{Token: "s3cret"})
	page, err := st.QueryFacts(context.Background(), domain.FactQuery{DocumentID: "doc-en", Sort: "id"})
	if err != nil {
		t.Fatal(err)
	}
	id := page.Facts[2].ID
	// The page sets the CSRF cookie and puts the same token in its forms.
	rec := get(t, srv, "/documents/doc-en")
	var cookie *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	if cookie == nil || !strings.Contains(rec.Body.String(), `name="csrf" value="`+cookie.Value+`"`) {
		t.Fatal("no CSRF cookie and field")
	}
	for _, tc := range []struct {
		name   string
		cookie bool
		form   url.Values
		origin string
		code   int
	}{
		{"no csrf", true, url.Values{"token": {"s3cret"}, "action": {"reject"}}, "", 403},
		{"wrong csrf", true, url.Values{"csrf": {strings.Repeat("0", 32)}, "token": {"s3cret"}, "action": {"reject"}}, "", 403},
		{"no cookie", false, url.Values{"csrf": {cookie.Value}, "token": {"s3cret"}, "action": {"reject"}}, "", 403},
		{"foreign origin", true, url.Values{"csrf": {cookie.Value}, "token": {"s3cret"}, "action": {"reject"}}, "https://evil.example", 403},
		{"wrong token", true, url.Values{"csrf": {cookie.Value}, "token": {"x"}, "action": {"reject"}}, "", 401},
		{"reject", true, url.Values{"csrf": {cookie.Value}, "token": {"s3cret"}, "action": {"reject"}, "who": {"bo"}, "back": {"/documents/doc-en"}}, "http://example.com", 303},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/facts/%d/review", id), strings.NewReader(tc.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tc.cookie {
				req.AddCookie(cookie)
			}
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d", rec.Code, tc.code)
			}
			if tc.code == 303 && rec.Header().Get("Location") != "/documents/doc-en" {
				t.Errorf("redirect to %q", rec.Header().Get("Location"))
			}
		})
	}
	// Rejected: gone from the register, struck through on its document.
	if body := get(t, srv, "/register?recipient=NG").Body.String(); strings.Contains(body, "Coalition") {
		t.Error("rejected fact still in the register")
	}
	if body := get(t, srv, "/documents/doc-en").Body.String(); !strings.Contains(body, `class="rv-rejected"`) {
		t.Error("document page does not mark the rejected fact")
	}
}

func TestRateLimit(t *testing.T) {
	now := time.Unix(1e9, 0)
	srv, _ := newTest(t, Options{RatePerSecond: 1, Burst: 3, Now: func() time.Time { return now }})
	codes := []int{}
	for range 5 {
		codes = append(codes, get(t, srv, "/api/v1/stats").Code)
	}
	if fmt.Sprint(codes) != "[200 200 200 429 429]" {
		t.Errorf("codes = %v", codes)
	}
	if get(t, srv, "/").Code != 429 {
		t.Error("pages are not rate limited")
	}
	now = now.Add(2 * time.Second)
	if c := get(t, srv, "/api/v1/stats").Code; c != 200 {
		t.Errorf("after waiting: %d", c)
	}
}

func TestWatchlistFeedAndWebhook(t *testing.T) {
	var calls, fails atomic.Int32
	fails.Store(1)
	var got webhookPayload
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if fails.Add(-1) >= 0 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		b, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(b, &got)
	}))
	defer hook.Close()
	srv, st := newTest(t, Options{Token: "tok", HTTPClient: hook.Client(), AllowPrivate: true})
	body := fmt.Sprintf(`{"name":"France to Africa","query":"supplier=FR&region=africa","webhook":%q}`, hook.URL)
	req := httptest.NewRequest(http.MethodPost, "/api/v1/watchlists", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer tok")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", rec.Code, rec.Body.String())
	}
	var wl domain.Watchlist
	if err := json.Unmarshal(rec.Body.Bytes(), &wl); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{`{"name":"x","query":"since=abc"}`, `{"name":"","query":""}`, `{"name":"x","query":"","webhook":"file:///etc/passwd"}`} {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/watchlists", strings.NewReader(bad))
		req.Header.Set("Authorization", "Bearer tok")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != 400 {
			t.Errorf("%s: %d", bad, rec.Code)
		}
	}
	rec = get(t, srv, "/feeds/"+wl.ID+".atom")
	var feed struct {
		Title   string `xml:"title"`
		Entries []struct {
			Title string `xml:"title"`
			Link  struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(rec.Body.Bytes(), &feed); err != nil || rec.Code != 200 {
		t.Fatalf("feed %d: %v\n%s", rec.Code, err, rec.Body.String())
	}
	if len(feed.Entries) != 3 || !strings.Contains(rec.Header().Get("Content-Type"), "atom") ||
		!strings.HasSuffix(feed.Entries[0].Link.Href, "/documents/doc-bad#fact-0") {
		t.Errorf("feed = %+v", feed)
	}
	if c := get(t, srv, "/feeds/"+wl.ID+".rss").Code; c != 404 {
		t.Errorf("rss: %d", c)
	}
	// A watchlist starts from now: the 3 matching facts stored before it
	// are in its feed but not sent; a fact stored after it is.
	if n, err := srv.NotifyWatchlists(context.Background()); err != nil || n != 0 || calls.Load() != 0 {
		t.Fatalf("backlog sent: n=%d err=%v calls=%d", n, err, calls.Load())
	}
	addFact(t, st, "doc-new", "FR", "SN")
	// First delivery: one 503, then success, all within one call.
	n, err := srv.NotifyWatchlists(context.Background())
	if err != nil || n != 1 || calls.Load() != 2 || len(got.Facts) != 1 || got.Facts[0].DocumentID != "doc-new" {
		t.Fatalf("notify: n=%d err=%v calls=%d facts=%d", n, err, calls.Load(), len(got.Facts))
	}
	// Nothing new: nothing sent.
	if n, err := srv.NotifyWatchlists(context.Background()); err != nil || n != 0 || calls.Load() != 2 {
		t.Errorf("second notify: n=%d err=%v calls=%d", n, err, calls.Load())
	}
}

func TestServeShutsDown(t *testing.T) {
	srv, _ := newTest(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, srv, "127.0.0.1:0", func(u string) { urls <- u }) }()
	u := <-urls
	resp, err := http.Get(u + "/api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return")
	}
}

func TestSegments(t *testing.T) {
	facts := []domain.RegisterFact{{Ordinal: 0}, {Ordinal: 1}, {Ordinal: 2}, {Ordinal: 3}}
	facts[0].Evidence = domain.Evidence{Start: 0, End: 3}
	facts[1].Evidence = domain.Evidence{Start: 2, End: 5}  // overlaps 0
	facts[2].Evidence = domain.Evidence{Start: 7, End: 99} // out of range
	facts[3].Evidence = domain.Evidence{Start: 6, End: 8}
	got := segments("abcdefghij", facts)
	if want := "[{abcde true [0 1]} {f false []} {gh true [3]} {ij false []}]"; fmt.Sprint(got) != want {
		t.Errorf("segments = %v, want %s", got, want)
	}
}

// TestAddFactForm: the document page offers its sentences as evidence; the
// form (CSRF and token checked) adds a confirmed fact by a reviewer, which
// the register then lists; a correction of amount, currency and system
// shows everywhere.
func TestAddFactForm(t *testing.T) {
	srv, st := newTest(t, Options{Token: "s3cret"})
	rec := get(t, srv, "/documents/doc-en")
	var cookie *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	body := rec.Body.String()
	if cookie == nil || !strings.Contains(body, `action="/documents/doc-en/facts"`) || !strings.Contains(body, `<option value="0-`) {
		t.Fatal("no add-fact form with the document's sentences")
	}
	post := func(form url.Values) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/documents/doc-en/facts", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(cookie)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	base := func() url.Values {
		return url.Values{"csrf": {cookie.Value}, "token": {"s3cret"}, "who": {"ana"}, "supplier": {"FR"}, "recipient": {"NG"},
			"system": {"Rafale"}, "quantity": {"4"}, "value": {"90"}, "currency": {"EUR"}, "value_usd": {"100"}, "stage": {"ordered"}, "evidence": {"0-20"}}
	}
	for _, c := range []struct {
		name string
		edit func(url.Values)
		code int
	}{
		{"wrong token", func(v url.Values) { v.Set("token", "x") }, 401},
		{"no csrf", func(v url.Values) { v.Del("csrf") }, 403},
		{"bad currency", func(v url.Values) { v.Set("currency", "euros") }, 400},
		{"offsets past the text", func(v url.Values) { v.Set("start", "0"); v.Set("end", "999999") }, 400},
		{"no recipient", func(v url.Values) { v.Del("recipient") }, 400},
		{"added", func(url.Values) {}, 303},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := base()
			c.edit(v)
			if rec := post(v); rec.Code != c.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, c.code, rec.Body.String())
			}
		})
	}
	page, err := st.QueryFacts(context.Background(), domain.FactQuery{Filter: domain.Filter{Supplier: "FR", Recipient: "NG"}})
	if err != nil || len(page.Facts) != 1 {
		t.Fatalf("added fact: %+v, %v", page.Facts, err)
	}
	f := page.Facts[0]
	if f.Rule != domain.RuleReviewer || f.ReviewStatus != domain.ReviewConfirmed || f.System == nil || f.System.ID != "rafale" ||
		f.Value == nil || f.Value.Currency != "EUR" || f.ValueUSD != 100 || f.Evidence.Start != 0 || f.Evidence.End != 20 {
		t.Errorf("added fact = %+v", f)
	}
	// Correct its amount and currency through the API: the USD value
	// follows a corrected USD amount.
	req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api/v1/facts/%d/review", f.ID),
		strings.NewReader(`{"action":"correct","who":"bo","correction":{"value":120000000,"currency":"usd","system":{"name":"Mirage 2000"}}}`))
	req.Header.Set("Authorization", "Bearer s3cret")
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("correct: %d %s", rec.Code, rec.Body.String())
	}
	got, err := st.Fact(context.Background(), f.ID)
	if err != nil || got.ValueUSD != 120e6 || got.Value.Currency != "USD" || got.System.Name != "Mirage 2000" {
		t.Errorf("corrected fact = %+v, %v", got, err)
	}
	if body := get(t, srv, "/register?system=mirage").Body.String(); !strings.Contains(body, "<strong>1</strong> facts") {
		t.Error("the register's system filter misses the corrected system")
	}
}
