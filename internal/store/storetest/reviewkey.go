package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// ReviewKeyMatchesSQL: the key the database computes for a stored fact
// (the dialect's FactKey), by which the readers join reviews, is
// rows.Key, by which reviews are recorded and re-extraction matches
// them, for every way a fact is keyed.
func ReviewKeyMatchesSQL[S Store](t *testing.T, a Adapter[S]) {
	if a.ReviewKey == nil {
		t.Skip("the adapter gives no ReviewKey")
	}
	s := a.open(t)
	facts := []domain.Fact{
		{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Code: "MA"}, System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS"}},
		{Type: domain.TypeTransfer, Supplier: &domain.Party{Org: "ÉTAT Major <&>"}, Recipient: &domain.Party{Code: "DE"}, System: &domain.System{Name: "Ärmel Ü-Boot"}},
		{Type: domain.TypeTransfer, Recipient: &domain.Party{Code: "NG"}, System: &domain.System{Category: "ships", Mention: "patrol boats"}},
		{Type: domain.TypeAssistance, Provider: &domain.Party{Code: "US"}, Recipient: &domain.Party{Org: "African Union"}, Program: &domain.Named{Name: "ACOTA"}},
		{Type: domain.TypeMembership, Member: &domain.Party{Code: "MA"}, Organization: &domain.Named{ID: "au", Name: "Union Africaine"}},
		{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Org: "Ünion Ärabe"}, {Org: `Quote "Q"`}}, Name: "Accord de Défense"},
		{Type: domain.TypeExercise, Parties: []domain.Party{{Code: "US"}, {Code: "MA"}}, Name: "مناورات الأسد الأفريقي"},
		{Type: "Transfer"},
	}
	if _, err := s.SaveDocument(context.Background(), &domain.Document{ID: "k", Source: "k.txt", Language: "en"}, facts); err != nil {
		t.Fatal(err)
	}
	for i := range facts {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			sqlKey := a.ReviewKey(t, s, "k", i)
			goKey, err := rows.Key(&facts[i])
			if err != nil {
				t.Fatal(err)
			}
			if goKey != sqlKey {
				t.Errorf("rows.Key = %q, SQL key = %q", goKey, sqlKey)
			}
		})
	}
}
