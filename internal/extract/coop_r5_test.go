package extract

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopR5AidList: aid shared out among several states, each with its
// own amount (coop_r5_aidlist.go), and a state-run program's one unmarked
// state with an amount (aid_programs.go). Sentences written for this test.
func TestCoopR5AidList(t *testing.T) {
	tests := []factCase{
		{"en state then amount", "en", "2025-06-01",
			"Under Section 333, the Pentagon will give Jordan $138 million, Lebanon $120 million and Oman $12 million.",
			[]string{"US JO 138000000", "US LB 120000000", "US OM 12000000"}},
		{"en amount then state", "en", "2025-06-01",
			"The Pentagon will provide military aid worth $138 million to Jordan, $120 million to Lebanon and $12 million to Oman.",
			[]string{"US JO 138000000", "US LB 120000000", "US OM 12000000"}},
		{"en two clauses", "en", "2025-06-01",
			"Tunisia will get $31 million from the Pentagon's Train and Equip Fund, while Morocco will receive $18 million.",
			[]string{"US TN 31000000", "US MA 18000000"}},
		{"fr amount then state", "fr", "2025-06-01",
			"Le Pentagone accordera 31 millions de dollars à la Tunisie et 18 millions au Maroc au titre de son fonds de formation et d'équipement.",
			[]string{"US TN 31000000", "US MA 18000000"}},
		{"es amount then state", "es", "2025-06-01",
			"El Pentágono entregará 31 millones de dólares a Túnez y 18 millones a Marruecos en ayuda militar.",
			[]string{"US TN 31000000", "US MA 18000000"}},
		{"de giver first", "de", "2025-06-01",
			"Die USA geben Tunesien 31 Millionen Dollar und Marokko 18 Millionen Dollar Militärhilfe.",
			[]string{"US TN 31000000", "US MA 18000000"}},
		{"en program, future receipt", "en", "2025-06-01",
			"Jordan will get $425 million in FMF.",
			[]string{"US JO 425000000"}},
		{"en granted, double object", "en", "2025-06-01",
			"Britain granted Ukraine £2.3 billion in military aid in 2024.",
			[]string{"GB UA 2300000000"}},
		{"en goods under a program, no amount", "en", "2025-06-01",
			"The patrol boats were transferred to Ghana under the Excess Defense Articles program.",
			[]string{"US GH"}},
		{"en received through a program", "en", "2025-06-01",
			"Nigeria's navy received the ship through the Excess Defense Articles programme in 2014.",
			[]string{"US NG"}},
		{"en program for a list of states", "en", "2025-06-01",
			"Through ACOTA, the United States has trained peacekeepers from Ghana, Senegal and Rwanda.",
			[]string{"US GH", "US SN", "US RW"}},
		{"en kind of assistance with an amount", "en", "2025-06-01",
			"Vietnam received $12.5 million in maritime law enforcement assistance from the United States.",
			[]string{"US VN 12500000"}},
		// near misses: export approvals per buyer are no aid
		{"en program named, nothing given", "en", "2025-06-01",
			"Congress debated the future of the Excess Defense Articles program on Tuesday.", nil},
		{"de export ranking", "de", "2025-06-01",
			"Die Bundesregierung genehmigte Rüstungsexporte im Wert von 1,7 Milliarden Euro nach Ungarn und 800 Millionen Euro nach Ägypten.",
			nil},
		{"en sales per buyer", "en", "2025-06-01",
			"France sold arms worth €2 billion to Egypt and €1 billion to India last year.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAssistance {
			return "", false
		}
		v := ""
		if f.Value != nil {
			v = " " + strconv.FormatFloat(f.Value.Amount, 'f', 0, 64)
		}
		return f.Provider.String() + " " + f.Recipient.String() + v, true
	})
}

