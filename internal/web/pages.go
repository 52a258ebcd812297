package web

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// pages are the parsed templates, one set per page.
type pages struct {
	t map[string]*template.Template
}

var pageNames = []string{"overview", "register", "country", "pair", "document", "system", "rankings", "deals", "search", "map", "watchlists", "error", "table", "help", "apiref", "prerendered"}

func parsePages(funcs template.FuncMap) (*pages, error) {
	p := &pages{t: map[string]*template.Template{}}
	for _, n := range pageNames {
		t, err := template.New(n).Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/parts.html", "templates/"+n+".html")
		if err != nil {
			return nil, err
		}
		p.t[n] = t
	}
	return p, nil
}

// view is what every page template gets.
type view struct {
	Title   string
	Nav     string
	Lang    string // language of the page's main text ("" is English)
	CSRF    string
	Review  bool // review forms are shown (a token is configured)
	Message string
	D       any
}

const csrfCookie = "armswatch_csrf"

// csrfToken returns the client's CSRF token, setting the cookie when it
// has none.
func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 32 {
		return c.Value
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	tok := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: tok, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return tok
}

// checkCSRF accepts a form post whose csrf field matches the cookie and
// whose Origin, when sent, is this host.
func checkCSRF(r *http.Request) bool {
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return false
		}
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) != 32 {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.PostFormValue("csrf"))) == 1
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, v view) {
	v.CSRF = csrfToken(w, r)
	v.Review = s.opts.Token != ""
	var buf bytes.Buffer
	if err := s.pages.t[name].ExecuteTemplate(&buf, "layout", v); err != nil {
		s.log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.render(w, r, code, "error", view{Title: http.StatusText(code), D: struct {
		Code int
		Msg  string
	}{code, msg}})
}

// rankRow is a ranking line with its partner's name and links.
type rankRow struct {
	domain.RankRow
	Name string
	Link string
}

// topN aggregates flows by one side.
func (s *Server) topN(flows []domain.Flow, bySupplier, byValue bool, n int) []rankRow {
	agg := map[string]*domain.RankRow{}
	for _, f := range flows {
		k := f.Recipient
		if bySupplier {
			k = f.Supplier
		}
		r := agg[k]
		if r == nil {
			r = &domain.RankRow{Party: k}
			agg[k] = r
		}
		r.ValueUSD += f.ValueUSD
		r.Facts += f.Facts
		r.LeftOut += f.LeftOut
	}
	rows := make([]rankRow, 0, len(agg))
	for _, r := range agg {
		rows = append(rows, rankRow{RankRow: *r, Name: s.countryName(r.Party), Link: "/countries/" + url.PathEscape(r.Party)})
	}
	slices.SortFunc(rows, func(a, b rankRow) int {
		if byValue {
			if c := cmp.Compare(b.ValueUSD, a.ValueUSD); c != 0 {
				return c
			}
		}
		if c := cmp.Compare(b.Facts, a.Facts); c != 0 {
			return c
		}
		if c := cmp.Compare(b.ValueUSD, a.ValueUSD); c != 0 {
			return c
		}
		return strings.Compare(a.Party, b.Party)
	})
	if byValue {
		rows = slices.DeleteFunc(rows, func(r rankRow) bool { return r.ValueUSD <= 0 })
	}
	return rows[:min(n, len(rows))]
}

type overviewData struct {
	Stats                  domain.Stats
	Latest                 []domain.RegisterFact
	SupByValue, SupByCount []rankRow
	RecByValue, RecByCount []rankRow
	Timeline               *timelineChart
	LeftOut                int // stated amounts with no dollar value, over the whole register
}

// overview reads the register's counts, flows and timeline at once (each
// is a scan of the whole register when it is not cached).
func (s *Server) overview(ctx context.Context) (overviewData, error) {
	var (
		d      overviewData
		latest domain.FactPage
		flows  []domain.Flow
		tl     []domain.YearCount
	)
	err := parallel(
		func() (err error) { d.Stats, err = cached(ctx, s, "stats", s.st.Stats); return err },
		func() (err error) {
			latest, err = s.st.QueryFacts(ctx, domain.FactQuery{Sort: "id", Desc: true, Filter: domain.Filter{Limit: 10}})
			return err
		},
		func() (err error) {
			flows, err = cachedQuery(ctx, s, "flows", domain.FactQuery{}, s.st.Flows)
			return err
		},
		func() (err error) {
			tl, err = cachedQuery(ctx, s, "timeline", domain.FactQuery{}, s.st.Timeline)
			return err
		},
	)
	if err != nil {
		return d, err
	}
	d.Latest = cleanFacts(latest.Facts)
	d.SupByValue, d.SupByCount = s.topN(flows, true, true, 10), s.topN(flows, true, false, 10)
	d.RecByValue, d.RecByCount = s.topN(flows, false, true, 10), s.topN(flows, false, false, 10)
	for _, f := range flows {
		d.LeftOut += f.LeftOut
	}
	d.Timeline = newTimeline("Facts per year by stage", tl)
	return d, nil
}

func (s *Server) overviewPage(w http.ResponseWriter, r *http.Request) {
	d, err := cached(r.Context(), s, "overview", s.overview)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "overview", view{Title: "Overview", Nav: "overview", D: d})
}

