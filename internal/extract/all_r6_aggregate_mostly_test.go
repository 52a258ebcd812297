package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestMostlyAggregate: the value of deliveries "mostly" of one kind is
// the pair's aggregate, not that kind's price (all_r6_aggregate_mostly.go).
// Sentences written for this test.
func TestMostlyAggregate(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"en: mainly", "en", "2020-06-01",
			"Exports\n\nSweden delivered arms to Norway worth €60 million last year, mainly ammunition.",
			[]string{"aggregate SE>NO EUR=60000000"}},
		{"fr: principalement", "fr", "2020-06-01",
			"Exportations\n\nLa Suède a livré à la Norvège pour 60 millions d'euros de matériel, principalement des munitions.",
			[]string{"aggregate SE>NO EUR=60000000"}},
		{"es: sobre todo", "es", "2020-06-01",
			"Exportaciones\n\nSuecia entregó a Noruega material por 60 millones de euros, sobre todo municiones.",
			[]string{"aggregate SE>NO EUR=60000000"}},
		{"de: überwiegend, reported", "de", "2020-06-01",
			"Exporte\n\nSchweden lieferte im vergangenen Jahr Rüstungsgüter nach Norwegen. Bei den Lieferungen an Norwegen im Umfang von 60 Millionen Euro habe es sich überwiegend um Munition gehandelt.",
			[]string{"aggregate SE>NO EUR=60000000"}},
		{"ar: معظمها", "ar", "2020-06-01",
			"صادرات\n\nسلمت السويد النرويج معدات بقيمة 60 مليون يورو، معظمها ذخائر.",
			[]string{"aggregate SE>NO EUR=60000000"}},
	}
	checkFacts(t, tests, show)
}

// TestFittedForms: missiles a ship or a vehicle is "dotada de", "armadas
// con", "ausgerüstet mit" are its equipment, so its price is no aggregate
// over two systems. Sentences written for this test.
func TestFittedForms(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"es: dotadas de", "es", "2020-06-01",
			"Compra\n\nChile firmó la compra de dos fragatas británicas Type 23 dotadas de misiles, por un total de 350 millones de dólares.",
			nil},
		{"es: armadas con", "es", "2020-06-01",
			"Compra\n\nChile firmó la compra de dos fragatas británicas Type 23 armadas con misiles, por un total de 350 millones de dólares.",
			nil},
	}
	checkFacts(t, tests, show)
}
