package source

import "net/http"

// NewClient returns the HTTP client Fetch builds by default: SSRF-guarded
// dialer (unless opts.AllowPrivate), no proxy, bounded redirects and
// per-phase timeouts. Callers that make many requests (feeds) build one and
// pass it as Options.Client, and use it for their own requests too.
func NewClient(opts Options) *http.Client {
	return newClient(opts.withDefaults())
}
