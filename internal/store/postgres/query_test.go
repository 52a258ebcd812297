package postgres

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// seedFilters stores four documents in four languages. Each fact's Rule is
// its key: document letter and position.
func seedFilters(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	himars := &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Designation: "M142", Aliases: []string{"HIMARS"}, Category: "artillery"}
	caesar := &domain.System{ID: "caesar", Name: "CAESAR", Aliases: []string{"Camion équipé d'un système d'artillerie"}, Category: "artillery"}
	f16 := &domain.System{ID: "f-16", Name: "F-16 Fighting Falcon", Designation: "F-16", Category: "aircraft"}
	for _, d := range []struct {
		doc   *domain.Document
		facts []domain.Fact
	}{
		{testDoc("A", "en", "2024-05-01", "Washington approved the sale of eighteen HIMARS launchers to Morocco, which also joined training programs."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("MA"), System: himars, Stage: domain.StageApproved, Year: 2024, ValueUSD: 524e6, Rule: "A0"},
			{Type: domain.TypeAssistance, Provider: code("US"), Recipient: code("MA"), Program: &domain.Named{Name: "IMET"}, Year: 2024, Rule: "A1"},
			{Type: domain.TypeMembership, Member: code("MA"), Organization: &domain.Named{Name: "African Union"}, Year: 2017, Rule: "A2"},
		}},
		{testDoc("B", "fr", "2023-02-10", "La France livrera des canons Caesar au Maroc selon un accord de coopération."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("MA"), System: caesar, Stage: domain.StageOrdered, Rule: "B0"},
			{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Code: "MA"}}, Name: "Accord de coopération", Year: 2022, Rule: "B1"},
		}},
		{testDoc("C", "ar", "2025-01-15", "تسلمت مصر طائرات إف-16 من الولايات المتحدة"), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("EG"), System: f16, Stage: domain.StageDelivered, Year: 2025, Rule: "C0"},
			{Type: domain.TypeAssistance, Provider: code("US"), Recipient: org("African Union"), Program: &domain.Named{Name: "ACOTA"}, Rule: "C1"},
		}},
		{testDoc("D", "es", "", "España entregará patrulleros a Marruecos."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: code("ES"), Recipient: code("MA"), System: &domain.System{Category: "ships", Mention: "patrulleros"}, Stage: domain.StageOther, Year: 2022, Rule: "D0"},
		}},
	} {
		if _, err := s.SaveDocument(ctx, d.doc, d.facts); err != nil {
			t.Fatal(err)
		}
	}
}