type registerData struct {
	Q         listQuery
	Page      domain.FactPage
	Form      url.Values
	Prev      string
	Next      string
	Pages     int
	CSV, JSON string
	Feed      string
	SortLinks map[string]string
	Regions   []string
}

func (s *Server) registerPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lq, err := s.parseList(q, 500)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	page, err := s.st.QueryFacts(r.Context(), lq.FactQuery)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	cleanFacts(page.Facts)
	d := registerData{Q: lq, Page: page, Form: q, Regions: regionChoices(s.lex)}
	d.Pages = max(1, (page.Total+lq.PerPage-1)/lq.PerPage)
	pp := ""
	if lq.PerPage != 50 {
		pp = strconv.Itoa(lq.PerPage)
	}
	if lq.Page > 1 {
		d.Prev = lq.Link("/register", "page", strconv.Itoa(lq.Page-1), "per_page", pp)
	}
	if lq.Page < d.Pages || (page.Capped && len(page.Facts) == lq.PerPage) {
		d.Next = lq.Link("/register", "page", strconv.Itoa(lq.Page+1), "per_page", pp)
	}
	d.CSV, d.JSON = lq.Link("/register.csv"), lq.Link("/register.json")
	d.SortLinks = map[string]string{}
	for _, f := range []string{"date", "type", "supplier", "recipient", "system", "value", "stage", "year"} {
		order := "desc"
		if lq.Sort == f && lq.Desc {
			order = "asc"
		}
		if lq.Sort == "" && f == "date" {
			order = "asc"
		}
		d.SortLinks[f] = lq.Link("/register", "sort", f, "order", order, "per_page", pp)
	}
	s.render(w, r, http.StatusOK, "register", view{Title: "Register", Nav: "register", D: d})
}

