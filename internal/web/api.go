package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/csvsafe"
	"github.com/armswatch/armswatch/internal/domain"
)

// factsResponse is a page of facts in the API.
type factsResponse struct {
	Total  int                   `json:"total"`
	Capped bool                  `json:"total_capped,omitempty"` // more than total match
	Limit  int                   `json:"limit"`
	Offset int                   `json:"offset"`
	Next   string                `json:"next,omitempty"` // the next page's URL
	Facts  []domain.RegisterFact `json:"facts"`
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, _ := assets.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

type statsResponse struct {
	domain.Stats
	Timeline []domain.YearCount `json:"timeline"`
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := cached(r.Context(), s, "stats", s.st.Stats)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	tl, err := cachedQuery(r.Context(), s, "timeline", domain.FactQuery{}, s.st.Timeline)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if tl == nil {
		tl = []domain.YearCount{}
	}
	writeJSON(w, http.StatusOK, statsResponse{Stats: st, Timeline: tl})
}

func (s *Server) apiFacts(w http.ResponseWriter, r *http.Request) {
	lq, err := s.parseList(r.URL.Query(), 1000)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	page, err := s.st.QueryFacts(r.Context(), lq.FactQuery)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	resp := factsResponse{Total: page.Total, Capped: page.Capped, Limit: lq.Limit, Offset: lq.Offset, Facts: withoutAliases(page.Facts)}
	if next := lq.Offset + lq.Limit; next < page.Total || (page.Capped && len(page.Facts) == lq.Limit) {
		resp.Next = lq.Link("/api/v1/facts", "limit", strconv.Itoa(lq.Limit), "offset", strconv.Itoa(next))
	}
	writeJSON(w, http.StatusOK, resp)
}

func factID(param, v string) (int64, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, badParam(param, "not a fact id: %q", v)
	}
	return id, nil
}

func (s *Server) apiFact(w http.ResponseWriter, r *http.Request) {
	id, err := factID("id", r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	f, err := s.st.Fact(r.Context(), id)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, withoutAlias(f))
}

func (s *Server) apiFactReviews(w http.ResponseWriter, r *http.Request) {
	id, err := factID("id", r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if _, err := s.st.Fact(r.Context(), id); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	s.writeReviews(w, r, id)
}

func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) { s.writeReviews(w, r, 0) }

func (s *Server) writeReviews(w http.ResponseWriter, r *http.Request, id int64) {
	limit, err := intParam(r.URL.Query(), "limit", 1, 1000, 100)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	rv, err := s.st.Reviews(r.Context(), id, limit)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if rv == nil {
		rv = []domain.Review{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"reviews": s.reviewsForReader(r, rv)})
}

type documentResponse struct {
	Document *domain.Document      `json:"document"`
	Facts    []domain.RegisterFact `json:"facts"`
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	doc, err := s.st.Document(r.Context(), id)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	page, err := s.st.QueryFacts(r.Context(), domain.FactQuery{DocumentID: id, Sort: "id", IncludeRejected: true, Filter: domain.Filter{Limit: 5000}})
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, documentResponse{Document: doc, Facts: withoutAliases(page.Facts)})
}

type partnerJSON struct {
	domain.RankRow
	Name string `json:"name"`
}

func partners(rows []rankRow) []partnerJSON {
	out := make([]partnerJSON, 0, len(rows))
	for _, r := range rows {
		out = append(out, partnerJSON{RankRow: r.RankRow, Name: r.Name})
	}
	return out
}

func (s *Server) apiCountry(w http.ResponseWriter, r *http.Request) {
	d, err := s.countryData(r.Context(), r.PathValue("code"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"code": d.Code, "name": d.Name, "region": d.Region,
		"recipients": partners(d.AsSupplier), "suppliers": partners(d.AsRecipient),
		"total_facts": d.Total, "facts": withoutAliases(d.Facts),
	})
}

func nonNil(fs []domain.RegisterFact) []domain.RegisterFact {
	if fs == nil {
		return []domain.RegisterFact{}
	}
	return fs
}

type pairSystemJSON struct {
	Name     string   `json:"name"`
	ID       string   `json:"id,omitempty"`
	Category string   `json:"category,omitempty"`
	Quantity int      `json:"quantity,omitempty"`
	ValueUSD float64  `json:"value_usd,omitempty"`
	Stages   []string `json:"stages"`
	Facts    int      `json:"facts"`    // facts in all
	FactIDs  []int64  `json:"fact_ids"` // the latest, cited
}

