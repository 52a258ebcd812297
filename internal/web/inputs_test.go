package web

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// Control characters and invalid UTF-8 anywhere in a request are a 400
// naming the parameter, on every route, never a 500.
func TestInputsControlCharacters(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	for _, p := range []string{
		"/search?q=a%00b", "/api/v1/search?q=a%00b", "/register?q=a%00b", "/register?supplier=F%00R",
		"/api/v1/facts?system=a%01", "/api/v1/facts?q=%ff%fe", "/deals?q=%1b[31m", "/register.csv?q=%7f",
		"/documents/a%00b", "/api/v1/documents/a%0ab", "/rankings?x%00=1", "/api/v1/facts?q=%c2%85",
		"/register?q=%zz",
	} {
		rec := get(t, srv, p)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", p, rec.Code)
		}
		if strings.HasPrefix(p, "/api/") && !strings.Contains(rec.Header().Get("Content-Type"), "json") {
			t.Errorf("%s: API error is not JSON", p)
		}
	}
	for _, p := range []string{"/search?q=Rafale", "/register?q=caf%C3%A9", "/api/v1/search?q=%D8%B1%D8%A7%D9%81%D8%A7%D9%84"} {
		if c := get(t, srv, p).Code; c != 200 {
			t.Errorf("%s: %d", p, c)
		}
	}
}

func TestInputsJSONBodies(t *testing.T) {
	srv, _ := newTest(t, Options{Token: "tok"})
	for _, tt := range []struct {
		body  string
		code  int
		param string
	}{
		{`{"name":"a\u0000b","query":"supplier=FR"}`, 400, "name"},
		{`{"name":"ok","query":"supplier=FR\u0007"}`, 400, "query"},
		{`{"name":"ok","query":"supplier=FR"} {"name":"two"}`, 400, "body"},
		{`{"name":"ok","query":"supplier=FR"}garbage`, 400, "body"},
		{`{"name":"ok","query":"supplier=FR"}]`, 400, "body"},
		{`{"na\u0000me":"ok"}`, 400, "body"},
		{`{"name":"ok`, 400, "body"},
		{`{"name":"two\nlines","query":"supplier=FR"}` + "\n\n", 201, ""},
	} {
		rec := post(t, srv, "/api/v1/watchlists", tt.body, "tok")
		if rec.Code != tt.code || (tt.param != "" && !strings.Contains(rec.Body.String(), `"param": "`+tt.param+`"`)) {
			t.Errorf("%q: %d %s", tt.body, rec.Code, rec.Body.String())
		}
	}
	// JSON sent with a form's Content-Type (curl -d) is still read as JSON.
	req := httptest.NewRequest(http.MethodPost, "/api/v1/watchlists", strings.NewReader(`{"name":"curl","query":"supplier=FR"}`))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer tok")
	rr := httptest.NewRecorder()
	srv.ServeHTTP(rr, req)
	if rr.Code != http.StatusCreated {
		t.Errorf("JSON with a form Content-Type: %d %s", rr.Code, rr.Body.String())
	}
	// Reviews too, and forms: NUL refused, line breaks in a note kept.
	rec := post(t, srv, "/api/v1/facts/1/review", `{"action":"confirm","who":"a\u0000"}`, "tok")
	if rec.Code != 400 {
		t.Errorf("review with NUL: %d", rec.Code)
	}
	form := url.Values{"name": {"x\x00"}, "query": {"supplier=FR"}, "token": {"tok"}}
	req = httptest.NewRequest(http.MethodPost, "/watchlists", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, req)
	if w.Code != 400 {
		t.Errorf("form with NUL: %d", w.Code)
	}
}

// A bidi override reflected from a request or stored in a document never
// reaches a page, a feed or a CSV export as such.
func TestInputsBidiNeutralised(t *testing.T) {
	srv, _ := newTest(t, Options{})
	for _, p := range []string{
		"/search?q=" + url.QueryEscape("Rafale\u202Egnp.exe"),
		"/register?q=" + url.QueryEscape("x\u202Ey") + "&system=" + url.QueryEscape("\u2066a\u2069"),
		"/register?since=" + url.QueryEscape("20\u202E21"),
		"/documents/doc-bad", "/register", "/register.csv", "/pairs/FR/EG",
		"/countries/" + url.PathEscape("F\u202ER"),
	} {
		rec := get(t, srv, p)
		body := rec.Body.String()
		for _, r := range []string{"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"} {
			if strings.Contains(body, r) {
				t.Errorf("%s (%d): %U reflected", p, rec.Code, []rune(r)[0])
			}
		}
		if !utf8.ValidString(body) {
			t.Errorf("%s: invalid UTF-8 out", p)
		}
	}
}

// The writer neutralises sequences cut across writes, and leaves other
// text alone.
func TestBidiWriterSplits(t *testing.T) {
	in := "a\u202Eb\u2066c\u2069 é € \u200F مصر \u202C"
	want := strings.NewReplacer("\u202E", "\uFFFD", "\u2066", "\uFFFD", "\u2069", "\uFFFD", "\u202C", "\uFFFD").Replace(in)
	for step := 1; step <= len(in); step++ {
		rec := httptest.NewRecorder()
		rec.Header().Set("Content-Type", "text/html; charset=utf-8")
		bw := newBidiWriter(rec)
		orig := []byte(in)
		for i := 0; i < len(orig); i += step {
			chunk := orig[i:min(i+step, len(orig))]
			if n, err := bw.Write(chunk); n != len(chunk) || err != nil {
				t.Fatal(n, err)
			}
		}
		bw.finish()
		if got := rec.Body.String(); got != want {
			t.Errorf("step %d: %q", step, got)
		}
		if !bytes.Equal(orig, []byte(in)) {
			t.Fatal("the caller's buffer was modified")
		}
	}
	rec := httptest.NewRecorder()
	rec.Header().Set("Content-Type", "application/json")
	bw := newBidiWriter(rec)
	bw.Write([]byte(in))
	bw.finish()
	if rec.Body.String() != in {
		t.Error("JSON changed")
	}
}

// No query string or JSON body makes the server answer 500.
func FuzzRequest(f *testing.F) {
	srv, _ := newTest(f, Options{Token: "tok"})
	for _, s := range []struct{ path, query, body string }{
		{"/search", "q=Rafale", ""},
		{"/api/v1/facts", "supplier=FR&since=2020", ""},
		{"/api/v1/watchlists", "", `{"name":"x","query":"supplier=FR"}`},
		{"/api/v1/facts/1/review", "", `{"action":"correct","correction":{"quantity":3}}`},
		{"/register", "q=%00", ""},
	} {
		f.Add(s.path, s.query, s.body)
	}
	f.Fuzz(func(t *testing.T, path, query, body string) {
		u := &url.URL{Path: "/" + strings.TrimPrefix(path, "/"), RawQuery: query}
		method := http.MethodGet
		if body != "" {
			method = http.MethodPost
		}
		req, err := http.NewRequest(method, u.String(), strings.NewReader(body))
		if err != nil {
			return
		}
		req.RemoteAddr = "192.0.2.1:1"
		req.Header.Set("Authorization", "Bearer tok")
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Errorf("%s %s: %d %s", method, u, rec.Code, rec.Body.String())
		}
	})
}
