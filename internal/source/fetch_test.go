package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// All servers below listen on loopback; nothing leaves the machine.

func TestIsPublic(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"2001:4860:4860::8888", true},
		{"127.0.0.1", false},
		{"127.1.2.3", false},
		{"10.0.0.1", false},
		{"172.16.5.4", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"100.64.0.1", false},      // CGNAT
		{"100.127.255.255", false},
		{"100.128.0.1", true},
		{"0.0.0.0", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
		{"::", false},
		{"::1", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false}, // IPv4-mapped loopback
		{"::ffff:10.1.2.3", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::a00:1", false}, // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", true},
		{"2002:7f00:1::1", false}, // 6to4 of 127.0.0.1
		{"fe80::1%eth0", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := isPublic(netip.MustParseAddr(tt.ip)); got != tt.want {
				t.Errorf("isPublic(%s) = %v, want %v", tt.ip, got, tt.want)
			}
		})
	}
}

func TestFetchRefusesPrivateByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "should never be served")
	}))
	defer srv.Close()
	url := srv.URL + "/article"

	for _, via := range []string{"Fetch", "Open"} {
		t.Run(via, func(t *testing.T) {
			var err error
			if via == "Fetch" {
				_, err = Fetch(context.Background(), url, Options{})
			} else {
				for _, e := range Open(context.Background(), []string{url}, Options{}) {
					err = e
				}
			}
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("err = %v, want ErrPrivateAddress", err)
			}
			if !strings.HasPrefix(err.Error(), url+": ") {
				t.Errorf("error %q does not start with the URL", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server was reached %d times", n)
	}
}

// allowAsPublic makes the dial guard treat srv's address as public, for the
// duration of the test, so that redirects to other loopback servers can be
// tested as if they left a public host.
func allowAsPublic(t *testing.T, srv *httptest.Server) {
	addr := srv.Listener.Addr().String()
	saved := dialGuard
	dialGuard = func(network, address string) error {
		if address == addr {
			return nil
		}
		return guardAddress(network, address)
	}
	t.Cleanup(func() { dialGuard = saved })
}

func TestFetchRedirectToPrivate(t *testing.T) {
	var privateHits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		fmt.Fprint(w, "internal secrets")
	}))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			fmt.Fprint(w, "public page")
			return
		}
		http.Redirect(w, r, private.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()
	allowAsPublic(t, public)

	// Sanity check: the "public" server itself is reachable.
	raw, err := Fetch(context.Background(), public.URL+"/ok", Options{})
	if err != nil || string(raw.Body) != "public page" {
		t.Fatalf("fetching the allowed server: %v, %v", raw, err)
	}
	_, err = Fetch(context.Background(), public.URL+"/go", Options{})
	if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), public.URL+"/go") {
		t.Fatalf("err = %v, want ErrPrivateAddress naming the URL", err)
	}
	if n := privateHits.Load(); n != 0 {
		t.Errorf("private server reached %d times", n)
	}
}

