package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRegisterIndexes checks what 004_register_indexes.sql keeps up to
// date: the filed year of facts without one, the system terms the system
// filter goes through, and the capped count.
func TestRegisterIndexes(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	save := func(id, published string, facts ...domain.Fact) {
		t.Helper()
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: id, Source: id, Published: published, Text: "text " + id}, facts); err != nil {
			t.Fatal(err)
		}
	}
	tr := func(sys string, year int) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "IN"},
			System: &domain.System{ID: sys, Name: sys}, Year: year, Evidence: domain.Evidence{Start: 0, End: 4, Text: "text"}}
	}
	save("a", "2019-03-01", tr("rafale", 0), tr("scorpene", 2015))
	save("b", "", tr("rafale", 0))
	for _, tc := range []struct {
		name  string
		f     domain.Filter
		total int
	}{
		{"year from the document", domain.Filter{Since: 2019, Until: 2019}, 1},
		{"own year", domain.Filter{Since: 2015, Until: 2015, System: "scorp"}, 1},
		{"no year anywhere", domain.Filter{Since: 1900}, 2},
		{"system substring", domain.Filter{System: "RAF"}, 2},
		{"system absent", domain.Filter{System: "mirage"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.QueryFacts(ctx, domain.FactQuery{Filter: tc.f})
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tc.total || p.Capped {
				t.Errorf("total %d capped %v, want %d", p.Total, p.Capped, tc.total)
			}
		})
	}
	// A system stored after the migration is found too.
	save("c", "2024-01-01", tr("mirage-2000", 0))
	if p, err := s.QueryFacts(ctx, domain.FactQuery{Sort: "year", Desc: true, Filter: domain.Filter{System: "mirage"}}); err != nil || p.Total != 1 || p.Facts[0].DocumentID != "c" {
		t.Fatalf("%v %+v", err, p)
	}

	// More than FactCountCap matches: the count stops, the page is right.
	facts := make([]domain.Fact, 0, 1000)
	for i := 0; i < 1000; i++ {
		facts = append(facts, tr("caesar", 2000+i%20))
	}
	for d := 0; d < 11; d++ {
		save(fmt.Sprintf("bulk-%d", d), fmt.Sprintf("20%02d-01-01", d), facts...)
	}
	for _, q := range []domain.FactQuery{
		{Desc: true, Filter: domain.Filter{Supplier: "FR", Limit: 5}},
		{Sort: "year", Desc: true, Filter: domain.Filter{System: "caesar", Limit: 5}},
	} {
		p, err := s.QueryFacts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Capped || p.Total != domain.FactCountCap || len(p.Facts) != 5 {
			t.Errorf("%+v: total %d capped %v, %d facts", q, p.Total, p.Capped, len(p.Facts))
		}
		if q.Sort == "year" && p.Facts[0].Year != 2019 {
			t.Errorf("year order: first is %d", p.Facts[0].Year)
		}
		if q.Sort == "" && p.Facts[0].DocumentID != "c" {
			t.Errorf("date order: first is from %s", p.Facts[0].DocumentID)
		}
	}
}

