package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file holds the API's list endpoints (countries, regions, systems,
// documents) and its paged search. Every list answers one JSON object:
// the items in an array under a named key, with total, limit, offset and
// the next page's URL when there is one.

// pageParams reads limit (1..max, default def) and offset.
func pageParams(q url.Values, max, def int) (limit, offset int, err error) {
	if limit, err = intParam(q, "limit", 1, max, def); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(q, "offset", 0, 100_000_000, 0); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// listPage is the envelope of the list endpoints.
type listPage struct {
	Total  int    `json:"total"`
	Capped bool   `json:"total_capped,omitempty"`
	Limit  int    `json:"limit"`
	Offset int    `json:"offset"`
	Next   string `json:"next,omitempty"`
}

func newListPage(path string, q url.Values, total, limit, offset int) listPage {
	p := listPage{Total: total, Limit: limit, Offset: offset}
	if offset+limit < total {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("limit", strconv.Itoa(limit))
		v.Set("offset", strconv.Itoa(offset+limit))
		p.Next = path + "?" + v.Encode()
	}
	return p
}

type countryJSON struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Region    string  `json:"region,omitempty"`
	Subregion string  `json:"subregion,omitempty"`
	Supplied  int     `json:"supplied_facts"` // transfers and aggregates it supplied
	Received  int     `json:"received_facts"`
	SentUSD   float64 `json:"supplied_value_usd"`
	GotUSD    float64 `json:"received_value_usd"`
	URL       string  `json:"url"`
}

// apiCountries lists the countries of the lexicon with what the register
// holds of their transfers (GET /api/v1/countries?q=&region=&with_facts=).
func (s *Server) apiCountries(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := pageParams(q, 1000, 300)
	if err == nil {
		_, err = boolParam(q, "with_facts")
	}
	var members []string
	if reg := strings.TrimSpace(q.Get("region")); err == nil && reg != "" {
		if members = s.lex.Members(reg); len(members) == 0 {
			err = badParam("region", "unknown region %q (GET /api/v1/regions lists them)", reg)
		}
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	withFacts, _ := boolParam(q, "with_facts")
	text := strings.ToLower(strings.TrimSpace(q.Get("q")))
	flows, err := cachedQuery(r.Context(), s, "flows", domain.FactQuery{}, s.st.Flows)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	type sums struct {
		sup, rec       int
		supUSD, recUSD float64
	}
	by := map[string]*sums{}
	get := func(c string) *sums {
		c = strings.ToUpper(c)
		if by[c] == nil {
			by[c] = &sums{}
		}
		return by[c]
	}
	for _, f := range flows {
		a, b := get(f.Supplier), get(f.Recipient)
		a.sup, a.supUSD = a.sup+f.Facts, a.supUSD+f.ValueUSD
		b.rec, b.recUSD = b.rec+f.Facts, b.recUSD+f.ValueUSD
	}
	all := []countryJSON{}
	for _, c := range s.lex.Countries {
		if members != nil && !slices.Contains(members, c.Code) {
			continue
		}
		if text != "" && !strings.Contains(strings.ToLower(c.Name), text) && !strings.EqualFold(c.Code, text) {
			continue
		}
		cj := countryJSON{Code: c.Code, Name: c.Name, Region: c.Region, Subregion: c.Subregion, URL: "/api/v1/countries/" + c.Code}
		if sm := by[c.Code]; sm != nil {
			cj.Supplied, cj.Received, cj.SentUSD, cj.GotUSD = sm.sup, sm.rec, sm.supUSD, sm.recUSD
		}
		if withFacts && cj.Supplied+cj.Received == 0 {
			continue
		}
		all = append(all, cj)
	}
	writeJSON(w, http.StatusOK, struct {
		listPage
		Countries []countryJSON `json:"countries"`
	}{newListPage("/api/v1/countries", q, len(all), limit, offset), pageOf(all, offset, limit)})
}

type regionJSON struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Members []string `json:"members"`
}

// apiRegions lists the regions and groupings a region, supplier or
// recipient parameter accepts, with their member countries.
func (s *Server) apiRegions(w http.ResponseWriter, r *http.Request) {
	names := map[string]string{}
	for _, a := range s.lex.RegionNames {
		if _, ok := names[a.ID]; !ok && (a.Lang == "en" || a.Lang == "*") {
			names[a.ID] = a.Text
		}
	}
	out := []regionJSON{}
	for _, id := range s.lex.Regions() {
		m := s.lex.Members(id)
		if len(m) == 0 {
			continue
		}
		out = append(out, regionJSON{ID: id, Name: firstNonEmpty(names[id], id), Members: m})
	}
	writeJSON(w, http.StatusOK, struct {
		Total   int          `json:"total"`
		Regions []regionJSON `json:"regions"`
	}{len(out), out})
}

type systemJSON struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Designation string   `json:"designation,omitempty"`
	Category    string   `json:"category,omitempty"`
	Origin      string   `json:"origin,omitempty"`
	Maker       string   `json:"maker,omitempty"`
	Aliases     []string `json:"aliases"`
	URL         string   `json:"url"`
}