func keys(fs []domain.StoredFact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestFactsFilters(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	seedFilters(t, s)
	all := []string{"C0", "C1", "A0", "A1", "A2", "B0", "B1", "D0"}
	folds := foldsAccents(t, s)
	for _, tc := range []struct {
		name string
		f    domain.Filter
		want []string
	}{
		{"everything, newest first", domain.Filter{}, all},
		{"type", domain.Filter{Type: "transfer"}, []string{"C0", "A0", "B0", "D0"}},
		{"type any case", domain.Filter{Type: "Assistance"}, []string{"C1", "A1"}},
		{"supplier includes provider", domain.Filter{Supplier: "US"}, []string{"C0", "C1", "A0", "A1"}},
		{"supplier lower case", domain.Filter{Supplier: "us"}, []string{"C0", "C1", "A0", "A1"}},
		{"suppliers", domain.Filter{Suppliers: []string{"FR", "es"}}, []string{"B0", "D0"}},
		{"recipient", domain.Filter{Recipient: "MA"}, []string{"A0", "A1", "B0", "D0"}},
		{"recipient organisation any case", domain.Filter{Recipient: "african union"}, []string{"C1"}},
		{"countries", domain.Filter{Countries: []string{"EG", "FR"}}, []string{"C0"}},
		{"system alias", domain.Filter{System: "himars"}, []string{"A0"}},
		{"system name substring", domain.Filter{System: "Falcon"}, []string{"C0"}},
		{"system designation", domain.Filter{System: "F-16"}, []string{"C0"}},
		{"system alias with accents", domain.Filter{System: "ÉQUIPÉ"}, []string{"B0"}},
		{"system mention", domain.Filter{System: "patrull"}, []string{"D0"}},
		{"system none", domain.Filter{System: "Rafale"}, []string{}},
		{"category", domain.Filter{Category: "artillery"}, []string{"A0", "B0"}},
		{"stage", domain.Filter{Stage: "delivered"}, []string{"C0"}},
		{"language", domain.Filter{Language: "fr"}, []string{"B0", "B1"}},
		{"since: fact year, else published", domain.Filter{Since: 2024}, []string{"C0", "C1", "A0", "A1"}},
		{"until", domain.Filter{Until: 2022}, []string{"A2", "B1", "D0"}},
		{"one year from publication", domain.Filter{Since: 2023, Until: 2023}, []string{"B0"}},
		{"text", domain.Filter{Text: "Caesar"}, []string{"B0", "B1"}},
		{"text accents folded", domain.Filter{Text: "cooperation maroc"}, []string{"B0", "B1"}},
		{"text accents in the query, upper case", domain.Filter{Text: "COOPÉRATION"}, []string{"B0", "B1"}},
		{"text prefix without accent", domain.Filter{Text: "cooperat*"}, []string{"B0", "B1"}},
		{"text title words", domain.Filter{Text: "title of d"}, []string{"D0"}},
		{"text punctuation attached", domain.Filter{Text: "Maroc,"}, []string{"B0", "B1"}},
		{"text quote inside a word", domain.Filter{Text: "d'un"}, []string{}},
		{"text arabic", domain.Filter{Text: "مصر"}, []string{"C0", "C1"}},
		{"text prefix", domain.Filter{Text: "launch*"}, []string{"A0", "A1", "A2"}},
		{"text no match", domain.Filter{Text: "submarine"}, []string{}},
		{"text only punctuation", domain.Filter{Text: `" * (`}, []string{}},
		{"text with operators as words", domain.Filter{Text: `Morocco AND(`}, []string{}},
		{"limit", domain.Filter{Limit: 2}, []string{"C0", "C1"}},
		{"limit offset", domain.Filter{Limit: 2, Offset: 2}, []string{"A0", "A1"}},
		{"offset past end", domain.Filter{Offset: 100}, []string{}},
		{"limit over max", domain.Filter{Limit: 1 << 30}, all},
		{"combined", domain.Filter{Type: "transfer", Supplier: "US", Since: 2025, Category: "aircraft"}, []string{"C0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !folds && strings.Contains(tc.name, "accents") {
				t.Skip("the server has no unaccent extension: search does not fold accents")
			}
			got, err := s.Facts(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(keys(got), tc.want) {
				t.Errorf("Facts(%+v) = %v, want %v", tc.f, keys(got), tc.want)
			}
		})
	}
}

func TestHostileTextSearch(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	seedFilters(t, s)
	ctx := context.Background()
	for _, q := range []string{`"`, `""`, `AND(`, `a & b`, `!x`, `a | b`, `x:*`, `<->`, `'`, `a'b`, `''`, `*`, `NEAR`, `NEAR(a b)`, `title:Caesar`, `-x`, `a OR`, `^start`, `'; DROP TABLE facts; --`, `Caesar"`, `(((`, `{col}`, `a + b`, `\`} {
		if _, err := s.Facts(ctx, domain.Filter{Text: q}); err != nil {
			t.Errorf("Facts(Text %q): %v", q, err)
		}
		if _, err := s.SearchDocuments(ctx, q, 5); err != nil {
			t.Errorf("SearchDocuments(%q): %v", q, err)
		}
	}
	if n := count(t, s, "facts"); n != 8 {
		t.Errorf("facts = %d after hostile searches, want 8", n)
	}
	// Quotes and operators around a word do not stop it matching.
	for _, q := range []string{`"Caesar"`, `(Caesar)`, `Caesar"`, `"Caesar (maroc*`} {
		got, err := s.Facts(ctx, domain.Filter{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"B0", "B1"}; !reflect.DeepEqual(keys(got), want) {
			t.Errorf("%s = %v, want %v", q, keys(got), want)
		}
	}
}

func TestTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"HIMARS", `'HIMARS'`},
		{"f-16 maroc", `'f-16' & 'maroc'`},
		{`a'b`, `'a''b'`},
		{`a\b`, `'a\\b'`},
		{`AND( !x | y`, `'AND(' & '!x' & 'y'`},
		{"launch*", `'launch':*`},
		{`* " ( ) & | !`, ""},
	} {
		if got := tsQuery(tc.in); got != tc.want {
			t.Errorf("tsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestSearchDocuments(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	seedFilters(t, s)
	ctx := context.Background()
	for _, tc := range []struct {
		q       string
		want    []string
		snippet string // in the first hit's snippet
	}{
		{"Caesar", []string{"B"}, HighlightStart + "Caesar" + HighlightEnd},
		{"maroc", []string{"B"}, HighlightStart + "Maroc" + HighlightEnd},
		{"HIMARS launchers", []string{"A"}, HighlightStart + "HIMARS" + HighlightEnd},
		{"Title", []string{"A", "B", "C", "D"}, ""},
		{"nothing-like-this", nil, ""},
	} {
		hits, err := s.SearchDocuments(ctx, tc.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.ID)
			if h.Source != "corpus/dev/"+h.ID+".txt" || h.Title != "Title of "+h.ID {
				t.Errorf("%q: hit %+v has wrong source or title", tc.q, h)
			}
		}
		slices.Sort(ids) // all hits of a multi-hit query rank alike
		if !reflect.DeepEqual(ids, tc.want) {
			t.Errorf("SearchDocuments(%q) = %v, want %v", tc.q, ids, tc.want)
		}
		if tc.snippet != "" && len(hits) > 0 && !strings.Contains(hits[0].Snippet, tc.snippet) {
			t.Errorf("SearchDocuments(%q) snippet = %q, want it to contain %q", tc.q, hits[0].Snippet, tc.snippet)
		}
	}
	if hits, _ := s.SearchDocuments(ctx, "Title", 2); len(hits) != 2 {
		t.Errorf("limit 2 gave %d hits", len(hits))
	}
}

func TestStats(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 0 || st.Facts != 0 || len(st.ByType) != 0 {
		t.Errorf("empty stats = %+v", st)
	}
	seedFilters(t, s)
	if _, err := s.SaveDocument(ctx, testDoc("nolang", "", "", "no language"), nil); err != nil {
		t.Fatal(err)
	}
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := domain.Stats{
		Documents:  5,
		Facts:      8,
		ByType:     map[string]int{"transfer": 4, "assistance": 2, "membership": 1, "agreement": 1},
		ByLanguage: map[string]int{"en": 1, "fr": 1, "ar": 1, "es": 1, "und": 1},
		Suppliers:  3, // US, FR, ES
		Recipients: 3, // MA, EG, African Union
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats = %+v\nwant %+v", st, want)
	}
}