func factIDs(fs []domain.RegisterFact) []int64 {
	out := []int64{}
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func (s *Server) apiPair(w http.ResponseWriter, r *http.Request) {
	d, err := s.pairData(r.Context(), r.PathValue("supplier"), r.PathValue("recipient"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	systems := []pairSystemJSON{}
	for _, sl := range d.Systems {
		st := sl.Stages
		if st == nil {
			st = []string{}
		}
		systems = append(systems, pairSystemJSON{Name: sl.Name, ID: sl.ID, Category: sl.Category, Quantity: sl.Quantity,
			ValueUSD: sl.Value, Stages: st, Facts: max(sl.Total, len(sl.Facts)), FactIDs: factIDs(sl.Facts)})
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"supplier": d.Supplier, "recipient": d.Recipient,
		"supplier_name": d.SupplierName, "recipient_name": d.RecipientName,
		"total_value_usd": d.TotalValue, "systems": systems, "facts": withoutAliases(d.All),
		"deals": dealsWithoutAliases(d.Deals.plain()), "deals_url": "/api/v1/deals?" + url.Values{"supplier": {d.Supplier}, "recipient": {d.Recipient}}.Encode(),
	})
}

func (s *Server) apiSystem(w http.ResponseWriter, r *http.Request) {
	d, err := s.systemData(r.Context(), r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	resp := map[string]any{"id": d.ID, "name": d.Name, "known": d.Known, "recipients": partners(d.Buyers), "facts": withoutAliases(d.Facts)}
	if d.Known {
		resp["category"], resp["origin"], resp["maker"], resp["designation"] = d.System.Category, d.System.Origin, d.System.Maker, d.System.Designation
		resp["aliases"] = nonNilStrings(d.System.Aliases)
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) apiRankings(w http.ResponseWriter, r *http.Request) {
	rq, heading, err := s.rankingsData(r.URL.Query())
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	rows, err := s.rankRows(r.Context(), rq)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"title": heading, "by": rq.By, "rows": partners(rows),
		"left_out": leftOut(rows), "constant": rq.Constant})
}

func (s *Server) apiFlows(w http.ResponseWriter, r *http.Request) {
	lq, err := s.parseList(r.URL.Query(), 1000)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	flows, err := cachedQuery(r.Context(), s, "flows", lq.FactQuery, s.st.Flows)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	if flows == nil {
		flows = []domain.Flow{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"flows": flows})
}

// registerCSV downloads every fact of the current filter (up to
// exportLimit) as CSV, streamed (see exportFacts).
func (s *Server) registerCSV(w http.ResponseWriter, r *http.Request) {
	cw := csvsafe.NewWriter(w)
	base := s.linkBase(r)
	s.exportFacts(w, r, func() {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="armswatch-register.csv"`)
		writeBOM(w)
		_ = cw.Write([]string{"id", "type", "supplier", "recipient", "system", "category", "quantity", "value_usd", "value", "currency",
			"stage", "year", "program", "organization", "name", "parties", "review", "published", "language", "source", "document", "evidence"})
	}, func(facts []domain.RegisterFact) error {
		for _, f := range facts {
			_ = cw.Write(registerRow(f, base))
		}
		cw.Flush()
		return cw.Error()
	})
}

// registerRow is one fact as a row of the register's CSV; base starts
// the document link.
func registerRow(f domain.RegisterFact, base string) []string {
	str := func(p *domain.Party) string {
		if p == nil {
			return ""
		}
		return p.String()
	}
	sup, rec := str(f.Supplier), str(f.Recipient)
	if sup == "" {
		sup = str(f.Provider)
	}
	if rec == "" {
		rec = str(f.Member)
	}
	var cat, val, cur string
	if f.System != nil {
		cat = f.System.Category
	}
	if f.Value != nil {
		val, cur = strconv.FormatFloat(f.Value.Amount, 'f', -1, 64), f.Value.Currency
	}
	var parties []string
	for _, p := range f.Parties {
		parties = append(parties, p.String())
	}
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	usd := ""
	if f.ValueUSD > 0 {
		usd = strconv.FormatFloat(f.ValueUSD, 'f', -1, 64)
	}
	return []string{strconv.FormatInt(f.ID, 10), f.Type, sup, rec, systemName(f.System), cat, num(f.Quantity), usd, val, cur,
		f.Stage, num(f.Year), namedName(f.Program), namedName(f.Organization), f.Name, strings.Join(parties, " "), f.ReviewStatus,
		f.Published, f.Language, f.Source, base + citeURL(f), f.Evidence.Text}
}

// registerJSON downloads the same as JSON, streamed: {"facts": [...],
// "total": n}, total coming last since it is known only at the end.
func (s *Server) registerJSON(w http.ResponseWriter, r *http.Request) {
	n := 0
	done := s.exportFacts(w, r, func() {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="armswatch-register.json"`)
		_, _ = io.WriteString(w, `{"facts": [`)
	}, func(facts []domain.RegisterFact) error {
		for _, f := range facts {
			b, err := json.Marshal(withoutAlias(f))
			if err != nil {
				return err
			}
			if n > 0 {
				_, _ = io.WriteString(w, ",")
			}
			_, _ = io.WriteString(w, "\n  ")
			if _, err := w.Write(b); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if done { // else the truncated body is not valid JSON, as it should not be
		fmt.Fprintf(w, "\n], \"total\": %d}\n", n)
	}
}

// decodeJSON reads a JSON request body into v; unknown fields and data
// after the value are errors (the inputs middleware has checked the rest).
func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badParam("body", "bad JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return badParam("body", "bad JSON: data after the JSON value")
	}
	return nil
}
