package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// FactsFilters: every Filter field, alone and combined, over SeedFilters.
func FactsFilters[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	folds := a.FoldsAccents == nil || a.FoldsAccents(t, s)
	all := []string{"C0", "C1", "A0", "A1", "A2", "B0", "B1", "D0"}
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
		{"min confidence, bound included", domain.Filter{MinConfidence: 0.5}, []string{"C0", "A0", "A1", "B0", "D0"}},
		{"min confidence with type", domain.Filter{MinConfidence: 0.75, Type: "transfer"}, []string{"C0", "A0"}},
		{"min confidence 0 is no filter", domain.Filter{MinConfidence: 0}, all},
		{"limit", domain.Filter{Limit: 2}, []string{"C0", "C1"}},
		{"limit offset", domain.Filter{Limit: 2, Offset: 2}, []string{"A0", "A1"}},
		{"offset past end", domain.Filter{Offset: 100}, []string{}},
		{"limit over max", domain.Filter{Limit: 1 << 30}, all},
		{"combined", domain.Filter{Type: "transfer", Supplier: "US", Since: 2025, Category: "aircraft"}, []string{"C0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !folds && strings.Contains(tc.name, "accents") && tc.f.Text != "" {
				t.Skip("this store's search does not fold accents")
			}
			got, err := s.Facts(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(Keys(got), tc.want) {
				t.Errorf("Facts(%+v) = %v, want %v", tc.f, Keys(got), tc.want)
			}
		})
	}
}

