package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// Doc is a test document: source "corpus/dev/<id>.txt", title "Title of
// <id>", a fixed fetch time with nanoseconds.
func Doc(id, lang, published, text string) *domain.Document {
	return &domain.Document{
		ID:        id,
		Source:    "corpus/dev/" + id + ".txt",
		Title:     "Title of " + id,
		Site:      "example.org",
		Language:  lang,
		Published: published,
		Fetched:   time.Date(2025, 3, 1, 12, 30, 0, 123456789, time.UTC),
		Format:    "text",
		Text:      text,
	}
}

// Code is a country party.
func Code(c string) *domain.Party { return &domain.Party{Code: c} }

// Org is an organisation party.
func Org(o string) *domain.Party { return &domain.Party{Org: o} }

// ThreeFacts are facts of three types, with an organisation as a party and
// a fully described system: a transfer (US to MA, 18 M142 HIMARS, $524m),
// an agreement between FR and the African Union (5 years) and MA's
// membership of the African Union (id "au").
func ThreeFacts() []domain.Fact {
	return []domain.Fact{
		{
			Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"),
			System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Designation: "M142",
				Aliases: []string{"HIMARS"}, Category: "artillery", Origin: "US", Maker: "Lockheed Martin", Mention: "HIMARS"},
			Quantity: 18, Value: &domain.Money{Amount: 524e6, Currency: "USD", Qualifier: "about"}, ValueUSD: 524e6,
			Stage: domain.StageApproved, Year: 2024, Date: "2024-03-12",
			Notice:      &domain.Notice{Transmittal: "24-12", Date: "2024-03-12"},
			Evidence:    domain.Evidence{Start: 0, End: 60, Text: "The sale of 18 HIMARS to Morocco was approved."},
			Attribution: "DSCA", Confidence: 0.9, Rule: "transfer/approve",
		},
		{
			Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Org: "African Union"}},
			Name: "Cooperation accord", Year: 2023, DurationYears: 5,
			Evidence:   domain.Evidence{Start: 61, End: 100, Text: "France and the African Union signed an accord."},
			Confidence: 0.7, Rule: "agreement/sign",
		},
		{
			Type: domain.TypeMembership, Member: Code("MA"),
			Organization: &domain.Named{ID: "au", Name: "African Union", Aliases: []string{"AU", "UA"}},
			Year:         2017, Evidence: domain.Evidence{Start: 101, End: 130, Text: "Morocco rejoined the AU in 2017."},
			Confidence: 0.8, Rule: "membership/join",
		},
	}
}

// ThreeFactsText is a document text for ThreeFacts.
const ThreeFactsText = "The sale of 18 HIMARS to Morocco was approved. France and the African Union signed an accord."

