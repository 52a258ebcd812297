package extract

import "testing"

// TestR8DeGoneTo: a verb of going to a state is a delivery (all_r8_de_goneto.go),
// in German, English, Spanish and French; "es ging um" and approvals that
// went somewhere are not. Sentences written for this test.
func TestR8DeGoneTo(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de gingen an", "de", "2023-05-01",
			"Meldung zur Bundeswehr\n\nBerlin, 21.06.2022 — Die Bundesregierung hat am Dienstag berichtet. Zehn Leopard 2A4 gingen an Griechenland. Das teilte das Ministerium mit.",
			[]string{"transfer DE>GR leopard-2 q=10 delivered y=2023"}, nil},
		{"de ging es um", "de", "2023-05-01",
			"Meldung zur Bundeswehr\n\nBerlin, 21.06.2022 — Die Bundesregierung hat am Dienstag berichtet. Dabei ging es um zehn Leopard 2A4 für Griechenland. Das teilte das Ministerium mit.",
			nil, []string{"transfer DE>GR leopard-2 q=10 delivered y=2023"}},
		{"de Genehmigungen gingen an", "de", "2023-05-01",
			"Meldung zur Bundeswehr\n\nBerlin, 21.06.2022 — Die Bundesregierung hat am Dienstag berichtet. Genehmigungen für zehn Leopard 2A4 gingen an Griechenland. Das teilte das Ministerium mit.",
			nil, []string{"transfer DE>GR leopard-2 q=10 delivered y=2023"}},
		{"en went to", "en", "2023-05-01",
			"Arms news\n\nLondon, 21 June 2022 — The defence ministry published its annual report on Tuesday. Ten Leopard 2A4 tanks went to Greece in 2019. Officials confirmed the figure.",
			[]string{"transfer DE>GR leopard-2 q=10 delivered y=2019"}, nil},
		{"es fueron a parar a", "es", "2023-05-01",
			"Noticias\n\nMadrid, 21 de junio de 2022 — El ministerio publicó su informe anual el martes. Diez Leopard 2A4 fueron a parar a Grecia en 2019. Así lo confirmaron fuentes oficiales.",
			[]string{"transfer DE>GR leopard-2 q=10 delivered y=2019"}, nil},
		{"fr sont allés à", "fr", "2023-05-01",
			"Nouvelles\n\nParis, 21 juin 2022 — Le ministère a publié son rapport annuel mardi. Dix Leopard 2A4 sont allés à la Grèce en 2019. Les responsables ont confirmé le chiffre.",
			[]string{"transfer DE>GR leopard-2 q=10 delivered y=2019"}, nil},
	})
}

// TestR8DeListPerfect: a German perfect whose objects form a comma list
// stays a delivery (all_r8_de_listperfect.go); the present stays an order.
func TestR8DeListPerfect(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"perfect over a list", "de", "2022-06-21",
			"Meldung zur Ukraine\n\nKiew, 21.06.2022 — Die ersten schweren Waffen sind angekommen. Polen hat 2022 zehn K2, 24 K9 und 18 Chunmoo bekommen. Das teilte das Ministerium mit.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2022", "transfer KR>PL k9-thunder q=24 delivered y=2022"},
			[]string{"transfer KR>PL k2-black-panther q=10 ordered y=2022"}},
		{"present over a list", "de", "2022-06-21",
			"Meldung zur Ukraine\n\nKiew, 21.06.2022 — Die ersten schweren Waffen sind angekommen. Polen bekommt zehn K2, 24 K9 und 18 Chunmoo. Das teilte das Ministerium mit.",
			[]string{"transfer KR>PL k2-black-panther q=10 ordered y=2022"},
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2022"}},
		{"subordinate clause is not a list", "de", "2022-06-21",
			"Meldung\n\nWarschau, 21.06.2022 — Die Armee plant weiter. Nachdem Polen 2022 K2 bestellt hat, erhält es jetzt 18 Chunmoo. Das teilte das Ministerium mit.",
			nil, []string{"transfer KR>PL chunmoo q=18 delivered y=2022"}},
	})
}