// regionChoices are the regions offered in the filter forms.
func regionChoices(lex *lexicon.Lexicon) []string {
	var out []string
	for _, r := range []string{"africa", "northern-africa", "sub-saharan-africa", "americas", "asia", "europe", "oceania", "mena", "nato", "eu", "asean", "gcc", "aes"} {
		if len(lex.Members(r)) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// side of a country page: its partners on one side.
type countryData struct {
	Code, Name, Region string
	AsSupplier         []rankRow // its recipients
	AsRecipient        []rankRow // its suppliers
	Facts              []domain.RegisterFact
	Total              int
	Capped             bool // more than Total
	Timeline           *timelineChart
	RegisterLink       string
	SupplierDeals      inlineDealList // deals it supplies
	RecipientDeals     inlineDealList // deals it receives
}

// countryData is a country's page, cached per register version.
func (s *Server) countryData(ctx context.Context, raw string) (countryData, error) {
	code, err := s.country("code", raw)
	if err != nil {
		return countryData{}, err
	}
	return cached(ctx, s, cacheKey("country", code), func(ctx context.Context) (countryData, error) {
		return s.computeCountry(ctx, code)
	})
}

func (s *Server) computeCountry(ctx context.Context, code string) (countryData, error) {
	c, _ := s.lex.Country(code)
	d := countryData{Code: code, Name: c.Name, Region: c.Region, RegisterLink: "/register?" + url.Values{"supplier": {code}}.Encode()}
	// Its rankings, facts, timeline and deals are independent reads.
	var (
		rec, sup []domain.RankRow
		page     domain.FactPage
		tl       []domain.YearCount
	)
	err := parallel(
		func() (err error) { rec, err = s.st.Rank(ctx, domain.RankQuery{Supplier: code, Limit: 50}); return err },
		func() (err error) {
			sup, err = s.st.Rank(ctx, domain.RankQuery{Recipient: code, Limit: 50})
			return err
		},
		func() (err error) {
			page, err = s.st.QueryFacts(ctx, domain.FactQuery{Party: code, Desc: true, Filter: domain.Filter{Limit: 100}})
			return err
		},
		func() (err error) { tl, err = s.st.Timeline(ctx, domain.FactQuery{Party: code}); return err },
		func() (err error) {
			d.SupplierDeals, err = s.inlineDealsFor(ctx, "Deals as a supplier", domain.FactQuery{Filter: domain.Filter{Supplier: code}},
				"/deals?"+url.Values{"supplier": {code}}.Encode())
			return err
		},
		func() (err error) {
			d.RecipientDeals, err = s.inlineDealsFor(ctx, "Deals as a recipient", domain.FactQuery{Filter: domain.Filter{Recipient: code}},
				"/deals?"+url.Values{"recipient": {code}}.Encode())
			return err
		},
	)
	if err != nil {
		return d, err
	}
	for _, r := range rec {
		d.AsSupplier = append(d.AsSupplier, rankRow{RankRow: r, Name: s.countryName(r.Party), Link: "/pairs/" + url.PathEscape(code) + "/" + url.PathEscape(r.Party)})
	}
	for _, r := range sup {
		d.AsRecipient = append(d.AsRecipient, rankRow{RankRow: r, Name: s.countryName(r.Party), Link: "/pairs/" + url.PathEscape(r.Party) + "/" + url.PathEscape(code)})
	}
	d.Facts, d.Total, d.Capped = cleanFacts(page.Facts), page.Total, page.Capped
	d.Timeline = newTimeline("Facts involving "+c.Name+" per year", tl)
	return d, nil
}

func (s *Server) countryPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.countryData(r.Context(), r.PathValue("code"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "country", view{Title: d.Name, D: d})
}

// sheetLine is one line of a fact sheet with its citations.
type sheetLine struct {
	Text  string
	Facts []domain.RegisterFact // the facts it rests on; each is a citation
}

// systemLine groups a pair's transfers of one system.
type systemLine struct {
	Name, Category, ID string
	Quantity           int // largest quantity stated
	Stages             []string
	Value              float64
	Facts              []domain.RegisterFact // cited
	Total              int                   // facts in all
	More               string                // the rest in the register
}

type pairData struct {
	Supplier, Recipient         string
	SupplierName, RecipientName string
	TotalValue                  float64
	TransferFacts               int
	Systems                     []systemLine
	Aggregates                  []sheetLine
	Assistance                  []sheetLine
	Agreements                  []sheetLine
	Memberships                 []sheetLine
	Exercises                   []sheetLine
	Timeline                    []domain.RegisterFact
	All                         []domain.RegisterFact
	Chart                       *timelineChart
	RegisterLink                string
	MoreFacts                   bool // Timeline lists the latest facts only
	Deals                       inlineDealList
	LeftOut                     int // stated amounts TotalValue leaves out
}

func (s *Server) pairData(ctx context.Context, rawS, rawR string) (pairData, error) {
	sup, err := s.country("supplier", rawS)
	if err != nil {
		return pairData{}, err
	}
	rec, err := s.country("recipient", rawR)
	if err != nil {
		return pairData{}, err
	}
	return cached(ctx, s, cacheKey("pair", [2]string{sup, rec}), func(ctx context.Context) (pairData, error) {
		return s.computePair(ctx, sup, rec)
	})
}

func (s *Server) computePair(ctx context.Context, sup, rec string) (pairData, error) {
	var err error
	d := pairData{Supplier: sup, Recipient: rec, SupplierName: s.countryName(sup), RecipientName: s.countryName(rec),
		RegisterLink: "/register?" + url.Values{"supplier": {sup}, "recipient": {rec}}.Encode()}
	if ps, ok := s.st.(domain.PairSheetReader); ok {
		err = s.pairSheet(ctx, ps, &d)
	} else {
		var rank []domain.RankRow
		if rank, err = s.st.Rank(ctx, domain.RankQuery{Supplier: sup, Recipient: rec, Limit: 1}); err == nil {
			if len(rank) > 0 {
				d.TotalValue, d.TransferFacts = rank[0].ValueUSD, rank[0].Facts
			}
			err = s.pairAllFacts(ctx, &d)
		}
	}
	if err != nil {
		return d, err
	}
	if d.LeftOut, err = s.pairLeftOut(ctx, sup, rec); err != nil {
		return d, err
	}
	if d.Deals, err = s.inlineDealsFor(ctx, "Deals", domain.FactQuery{Filter: domain.Filter{Supplier: sup, Recipient: rec}},
		"/deals?"+url.Values{"supplier": {sup}, "recipient": {rec}}.Encode()); err != nil {
		return d, err
	}
	return d, nil
}

// pairAllFacts builds a fact sheet from all the pair's facts (up to 2000),
// for registers that do not aggregate it themselves.
func (s *Server) pairAllFacts(ctx context.Context, d *pairData) error {
	page, err := s.st.QueryFacts(ctx, domain.FactQuery{PairSupplier: d.Supplier, PairRecipient: d.Recipient, Sort: "year", Filter: domain.Filter{Limit: 2000}})
	if err != nil {
		return err
	}
	d.All = cleanFacts(page.Facts)
	bySystem := map[string]*systemLine{}
	var order []string
	line := func(f domain.RegisterFact) sheetLine {
		return sheetLine{Text: s.describe(f), Facts: []domain.RegisterFact{f}}
	}
	for _, f := range d.All {
		switch f.Type {
		case domain.TypeTransfer:
			key := systemName(f.System)
			if f.System != nil && f.System.ID != "" {
				key = f.System.ID
			}
			sl := bySystem[key]
			if sl == nil {
				sl = &systemLine{Name: systemName(f.System)}
				if f.System != nil {
					sl.Category, sl.ID = f.System.Category, f.System.ID
				}
				bySystem[key] = sl
				order = append(order, key)
			}
			sl.Quantity = max(sl.Quantity, f.Quantity)
			sl.Value = max(sl.Value, f.ValueUSD)
			if f.Stage != "" && !slices.Contains(sl.Stages, f.Stage) {
				sl.Stages = append(sl.Stages, f.Stage)
			}
			sl.Facts = append(sl.Facts, f)
		case domain.TypeAggregate:
			d.Aggregates = append(d.Aggregates, line(f))
		case domain.TypeAssistance:
			d.Assistance = append(d.Assistance, line(f))
		case domain.TypeAgreement:
			d.Agreements = append(d.Agreements, line(f))
		case domain.TypeMembership:
			d.Memberships = append(d.Memberships, line(f))
		case domain.TypeExercise:
			d.Exercises = append(d.Exercises, line(f))
		}
	}
	for _, k := range order {
		sl := bySystem[k]
		slices.SortFunc(sl.Stages, func(a, b string) int { return slices.Index(stages, a) - slices.Index(stages, b) })
		d.Systems = append(d.Systems, *sl)
	}
	d.Timeline = slices.Clone(d.All)
	sort.SliceStable(d.Timeline, func(i, j int) bool { return yearOf(d.Timeline[i]) < yearOf(d.Timeline[j]) })
	var counts []domain.YearCount
	for _, f := range d.All {
		if y := yearOf(f); y > 0 {
			counts = append(counts, domain.YearCount{Year: y, Stage: f.Stage, Facts: 1})
		}
	}
	d.Chart = newTimeline(d.SupplierName+" and "+d.RecipientName+": facts per year", counts)
	return nil
}

// yearOf is a fact's year, else its document's.
func yearOf(f domain.RegisterFact) int {
	if f.Year > 0 {
		return f.Year
	}
	if len(f.Published) >= 4 {
		y, _ := strconv.Atoi(f.Published[:4])
		return y
	}
	return 0
}

func (s *Server) pairPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.pairData(r.Context(), r.PathValue("supplier"), r.PathValue("recipient"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "pair", view{Title: d.SupplierName + " security cooperation with " + d.RecipientName, D: d})
}

// segment is a piece of a document's text, highlighted when it is some
// facts' evidence.
type segment struct {
	Text string
	Mark bool
	IDs  []int // ordinals of the facts whose evidence it is
}

// segments cuts text at the facts' evidence spans (rune offsets). Spans out
// of range are ignored; overlapping spans are merged.
func segments(text string, facts []domain.RegisterFact) []segment {
	runes := []rune(text)
	type span struct {
		start, end int
		ids        []int
	}
	var spans []span
	for _, f := range facts {
		st, en := f.Evidence.Start, f.Evidence.End
		if st < 0 || en > len(runes) || st >= en {
			continue
		}
		spans = append(spans, span{st, en, []int{f.Ordinal}})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(a.start-b.start, b.end-a.end) })
	var merged []span
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, sp.end)
			merged[n-1].ids = append(merged[n-1].ids, sp.ids...)
			continue
		}
		merged = append(merged, sp)
	}
	var out []segment
	pos := 0
	for _, sp := range merged {
		if sp.start > pos {
			out = append(out, segment{Text: string(runes[pos:sp.start])})
		}
		out = append(out, segment{Text: string(runes[sp.start:sp.end]), Mark: true, IDs: sp.ids})
		pos = sp.end
	}
	if pos < len(runes) {
		out = append(out, segment{Text: string(runes[pos:])})
	}
	return out
}