// TestFlowsCountCopiesOnce: a syndicated copy (dup_of set) adds nothing to
// a flow, nor does another report of one deal; Rank and the pair sheet
// count the same way.
func TestFlowsCountCopiesOnce(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "MA"},
		System: &domain.System{ID: "himars"}, ValueUSD: 1e9, Evidence: domain.Evidence{Start: 0, End: 4, Text: "text"}}
	other := f
	other.System = &domain.System{ID: "f-16"}
	for _, d := range []struct {
		id string
		f  domain.Fact
	}{{"orig", f}, {"copy", f}, {"again", f}, {"other", other}} {
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: d.id, Source: d.id, Text: "text " + d.id}, []domain.Fact{d.f}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE documents SET dup_of = 'orig' WHERE id = 'copy'`); err != nil {
		t.Fatal(err)
	}
	flows, err := s.Flows(ctx, domain.FactQuery{})
	if err != nil || len(flows) != 1 || flows[0].ValueUSD != 2e9 || flows[0].Facts != 4 {
		t.Fatalf("flows %+v %v", flows, err)
	}
	rank, err := s.Rank(ctx, domain.RankQuery{Supplier: "US"})
	if err != nil || len(rank) != 1 || rank[0].ValueUSD != flows[0].ValueUSD || rank[0].Facts != flows[0].Facts {
		t.Fatalf("rank %+v %v", rank, err)
	}
	if sh, err := s.PairSheet(ctx, "us", "MA", 1); err != nil || sh.ValueUSD != rank[0].ValueUSD || sh.Facts != rank[0].Facts {
		t.Errorf("pair sheet %+v %v, rank %+v", sh, err, rank[0])
	}
	if groups, err := s.DealGroups(ctx); err != nil || len(groups) != 1 || groups["copy"] != "orig" {
		t.Errorf("deal groups %v %v", groups, err)
	}
}

// TestPairSheetMatchesRank compares the pair sheet's total with Rank's over
// a register of transfers, stated totals and near-duplicate copies, and its
// system lines and timeline with the facts.
func TestPairSheetMatchesRank(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	ev := domain.Evidence{Start: 0, End: 4, Text: "text"}
	systems := []*domain.System{{ID: "rafale", Name: "Rafale"}, {ID: "caesar", Name: "CAESAR"}, {Name: "patrol boats", Category: "ships"}, nil}
	stagesN := []string{"", domain.StageOrdered, domain.StageDelivered}
	wantSys := map[string]int{}
	for d := 0; d < 40; d++ {
		var facts []domain.Fact
		for i := 0; i < 1+d%4; i++ {
			sys := systems[(d+i)%len(systems)]
			f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: []string{"IN", "EG"}[d%2]},
				System: sys, ValueUSD: float64((d*7+i*3)%5) * 1e8, Stage: stagesN[(d+i)%3], Year: 2010 + d%7, Evidence: ev}
			if d%2 == 0 {
				if sys != nil {
					wantSys[lineKey(sys)]++
				} else {
					wantSys["?"]++
				}
			}
			facts = append(facts, f)
		}
		if d%5 == 0 {
			facts = append(facts, domain.Fact{Type: domain.TypeAggregate, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: []string{"IN", "EG"}[d%2]},
				ValueUSD: float64(d%3) * 1e9, Year: 2015, Evidence: ev})
		}
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: fmt.Sprintf("d%02d", d), Source: "s", Published: "2016-01-01", Text: fmt.Sprintf("text %d", d)}, facts); err != nil {
			t.Fatal(err)
		}
	}
	// Copies: d02 and d04 of d00 (IN), d05 of d01 (EG).
	for copyID, orig := range map[string]string{"d02": "d00", "d04": "d00", "d05": "d01"} {
		if _, err := s.db.ExecContext(ctx, `UPDATE documents SET dup_of = ? WHERE id = ?`, orig, copyID); err != nil {
			t.Fatal(err)
		}
	}
	for _, rec := range []string{"IN", "EG", "MA"} {
		rank, err := s.Rank(ctx, domain.RankQuery{Supplier: "FR", Recipient: rec})
		if err != nil {
			t.Fatal(err)
		}
		sh, err := s.PairSheet(ctx, "FR", rec, 2)
		if err != nil {
			t.Fatal(err)
		}
		var rv float64
		var rn int
		if len(rank) > 0 {
			rv, rn = rank[0].ValueUSD, rank[0].Facts
		}
		if sh.ValueUSD != rv || sh.Facts != rn {
			t.Errorf("FR→%s: sheet %v/%d, rank %v/%d", rec, sh.ValueUSD, sh.Facts, rv, rn)
		}
		if rec != "IN" {
			continue
		}
		got := map[string]int{}
		for _, l := range sh.Systems {
			key := l.ID
			if key == "" {
				key = "cat:" + l.Category
				if l.Name != "" {
					key = "name:" + l.Name
				} else if l.Category == "" {
					key = "?"
				}
			}
			got[key] += l.Facts
			if len(l.Cites) == 0 || len(l.Cites) > 2 {
				t.Errorf("line %s cites %d facts", key, len(l.Cites))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(wantSys) {
			t.Errorf("systems %v, want %v", got, wantSys)
		}
		n := 0
		for _, y := range sh.Timeline {
			n += y.Facts
		}
		if n == 0 || n < sh.Facts {
			t.Errorf("timeline counts %d facts, sheet %d", n, sh.Facts)
		}
	}
}

// lineKey names a system line as the test reads PairSheet's lines.
func lineKey(s *domain.System) string {
	switch {
	case s.ID != "":
		return s.ID
	case s.Name != "":
		return "name:" + s.Name
	}
	return "cat:" + s.Category
}
