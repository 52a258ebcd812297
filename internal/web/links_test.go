package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// Feed and webhook links come from Options.BaseURL; a forged Host header
// reaches neither.
func TestLinksFromBaseURL(t *testing.T) {
	var payload string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		payload = string(b)
	}))
	defer hook.Close()
	for _, base := range []string{"", "https://register.example/aw/"} {
		srv, st := newTest(t, Options{BaseURL: base, AllowPrivate: true})
		wl := &domain.Watchlist{Name: "FR", Query: "supplier=FR", Webhook: hook.URL}
		if err := st.SaveWatchlist(context.Background(), wl); err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(http.MethodGet, "/feeds/"+wl.ID+".atom", nil)
		req.Host = "evil.example"
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		body := rec.Body.String()
		if rec.Code != 200 || strings.Contains(body, "evil.example") || strings.Count(body, `href="`) < 3 {
			t.Fatalf("base %q: feed %d\n%s", base, rec.Code, body)
		}
		want := `href="/`
		if base != "" {
			want = `href="https://register.example/aw/`
		}
		if strings.Count(body, `href="`) != strings.Count(body, want) {
			t.Errorf("base %q: links not under %s:\n%s", base, want, body)
		}
		if n, err := srv.NotifyWatchlists(context.Background()); n != 1 || err != nil {
			t.Fatalf("notify: %d %v", n, err)
		}
		var p webhookPayload
		if err := json.Unmarshal([]byte(payload), &p); err != nil {
			t.Fatal(err)
		}
		if base == "" && (p.Register != "" || len(p.Links) != 0) {
			t.Errorf("links without a base URL: %+v", p)
		}
		if base != "" && (p.Feed != "https://register.example/aw/feeds/"+wl.ID+".atom" || len(p.Links) != len(p.Facts) ||
			!strings.HasPrefix(p.Links[0], "https://register.example/aw/documents/")) {
			t.Errorf("payload links: %s %s %v", p.Register, p.Feed, p.Links)
		}
	}
	for _, bad := range []string{"ftp://x", "https://u:p@x/", "https://x/?q=1", "/relative", "https://"} {
		if _, err := NewServer(nil, Options{BaseURL: bad}); err == nil {
			t.Errorf("base URL %q accepted", bad)
		}
	}
}

func TestSafeBack(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/documents/doc-en", "/documents/doc-en"},
		{"/register?supplier=FR&page=2#f", "/register?supplier=FR&page=2#f"},
		{"/%2F%2Fevil.example", "/"}, // decodes to //evil.example: refused to be safe
		{"", "/"},
		{"//evil.example", "/"},
		{"/\\evil.example", "/"},
		{"/\\/evil.example", "/"},
		{"/\t/evil.example", "/"},
		{"/\n/evil.example", "/"},
		{"https://evil.example/", "/"},
		{"javascript:alert(1)", "/"},
		{"evil.example", "/"},
		{"/register\\..\\", "/"},
	} {
		if got := safeBack(tt.in); got != tt.want {
			t.Errorf("safeBack(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The review form sends the browser back only to a path of this site.
func TestReviewFormBack(t *testing.T) {
	srv, st := newTest(t, Options{Token: "s3cret"})
	page, err := st.QueryFacts(context.Background(), domain.FactQuery{DocumentID: "doc-fr"})
	if err != nil || len(page.Facts) == 0 {
		t.Fatal(err)
	}
	var cookie *http.Cookie
	for _, c := range get(t, srv, "/documents/doc-fr").Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	for _, back := range []string{"/\\evil.example", "//evil.example", "https://evil.example", "/\t/evil.example"} {
		form := url.Values{"csrf": {cookie.Value}, "token": {"s3cret"}, "action": {"confirm"}, "back": {back}}
		req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/facts/%d/review", page.Facts[0].ID), strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(cookie)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != 303 || rec.Header().Get("Location") != "/" {
			t.Errorf("back %q: %d to %q", back, rec.Code, rec.Header().Get("Location"))
		}
	}
}
