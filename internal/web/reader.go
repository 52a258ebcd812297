package web

import (
	"net/http"

	"github.com/armswatch/armswatch/internal/domain"
)

// What public readers may not see: the reviewers' addresses, the webhook
// URLs of watchlists (they often hold a secret) and the delivery errors.
// Token holders see everything.

// forReader hides a watchlist's webhook URL and delivery error from a
// request without the token.
func (s *Server) forReader(r *http.Request, wl domain.Watchlist) domain.Watchlist {
	if !s.authorized(r, false) {
		wl.Webhook, wl.LastError = "", ""
	}
	return wl
}

// reviewsForReader hides the reviewers' addresses from a request without
// the token.
func (s *Server) reviewsForReader(r *http.Request, rv []domain.Review) []domain.Review {
	if !s.authorized(r, false) {
		for i := range rv {
			rv[i].Client = ""
		}
	}
	return rv
}