// TestCoopR5Member: a status is a membership with no word of membership, an
// organisation inside another's name and a relation with an organisation
// are none, nor an intended designation (coop_r5_member.go). Sentences
// written for this test.
func TestCoopR5Member(t *testing.T) {
	tests := []factCase{
		{"en became a status", "en", "2025-06-01",
			"Kenya became a major non-NATO ally in June 2024.",
			[]string{"KE mnna"}},
		{"en status in apposition", "en", "2025-06-01",
			"Morocco, a major non-NATO ally since 2004, buys most of its weapons from the United States.",
			[]string{"MA mnna"}},
		{"en NATO's Dialogue", "en", "2025-06-01",
			"Mauritania is a partner in NATO's Mediterranean Dialogue.",
			[]string{"MR mediterranean-dialogue"}},
		{"ar partner of NATO in the Dialogue", "ar", "2025-06-01",
			"يعد الأردن شريكا للناتو منذ عام 1995 في إطار الحوار المتوسطي.",
			[]string{"JO mediterranean-dialogue"}},
		{"en partnership with", "en", "2025-06-01",
			"Ukraine's partnership with NATO has deepened since 2014.", nil},
		{"de aspiration", "de", "2025-06-01",
			"Die Ukraine strebt einen Beitritt zur NATO an.", nil},
		{"en intended status", "en", "2025-06-01",
			"Washington intends to designate Qatar a major non-NATO ally.", nil},
		{"ar intended status", "ar", "2025-06-01",
			"أعلن مسؤول أمريكي أن واشنطن تعمل على إعلان قطر حليفا رئيسيا من خارج الحلف.", nil},
		{"de intended status", "de", "2025-06-01",
			"Washington beabsichtigt, Katar als wichtigen Verbündeten außerhalb der NATO einzustufen.", nil},
		{"en designated", "en", "2025-06-01",
			"Biden designated Kenya as a Major Non-NATO Ally on Thursday.",
			[]string{"KE mnna"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}

// TestCoopR5Agreement: a list of signers cut by commas, one signer with
// several partners, idioms that are no agreement (coop_r5_agreement.go),
// plural cooperation agreements. Sentences written for this test.
func TestCoopR5Agreement(t *testing.T) {
	tests := []factCase{
		{"de list of six signers", "de", "2024-02-14",
			"Am Rande des Treffens unterzeichneten Deutschland, Frankreich, Griechenland, Italien, Spanien und die Türkei eine Absichtserklärung zur Entwicklung eines Seefernaufklärers.",
			[]string{"DE,ES,FR,GR,IT,TR"}},
		{"fr one signer, three partners", "fr", "2025-06-01",
			"Le Maroc a signé des accords militaires avec le Nigeria, le Rwanda et l'Éthiopie.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"fr one signer, then another", "fr", "2025-06-01",
			"Le Maroc a signé un accord militaire avec le Nigeria, puis un autre avec le Rwanda en 2022.",
			[]string{"MA,NG", "MA,RW"}},
		{"es one signer, three partners", "es", "2025-06-01",
			"Perú firmó convenios de cooperación militar con Colombia, Chile y Ecuador en 2023.",
			[]string{"CO,PE", "CL,PE", "EC,PE"}},
		{"ar one signer, three partners", "ar", "2025-06-01",
			"وقع المغرب اتفاقيات تعاون عسكري مع كل من نيجيريا ورواندا وإثيوبيا.",
			[]string{"MA,NG", "MA,RW", "ET,MA"}},
		{"fr plural conventions with an amount", "fr", "2012-08-02",
			"La Côte d'Ivoire et la France ont signé deux conventions de coopération militaire d'un montant de 1,5 milliard de francs CFA.",
			[]string{"CI,FR"}},
		{"fr en signant", "fr", "2025-06-01",
			"Niamey et Moscou ont renforcé leur coopération en signant un accord militaire.",
			[]string{"NE,RU"}},
		{"en two signers with a third", "en", "2025-06-01",
			"Japan and the Philippines signed an agreement with the United States.",
			[]string{"JP,PH,US"}},
		// a plain contract word among sentences about a weapon is the sale
		{"de Vertrag beside a tank deal", "de", "2024-03-05",
			"Deutschland und Polen haben den Vertrag am Dienstag unterzeichnet, teilte das Ministerium mit.\n\nPolen erhält 44 Leopard-Panzer.", nil},
		{"en declaration of cooperation beside a deal", "en", "2023-09-28",
			"Germany and Israel signed the Arrow 3 deal on Thursday.\n\nThe two ministers also signed a separate declaration strengthening the defence cooperation between the two countries.",
			[]string{"DE,IL"}},
		// near misses: idioms
		{"es en el marco de", "es", "2025-06-01",
			"En el marco de su visita a Madrid en 2023, el ministro colombiano se reunió con su homóloga española.", nil},
		{"es estar de acuerdo", "es", "2025-06-01",
			"España y Turquía están de acuerdo en reforzar su cooperación militar, según dijeron en 2024.", nil},
		{"fr être d'accord", "fr", "2025-06-01",
			"La France et l'Allemagne sont d'accord pour lancer le SCAF, ont-ils déclaré en 2017.", nil},
		{"fr protocole d'accord stays", "fr", "2023-03-12",
			"L'Algérie et l'Italie ont signé un protocole d'accord dans le domaine de la défense.",
			[]string{"DZ,IT"}},
	}
	checkFacts(t, tests, agreementParties)
}

// TestCoopR5Exercise: an exercise the lexicon names in capitals is found
// in mixed case too ("Panamax 2018"); joint training is an exercise word
// in Spanish. Sentences written for this test.
func TestCoopR5Exercise(t *testing.T) {
	tests := []factCase{
		{"es quoted name after joint training", "es", "2023-06-01",
			"Militares de España y Marruecos participaron en el adiestramiento conjunto \"Gazela 2023\".",
			[]string{"Gazela 2023 2023"}},
		{"es lexicon name in mixed case", "es", "2018-08-01",
			"Fuerzas de 20 países participan en Panamax 2018, que se celebra en Panamá y Estados Unidos.",
			[]string{"PANAMAX 2018"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeExercise {
			return "", false
		}
		return f.Name + " " + strconv.Itoa(f.Year), true
	})
}

// TestCoopR5Aggregate: war material is arms ("Kriegsmaterial"). Sentences
// written for this test.
func TestCoopR5Aggregate(t *testing.T) {
	tests := []factCase{
		{"de Kriegsmaterial", "de", "2024-03-01",
			"Die Schweiz exportierte 2023 Kriegsmaterial im Wert von 76 Millionen Franken in die USA.",
			[]string{"CH US"}},
		{"de budget is none", "de", "2024-03-01",
			"Der Verteidigungshaushalt der Schweiz beträgt 2024 rund 5,9 Milliarden Franken.", nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAggregate {
			return "", false
		}
		return f.Supplier.String() + " " + f.Recipient.String(), true
	})
}

// TestCoopR5Currency: a currency name several states use is the one of
// the giver or the recipient that uses it (coop_r5_currency.go). Sentences
// written for this test.
func TestCoopR5Currency(t *testing.T) {
	tests := []factCase{
		{"ar dinar to Jordan", "ar", "2025-06-01",
			"قدمت السعودية هبة بقيمة 10 ملايين دينار للجيش الأردني.",
			[]string{"JOD"}},
		{"ar dirham from the Emirates", "ar", "2025-06-01",
			"قدمت الإمارات منحة عسكرية بقيمة 100 مليون درهم للجيش الموريتاني.",
			[]string{"AED"}},
		{"fr dirham from Morocco stays", "fr", "2025-06-01",
			"Rabat a fait un don de 20 millions de dirhams aux forces armées mauritaniennes.",
			[]string{"MAD"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAssistance || f.Value == nil {
			return "", false
		}
		return f.Value.Currency, true
	})
	if got := pairCurrency(domain.Money{Amount: 1, Currency: "NOK"}, "DK", "UA").Currency; got != "DKK" {
		t.Errorf("kroner from Denmark: %s, want DKK", got)
	}
	if got := pairCurrency(domain.Money{Amount: 1, Currency: "XOF"}, "FR", "CM").Currency; got != "XAF" {
		t.Errorf("CFA francs to Cameroon: %s, want XAF", got)
	}
}

// agreementParties shows an agreement as its parties' codes, sorted and
// joined ("DZ,IT"); other facts are left out.
func agreementParties(f domain.Fact) (string, bool) {
	if f.Type != domain.TypeAgreement {
		return "", false
	}
	var codes []string
	for _, p := range f.Parties {
		codes = append(codes, p.String())
	}
	sort.Strings(codes)
	return strings.Join(codes, ","), true
}