type documentData struct {
	Doc      *domain.Document
	Dir      string
	Web      string
	Segments []segment
	Facts    []domain.RegisterFact
	Chars    int
	// Sentences are what the add-fact form offers as evidence.
	Sentences []sentenceSpan
}

func (s *Server) documentData(ctx context.Context, id string) (documentData, error) {
	doc, err := s.st.Document(ctx, id)
	if err != nil {
		return documentData{}, err
	}
	page, err := s.st.QueryFacts(ctx, domain.FactQuery{DocumentID: id, Sort: "id", IncludeRejected: true, Filter: domain.Filter{Limit: 5000}})
	if err != nil {
		return documentData{}, err
	}
	d := documentData{Doc: doc, Facts: cleanFacts(page.Facts), Web: webURL(doc.Source), Chars: utf8.RuneCountInString(doc.Text)}
	slices.SortFunc(d.Facts, func(a, b domain.RegisterFact) int { return a.Ordinal - b.Ordinal })
	doc.Title, doc.Source, doc.Site = stripBidi(doc.Title), stripBidi(doc.Source), stripBidi(doc.Site)
	d.Dir = "ltr"
	if isRTL(doc.Language) {
		d.Dir = "rtl"
	}
	d.Segments = segments(stripBidi(doc.Text), d.Facts)
	d.Sentences = sentenceSpans(doc.Text, 2000)
	for i := range d.Sentences {
		d.Sentences[i].Text = stripBidi(d.Sentences[i].Text)
	}
	return d, nil
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.documentData(r.Context(), r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	title := d.Doc.Title
	if title == "" {
		title = sourceLabel(d.Doc.Source)
	}
	s.render(w, r, http.StatusOK, "document", view{Title: title, Lang: d.Doc.Language, D: d})
}

type systemData struct {
	ID     string
	Known  bool
	System lexicon.System
	Origin string
	Name   string
	Facts  []domain.RegisterFact
	Buyers []rankRow
	Total  int
}

func (s *Server) systemData(ctx context.Context, id string) (systemData, error) {
	d := systemData{ID: id}
	d.System, d.Known = s.lex.System(id)
	page, err := s.st.QueryFacts(ctx, domain.FactQuery{SystemID: id, Sort: "year", Filter: domain.Filter{Type: domain.TypeTransfer, Limit: 2000}})
	if err != nil {
		return d, err
	}
	if !d.Known && page.Total == 0 {
		return d, errNotFound
	}
	d.Facts, d.Total = cleanFacts(page.Facts), page.Total
	d.Name = d.System.Name
	if d.Name == "" && len(d.Facts) > 0 {
		d.Name = systemName(d.Facts[0].System)
	}
	if d.Name == "" {
		d.Name = id
	}
	d.Origin = s.countryName(d.System.Origin)
	var flows []domain.Flow
	for _, f := range d.Facts {
		if f.Recipient != nil {
			flows = append(flows, domain.Flow{Recipient: f.Recipient.String(), ValueUSD: f.ValueUSD, Facts: 1})
		}
	}
	d.Buyers = s.topN(flows, false, false, 50)
	return d, nil
}

func (s *Server) systemPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.systemData(r.Context(), r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "system", view{Title: d.Name, D: d})
}