// HostileTextSearch: no query text is an error or changes the register,
// and quotes and operators around a word do not stop it matching.
func HostileTextSearch[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	for _, q := range []string{
		// FTS5 syntax
		`"`, `""`, `AND(`, `*`, `NEAR`, `NEAR(a b)`, `title:Caesar`, `-x`, `a OR`, `^start`, `'; DROP TABLE facts; --`, `Caesar"`, `(((`, `{col}`, `a + b`, `\`,
		// tsquery syntax
		`a & b`, `!x`, `a | b`, `x:*`, `<->`, `'`, `a'b`, `''`,
	} {
		if _, err := s.Facts(ctx, domain.Filter{Text: q}); err != nil {
			t.Errorf("Facts(Text %q): %v", q, err)
		}
		if _, err := s.SearchDocuments(ctx, q, 5); err != nil {
			t.Errorf("SearchDocuments(%q): %v", q, err)
		}
	}
	if n := a.Count(t, s, "facts"); n != 8 {
		t.Errorf("facts = %d after hostile searches, want 8", n)
	}
	for _, q := range []string{`"Caesar"`, `(Caesar)`, `Caesar"`, `"Caesar (maroc*`} {
		got, err := s.Facts(ctx, domain.Filter{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"B0", "B1"}; !reflect.DeepEqual(Keys(got), want) {
			t.Errorf("%s = %v, want %v", q, Keys(got), want)
		}
	}
}

// SearchDocuments: hits carry the document's source and title and a
// snippet with the matches marked; limit caps them.
func SearchDocuments[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	SeedFilters(t, s)
	ctx := context.Background()
	for _, tc := range []struct {
		q       string
		want    []string
		snippet string // in the first hit's snippet
	}{
		{"Caesar", []string{"B"}, domain.HighlightStart + "Caesar" + domain.HighlightEnd},
		{"maroc", []string{"B"}, domain.HighlightStart + "Maroc" + domain.HighlightEnd},
		{"HIMARS launchers", []string{"A"}, domain.HighlightStart + "HIMARS" + domain.HighlightEnd},
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

// SearchLongDocument: a match in the middle of a 4 MB document gets a
// short snippet around it.
func SearchLongDocument[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	filler := strings.Repeat("the ministry said talks on the frigate programme resumed. ", (4<<20)/58)
	text := filler[:len(filler)/2] + "Egypt ordered more Rafale jets. " + filler[len(filler)/2:]
	if _, err := s.SaveDocument(ctx, &domain.Document{ID: "long", Source: "long.txt", Language: "en", Text: text}, nil); err != nil {
		t.Fatal(err)
	}
	hits, err := s.SearchDocuments(ctx, "rafale", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("%d hits, want 1", len(hits))
	}
	if sn := hits[0].Snippet; len(sn) > 4*rows.SnippetRadius || !strings.Contains(sn, domain.HighlightStart+"Rafale"+domain.HighlightEnd) {
		t.Errorf("snippet %q", sn)
	}
}

// Stats: an empty register counts nothing; SeedFilters and a document
// without a language count as expected.
func Stats[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 0 || st.Facts != 0 || len(st.ByType) != 0 {
		t.Errorf("empty stats = %+v", st)
	}
	SeedFilters(t, s)
	if _, err := s.SaveDocument(ctx, Doc("nolang", "", "", "no language"), nil); err != nil {
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

// SearchPassages: a long document's snippet is cut from the passage that
// holds the first match, whichever word matches first, through
// diacritics or a prefix; a match in the title only shows the text's
// beginning. Saving the document again or re-extracting its facts leaves
// its passages as they are.
func SearchPassages[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	filler := strings.Repeat("the ministry said talks on the frigate programme resumed. ", (1<<20)/58)
	third := len(filler) / 3
	text := "Opening words of the report. " + filler[:third] + "Egypt ordered more Rafale jets. " + filler[third:2*third] +
		"La coopération avec le Maroc continue. " + filler[2*third:] + "Closing Zephyr words."
	doc := &domain.Document{ID: "long", Source: "long.txt", Title: "Annual Kestrel report", Language: "en", Text: text}
	facts := []domain.Fact{{Type: domain.TypeTransfer, Supplier: Code("FR"), Recipient: Code("EG"), Confidence: 0.9, Rule: "L0"}}
	if _, err := s.SaveDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	// A short document has no passages.
	if _, err := s.SaveDocument(ctx, Doc("S", "en", "2024-01-01", "A short note on Rafale jets."), nil); err != nil {
		t.Fatal(err)
	}
	passages, terms := a.Count(t, s, "passages"), a.Count(t, s, "passage_terms")
	if passages < len(text)/rows.PassageSize || passages > 2*len(text)/rows.PassageSize || terms < 10 {
		t.Fatalf("%d passages, %d terms for %d bytes", passages, terms, len(text))
	}
	check := func(when string) {
		t.Helper()
		for _, tc := range []struct {
			q, want    string
			head, tail bool // the snippet starts (ends) the text: no "…"
		}{
			{"rafale jets", domain.HighlightStart + "Rafale" + domain.HighlightEnd, false, false},
			{"rafa*", domain.HighlightStart + "Rafale" + domain.HighlightEnd, false, false},
			{"cooperation", domain.HighlightStart + "coopération" + domain.HighlightEnd, false, false},
			{"maroc egypt", "Egypt" + domain.HighlightEnd + " ordered", false, false},
			{"zephyr", domain.HighlightStart + "Zephyr" + domain.HighlightEnd + " words.", false, true},
			{"kestrel", "Opening words of the report.", true, false},
		} {
			hits, err := s.SearchDocuments(ctx, tc.q, 10)
			if err != nil {
				t.Fatal(err)
			}
			var sn string
			for _, h := range hits {
				if h.ID == "long" {
					sn = h.Snippet
				}
			}
			if !strings.Contains(sn, tc.want) || len(sn) > 4*rows.SnippetRadius ||
				strings.HasPrefix(sn, "…") == tc.head || strings.HasSuffix(sn, "…") == tc.tail {
				t.Errorf("%s: %q: snippet %q, want %q in it (head %v, tail %v)", when, tc.q, sn, tc.want, tc.head, tc.tail)
			}
		}
	}
	check("saved")
	if res, err := s.SaveDocument(ctx, doc, facts); err != nil || res.Created {
		t.Fatalf("save again: %+v, %v", res, err)
	}
	facts[0].Confidence = 0.7
	if _, err := s.ReplaceFacts(ctx, "long", facts, false); err != nil {
		t.Fatal(err)
	}
	if p, n := a.Count(t, s, "passages"), a.Count(t, s, "passage_terms"); p != passages || n != terms {
		t.Errorf("after saving again and re-extracting: %d passages, %d terms; want %d, %d", p, n, passages, terms)
	}
	check("re-extracted")
}

// SearchWordForms: both stores find the words as written (case and
// accents folded, stop words kept, prefixes); a store that stems
// (Adapter.Stems: PostgreSQL, with each document's language) also finds
// their other forms in the document's language, and no more than that.
func SearchWordForms[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	for _, d := range []*domain.Document{
		Doc("en", "en", "2024-01-01", "The ministry ordered two missiles and a frigate."),
		Doc("fr", "fr", "2024-01-02", "La France livrera des frégates et des hélicoptères au Maroc."),
		Doc("es", "es", "2024-01-03", "España entregará patrulleros a Marruecos."),
		Doc("de", "de", "2024-01-04", "Deutschland liefert Panzer und Fregatten."),
		Doc("ar", "ar", "2024-01-05", "تسلمت مصر طائرات مقاتلة"),
		Doc("xx", "", "2024-01-06", "Unknown language: missiles ordered."),
	} {
		if _, err := s.SaveDocument(ctx, d, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		q             string
		want, stemmed []string // found by every store; and also by a stemming one
	}{
		// As written: both agree.
		{"missiles", []string{"en", "xx"}, nil},
		{"Frégates", []string{"fr"}, nil},
		{"fregates", []string{"fr"}, nil},
		{"helicopteres", []string{"fr"}, nil},
		{"patrulleros", []string{"es"}, nil},
		{"fregatten", []string{"de"}, nil},
		{"the", []string{"en"}, nil},
		{"und", []string{"de"}, nil},
		{"مصر", []string{"ar"}, nil},
		{"ordere*", []string{"en", "xx"}, nil},
		{"frigat*", []string{"en"}, nil},
		{"ministry ordered", []string{"en"}, nil},
		// Other forms of the words, in the document's language only: the
		// unknown language's document is not stemmed.
		{"missile", nil, []string{"en"}},
		{"ordering", nil, []string{"en"}},
		{"frigates", nil, []string{"en"}},
		{"frégate", nil, []string{"fr"}},
		{"hélicoptère", nil, []string{"fr"}},
		{"patrullero", nil, []string{"es"}},
		{"fregatte", nil, []string{"de"}},
		{"ministries order", nil, []string{"en"}},
		// Arabic is not stemmed.
		{"طائرة", nil, nil},
	} {
		want := append([]string{}, tc.want...)
		if a.Stems {
			want = append(want, tc.stemmed...)
		}
		slices.Sort(want)
		hits, err := s.SearchDocuments(ctx, tc.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, h := range hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q found %v, want %v (stems: %v)", tc.q, got, want, a.Stems)
		}
		// The register's text filter matches the same documents.
		page, err := s.SearchPage(ctx, domain.SearchQuery{Text: tc.q})
		if err != nil || page.Total != len(want) {
			t.Errorf("SearchPage(%q): %d, %v; want %d", tc.q, page.Total, err, len(want))
		}
	}
}

// LongText is a text of about n bytes (over rows.PassageMin: kept in
// passages) that names word once, in its middle.
func LongText(n int, word string) string {
	const sentence = "the ministry said talks on the frigate programme resumed. "
	half := strings.Repeat(sentence, n/len(sentence)/2+1)
	return half + "Egypt ordered more " + word + " jets. " + half
}

// CheckLongSnippet fails t unless a search for word finds document id
// with a short snippet around it, marked.
func CheckLongSnippet(t testing.TB, s interface {
	SearchDocuments(ctx context.Context, q string, limit int) ([]rows.SearchHit, error)
}, id, word string) {
	t.Helper()
	hits, err := s.SearchDocuments(context.Background(), word, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != id {
		t.Fatalf("%q: hits %+v, want %s", word, hits, id)
	}
	if sn := hits[0].Snippet; len(sn) > 4*rows.SnippetRadius || !strings.Contains(sn, domain.HighlightStart+word+domain.HighlightEnd) {
		t.Errorf("%q: snippet %q", word, sn)
	}
}
