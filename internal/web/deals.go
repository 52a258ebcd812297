package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
)

// Deals are computed on request: the facts a query selects are merged by
// resolve.Resolve (with the store's near-duplicate groups, so that sources
// are counted by story). The stage and year filters apply to whole deals.
const (
	// dealFactsMax bounds the facts /deals and /api/v1/deals resolve; a
	// larger selection is refused with a 400 asking for a narrower filter.
	dealFactsMax = 200_000
	// inlineDealFactsMax bounds the facts the pair and country pages
	// resolve; above it they link to /deals instead.
	inlineDealFactsMax = 5000
	// dealCites is how many of a deal's facts a page cites (the latest).
	dealCites = 3
	// inlineDeals is how many deals the pair and country pages list.
	inlineDeals = 25
)

// dealSet is the deals of a selection with the facts they rest on.
type dealSet struct {
	Deals   []domain.Deal
	facts   map[int64]domain.RegisterFact
	TooMany bool // the selection holds more facts than could be resolved
	Marked  bool // the transfer deals are marked against a reference register
}

var errNoDeals = errors.New("this register cannot resolve deals")

// resolveDeals merges the facts lq selects into deals and keeps those
// matching lq's stage and years. max bounds the facts resolved.
func (s *Server) resolveDeals(ctx context.Context, lq domain.FactQuery, max int) (dealSet, error) {
	return cached(ctx, s, cacheKey(fmt.Sprintf("deals/%d", max), lq), func(ctx context.Context) (dealSet, error) {
		return s.computeDeals(ctx, lq, max)
	})
}

func (s *Server) computeDeals(ctx context.Context, lq domain.FactQuery, max int) (dealSet, error) {
	dr, ok := s.st.(domain.DealRegister)
	if !ok {
		return dealSet{}, errNoDeals
	}
	facts, more, err := dr.DealSelection(ctx, lq, max)
	if err != nil {
		return dealSet{}, err
	}
	if more {
		return dealSet{TooMany: true}, nil
	}
	groups, err := dr.DealGroups(ctx)
	if err != nil {
		return dealSet{}, err
	}
	ds := dealSet{facts: make(map[int64]domain.RegisterFact, len(facts))}
	stored := make([]domain.StoredFact, len(facts))
	for i, f := range facts {
		stored[i] = f.StoredFact
		ds.facts[f.ID] = f
	}
	deals := resolve.Resolve(stored, resolve.Options{Groups: groups})
	if rr, ok := s.st.(domain.ReferenceRegister); ok {
		refs, err := rr.Reference(ctx)
		if err != nil {
			return dealSet{}, err
		}
		if len(refs) > 0 {
			resolve.MarkReference(deals, refs)
			ds.Marked = true
		}
	}
	ds.Deals = deals[:0]
	for _, d := range deals {
		if lq.Stage != "" && !slices.ContainsFunc(d.Stages, func(st domain.DealStage) bool { return st.Stage == lq.Stage }) {
			continue
		}
		if lq.Since > 0 || lq.Until > 0 {
			lo, hi := ds.years(d)
			if lo == 0 || (lq.Since > 0 && hi < lq.Since) || (lq.Until > 0 && lo > lq.Until) {
				continue
			}
		}
		ds.Deals = append(ds.Deals, d)
	}
	return ds, nil
}

// years is the span of a deal's facts' years (each fact's own, else its
// document's); 0, 0 when none is known.
func (ds dealSet) years(d domain.Deal) (lo, hi int) {
	for _, id := range d.FactIDs {
		if y := yearOf(ds.facts[id]); y > 0 {
			if lo == 0 || y < lo {
				lo = y
			}
			hi = max(hi, y)
		}
	}
	return lo, hi
}

// dealRow is a deal as the pages show it.
type dealRow struct {
	domain.Deal
	What                        string
	SupplierName, RecipientName string
	SupplierLink, RecipientLink string
	SystemLink                  string
	Stages                      []string // "ordered 2021 (reported 2024-04-26)", "delivered 2024-04"
	Quantity, Value             string   // best figures
	TIV                         string   // SIPRI's TIV of the matching reference row (millions)
	Cites                       []domain.RegisterFact
	More                        int    // facts not cited
	FactsLink                   string // the deal's facts in the register
}