// apiSystems lists the lexicon's weapon systems (?q= matches names,
// designations and aliases; ?category=, ?origin=). Aliases are listed
// here and on /api/v1/systems/{id}, not in every fact.
func (s *Server) apiSystems(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := pageParams(q, 1000, 100)
	var cat, origin string
	if err == nil {
		cat, err = oneOf(q, "category", domain.Categories)
	}
	if v := strings.TrimSpace(q.Get("origin")); err == nil && v != "" {
		origin, err = s.country("origin", v)
	}
	text := strings.ToLower(strings.TrimSpace(q.Get("q")))
	if err == nil && len(text) > 200 {
		err = badParam("q", "too long")
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	all := []systemJSON{}
	for _, sy := range s.lex.Systems {
		if (cat != "" && sy.Category != cat) || (origin != "" && sy.Origin != origin) {
			continue
		}
		if text != "" && !slices.ContainsFunc(append([]string{sy.ID, sy.Name, sy.Designation}, sy.Aliases...), func(a string) bool {
			return strings.Contains(strings.ToLower(a), text)
		}) {
			continue
		}
		al := sy.Aliases
		if al == nil {
			al = []string{}
		}
		all = append(all, systemJSON{ID: sy.ID, Name: sy.Name, Designation: sy.Designation, Category: sy.Category,
			Origin: sy.Origin, Maker: sy.Maker, Aliases: al, URL: "/api/v1/systems/" + url.PathEscape(sy.ID)})
	}
	writeJSON(w, http.StatusOK, struct {
		listPage
		Systems []systemJSON `json:"systems"`
	}{newListPage("/api/v1/systems", q, len(all), limit, offset), pageOf(all, offset, limit)})
}

type documentItem struct {
	domain.DocumentSummary
	URL string `json:"url"`
}

// apiDocuments lists the stored documents, newest published first.
func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	dl, ok := s.st.(domain.DocumentLister)
	if !ok {
		writeError(w, http.StatusNotImplemented, "", "this store does not list documents")
		return
	}
	q := r.URL.Query()
	limit, offset, err := pageParams(q, 1000, 100)
	dq := domain.DocumentQuery{Limit: limit, Offset: offset}
	if l := strings.ToLower(strings.TrimSpace(q.Get("lang"))); err == nil && l != "" {
		if len(l) < 2 || len(l) > 3 || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz") != "" {
			err = badParam("lang", "want a language code such as en, fr, ar, es")
		}
		dq.Language = l
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	page, err := dl.ListDocuments(r.Context(), dq)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	items := make([]documentItem, 0, len(page.Documents))
	for _, d := range page.Documents {
		items = append(items, documentItem{DocumentSummary: d, URL: "/api/v1/documents/" + url.PathEscape(d.ID)})
	}
	writeJSON(w, http.StatusOK, struct {
		listPage
		Documents []documentItem `json:"documents"`
	}{newListPage("/api/v1/documents", q, page.Total, limit, offset), items})
}

// searchHitJSON is a search hit in the API: the snippet as plain text and
// the matches as [start, end) offsets in it, counted in Unicode code
// points (as evidence offsets are).
type searchHitJSON struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Title      string   `json:"title"`
	Language   string   `json:"language"`
	Published  string   `json:"published,omitempty"`
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"highlights"`
	URL        string   `json:"url"`
}

// splitHighlights removes the store's highlight markers from a snippet and
// returns the marked spans as code point offsets into what remains.
func splitHighlights(snippet string) (string, [][2]int) {
	var (
		b     strings.Builder
		spans = [][2]int{}
		n     int // code points written
		start = -1
	)
	for _, r := range snippet {
		switch string(r) {
		case domain.HighlightStart:
			if start < 0 {
				start = n
			}
			continue
		case domain.HighlightEnd:
			if start >= 0 && n > start {
				spans = append(spans, [2]int{start, n})
			}
			start = -1
			continue
		}
		b.WriteRune(r)
		n++
	}
	if start >= 0 && n > start {
		spans = append(spans, [2]int{start, n})
	}
	return b.String(), spans
}

// searchPage runs a paged search: through the store's SearchPager when it
// has one, else one page from Search (total unknown beyond it).
func (s *Server) searchPageOf(ctx context.Context, text string, limit, offset int) (domain.SearchPage, error) {
	if sp, ok := s.st.(domain.SearchPager); ok {
		return sp.SearchPage(ctx, domain.SearchQuery{Text: text, Limit: limit, Offset: offset})
	}
	hits, err := s.st.Search(ctx, text, offset+limit)
	if err != nil {
		return domain.SearchPage{}, err
	}
	return domain.SearchPage{Total: len(hits), Hits: pageOf(hits, offset, limit)}, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		s.handleErr(w, r, badParam("q", "required"), true)
		return
	}
	if len(text) > 500 {
		s.handleErr(w, r, badParam("q", "too long"), true)
		return
	}
	limit, offset, err := pageParams(q, 200, 20)
	if err == nil && offset > domain.SearchCountCap {
		err = badParam("offset", "at most %d", domain.SearchCountCap)
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	page, err := s.searchPageOf(r.Context(), text, limit, offset)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	hits := make([]searchHitJSON, 0, len(page.Hits))
	for _, h := range page.Hits {
		sn, spans := splitHighlights(h.Snippet)
		hits = append(hits, searchHitJSON{ID: h.ID, Source: h.Source, Title: h.Title, Language: h.Language,
			Published: h.Published, Snippet: sn, Highlights: spans, URL: "/documents/" + url.PathEscape(h.ID)})
	}
	lp := newListPage("/api/v1/search", q, page.Total, limit, offset)
	lp.Capped = page.Capped
	writeJSON(w, http.StatusOK, struct {
		listPage
		Hits []searchHitJSON `json:"hits"`
	}{lp, hits})
}
