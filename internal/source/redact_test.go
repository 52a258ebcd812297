package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

func TestRedactURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://user:pass@example.org/a?b=c", "https://example.org/a?b=c"},
		{"https://user@example.org/", "https://example.org/"},
		{"postgres://armswatch:s3cret@db.internal:5432/register?sslmode=disable", "postgres://db.internal:5432/register?sslmode=disable"},
		{"https://example.org/a@b", "https://example.org/a@b"},
		{"https://example.org/?mail=a@b.org", "https://example.org/?mail=a@b.org"},
		{"http://u:p%zz@example.org/x", "http://example.org/x"},
		{"docs/a@b.txt", "docs/a@b.txt"},
		{"-", "-"},
	} {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRedactURL(f *testing.F) {
	for _, s := range []string{"https://user:pass@example.org/a", "http://u:p%zz@h/x", "a@b", "x://@@/@"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := RedactURL(s)
		if u, err := url.Parse(got); err == nil && u.User != nil && strings.Contains(got, "://") {
			t.Errorf("RedactURL(%q) = %q still holds credentials", s, got)
		}
		if again := RedactURL(got); again != got {
			t.Errorf("RedactURL not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}

// Credentials in an input URL are used for the request but never appear
// in what Open yields: not in Source, URL, nor any error.
func TestOpenRedactsCredentials(t *testing.T) {
	var gotUser atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, _, _ := r.BasicAuth()
		gotUser.Store(u)
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "a page")
	}))
	defer srv.Close()
	with := strings.Replace(srv.URL, "http://", "http://reader:hunter2@", 1)
	specs := []string{with + "/page", with + "/missing", with + "/bad%zz"}
	var seen []string
	for raw, err := range Open(context.Background(), specs, Options{AllowPrivate: true}) {
		if err != nil {
			seen = append(seen, err.Error())
			continue
		}
		seen = append(seen, raw.Source, raw.URL)
	}
	if len(seen) != 4 || seen[0] != srv.URL+"/page" {
		t.Errorf("yielded %q", seen)
	}
	for _, s := range seen {
		if strings.Contains(s, "hunter2") || strings.Contains(s, "reader") {
			t.Errorf("credentials shown: %q", s)
		}
	}
	if gotUser.Load() != "reader" {
		t.Errorf("the request did not carry the credentials: %v", gotUser.Load())
	}
}