type rankingsData struct {
	Form     url.Values
	Heading  string
	Rows     []rankRow
	Query    domain.RankQuery
	Regions  []string
	Answered bool
}

func (s *Server) rankingsData(q url.Values) (domain.RankQuery, string, error) {
	var rq domain.RankQuery
	var err error
	if v := q.Get("supplier"); v != "" {
		if rq.Supplier, err = s.country("supplier", v); err != nil {
			return rq, "", err
		}
	}
	if v := q.Get("recipient"); v != "" {
		if rq.Recipient, err = s.country("recipient", v); err != nil {
			return rq, "", err
		}
	}
	region := strings.TrimSpace(q.Get("region"))
	if region != "" {
		if rq.Within = s.lex.Members(region); len(rq.Within) == 0 {
			return rq, "", badParam("region", "unknown region %q", region)
		}
	}
	if rq.By, err = oneOf(q, "by", []string{"value", "count"}); err != nil {
		return rq, "", err
	}
	if rq.By == "" {
		rq.By = "value"
	}
	if rq.Since, err = intParam(q, "since", 1900, 2100, 0); err != nil {
		return rq, "", err
	}
	if rq.Until, err = intParam(q, "until", 1900, 2100, 0); err != nil {
		return rq, "", err
	}
	if rq.Limit, err = intParam(q, "limit", 1, 500, 20); err != nil {
		return rq, "", err
	}
	if rq.MinConfidence, err = confidenceParam(q, "min_confidence"); err != nil {
		return rq, "", err
	}
	if rq.Constant, err = constantParam(q); err != nil {
		return rq, "", err
	}
	var h string
	switch {
	case rq.Supplier != "" && rq.Recipient == "":
		h = "Recipients of arms from " + s.countryName(rq.Supplier)
	case rq.Recipient != "" && rq.Supplier == "":
		h = "Suppliers of arms to " + s.countryName(rq.Recipient)
	case rq.Supplier != "":
		h = s.countryName(rq.Supplier) + " to " + s.countryName(rq.Recipient)
	default:
		h = "Arms suppliers"
	}
	if region != "" {
		h += " in " + region
	}
	if rq.Since > 0 || rq.Until > 0 {
		h += ", " + yearRange(rq.Since, rq.Until)
	}
	h += ", by " + rq.By
	return rq, h, nil
}

