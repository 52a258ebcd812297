package web

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
)

// watchlistRequest creates a watchlist.
type watchlistRequest struct {
	Name    string `json:"name"`
	Query   string `json:"query"` // URL query of /register: "supplier=US&region=africa"
	Webhook string `json:"webhook,omitempty"`
}

// checkWatchlist validates a new watchlist: its query must parse as a
// register query and its webhook be an http(s) URL.
func (s *Server) checkWatchlist(req watchlistRequest) (*domain.Watchlist, error) {
	name := strings.TrimSpace(req.Name)
	if name == "" || len(name) > 200 {
		return nil, badParam("name", "required, at most 200 bytes")
	}
	q := strings.TrimPrefix(strings.TrimSpace(req.Query), "?")
	if len(q) > 2000 {
		return nil, badParam("query", "too long")
	}
	vals, err := url.ParseQuery(q)
	if err != nil {
		return nil, badParam("query", "not a URL query: %v", err)
	}
	lq, err := s.parseList(vals, 1000)
	if err != nil {
		return nil, badParam("query", "%v", err)
	}
	wl := &domain.Watchlist{Name: name, Query: lq.Values.Encode()}
	if h := strings.TrimSpace(req.Webhook); h != "" {
		if wl.Webhook, err = s.checkWebhook(h); err != nil {
			return nil, err
		}
	}
	return wl, nil
}

func (s *Server) apiWatchlists(w http.ResponseWriter, r *http.Request) {
	wls, err := s.st.Watchlists(r.Context())
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	for i := range wls {
		wls[i] = s.forReader(r, wls[i])
	}
	writeJSON(w, http.StatusOK, map[string]any{"watchlists": wls})
}

func (s *Server) apiWatchlist(w http.ResponseWriter, r *http.Request) {
	wl, err := s.st.Watchlist(r.Context(), r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, s.forReader(r, wl))
}

func (s *Server) apiCreateWatchlist(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r, false) {
		s.unauthorized(w)
		return
	}
	var req watchlistRequest
	if err := decodeJSON(r, &req); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	wl, err := s.checkWatchlist(req)
	if err == nil {
		wl.LastFact, err = s.maxFactID(r.Context()) // from now on: no backlog on the first delivery
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if err := s.st.SaveWatchlist(r.Context(), wl); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	w.Header().Set("Location", "/api/v1/watchlists/"+url.PathEscape(wl.ID))
	writeJSON(w, http.StatusCreated, wl)
}

func (s *Server) apiDeleteWatchlist(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r, false) {
		s.unauthorized(w)
		return
	}
	if err := s.st.DeleteWatchlist(r.Context(), r.PathValue("id")); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// watchQuery is a watchlist's register query, newest facts first.
func (s *Server) watchQuery(wl domain.Watchlist, limit int) (domain.FactQuery, error) {
	vals, err := url.ParseQuery(wl.Query)
	if err != nil {
		return domain.FactQuery{}, err
	}
	lq, err := s.parseList(vals, 1000)
	if err != nil {
		return domain.FactQuery{}, err
	}
	q := lq.FactQuery
	q.Sort, q.Desc, q.Limit, q.Offset = "id", true, limit, 0
	return q, nil
}

// Atom 1.0 (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary string     `xml:"summary"`
}

// feed serves /feeds/{id}.atom: a watchlist's newest matching facts.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(r.PathValue("file"), ".atom")
	if !ok {
		s.renderError(w, r, http.StatusNotFound, "feeds end in .atom")
		return
	}
	wl, err := s.st.Watchlist(r.Context(), id)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	q, err := s.watchQuery(wl, 50)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	page, err := s.st.QueryFacts(r.Context(), q)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	updated := wl.Created.UTC().Format(time.RFC3339)
	f := atomFeed{ID: "urn:armswatch:watchlist:" + wl.ID, Title: "armswatch: " + stripBidi(wl.Name), Updated: updated,
		Author: atomAuthor{Name: "armswatch"},
		Links: []atomLink{{Href: s.absURL(feedPath(wl)), Rel: "self", Type: "application/atom+xml"},
			{Href: s.absURL(registerPath(wl)), Rel: "alternate", Type: "text/html"}}}
	for _, fact := range cleanFacts(page.Facts) {
		at := updated
		if len(fact.Published) == 10 {
			at = fact.Published + "T00:00:00Z"
		}
		if at > f.Updated {
			f.Updated = at
		}
		f.Entries = append(f.Entries, atomEntry{
			ID:      fmt.Sprintf("urn:armswatch:fact:%s:%d", fact.DocumentID, fact.Ordinal),
			Title:   s.describe(fact),
			Updated: at,
			Links:   []atomLink{{Href: s.absURL(citeURL(fact)), Rel: "alternate", Type: "text/html"}},
			Summary: fact.Evidence.Text + " (" + sourceLabel(fact.Source) + ")",
		})
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_, _ = w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		s.log.Error("feed", "err", err)
	}
}

