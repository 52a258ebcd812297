package source

import (
	"net/http"
	"net/netip"
)

// NewClient returns the HTTP client Fetch builds by default: SSRF-guarded
// dialer (unless opts.AllowPrivate), no proxy, bounded redirects and
// per-phase timeouts. Callers that make many requests (feeds) build one and
// pass it as Options.Client, and use it for their own requests too.
func NewClient(opts Options) *http.Client {
	return newClient(opts.withDefaults())
}

// IsPublicAddr reports whether ip is a globally routable unicast address,
// as the dialer guard of NewClient judges it. Callers use it to refuse a
// literal private address early, with a clear message; the guard still
// checks every address actually dialled.
func IsPublicAddr(ip netip.Addr) bool { return isPublic(ip) }
