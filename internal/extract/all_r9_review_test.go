package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// Round-9 review of the round-8 rules: cases the round-8 tests did not
// cover and that failed. Sentences written for this test.

// TestR9ReviewGoneNormalised: the going rule (all_r8_de_goneto.go) compares
// normalised tokens, so its French participles ("allés"), its French "à"
// and its German "zurück" must be read in their normalised forms: a
// French "sont allés" with no state after a preposition of destination,
// and a German "ging ... zurück", tell no delivery.
func TestR9ReviewGoneNormalised(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"fr sont allés, no destination", "fr", "2023-05-01",
			"Nouvelles\n\nParis, 21 juin 2022 — Le ministère a publié son rapport annuel mardi. La Grèce a confirmé que dix Leopard 2A4 sont allés à la casse en 2019. Les responsables ont confirmé le chiffre.",
			nil, []string{"transfer DE>GR leopard-2 q=10 delivered y=2019"}},
		{"fr sont partis à", "fr", "2023-05-01",
			"Nouvelles\n\nParis, 21 juin 2022 — Le ministère a publié son rapport annuel mardi. Dix Leopard 2A4 sont partis à Chypre en 2019. Les responsables ont confirmé le chiffre.",
			[]string{"transfer DE>CY leopard-2 q=10 delivered y=2019"}, nil},
		{"fr approvisionnement is no approval", "fr", "2023-05-01",
			"Nouvelles\n\nParis, 21 juin 2022 — Le ministère a publié son rapport annuel mardi. Dix Leopard 2A4 sont partis au Maroc en 2019 pour l'approvisionnement de l'armée. Les responsables ont confirmé le chiffre.",
			[]string{"transfer DE>MA leopard-2 q=10 delivered y=2019"}, nil},
		{"de ging zurück", "de", "2023-05-01",
			"Meldung zur Bundeswehr\n\nBerlin, 21.06.2022 — Die Bundesregierung hat am Dienstag berichtet. Die Ausfuhr von zehn Leopard 2A4 nach Griechenland ging 2019 deutlich zurück. Das teilte das Ministerium mit.",
			nil, []string{"transfer DE>GR leopard-2 q=10 delivered y=2019"}},
	})
}

// TestR9ReviewEventWordInOrgName: weakEventOrPartner
// (all_r8_coop_member_named.go) looks for an event or partner word between
// the state and the organisation, not inside the organisation's own name:
// "مجلس التعاون الخليجي" opens on "مجلس" (council), "la Asociación de
// Naciones del Sudeste Asiático" on "Asociación", "le Conseil de
// coopération du Golfe" on "Conseil"; the members stay members.
func TestR9ReviewEventWordInOrgName(t *testing.T) {
	tests := []factCase{
		{"ar council", "ar", "2024-05-03", "وتنتمي الكويت إلى مجلس التعاون الخليجي منذ تأسيسه.", []string{"KW gcc"}},
		{"es asociación", "es", "2024-05-03", "Vietnam forma parte de la Asociación de Naciones del Sudeste Asiático desde 1995.", []string{"VN asean"}},
		{"fr conseil", "fr", "2024-05-03", "Le Koweït fait partie du Conseil de coopération du Golfe depuis 1981.", []string{"KW gcc"}},
		{"fr meeting still no member", "fr", "2024-05-03", "Le Maroc a participé à la réunion des ministres de la Défense de l'OTAN.", nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
