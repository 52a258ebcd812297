package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestBorder: a state on the other side of a border is named but no party
// ("frontera con Nicaragua", "frontière avec le Mali", "border with
// Poland", "Grenze zur Ukraine", "الحدود مع الجزائر"). Sentences written
// for this test.
func TestBorder(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // the states named
	}{
		{"es", "Los aviones vigilarán la frontera con Nicaragua y llegarán a Guatemala.", []string{"GT"}},
		{"fr", "Les drones surveilleront la frontière avec le Mali depuis le Niger.", []string{"NE"}},
		{"en", "Lithuania will deploy the radars along its border with Belarus.", []string{"LT"}},
		{"de", "Polen stationiert die Panzer an der Grenze zur Ukraine.", []string{"PL"}},
		{"ar", "نشر المغرب الطائرات على الحدود مع الجزائر.", []string{"MA"}},
		{"es", "Chile compró a Perú dos fragatas.", []string{"CL", "PE"}},
	}
	for _, tc := range tests {
		checkStatesNamed(t, tc.lang, tc.text, tc.want, dropBorder)
	}
}

// TestCurrencyOf: a state named after its currency ("dólares de EE. UU.",
// "dollars des États-Unis") is no party to the deal. Sentences written for
// this test.
func TestCurrencyOf(t *testing.T) {
	tests := []factCase{
		{"Spanish: dólares de EE. UU.", "es", "",
			"La Armada de Chile recibió de Australia dos fragatas Adelaide. Chile pagó 70 millones de dólares de EE. UU. por las naves.",
			[]string{"transfer AU>CL"}},
		{"Spanish: dólares de los Estados Unidos", "es", "",
			"Chile compró a Australia dos fragatas Adelaide por 70 millones de dólares de los Estados Unidos.",
			[]string{"transfer AU>CL"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		w := strings.Fields(pairOf(f))
		return strings.Join(w[:min(2, len(w))], " "), f.Type == domain.TypeTransfer
	})
}

// TestValueForTheKind: an amount whose sentence names only the kind of the
// pair's one system ("خمس سفن حربية … بقيمة ملياري يورو" after the Avante
// 2200 was named) is that system's value, not an aggregate. Sentences written
// for this test.
func TestValueForTheKind(t *testing.T) {
	tests := []factCase{
		{"Arabic: the kind in the amount's sentence", "ar", "",
			"وقعت السعودية مع إسبانيا اتفاقا لبناء خمس سفن طراز أفانتي 2200 تسلم في 2022.\n\nوتقتني السعودية خمس سفن حربية من إسبانيا بقيمة ملياري يورو.",
			[]string{"transfer ES>SA avante-2200 EUR 2000000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		s := pairOf(f)
		if f.Value != nil {
			s += " " + f.Value.Currency + " " + strconv.FormatFloat(f.Value.Amount, 'f', 0, 64)
		}
		return s, f.Type == domain.TypeTransfer || f.Type == domain.TypeAggregate
	})
}

// TestDescriptionValue: a sentence telling the prior transfer again with
// only its price gives that transfer its value. Sentences written for this
// test.
func TestDescriptionValue(t *testing.T) {
	tests := []factCase{
		{"Spanish: the helicopters and their price", "es", "",
			"Brasil encargó a Estados Unidos 12 helicópteros UH-60 Black Hawk. Las aeronaves se compran por un acuerdo que Washington aprobó por unos 950 millones de dólares.",
			[]string{"transfer US>BR uh-60-black-hawk USD 950000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		s := pairOf(f)
		if f.Value != nil {
			s += " " + f.Value.Currency + " " + strconv.FormatFloat(f.Value.Amount, 'f', 0, 64)
		}
		return s, f.Type == domain.TypeTransfer || f.Type == domain.TypeAggregate
	})
}