// rows turns deals into dealRows, citing each deal's latest facts.
func (s *Server) dealRows(ds dealSet, deals []domain.Deal) []dealRow {
	out := make([]dealRow, 0, len(deals))
	for _, d := range deals {
		r := dealRow{Deal: d, What: dealWhat(d)}
		r.SupplierName, r.SupplierLink = s.partyLink(d.Supplier)
		r.RecipientName, r.RecipientLink = s.partyLink(d.Recipient)
		if d.Type == domain.TypeMembership {
			r.SupplierName, r.SupplierLink = s.partyLink(d.Member)
		}
		if d.Type == domain.TypeAgreement {
			var names []string
			for _, p := range d.Parties {
				n, _ := s.partyLink(p)
				names = append(names, n)
			}
			r.SupplierName = strings.Join(names, ", ")
		}
		if d.System != nil && d.System.ID != "" {
			r.SystemLink = "/systems/" + url.PathEscape(d.System.ID)
		}
		for _, st := range d.Stages {
			r.Stages = append(r.Stages, st.Label()) // "ordered 2021 (reported 2024-04-26)"
		}
		if d.Quantity > 0 {
			r.Quantity = strconv.Itoa(d.Quantity)
		}
		if d.ValueUSD > 0 {
			r.Value = money(d.ValueUSD)
		}
		r.TIV = refTIV(d)
		cites := make([]domain.RegisterFact, 0, len(d.FactIDs))
		for _, id := range d.FactIDs {
			if f, ok := ds.facts[id]; ok {
				cites = append(cites, f)
			}
		}
		slices.SortStableFunc(cites, func(a, b domain.RegisterFact) int {
			if c := strings.Compare(b.Published, a.Published); c != 0 {
				return c
			}
			return int(b.ID - a.ID)
		})
		if len(cites) > dealCites {
			r.More = len(cites) - dealCites
			cites = cites[:dealCites]
		}
		r.Cites = cleanFacts(cites)
		r.FactsLink = s.dealFactsLink(d)
		out = append(out, r)
	}
	return out
}

// refTIV is SIPRI's TIV of a deal's reference row, as the deal views
// show it: "1008 m", "300 m (150 m delivered)", "150 m delivered".
func refTIV(d domain.Deal) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + " m" }
	switch {
	case d.RefTIV > 0 && d.RefTIVDelivered > 0:
		return f(d.RefTIV) + " (" + f(d.RefTIVDelivered) + " delivered)"
	case d.RefTIV > 0:
		return f(d.RefTIV)
	case d.RefTIVDelivered > 0:
		return f(d.RefTIVDelivered) + " delivered"
	}
	return ""
}

// partyLink is a party's name and, for a country, its page.
func (s *Server) partyLink(p string) (string, string) {
	if p == "" {
		return "", ""
	}
	if c, ok := s.lex.Country(p); ok {
		return s.countryName(c.Code), "/countries/" + url.PathEscape(c.Code)
	}
	return stripBidi(p), ""
}

// dealFactsLink is the register filtered to a deal's supplier, recipient,
// type and system: where all its facts are listed.
func (s *Server) dealFactsLink(d domain.Deal) string {
	v := url.Values{"type": {d.Type}}
	if c, ok := s.lex.Country(d.Supplier); ok {
		v.Set("supplier", c.Code)
	}
	if c, ok := s.lex.Country(d.Recipient); ok {
		v.Set("recipient", c.Code)
	}
	if d.Type == domain.TypeTransfer && d.System != nil {
		switch {
		case d.System.ID != "":
			v.Set("system", d.System.ID)
		case d.System.Category != "":
			v.Set("category", d.System.Category)
		}
	}
	return "/register?" + v.Encode()
}

// dealWhat names what a deal is about.
func dealWhat(d domain.Deal) string {
	switch {
	case d.System != nil:
		return stripBidi(systemName(d.System))
	case d.Program != "":
		return stripBidi(d.Program)
	case d.Organization != "":
		return stripBidi(d.Organization)
	case d.Name != "":
		return stripBidi(d.Name)
	case d.Type == domain.TypeAggregate:
		return "stated total"
	}
	return d.Type
}

