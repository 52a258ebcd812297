package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR16OtherCustomers: a sentence that names other buyers of the system
// named just before it, without naming it again, gets a candidate of that
// system to each buyer, flagged by its construction (all_r16_customers_other.go).
// Sentences written for this test, after the seen constructions.
func TestR16OtherCustomers(t *testing.T) {
	x := New(lexicon.Default()) // candidates as the model sees them
	tests := []flagCase{
		{"es: also chosen by, a list", "es",
			"Portugal compra aviones.\n\nEl Gobierno firmó en 2019 la compra de cinco aviones KC-390 a Embraer. El avión ha sido escogido también por Hungría, que encargó dos unidades en 2020, y por Austria.",
			[]string{"transfer BR>HU c-390"}, nil},
		{"de: auch ... gekauft, a list", "de",
			"Leopard-Panzer für Europa.\n\nNorwegen hat 54 Leopard 2A8 bei KNDS bestellt. Auch Tschechien und die Slowakei haben 2023 bestellt.",
			[]string{"transfer DE>CZ leopard-2a8", "transfer DE>SK leopard-2a8"}, nil},
		{"de: weitere Kunden", "de",
			"Luftabwehr aus Überlingen.\n\nÄgypten hat 2019 das System IRIS-T SLM bestellt. Weitere Kunden sind Norwegen und Estland.",
			[]string{"transfer DE>NO iris-t-slm", "transfer DE>EE iris-t-slm"}, nil},
		{"en: first of the class gifted, second went to", "en",
			"Tonga gets patrol boat.\n\nAustralia handed over a Guardian-class patrol boat to Tonga on Friday. The first boat of the class was gifted to Papua New Guinea in 2018 and the second went to Tuvalu in April.",
			[]string{"transfer AU>PG austal-cape-class", "transfer AU>TV austal-cape-class"}, nil},
		{"ar: also bought, of the same type", "ar",
			"مصر تشتري رافال.\n\nوقعت مصر عقدا لشراء 30 طائرة رافال من فرنسا. واشترت الهند أيضا طائرات من الطراز نفسه.",
			[]string{"transfer FR>IN rafale"}, nil},
		{"es: already operated by, with no stage, is no transfer (annotating.md)", "es",
			"Vietnam compra obuses.\n\nVietnam firmó un contrato por 20 obuses K9 Thunder con Hanwha. El modelo ya lo operan también Polonia y Egipto.",
			nil, []string{"transfer KR>PL k9-thunder", "transfer KR>EG k9-thunder"}},
		{"fr: in service in, with no stage, is no transfer", "fr",
			"La Bulgarie commande des avions.\n\nLa Bulgarie a commandé huit F-16 Block 70 en 2019. L'avion est déjà en service en Grèce et en Croatie.",
			nil, []string{"transfer US>GR f-16-block-70-72", "transfer US>HR f-16-block-70-72"}},
		{"fr: also ordered, a list, beside fr_customers.go", "fr",
			"La Bulgarie commande des avions.\n\nLa Bulgarie a commandé huit F-16 Block 70 en 2019. La Slovaquie et la Grèce ont aussi commandé l'avion.",
			[]string{"transfer US>SK f-16-block-70-72", "transfer US>GR f-16-block-70-72"}, nil},
		{"the seller's own state is no other customer", "en",
			"Poland orders tanks.\n\nPoland has ordered 250 M1A2 Abrams tanks. The United States Army also operates the tank.",
			nil, []string{"transfer US>US m1-abrams"}},
		{"the seller's own territory is no other customer", "en",
			"France orders patrol boats.\n\nThe French Navy has received the first of three P400-class patrol vessels. French Guiana also received a vessel in 2023.",
			nil, []string{"transfer FR>GF p400-class"}},
		{"a sentence naming another kind of arms is not about the system", "en",
			"Poland orders tanks.\n\nPoland has ordered 250 M1A2 Abrams tanks. Romania also ordered artillery shells in 2023.",
			nil, []string{"transfer US>RO m1-abrams"}},
	}
	checkFlagged(t, x, tests, func(f string) bool { return strings.HasPrefix(f, "transfer|flag=customers-") })
}
