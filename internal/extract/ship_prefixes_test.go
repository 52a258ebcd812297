package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestShipNames: a navy's prefix in capitals makes the name after it a
// ship, unless the sentence names the ships' class. Lines written for
// this test.
func TestShipNames(t *testing.T) {
	tests := []factCase{
		{name: "English: BRP and two of a class ordered", lang: "en", pub: "2025-04-15",
			text: "The Philippine Navy welcomed BRP Miguel Malvar (FFG-06), the first of two corvettes ordered from South Korea in 2021.",
			want: []string{"transfer KR>PH x:brp-miguel-malvar", "transfer KR>PH x:brp-miguel-malvar"}}, // en_r2_welcomed.go: the first welcomed (delivered) and the two ordered
		{name: "Spanish: after the noun, the name alone (es_exprefix.go)", lang: "es", pub: "2021-03-02",
			text: "Ecuador recibió de Estados Unidos el guardacostas USCGC Anacapa, que sirvió durante 30 años.",
			want: []string{"transfer US>EC x:anacapa"}},
		{name: "Spanish: the class named, the ships' names add nothing", lang: "es", pub: "2020-05-02",
			text: "Chile recibió de Australia dos fragatas clase Adelaide, las HMAS Melbourne y HMAS Newcastle.",
			want: []string{"transfer AU>CL oliver-hazard-perry"}},
		{name: "English: a lower-case word is no ship's name", lang: "en", pub: "2025-04-15",
			text: "Nigeria received two patrol boats from Britain in 2024, HMS instructors said.",
			want: []string{"transfer GB>NG cat:ships"}},
		{name: "French: the carrier the jets are for", lang: "fr", pub: "2025-04-29",
			text: "L'Inde et la France ont signé lundi un accord pour l'achat de 26 Rafale Marine destinés au porte-avions INS Vikrant.",
			want: []string{"transfer FR>IN rafale"}},
		{name: "English: HMS Ocean sold", lang: "en", pub: "2018-04-05",
			text: "Britain sold HMS Ocean to Brazil in 2018.",
			want: []string{"transfer GB>BR x:hms-ocean"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}
