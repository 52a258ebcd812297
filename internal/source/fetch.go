package source

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// HTTPError reports a response whose status is not 2xx.
type HTTPError struct {
	URL        string // the URL as given
	StatusCode int
	Status     string // e.g. "404 Not Found"
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%s: HTTP status %s", e.URL, e.Status) }

// Fetch downloads one http(s) URL. Without opts.Client it builds a client
// whose dialer refuses non-public addresses (unless opts.AllowPrivate);
// when fetching many URLs, Open reuses one client for the whole batch.
func Fetch(ctx context.Context, rawURL string, opts Options) (*Raw, error) {
	opts = opts.withDefaults()
	client := opts.Client
	if client == nil {
		client = newClient(opts)
		defer client.CloseIdleConnections()
	}
	return fetch(ctx, client, rawURL, opts)
}

func fetch(ctx context.Context, client *http.Client, given string, opts Options) (*Raw, error) {
	// Credentials in the URL are used for the request, but never stored,
	// logged or shown: every name this returns is the redacted one.
	rawURL := RedactURL(given)
	u, err := url.Parse(given)
	if err != nil {
		return nil, fmt.Errorf("%s: invalid URL", rawURL) // err quotes the URL as given
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	// One deadline for everything, body included; the transport's own
	// timeouts below only make the slow phases fail sooner and clearer.
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	// Accept-Encoding is left to the transport, which then asks for gzip
	// and transparently decompresses (the size cap applies after that).
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // drop the `Get "…":` prefix; we name the URL ourselves
		}
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &HTTPError{URL: rawURL, StatusCode: resp.StatusCode, Status: resp.Status}
	}
	if resp.ContentLength > opts.MaxBytes {
		return nil, fmt.Errorf("%s: %w (Content-Length %d, limit %d)", rawURL, ErrTooLarge, resp.ContentLength, opts.MaxBytes)
	}
	body, err := readCapped(resp.Body, opts.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: reading body: %w", rawURL, err)
	}
	return &Raw{
		Source:      rawURL,
		URL:         RedactURL(resp.Request.URL.String()),
		Body:        body,
		ContentType: resp.Header.Get("Content-Type"),
		Fetched:     time.Now().UTC(),
	}, nil
}

// checkURL refuses anything but absolute http(s) URLs with a host.
func checkURL(u *url.URL) error {
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return fmt.Errorf("unsupported URL scheme %q (only http and https)", u.Scheme)
	}
	if u.Hostname() == "" {
		return errors.New("URL has no host")
	}
	return nil
}

// newClient builds the default client: SSRF-guarded dialer, no proxy (a
// proxy would dial on our behalf, out of the guard's sight), bounded
// redirects, per-phase timeouts.
func newClient(opts Options) *http.Client {
	dialer := &net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			return dialGuard(network, address)
		}
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          16,
	}
	max := opts.MaxRedirects
	return &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("stopped after %d redirects", max)
			}
			// The new target's address is checked when it is dialled.
			return checkURL(req.URL)
		},
	}
}

// dialGuard vets the address a connection is about to be made to. It is
// a variable only so that tests can let one loopback server pass as public.
var dialGuard = guardAddress

// guardAddress is the dialer's Control hook: address is the resolved
// "ip:port", so the check cannot be fooled by what a hostname resolves to.
func guardAddress(network, address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparsable address %q", ErrPrivateAddress, address)
	}
	if !isPublic(ap.Addr()) {
		return fmt.Errorf("%w: %s is %s (use --allow-private to allow it)", ErrPrivateAddress, ap.Addr(), addrKind(ap.Addr()))
	}
	return nil
}

// addrKind names the kind of a non-public address for an error message.
func addrKind(ip netip.Addr) string {
	ip = ip.Unmap().WithZone("")
	switch {
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsPrivate():
		return "a private address"
	case ip.IsLinkLocalUnicast():
		return "a link-local address"
	}
	return "not a public address"
}

// nonPublic lists special-purpose ranges not covered by netip's
// predicates.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
	netip.MustParsePrefix("100.64.0.0/10"), // CGNAT shared space
	netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),   // reserved, broadcast
	netip.MustParsePrefix("::/96"),         // IPv4-compatible (deprecated)
	netip.MustParsePrefix("fec0::/10"),     // site-local (deprecated)
}

// isPublic reports whether ip is a globally routable unicast address.
// IPv4-mapped IPv6 addresses are judged by their IPv4 part, and so are the
// IPv4 addresses embedded in NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap().WithZone("")
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b: // NAT64
			return isPublic(netip.AddrFrom4([4]byte(b[12:16])))
		case b[0] == 0x20 && b[1] == 0x02: // 6to4
			return isPublic(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	return true
}
