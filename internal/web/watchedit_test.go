package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// addFact stores a document with one transfer from sup to rec.
func addFact(t testing.TB, st *sqlite.Store, id, sup, rec string) {
	t.Helper()
	text := "A new transfer was announced."
	doc := domain.Document{ID: id, Source: id + ".txt", Language: "en", Published: "2025-01-01", Text: text}
	f := domain.Fact{Type: domain.TypeTransfer, Supplier: code(sup), Recipient: code(rec), Year: 2025,
		System:   &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Aliases: []string{"HIMARS"}, Category: "artillery"},
		Evidence: evidence(text, text), Confidence: 0.9}
	if _, err := st.SaveDocument(context.Background(), &doc, []domain.Fact{f}); err != nil {
		t.Fatal(err)
	}
}

// pageForm posts a page form with the CSRF cookie and field.
func pageForm(t *testing.T, srv http.Handler, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	var cookie *http.Cookie
	for _, c := range get(t, srv, "/watchlists").Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	if cookie == nil {
		t.Fatal("no CSRF cookie")
	}
	form.Set("csrf", cookie.Value)
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(cookie)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec
}

func TestWatchlistPageEditDeleteStatus(t *testing.T) {
	srv, st := newTest(t, Options{Token: "tok", AllowPrivate: true})
	ctx := context.Background()
	// Created on the page: starts from now.
	if rec := pageForm(t, srv, "/watchlists", url.Values{"name": {"FR Africa"}, "query": {"supplier=FR&region=africa"},
		"webhook": {"http://127.0.0.1:9/hook?secret=s3"}, "token": {"tok"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("create: %d %s", rec.Code, rec.Body.String())
	}
	wls, _ := st.Watchlists(ctx)
	if len(wls) != 1 || wls[0].LastFact != 6 {
		t.Fatalf("created %+v, want last_fact 6 (the newest fact)", wls)
	}
	wl := wls[0]
	_ = st.MarkWatchlist(ctx, wl.ID, wl.LastFact, "webhook answered 500 Internal Server Error")

	// The filter link opens the filtered register.
	page := get(t, srv, "/watchlists").Body.String()
	if !strings.Contains(page, `href="/register?region=africa&amp;supplier=FR"`) {
		t.Errorf("filter link missing or escaped:\n%s", page)
	}
	reg := get(t, srv, "/register?region=africa&supplier=FR")
	if reg.Code != 200 || !strings.Contains(reg.Body.String(), "CAESAR") || strings.Contains(reg.Body.String(), "AH-1Z Viper") {
		t.Errorf("filtered register: %d", reg.Code)
	}
	// Public readers: no webhook URL, no delivery status.
	for _, bad := range []string{"secret=s3", "500 Internal", "127.0.0.1"} {
		if strings.Contains(page, bad) {
			t.Errorf("public page shows %q", bad)
		}
	}
	// Token holders: through the status form, or a Bearer header.
	rec := pageForm(t, srv, "/watchlists/status", url.Values{"token": {"tok"}})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "500 Internal Server Error") || !strings.Contains(rec.Body.String(), "secret=s3") {
		t.Errorf("status form: %d", rec.Code)
	}
	if rec := pageForm(t, srv, "/watchlists/status", url.Values{"token": {"nope"}}); rec.Code != http.StatusUnauthorized || strings.Contains(rec.Body.String(), "500 Internal") {
		t.Errorf("status with a wrong token: %d", rec.Code)
	}
	if b := getAuth(t, srv, "/watchlists", "tok").Body.String(); !strings.Contains(b, "500 Internal Server Error") {
		t.Error("Bearer holder sees no status")
	}

	// Edit: wrong token and missing CSRF refused; the webhook is kept
	// when the field is empty; a new filter starts from now.
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID, url.Values{"name": {"x"}, "query": {""}, "token": {"bad"}}); rec.Code != http.StatusUnauthorized {
		t.Errorf("edit with a wrong token: %d", rec.Code)
	}
	req := httptest.NewRequest(http.MethodPost, "/watchlists/"+wl.ID, strings.NewReader("name=x&token=tok"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r2 := httptest.NewRecorder()
	srv.ServeHTTP(r2, req)
	if r2.Code != http.StatusForbidden {
		t.Errorf("edit without CSRF: %d", r2.Code)
	}
	addFact(t, st, "doc-7", "FR", "SN")
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID, url.Values{"name": {"France"}, "query": {"supplier=FR"}, "webhook": {""}, "token": {"tok"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("edit: %d %s", rec.Code, rec.Body.String())
	}
	got, err := st.Watchlist(ctx, wl.ID)
	if err != nil || got.Name != "France" || got.Query != "supplier=FR" || got.Webhook != wl.Webhook || got.LastFact != 7 || got.LastError != "" || !got.Created.Equal(wl.Created) {
		t.Errorf("edited = %+v, %v", got, err)
	}
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID, url.Values{"name": {"France"}, "query": {"since=abc"}, "token": {"tok"}}); rec.Code != http.StatusBadRequest {
		t.Errorf("edit with a bad filter: %d", rec.Code)
	}
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID, url.Values{"name": {"France"}, "query": {"supplier=FR"}, "remove_webhook": {"1"}, "token": {"tok"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("remove webhook: %d", rec.Code)
	}
	if got, _ := st.Watchlist(ctx, wl.ID); got.Webhook != "" {
		t.Errorf("webhook kept: %+v", got)
	}
	// Delete.
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID+"/delete", url.Values{"token": {"bad"}}); rec.Code != http.StatusUnauthorized {
		t.Errorf("delete with a wrong token: %d", rec.Code)
	}
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID+"/delete", url.Values{"token": {"tok"}}); rec.Code != http.StatusSeeOther {
		t.Errorf("delete: %d", rec.Code)
	}
	if _, err := st.Watchlist(ctx, wl.ID); err == nil {
		t.Error("still there after delete")
	}
	if rec := pageForm(t, srv, "/watchlists/"+wl.ID+"/delete", url.Values{"token": {"tok"}}); rec.Code != http.StatusNotFound {
		t.Errorf("delete twice: %d", rec.Code)
	}
}