// TestR8DePartitiveSame: "120 der 230 bestellten Kampfjets" counts the
// system the sentence named (all_r8_de_partitivesame.go).
func TestR8DePartitiveSame(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"partitive of the named system", "de", "2019-11-04",
			"Meldung\n\nMoskau, 04.11.2019 — Russland exportiert viele Flugzeuge. Auch Indien erhält die Su-30MKI (mehr als 120 der 230 bestellten Kampfjets sind schon übergeben). Das berichtet die Zeitung.",
			[]string{"transfer RU>IN su-30 q=120 delivered y=2019", "transfer RU>IN su-30 q=230 ordered"}, nil},
	})
}

// TestR8DeAidGiver: a foreign-made system in the document's aid list is
// given by the document's giver (all_r8_de_aidgiver.go).
func TestR8DeAidGiver(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"Bandvagn in the German list", "de", "2023-12-28",
			"Zweite deutsche Patriot-Flugabwehr in der Ukraine\n\nBERLIN/KIEW — Die Ukraine hat ein zweites Flugabwehrsystem vom Typ Patriot aus Deutschland erhalten. Deutschland liefert seit Monaten Waffen an die Ukraine.\n\nLaut der Liste bekam die Ukraine außerdem neun weitere Ketten-Mehrzweckfahrzeuge Bandvagn.",
			[]string{"transfer DE>UA bvs10 q=9 delivered y=2023"}, nil},
	})
}

// TestR8DeSameType: "35 Flugzeuge des Typs", "32 aircraft of the type",
// "18 avions de ce type" name the system of their kind named before
// (all_r8_de_sametype.go), so the transfer has its maker's state.
func TestR8DeSameType(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de des Typs", "de", "2025-10-20",
			"Pistorius will weitere F-35 bestellen\n\nBerlin, 20. Oktober 2025 — Das Ministerium plant, weitere 15 Tarnkappenjets des Typs F-35A zu kaufen. Das Vorhaben steht in einer Vorlage. Im Jahr 2022 hatte die Bundesregierung schon 35 Flugzeuge des Typs geordert. Das berichtet der Spiegel.",
			[]string{"transfer US>DE f-35 q=35 ordered y=2022"}, nil},
		{"en of the type", "en", "2022-06-21",
			"Arms news\n\nLondon, 21 June 2022 — Poland plans to buy more F-35A jets. In 2020 Warsaw had already ordered 32 aircraft of the type from the United States. Officials confirmed the figure.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2020"}, nil},
		{"fr de ce type", "fr", "2022-06-21",
			"Nouvelles\n\nParis, 21 juin 2022 — La Grèce veut acheter d'autres Rafale. En 2021, Athènes avait déjà commandé 18 avions de ce type. Les responsables ont confirmé le chiffre.",
			[]string{"transfer FR>GR rafale q=18 ordered y=2021"}, nil},
		{"no system of the kind before", "de", "2025-10-20",
			"Meldung\n\nBerlin, 20. Oktober 2025 — Das Ministerium plant neue Käufe. Im Jahr 2022 hatte die Bundesregierung schon 35 Flugzeuge des Typs geordert. Das berichtet der Spiegel.",
			nil, []string{"transfer US>DE f-35 q=35 ordered y=2022"}},
	})
}

// TestR8DeElliptic: the earlier clauses of a German sentence of buyers get
// the system the last clause names (all_r8_de_ellipsis.go); a state that
// opens no clause of buying does not.
func TestR8DeElliptic(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"clauses of buyers", "de", "2023-08-01",
			"Türkische Drohnen\n\nAnkara, 1. August 2023 — Die Drohne ist gefragt. Togo bekam im Sommer eine Lieferung der Drohnen, Niger erwarb im Mai ein halbes Dutzend, und auch Äthiopien, Marokko und Tunesien haben in den vergangenen Monaten TB2 gekauft. Angola hat Interesse angemeldet.",
			[]string{"transfer TR>TG bayraktar-tb2 delivered y=2023", "transfer TR>NE bayraktar-tb2 q=6 ordered y=2023", "transfer TR>MA bayraktar-tb2 ordered y=2023"}, nil},
		{"a state that opens no buying clause", "de", "2023-08-01",
			"Türkische Drohnen\n\nAnkara, 1. August 2023 — Die Drohne ist gefragt. Nach Angaben aus Angola, das Interesse hat, haben Marokko und Tunesien TB2 gekauft. Mehr ist nicht bekannt.",
			nil, []string{"transfer TR>AO bayraktar-tb2 ordered y=2023", "transfer TR>AO bayraktar-tb2 delivered y=2023"}},
	})
}