func yearRange(since, until int) string {
	switch {
	case since > 0 && until > 0:
		return strconv.Itoa(since) + "–" + strconv.Itoa(until)
	case since > 0:
		return "since " + strconv.Itoa(since)
	}
	return "until " + strconv.Itoa(until)
}

func (s *Server) rankRows(ctx context.Context, rq domain.RankQuery) ([]rankRow, error) {
	rows, err := cachedQuery(ctx, s, "rank", rq, s.st.Rank)
	if err != nil {
		return nil, err
	}
	out := make([]rankRow, 0, len(rows))
	for _, r := range rows {
		rr := rankRow{RankRow: r, Name: s.countryName(r.Party), Link: "/countries/" + url.PathEscape(r.Party)}
		switch {
		case rq.Supplier != "":
			rr.Link = "/pairs/" + url.PathEscape(rq.Supplier) + "/" + url.PathEscape(r.Party)
		case rq.Recipient != "":
			rr.Link = "/pairs/" + url.PathEscape(r.Party) + "/" + url.PathEscape(rq.Recipient)
		}
		out = append(out, rr)
	}
	return out, nil
}

func (s *Server) rankingsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rq, heading, err := s.rankingsData(q)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	rows, err := s.rankRows(r.Context(), rq)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d := rankingsData{Form: q, Heading: heading, Rows: rows, Query: rq, Regions: regionChoices(s.lex)}
	s.render(w, r, http.StatusOK, "rankings", view{Title: "Rankings", Nav: "rankings", D: d})
}

type searchData struct {
	Q          string
	Hits       []domain.SearchHit
	Total      int
	Capped     bool
	From       int // first hit's rank, from 1
	Prev, Next string
}

// searchPerPage is how many hits a search page shows.
const searchPerPage = 50

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 500 {
		s.handleErr(w, r, badParam("q", "too long"), false)
		return
	}
	pg, err := intParam(r.URL.Query(), "page", 1, domain.SearchCountCap/searchPerPage, 1)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d := searchData{Q: q, From: (pg-1)*searchPerPage + 1}
	if q != "" {
		page, err := s.searchPageOf(r.Context(), q, searchPerPage, (pg-1)*searchPerPage)
		if err != nil {
			s.handleErr(w, r, err, false)
			return
		}
		d.Hits, d.Total, d.Capped = page.Hits, page.Total, page.Capped
		for i := range d.Hits {
			d.Hits[i].Title, d.Hits[i].Source = stripBidi(d.Hits[i].Title), stripBidi(d.Hits[i].Source)
		}
		link := func(p int) string { return "/search?" + url.Values{"q": {q}, "page": {strconv.Itoa(p)}}.Encode() }
		if pg > 1 {
			d.Prev = link(pg - 1)
		}
		if pg*searchPerPage < d.Total {
			d.Next = link(pg + 1)
		}
	}
	s.render(w, r, http.StatusOK, "search", view{Title: "Search", Nav: "search", D: d})
}
