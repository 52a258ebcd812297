package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
)

func post(t testing.TB, h http.Handler, path, body, token string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func getAuth(t testing.TB, h http.Handler, path, token string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// A webhook is refused when its address is not public, at creation when
// the URL names one, else when it is dialled; the recorded error names no
// address, and only token holders see it and the webhook's URL.
func TestWebhookGuard(t *testing.T) {
	var calls atomic.Int32
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { calls.Add(1) }))
	defer hook.Close()
	srv, st := newTest(t, Options{Token: "tok"})

	for _, h := range []string{hook.URL, "http://localhost:9/x", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/",
		"http://10.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "https://user:pw1234@example.org/hook"} {
		body := `{"name":"x","query":"supplier=FR","webhook":"` + h + `"}`
		if rec := post(t, srv, "/api/v1/watchlists", body, "tok"); rec.Code != http.StatusBadRequest || strings.Contains(rec.Body.String(), "pw1234") {
			t.Errorf("webhook %s: %d %s", h, rec.Code, rec.Body.String())
		}
	}

	// Stored behind the check's back (or a name that resolves to
	// loopback): the dialer refuses it.
	ctx := context.Background()
	port := hook.URL[strings.LastIndex(hook.URL, ":")+1:]
	for _, h := range []string{hook.URL + "/hook", "http://localhost:" + port + "/hook"} {
		wl := &domain.Watchlist{Name: "guarded", Query: "supplier=FR", Webhook: h}
		if err := st.SaveWatchlist(ctx, wl); err != nil {
			t.Fatal(err)
		}
		n, err := srv.NotifyWatchlists(ctx)
		if err != nil || n != 0 || calls.Load() != 0 {
			t.Fatalf("%s: n=%d err=%v calls=%d", h, n, err, calls.Load())
		}
		got, _ := st.Watchlist(ctx, wl.ID)
		if !strings.Contains(got.LastError, "not public") || strings.Contains(got.LastError, "127.0.0.1") || strings.Contains(got.LastError, port) {
			t.Errorf("last error = %q", got.LastError)
		}
		// Public readers: no webhook URL, no error; token holders: both.
		var pub, priv domain.Watchlist
		_ = json.Unmarshal(get(t, srv, "/api/v1/watchlists/"+wl.ID).Body.Bytes(), &pub)
		_ = json.Unmarshal(getAuth(t, srv, "/api/v1/watchlists/"+wl.ID, "tok").Body.Bytes(), &priv)
		if pub.Webhook != "" || pub.LastError != "" || priv.Webhook != h || priv.LastError == "" {
			t.Errorf("public %+v, token %+v", pub, priv)
		}
		if list := get(t, srv, "/api/v1/watchlists").Body.String(); strings.Contains(list, port) || strings.Contains(list, "not public") {
			t.Errorf("list shows webhook or error: %s", list)
		}
		if page := get(t, srv, "/watchlists").Body.String(); strings.Contains(page, "not public") {
			t.Error("watchlists page shows a delivery error to the public")
		}
		if err := st.DeleteWatchlist(ctx, wl.ID); err != nil {
			t.Fatal(err)
		}
	}

	// serve --allow-private: delivered.
	open, st2 := newTest(t, Options{Token: "tok", AllowPrivate: true})
	if rec := post(t, open, "/api/v1/watchlists", `{"name":"x","query":"supplier=FR","webhook":"`+hook.URL+`"}`, "tok"); rec.Code != http.StatusCreated {
		t.Fatalf("allow-private create: %d %s", rec.Code, rec.Body.String())
	}
	addFact(t, st2, "doc-later", "FR", "SN") // watchlists start from now
	if n, err := open.NotifyWatchlists(ctx); err != nil || n != 1 || calls.Load() != 1 {
		t.Errorf("allow-private: n=%d err=%v calls=%d", n, err, calls.Load())
	}
}

func TestDeliveryError(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&hookStatusError{status: "503 Service Unavailable"}, "webhook answered 503 Service Unavailable"},
		{context.DeadlineExceeded, "did not answer in time"},
		{errString(`Post "http://10.1.2.3:8080/x": dial tcp 10.1.2.3:8080: connect: connection refused`), "refused the connection"},
		{errString(`Post "http://user:pw@10.1.2.3/x": something odd`), "delivery failed"},
	} {
		got := deliveryError(tt.err)
		if !strings.Contains(got, tt.want) || strings.Contains(got, "10.1.2.3") || strings.Contains(got, "pw") {
			t.Errorf("deliveryError(%v) = %q", tt.err, got)
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// The log line of a failed delivery names no credentials.
func TestDeliveryLogRedacted(t *testing.T) {
	got := source.RedactURL(`Post "https://user:pw1234@10.0.0.1/hook": dial tcp 10.0.0.1:443: connect: connection refused`)
	if strings.Contains(got, "pw1234") || !strings.Contains(got, "connection refused") {
		t.Errorf("%q", got)
	}
}
