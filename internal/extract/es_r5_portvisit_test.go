package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsR5PortVisit: a warship's port visit is no transfer; a ship bought
// or received that also calls at a port stays (es_r5_portvisit.go,
// lang_es.tsv kind port-visit). Sentences written for this test.
func TestEsR5PortVisit(t *testing.T) {
	tests := []factCase{
		{"an official visit", "es", "2024-05-12",
			"El destructor USS Pinckney (DDG-91) de la Armada de Estados Unidos arribó este lunes al puerto de Cartagena en el marco de una visita oficial de tres días.",
			nil},
		{"a courtesy visit", "es", "2024-05-12",
			"La fragata estadounidense USS Nimitz llegó a Lima en visita de cortesía.",
			nil},
		{"a call at a port", "es", "2024-05-12",
			"La fragata HMS Montrose, de la Marina Real británica, hizo escala en el puerto de Montevideo.",
			nil},
		{"aircraft come for an exercise", "es", "2024-05-12",
			"Seis cazas F-16 de la Fuerza Aérea de Chile aterrizaron en la base de El Plumerillo para participar en el ejercicio combinado Solidaridad.",
			nil},
		{"a headline: for an exercise", "es", "2024-05-12",
			"Aviones F-16 chilenos llegan a Argentina para ejercicio",
			nil},
		{"bought, then at an exercise", "es", "2024-05-12",
			"Perú compró a Corea del Sur dos patrulleros que participarán en el ejercicio Unitas.",
			[]string{"transfer KR>PE cat:ships"}},
		{"received, then called at a port", "es", "2024-05-12",
			"Colombia recibió de Estados Unidos el patrullero USCGC Reliance, que hizo escala en Cartagena.",
			[]string{"transfer US>CO x:reliance"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}
