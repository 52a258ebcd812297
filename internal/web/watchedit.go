package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file holds the watchlists page and its forms: create, edit and
// delete (each with the token and the CSRF field, like every write form),
// and the delivery status, shown only to token holders (an Authorization
// header, or the page's "show delivery status" form with the token).
//
// A new watchlist starts from now: its last delivered fact is the
// register's newest, so that the first webhook brings what is new, not the
// whole backlog of its filter. Changing a watchlist's filter starts it
// from now again.

// maxFactID is the id of the register's newest fact (0 when empty).
func (s *Server) maxFactID(ctx context.Context) (int64, error) {
	page, err := s.st.QueryFacts(ctx, domain.FactQuery{Sort: "id", Desc: true, IncludeRejected: true, Filter: domain.Filter{Limit: 1}})
	if err != nil || len(page.Facts) == 0 {
		return 0, err
	}
	return page.Facts[0].ID, nil
}

func (s *Server) watchlistRoutes() {
	s.mux.HandleFunc("POST /watchlists/status", s.watchlistStatusForm)
	s.mux.HandleFunc("POST /watchlists/{id}", s.watchlistEditForm)
	s.mux.HandleFunc("POST /watchlists/{id}/delete", s.watchlistDeleteForm)
}

// watchlistRow is a watchlist as the page shows it.
type watchlistRow struct {
	domain.Watchlist
	Register string // the filtered register
	Feed     string
	HasHook  bool // shown to all: whether it posts to a webhook
}

type watchlistsData struct {
	Watchlists []watchlistRow
	Query      string
	Status     bool // the delivery status is shown (a token holder asks)
}

func (s *Server) watchlistsPage(w http.ResponseWriter, r *http.Request) {
	s.renderWatchlists(w, r, s.authorized(r, false), "")
}

func (s *Server) renderWatchlists(w http.ResponseWriter, r *http.Request, status bool, msg string) {
	wls, err := s.st.Watchlists(r.Context())
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d := watchlistsData{Query: r.URL.Query().Get("query"), Status: status}
	for _, wl := range wls {
		row := watchlistRow{Watchlist: wl, Register: registerPath(wl), Feed: feedPath(wl), HasHook: wl.Webhook != ""}
		row.Name = stripBidi(wl.Name)
		if !status {
			row.Webhook, row.LastError = "", ""
		}
		d.Watchlists = append(d.Watchlists, row)
	}
	s.render(w, r, http.StatusOK, "watchlists", view{Title: "Watchlists", Nav: "watchlists", Message: msg, D: d})
}

// watchlistStatusForm shows the page with the delivery status to whoever
// gives the token.
func (s *Server) watchlistStatusForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	s.renderWatchlists(w, r, true, "")
}

func (s *Server) watchlistForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	wl, err := s.checkWatchlist(watchlistRequest{Name: r.PostFormValue("name"), Query: r.PostFormValue("query"), Webhook: r.PostFormValue("webhook")})
	if err == nil {
		wl.LastFact, err = s.maxFactID(r.Context())
	}
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	if err := s.st.SaveWatchlist(r.Context(), wl); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	http.Redirect(w, r, "/watchlists", http.StatusSeeOther)
}

// watchlistEditForm changes a watchlist's name, filter or webhook. An
// empty webhook field keeps the current one (public readers never see it,
// so the form cannot show it); "remove_webhook" removes it.
func (s *Server) watchlistEditForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	old, err := s.st.Watchlist(r.Context(), r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	req := watchlistRequest{Name: r.PostFormValue("name"), Query: r.PostFormValue("query"), Webhook: r.PostFormValue("webhook")}
	if strings.TrimSpace(req.Webhook) == "" {
		req.Webhook = old.Webhook
	}
	if r.PostFormValue("remove_webhook") != "" {
		req.Webhook = ""
	}
	wl, err := s.checkWatchlist(req)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	wl.ID, wl.Created, wl.LastFact, wl.LastError = old.ID, old.Created, old.LastFact, old.LastError
	if err := s.st.SaveWatchlist(r.Context(), wl); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	if wl.Query != old.Query || wl.Webhook != old.Webhook {
		// A new filter or receiver starts from now, as a new watchlist does.
		last, err := s.maxFactID(r.Context())
		if err == nil {
			err = s.st.MarkWatchlist(r.Context(), wl.ID, last, "")
		}
		if err != nil {
			s.handleErr(w, r, err, false)
			return
		}
	}
	http.Redirect(w, r, "/watchlists#wl-"+url.PathEscape(wl.ID), http.StatusSeeOther)
}

func (s *Server) watchlistDeleteForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	if err := s.st.DeleteWatchlist(r.Context(), r.PathValue("id")); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	http.Redirect(w, r, "/watchlists", http.StatusSeeOther)
}
