package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopNearMisses: agreements between companies, aid that is
// humanitarian or economic, states warned against joining or called an
// organisation's partners (coop_company.go and the member-not-yet words),
// amounts spent on defence (coop_spending.go).
// Sentences written for this test.
func TestCoopNearMisses(t *testing.T) {
	coop := func(f domain.Fact) (string, bool) {
		switch f.Type {
		case domain.TypeAgreement, domain.TypeMembership, domain.TypeAssistance, domain.TypeAggregate:
			return brief(f), true
		}
		return "", false
	}
	tests := []factCase{
		{"companies, en", "en", "2024-03-02",
			"Thales signed a memorandum of understanding with the Emirati group Edge on Tuesday.",
			nil},
		{"companies, fr", "fr", "2024-03-02",
			"Naval Group a signé un protocole d'accord avec le groupe indien Mazagon Dock.",
			nil},
		{"companies, es", "es", "2024-03-02",
			"Indra firmó un memorando de entendimiento con la empresa emiratí Edge.",
			nil},
		{"states still sign", "en", "2024-03-02",
			"Kenya and Ghana signed a memorandum of understanding on defence cooperation.",
			[]string{"agreement KE+GH y=2024"}},
		{"humanitarian MoU", "en", "2020-10-27",
			"The United Arab Emirates and the United States signed a memorandum of understanding on humanitarian and development work.",
			nil},
		{"ayuda humanitaria", "es", "2024-03-02",
			"España prometió 50 millones de euros en ayuda humanitaria a Sudán.",
			nil},
		{"aide alimentaire", "fr", "2024-03-02",
			"La France a accordé un don de 5 millions d'euros d'aide alimentaire au Niger.",
			nil},
		{"support to the budget", "en", "2024-06-03",
			"Turkey provided $10 million in financial support to Somalia's budget.",
			nil},
		{"soutien à l'économie", "fr", "2024-06-03",
			"L'Union européenne a annoncé un soutien financier de 30 millions d'euros à l'économie mauritanienne.",
			nil},
		{"don pour les écoles", "fr", "2024-06-03",
			"La Turquie a accordé un don de 10 millions de dollars à la Somalie pour la reconstruction des écoles.",
			nil},
		{"apoyo a la economía", "es", "2024-06-03",
			"La Unión Europea anunció un apoyo de 30 millones de euros a la economía de Mauritania.",
			nil},
		{"aid to the army stays military", "en", "2024-06-03",
			"Turkey provided $10 million in military aid to the Somali army.",
			[]string{"assistance TR>SO  USD=10000000"}},
		{"warned against joining", "en", "2022-05-15",
			"Russia warned Finland and Sweden against joining NATO.",
			nil},
		{"contra su ingreso", "es", "2022-05-15",
			"Rusia advirtió a Finlandia y Suecia contra su ingreso en la OTAN.",
			nil},
		{"closest partners", "en", "2022-05-15",
			"Finland and Sweden are already NATO's closest partners, the deputy secretary general said.",
			nil},
		{"members stay members", "en", "2024-03-02",
			"Poland and Hungary are NATO members.",
			[]string{"membership PL nato", "membership HU nato"}},
		{"peace agreement", "en", "2024-03-02",
			"Sudan and Chad signed a peace agreement in Doha.",
			nil},
		{"acuerdo de paz", "es", "2024-03-02",
			"Sudán y Chad firmaron un acuerdo de paz en Doha.",
			nil},
		{"operaciones de paz stays military", "es", "2011-05-10",
			"España y Paraguay firmaron un acuerdo de colaboración en operaciones de paz.",
			[]string{"agreement ES+PY y=2011"}},
		{"sommet de l'OTAN (coop_event.go)", "fr", "2024-06-03",
			"Le Japon a participé au sommet de l'OTAN à Vilnius l'an dernier.",
			nil},
		{"cumbre de la OTAN (coop_event.go)", "es", "2024-06-03",
			"Japón participó en la cumbre de la OTAN en Vilna el año pasado.",
			nil},
		{"a member at a summit (coop_event.go)", "en", "2024-06-03",
			"Finland joined NATO at the summit in Vilnius in 2023.",
			[]string{"membership FI nato y=2023"}},
		{"members apposition, en (coop_memberlist.go)", "en", "2023-10-11",
			"Tensions rose because fellow NATO members Turkey and Hungary keep blocking Sweden's accession.",
			[]string{"membership TR nato y=2023", "membership HU nato y=2023"}},
		{"Bündnismitglieder (coop_memberlist.go)", "de", "2023-10-11",
			"Intern gibt es Spannungen, weil die Bündnismitglieder Türkei und Ungarn die Aufnahme Schwedens in die NATO weiterhin blockieren.",
			[]string{"membership TR nato y=2023", "membership HU nato y=2023"}},
		{"membres de l'OTAN (coop_memberlist.go)", "fr", "2023-10-11",
			"Les membres de l'OTAN, la Turquie et la Hongrie, bloquent l'adhésion de la Suède.",
			[]string{"membership TR nato y=2023", "membership HU nato y=2023"}},
		{"members, including: no list", "en", "2023-10-11",
			"NATO members, including the hosts, met Ukraine and Georgia in Brussels.",
			nil},
		{"spent on defence, en (coop_spending.go)", "en", "2018-02-15",
			"Canada and Afghanistan spent a total of $46 billion more on defence over the past three years.",
			nil},
		{"pour la défense, fr (coop_spending.go)", "fr", "2018-02-15",
			"Le Canada et la Belgique ont consacré au total 46 milliards de dollars de plus pour la défense en trois ans.",
			nil},
	}
	checkFacts(t, tests, coop)
}