// SeedFilters stores four documents (A to D) in four languages with eight
// facts. Each fact's Rule is its key: document letter and position. Their
// confidences: A0 0.9, A1 0.6, A2 0.3, B0 0.5, B1 0.45, C0 0.8, C1 0.2,
// D0 0.7.
func SeedFilters(t testing.TB, s domain.Store) {
	t.Helper()
	ctx := context.Background()
	himars := &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Designation: "M142", Aliases: []string{"HIMARS"}, Category: "artillery"}
	caesar := &domain.System{ID: "caesar", Name: "CAESAR", Aliases: []string{"Camion équipé d'un système d'artillerie"}, Category: "artillery"}
	f16 := &domain.System{ID: "f-16", Name: "F-16 Fighting Falcon", Designation: "F-16", Category: "aircraft"}
	for _, d := range []struct {
		doc   *domain.Document
		facts []domain.Fact
	}{
		{Doc("A", "en", "2024-05-01", "Washington approved the sale of eighteen HIMARS launchers to Morocco, which also joined training programs."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"), System: himars, Stage: domain.StageApproved, Year: 2024, ValueUSD: 524e6, Confidence: 0.9, Rule: "A0"},
			{Type: domain.TypeAssistance, Provider: Code("US"), Recipient: Code("MA"), Program: &domain.Named{Name: "IMET"}, Year: 2024, Confidence: 0.6, Rule: "A1"},
			{Type: domain.TypeMembership, Member: Code("MA"), Organization: &domain.Named{Name: "African Union"}, Year: 2017, Confidence: 0.3, Rule: "A2"},
		}},
		{Doc("B", "fr", "2023-02-10", "La France livrera des canons Caesar au Maroc selon un accord de coopération."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: Code("FR"), Recipient: Code("MA"), System: caesar, Stage: domain.StageOrdered, Confidence: 0.5, Rule: "B0"},
			{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Code: "MA"}}, Name: "Accord de coopération", Year: 2022, Confidence: 0.45, Rule: "B1"},
		}},
		{Doc("C", "ar", "2025-01-15", "تسلمت مصر طائرات إف-16 من الولايات المتحدة"), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("EG"), System: f16, Stage: domain.StageDelivered, Year: 2025, Confidence: 0.8, Rule: "C0"},
			{Type: domain.TypeAssistance, Provider: Code("US"), Recipient: Org("African Union"), Program: &domain.Named{Name: "ACOTA"}, Confidence: 0.2, Rule: "C1"},
		}},
		{Doc("D", "es", "", "España entregará patrulleros a Marruecos."), []domain.Fact{
			{Type: domain.TypeTransfer, Supplier: Code("ES"), Recipient: Code("MA"), System: &domain.System{Category: "ships", Mention: "patrulleros"}, Stage: domain.StageOther, Year: 2022, Confidence: 0.7, Rule: "D0"},
		}},
	} {
		if _, err := s.SaveDocument(ctx, d.doc, d.facts); err != nil {
			t.Fatal(err)
		}
	}
}

// Keys are the Rules of facts, in order (never nil).
func Keys(fs []domain.StoredFact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// seedRank stores four documents of transfers and stated totals (r1 to r4).
func seedRank(t testing.TB, s domain.Store) {
	t.Helper()
	ctx := context.Background()
	sys := func(id string) *domain.System { return &domain.System{ID: id, Name: id} }
	tr := func(sup, rec, system string, usd float64) domain.Fact {
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: Code(sup), Recipient: Code(rec), ValueUSD: usd}
		if system != "" {
			f.System = sys(system)
		}
		return f
	}
	sure := func(f domain.Fact) domain.Fact { f.Confidence = 0.5; return f }
	agg := func(sup, rec string, usd float64) domain.Fact {
		return domain.Fact{Type: domain.TypeAggregate, Supplier: Code(sup), Recipient: Code(rec), ValueUSD: usd}
	}
	for _, d := range []struct {
		id, published string
		facts         []domain.Fact
	}{
		// A stated total and two of its items: 8.5bn, not 10bn.
		{"r1", "2024-03-01", []domain.Fact{agg("US", "MA", 8.5e9), tr("US", "MA", "himars", 0.5e9), tr("US", "MA", "f-16", 1e9)}},
		// The only facts extracted with a confidence (the others have 0).
		{"r2", "2023-06-01", []domain.Fact{sure(tr("US", "MA", "javelin", 0.1e9)), sure(tr("FR", "MA", "caesar", 0.2e9))}},
		// Items that exceed the stated total: the items win (3bn). The same
		// system twice counts as one system.
		{"r3", "2024-07-01", []domain.Fact{tr("US", "EG", "f-16", 1e9), tr("US", "EG", "abrams", 2e9), tr("US", "EG", "f-16", 0), agg("US", "EG", 2.5e9)}},
		// Many facts, little money; and a partner outside Africa.
		{"r4", "2024-09-01", []domain.Fact{
			tr("US", "NG", "a-29", 0.5e9), tr("US", "NG", "", 0), tr("US", "NG", "", 0), tr("US", "NG", "", 0), tr("US", "NG", "m4", 0),
			tr("US", "SA", "patriot", 20e9),
			{Type: domain.TypeAssistance, Provider: Code("US"), Recipient: Code("MA"), ValueUSD: 1e9},
		}},
	} {
		doc := Doc(d.id, "en", d.published, "text of "+d.id)
		if _, err := s.SaveDocument(ctx, doc, d.facts); err != nil {
			t.Fatal(err)
		}
	}
}