func TestFetch(t *testing.T) {
	var loops atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body>UA=%s</body></html>", r.UserAgent())
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip not accepted", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		fmt.Fprint(zw, "compressed article text")
		zw.Close()
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		loops.Add(1)
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			fmt.Fprint(w, "landed")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 50 MB, streamed without Content-Length: only the cap can stop it.
		chunk := bytes.Repeat([]byte("<p>filler paragraph</p>\n"), 4096)
		for written := 0; written < 50<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/declared-huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "52428800")
		w.Write([]byte("<p>"))
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusOK)
		for range 50 {
			w.Write([]byte("x"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name     string
		path     string // appended to srv.URL unless it has a scheme
		opts     Options
		wantBody string // substring of the body on success
		wantURL  string // final URL path, if checked
		wantErr  error  // errors.Is target, if any
		errText  string // substring of the error text ("" => success)
		maxTime  time.Duration
	}{
		{name: "html page with user agent", path: "/page", wantBody: "UA=" + DefaultUserAgent},
		{name: "custom user agent", path: "/page", opts: Options{UserAgent: "tester/1"}, wantBody: "UA=tester/1"},
		{name: "gzip response", path: "/gzip", wantBody: "compressed article text"},
		{name: "404", path: "/missing", errText: "/missing: HTTP status 404 Not Found"},
		{name: "500", path: "/broken", errText: "HTTP status 500"},
		{name: "redirects within limit", path: "/hop/3", wantBody: "landed", wantURL: "/hop/0"},
		{name: "redirects over limit", path: "/hop/3", opts: Options{MaxRedirects: 2}, errText: "stopped after 2 redirects"},
		{name: "redirect loop", path: "/loop", errText: "stopped after 5 redirects"},
		{name: "redirect to file scheme", path: "/to-file", errText: `unsupported URL scheme "file"`},
		{name: "streamed body over cap", path: "/huge", wantErr: ErrTooLarge, errText: "more than 20971520 bytes", maxTime: 10 * time.Second},
		{name: "declared length over cap", path: "/declared-huge", wantErr: ErrTooLarge, errText: "Content-Length 52428800"},
		{name: "trickling server times out", path: "/trickle", opts: Options{Timeout: 300 * time.Millisecond}, wantErr: context.DeadlineExceeded, errText: "/trickle", maxTime: 2 * time.Second},
		{name: "file scheme", path: "file:///etc/passwd", errText: "file:///etc/passwd: unsupported URL scheme"},
		{name: "ftp scheme", path: "ftp://127.0.0.1/x", errText: "unsupported URL scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "redirect loop" {
				loops.Store(0)
			}
			url := tt.path
			if !strings.Contains(url, "://") {
				url = srv.URL + tt.path
			}
			tt.opts.AllowPrivate = true
			start := time.Now()
			raw, err := Fetch(context.Background(), url, tt.opts)
			if tt.maxTime > 0 && time.Since(start) > tt.maxTime {
				t.Errorf("took %v, want under %v", time.Since(start), tt.maxTime)
			}
			if tt.errText != "" || tt.wantErr != nil {
				if err == nil {
					t.Fatalf("got body %q, want an error", raw.Body)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want errors.Is %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.errText) || !strings.HasPrefix(err.Error(), url) {
					t.Errorf("err = %q, want it to start with %q and contain %q", err, url, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !strings.Contains(string(raw.Body), tt.wantBody) {
				t.Errorf("body = %q, want it to contain %q", raw.Body, tt.wantBody)
			}
			if raw.Source != url || raw.Fetched.IsZero() {
				t.Errorf("Source = %q, Fetched = %v", raw.Source, raw.Fetched)
			}
			if tt.wantURL != "" && raw.URL != srv.URL+tt.wantURL {
				t.Errorf("final URL = %q, want %q", raw.URL, srv.URL+tt.wantURL)
			}
		})
	}
	if n := loops.Load(); n != 6 {
		t.Errorf("redirect loop served %d requests, want 6 (1 + 5 redirects)", n)
	}

	var herr *HTTPError
	_, err := Fetch(context.Background(), srv.URL+"/missing", Options{AllowPrivate: true})
	if !errors.As(err, &herr) || herr.StatusCode != http.StatusNotFound {
		t.Errorf("err = %v, want *HTTPError with 404", err)
	}
}

// TestFetchDNSIsCheckedAtDial shows that the guard looks at the address
// actually dialled, not at the host name: a name resolving to loopback is
// refused even though it does not look private.
func TestFetchDNSIsCheckedAtDial(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "hi")
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	url := "http://localhost:" + port + "/"
	_, err := Fetch(context.Background(), url, Options{})
	if !errors.Is(err, ErrPrivateAddress) || !strings.HasPrefix(err.Error(), url) {
		t.Fatalf("err = %v, want ErrPrivateAddress naming %s", err, url)
	}
}
