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
		{"received, then called at a port", "es", "2024-05-12",
			"Colombia recibió de Estados Unidos el patrullero USCGC Reliance, que hizo escala en Cartagena.",
			[]string{"transfer US>CO x:reliance"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}
