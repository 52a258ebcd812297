package web

import (
	"context"
	"net/url"
	"slices"
	"sort"

	"github.com/armswatch/armswatch/internal/domain"
)

const (
	// pairCites is how many facts each system line of a fact sheet cites
	// (the latest); the line links to the rest.
	pairCites = 3
	// pairLatest is how many of the pair's latest facts the timeline lists.
	pairLatest = 100
	// pairOther bounds the aggregate, assistance, agreement, membership
	// and exercise lines.
	pairOther = 200
)

// pairSheet fills a fact sheet from a register that aggregates it: the
// systems and the chart come from SQL, the lines cite a few facts each, and
// the timeline lists the latest facts, so that the page costs the same for
// a pair of ten facts and one of sixty thousand.
func (s *Server) pairSheet(ctx context.Context, ps domain.PairSheetReader, d *pairData) error {
	sheet, err := ps.PairSheet(ctx, d.Supplier, d.Recipient, pairCites)
	if err != nil {
		return err
	}
	d.TotalValue, d.TransferFacts = sheet.ValueUSD, sheet.Facts
	for _, p := range sheet.Systems {
		sys := &domain.System{ID: p.ID, Name: p.Name, Category: p.Category}
		stg := slices.Clone(p.Stages)
		slices.SortFunc(stg, func(a, b string) int { return slices.Index(stages, a) - slices.Index(stages, b) })
		line := systemLine{Name: systemName(sys), Category: p.Category, ID: p.ID, Quantity: p.Quantity, Value: p.ValueUSD,
			Stages: stg, Facts: cleanFacts(p.Cites), Total: p.Facts}
		if p.Facts > len(p.Cites) {
			v := url.Values{"supplier": {d.Supplier}, "recipient": {d.Recipient}, "type": {domain.TypeTransfer}}
			if p.ID != "" {
				v.Set("system", p.ID)
			} else if p.Category != "" {
				v.Set("category", p.Category)
			}
			line.More = "/register?" + v.Encode()
		}
		d.Systems = append(d.Systems, line)
	}
	query := func(q domain.FactQuery, keep func(domain.RegisterFact) bool) ([]domain.RegisterFact, error) {
		if q.Limit == 0 {
			q.Limit = pairOther
		}
		if q.Sort == "" {
			q.Sort = "year"
		}
		page, err := s.st.QueryFacts(ctx, q)
		if err != nil {
			return nil, err
		}
		if keep != nil {
			page.Facts = slices.DeleteFunc(page.Facts, func(f domain.RegisterFact) bool { return !keep(f) })
		}
		return cleanFacts(page.Facts), nil
	}
	hasParty := func(code string) func(domain.RegisterFact) bool {
		return func(f domain.RegisterFact) bool {
			return slices.ContainsFunc(f.Parties, func(p domain.Party) bool { return p.Code == code })
		}
	}
	pair := domain.Filter{Supplier: d.Supplier, Recipient: d.Recipient}
	var other []domain.RegisterFact
	for _, sec := range []struct {
		into *[]sheetLine
		q    domain.FactQuery
		keep func(domain.RegisterFact) bool
	}{
		{&d.Aggregates, domain.FactQuery{Filter: withType(pair, domain.TypeAggregate)}, nil},
		{&d.Assistance, domain.FactQuery{Filter: withType(pair, domain.TypeAssistance)}, nil},
		{&d.Agreements, domain.FactQuery{Party: d.Supplier, Filter: domain.Filter{Type: domain.TypeAgreement}}, hasParty(d.Recipient)},
		{&d.Exercises, domain.FactQuery{Party: d.Supplier, Filter: domain.Filter{Type: domain.TypeExercise}}, hasParty(d.Recipient)},
		{&d.Memberships, domain.FactQuery{Party: d.Recipient, Filter: domain.Filter{Type: domain.TypeMembership}},
			func(f domain.RegisterFact) bool { return f.Member != nil && f.Member.Code == d.Recipient }},
	} {
		facts, err := query(sec.q, sec.keep)
		if err != nil {
			return err
		}
		for _, f := range facts {
			*sec.into = append(*sec.into, sheetLine{Text: s.describe(f), Facts: []domain.RegisterFact{f}})
		}
		other = append(other, facts...)
	}
	latest, err := s.st.QueryFacts(ctx, domain.FactQuery{Desc: true, Filter: domain.Filter{Supplier: d.Supplier, Recipient: d.Recipient, Limit: pairLatest}})
	if err != nil {
		return err
	}
	d.MoreFacts = latest.Total > len(latest.Facts)
	seen := map[int64]bool{}
	for _, f := range append(cleanFacts(latest.Facts), other...) {
		if !seen[f.ID] {
			seen[f.ID] = true
			d.Timeline = append(d.Timeline, f)
		}
	}
	sort.SliceStable(d.Timeline, func(i, j int) bool { return yearOf(d.Timeline[i]) < yearOf(d.Timeline[j]) })
	d.All = d.Timeline
	counts := sheet.Timeline
	for _, f := range other {
		if y := yearOf(f); y > 0 && f.Type != domain.TypeAggregate && f.Type != domain.TypeAssistance {
			counts = append(counts, domain.YearCount{Year: y, Stage: f.Stage, Facts: 1})
		}
	}
	d.Chart = newTimeline(d.SupplierName+" and "+d.RecipientName+": facts per year", counts)
	return nil
}

func withType(f domain.Filter, typ string) domain.Filter {
	f.Type = typ
	return f
}