// webhookPayload is what a watchlist's webhook receives. The links are
// there when the server has a base URL.
type webhookPayload struct {
	Watchlist domain.Watchlist      `json:"watchlist"`
	Register  string                `json:"register,omitempty"` // the watchlist's filter on /register
	Feed      string                `json:"feed,omitempty"`     // its Atom feed
	Facts     []domain.RegisterFact `json:"facts"`
	Links     []string              `json:"links,omitempty"` // each fact's sentence in its document, in order
}

func feedPath(wl domain.Watchlist) string     { return "/feeds/" + url.PathEscape(wl.ID) + ".atom" }
func registerPath(wl domain.Watchlist) string { return "/register?" + wl.Query }

// newPayload is the webhook payload of wl's new facts.
func (s *Server) newPayload(wl domain.Watchlist, facts []domain.RegisterFact) webhookPayload {
	wl.LastError = ""
	p := webhookPayload{Watchlist: wl, Facts: withoutAliases(facts)}
	if s.opts.BaseURL != "" {
		p.Register, p.Feed = s.absURL(registerPath(wl)), s.absURL(feedPath(wl))
		for _, f := range facts {
			p.Links = append(p.Links, s.absURL(citeURL(f)))
		}
	}
	return p
}

// NotifyWatchlists posts each watchlist's new matching facts (those with
// ids above the last one delivered) to its webhook, trying each delivery
// up to three times with a growing pause. It returns how many webhooks
// were delivered. A failed delivery is recorded and tried again on the
// next call.
func (s *Server) NotifyWatchlists(ctx context.Context) (int, error) {
	wls, err := s.st.Watchlists(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, wl := range wls {
		if wl.Webhook == "" {
			continue
		}
		q, err := s.watchQuery(wl, 500)
		if err != nil {
			_ = s.st.MarkWatchlist(ctx, wl.ID, wl.LastFact, err.Error())
			continue
		}
		q.MinID = wl.LastFact
		page, err := s.st.QueryFacts(ctx, q)
		if err != nil {
			return sent, err
		}
		if len(page.Facts) == 0 {
			continue
		}
		last := wl.LastFact
		for _, f := range page.Facts {
			last = max(last, f.ID)
		}
		body, err := json.Marshal(s.newPayload(wl, page.Facts))
		if err != nil {
			return sent, err
		}
		if err := s.post(ctx, wl.Webhook, body); err != nil {
			s.log.Warn("webhook delivery failed", "watchlist", wl.ID, "err", source.RedactURL(err.Error()))
			_ = s.st.MarkWatchlist(ctx, wl.ID, wl.LastFact, deliveryError(err))
			continue
		}
		if err := s.st.MarkWatchlist(ctx, wl.ID, last, ""); err != nil {
			return sent, err
		}
		sent++
	}
	return sent, nil
}

// webhookTries is how many times a delivery is attempted.
const webhookTries = 3

func (s *Server) post(ctx context.Context, hook string, body []byte) error {
	var last error
	for try := 0; try < webhookTries; try++ {
		if try > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(try*try) * 200 * time.Millisecond):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", "armswatch-webhook/1")
		resp, err := s.opts.HTTPClient.Do(req)
		if err != nil {
			if errors.Is(err, source.ErrPrivateAddress) {
				return err // refused by the guard: trying again will not help
			}
			last = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode < 300 {
			return nil
		}
		last = &hookStatusError{status: resp.Status}
		if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			return last // the receiver refuses: trying again will not help
		}
	}
	return last
}

// RunNotifier calls NotifyWatchlists every interval until ctx is done.
func (s *Server) RunNotifier(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.NotifyWatchlists(ctx); err != nil {
				s.log.Error("watchlists", "err", err)
			}
		}
	}
}
