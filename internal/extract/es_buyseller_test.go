package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsBuySeller: the state after "a" at a purchase sells even when the
// maker's state is named elsewhere; "no solo" negates nothing (texts
// written for this test).
func TestEsBuySeller(t *testing.T) {
	tests := []factCase{
		{"es: la compra de los F-16 a Dinamarca, with the maker's state named", "es", "2026-02-07",
			"Argentina, que negocia un acuerdo comercial con Estados Unidos, concretó la compra de los cazas F-16 a Dinamarca por 300 millones de dólares.",
			[]string{"transfer DK>AR f-16 USD=300000000 ordered y=2026"}},
		{"es: the maker sells when no one else is named at the purchase", "es", "2026-02-07",
			"Estados Unidos aprobó la venta de seis helicópteros UH-60 a Colombia.",
			[]string{"transfer US>CO uh-60-black-hawk q=6 approved y=2026"}},
		{"es: no solo is not a negation", "es", "2026-02-07",
			"El Gobierno no solo recibió ocho blindados Stryker de Estados Unidos, también prepara nuevas compras para el Ejército de Argentina.",
			[]string{"transfer US>AR stryker q=8 delivered y=2026"}},
		{"es: the upgraded platform's class name is no sale either", "es", "2026-02-07",
			"Navantia se encarga de la modernización de las cinco fragatas F-100 de la clase Álvaro de Bazán, con cinco lanzadores MK 41 vendidos por Estados Unidos a España.",
			[]string{"transfer US>ES mk-41-vls q=5 ordered y=2026"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