// dealsResponse is a page of deals in the API.
type dealsResponse struct {
	Total  int           `json:"total"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
	Next   string        `json:"next,omitempty"`
	Deals  []domain.Deal `json:"deals"`
}

// dealsQuery parses /deals and /api/v1/deals: the register's filters and
// paging, and "reference": new (transfer deals missing from the imported
// reference register) or present (those in it).
func (s *Server) dealsQuery(q url.Values) (listQuery, error) {
	lq, err := s.parseList(q, 500)
	if err != nil {
		return lq, err
	}
	if q.Get("sort") != "" {
		return lq, badParam("sort", "deals are listed by when they were last reported")
	}
	lq.Sort, lq.Desc = "", false
	switch ref := strings.TrimSpace(q.Get("reference")); ref {
	case "":
	case domain.RefNew, domain.RefPresent:
		lq.Values.Set("reference", ref)
	default:
		return lq, badParam("reference", "want new (not in the reference register) or present (in it)")
	}
	return lq, nil
}

// dealsFor resolves the deals of a /deals query, or a 400 when the
// selection is too large or asks for a reference register there is none of.
func (s *Server) dealsFor(ctx context.Context, lq listQuery) (dealSet, error) {
	ds, err := s.resolveDeals(ctx, lq.FactQuery, dealFactsMax)
	if err != nil {
		return ds, err
	}
	if ds.TooMany {
		return ds, badParam("supplier", "this selection holds more than %d facts: narrow it (supplier, recipient, system, category)", dealFactsMax)
	}
	if ref := lq.Values.Get("reference"); ref != "" {
		if !ds.Marked {
			return ds, badParam("reference", "no reference register has been imported (armswatch deals import SIPRI.csv)")
		}
		var keep []domain.Deal
		for _, d := range ds.Deals {
			if d.Reference == ref {
				keep = append(keep, d)
			}
		}
		ds.Deals = keep
	}
	return ds, nil
}

func (s *Server) apiDeals(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format, err := oneOf(q, "format", []string{"json", "csv"})
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	lq, err := s.dealsQuery(q)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	ds, err := s.dealsFor(r.Context(), lq)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if format == "csv" {
		s.writeSIPRI(w, r, ds.Deals)
		return
	}
	resp := dealsResponse{Total: len(ds.Deals), Limit: lq.Limit, Offset: lq.Offset, Deals: dealsWithoutAliases(pageOf(ds.Deals, lq.Offset, lq.Limit))}
	if next := lq.Offset + lq.Limit; next < resp.Total {
		resp.Next = lq.Link("/api/v1/deals", "limit", strconv.Itoa(lq.Limit), "offset", strconv.Itoa(next))
	}
	writeJSON(w, http.StatusOK, resp)
}

func pageOf[T any](xs []T, offset, limit int) []T {
	out := []T{}
	if offset < len(xs) {
		out = append(out, xs[offset:min(len(xs), offset+limit)]...)
	}
	return out
}

// writeSIPRI downloads the transfer deals in the column layout of SIPRI's
// trade register.
func (s *Server) writeSIPRI(w http.ResponseWriter, r *http.Request, deals []domain.Deal) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="armswatch-deals-sipri.csv"`)
	if err := s.writeSIPRILinked(w, r, deals); err != nil {
		s.log.Error("deals csv", "err", err)
	}
}

func (s *Server) dealsCSV(w http.ResponseWriter, r *http.Request) {
	lq, err := s.dealsQuery(r.URL.Query())
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	ds, err := s.dealsFor(r.Context(), lq)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.writeSIPRI(w, r, ds.Deals)
}

type dealsData struct {
	Q          listQuery
	Form       url.Values
	Total      int
	Deals      []dealRow
	Prev, Next string
	Pages      int
	CSV, JSON  string
	Regions    []string
}

func (s *Server) dealsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lq, err := s.dealsQuery(q)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	ds, err := s.dealsFor(r.Context(), lq)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d := dealsData{Q: lq, Form: q, Total: len(ds.Deals), Regions: regionChoices(s.lex)}
	d.Deals = s.dealRows(ds, pageOf(ds.Deals, lq.Offset, lq.Limit))
	d.Pages = max(1, (d.Total+lq.PerPage-1)/lq.PerPage)
	pp := ""
	if lq.PerPage != 50 {
		pp = strconv.Itoa(lq.PerPage)
	}
	if lq.Page > 1 {
		d.Prev = lq.Link("/deals", "page", strconv.Itoa(lq.Page-1), "per_page", pp)
	}
	if lq.Page < d.Pages {
		d.Next = lq.Link("/deals", "page", strconv.Itoa(lq.Page+1), "per_page", pp)
	}
	d.CSV, d.JSON = lq.Link("/deals.csv"), lq.Link("/api/v1/deals")
	s.render(w, r, http.StatusOK, "deals", view{Title: "Deals", Nav: "deals", D: d})
}

// inlineDealList is the deals section of a pair or country page.
type inlineDealList struct {
	Heading string
	Deals   []dealRow
	Total   int
	TooMany bool   // too many facts to resolve on this page
	Link    string // /deals with the same filter
}

// plain is the listed deals as the API gives them.
func (l inlineDealList) plain() []domain.Deal {
	out := make([]domain.Deal, 0, len(l.Deals))
	for _, r := range l.Deals {
		out = append(out, r.Deal)
	}
	return out
}

// inlineDealsFor resolves the deals of a pair or a country's side for a
// page; big selections only get a link.
func (s *Server) inlineDealsFor(ctx context.Context, heading string, q domain.FactQuery, link string) (inlineDealList, error) {
	l := inlineDealList{Heading: heading, Link: link}
	ds, err := s.resolveDeals(ctx, q, inlineDealFactsMax)
	if errors.Is(err, errNoDeals) {
		return l, nil
	}
	if err != nil {
		return l, err
	}
	l.TooMany, l.Total = ds.TooMany, len(ds.Deals)
	l.Deals = s.dealRows(ds, ds.Deals[:min(len(ds.Deals), inlineDeals)])
	return l, nil
}
