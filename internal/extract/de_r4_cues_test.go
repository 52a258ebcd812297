package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeR4Cues: German cue words added to lang_de.tsv: "ohne Zögern" negates
// nothing (not-negation), "exportiert" supplies and delivers, the noun
// "Zusage" is a pledge (approved). Sentences written for this test.
func TestDeR4Cues(t *testing.T) {
	tests := []factCase{
		{"without hesitation is no negation", "de", "2024-05-12",
			"Ohne Zögern lieferte Dänemark der Ukraine 19 Caesar-Haubitzen.",
			[]string{"transfer DK>UA caesar q=19 delivered y=2024"}},
		{"exported", "de", "2024-05-12",
			"Deutschland exportierte 2023 zwei U-Boote vom Typ 209 nach Ägypten.",
			[]string{"transfer DE>EG type-209 q=2 delivered y=2023"}},
		{"a pledge as a noun", "de", "2024-05-12",
			"Die Zusage der Niederlande über 18 Panzerhaubitzen an die Ukraine gilt.",
			[]string{"transfer NL>UA cat:artillery q=18 approved y=2024"}},
		{"without an order is still a negation", "de", "2024-05-12",
			"Ohne einen Vertrag liefert Deutschland keine Leopard-Panzer an Katar.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
