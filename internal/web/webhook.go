package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/source"
)

// webhookTimeout bounds one delivery attempt.
const webhookTimeout = 10 * time.Second

// newWebhookClient is the client webhooks are posted with: the dialer guard
// of ingest (no loopback, private, link-local or metadata address, checked
// on the address actually dialled, redirects included), unless allowPrivate.
func newWebhookClient(allowPrivate bool) *http.Client {
	return source.NewClient(source.Options{AllowPrivate: allowPrivate, Timeout: webhookTimeout})
}

// checkWebhook validates a webhook URL: http or https with a host, no
// credentials (they would be stored and shown), and, unless the server
// allows private addresses, no literal non-public address or localhost (a
// name resolving to one is refused when it is dialled).
func (s *Server) checkWebhook(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "", badParam("webhook", "want an http or https URL")
	}
	if u.User != nil {
		return "", badParam("webhook", "credentials in the URL (user:password@) are not stored: use a secret path or query instead")
	}
	if !s.opts.AllowPrivate {
		host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
		ip, err := netip.ParseAddr(host)
		if host == "localhost" || strings.HasSuffix(host, ".localhost") || (err == nil && !source.IsPublicAddr(ip)) {
			return "", badParam("webhook", "refusing a loopback, private or non-public address (serve --allow-private permits it)")
		}
	}
	return u.String(), nil
}

// deliveryError is what a failed delivery records: the kind of failure,
// never the addresses or URLs the error text names (the full error goes to
// the server's log).
func deliveryError(err error) string {
	var (
		he  *hookStatusError
		dns *net.DNSError
		ne  net.Error
	)
	switch {
	case errors.Is(err, source.ErrPrivateAddress):
		return "refused: the webhook's address is not public (serve --allow-private permits it)"
	case errors.As(err, &he):
		return he.Error()
	case errors.Is(err, context.Canceled):
		return "delivery interrupted"
	case errors.As(err, &dns):
		return "the webhook's host name does not resolve"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "the webhook did not answer in time"
	case strings.Contains(err.Error(), "connection refused"):
		return "the webhook's server refused the connection"
	case strings.Contains(err.Error(), "redirect"), strings.Contains(err.Error(), "unsupported URL scheme"):
		return "the webhook redirected to a refused target"
	}
	return "delivery failed"
}

// hookStatusError is a webhook's non-2xx answer.
type hookStatusError struct{ status string }

func (e *hookStatusError) Error() string { return "webhook answered " + e.status }
