package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsR5Designer: the state of a design is no party to a ship built at
// home; a state where the goods were built still sells
// (es_r5_designer.go, lang_es.tsv kind designer). Sentences written for
// this test.
func TestEsR5Designer(t *testing.T) {
	tests := []factCase{
		{"a design adjective", "es", "2024-05-12",
			"La Armada de Colombia incorporó el buque ARC Victoria, construido por Cotecmar con diseño alemán.",
			nil},
		{"a designer company's state", "es", "2024-05-12",
			"La Marina de Guerra del Perú incorporó el BAP Pisco, construido por el SIMA con diseño de la surcoreana Dae Sun.",
			nil},
		{"designed by", "es", "2024-05-12",
			"La Armada de México botó el buque ARM Reformador, diseñado por la neerlandesa Damen.",
			nil},
		{"built abroad: the builder's state sells", "es", "2024-05-12",
			"La Armada Argentina incorporó el ARA Bouchard, construido por Naval Group en Francia.",
			[]string{"transfer FR>AR x:bouchard"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}
