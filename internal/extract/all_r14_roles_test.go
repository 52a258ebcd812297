package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR14RolesFormerOwner: a second-hand system's former owner, named after
// the system, gives it up; not the maker's state
// (all_r14_roles_formerowner.go, lang_<code>.tsv blocks r14-roles).
// Sentences written for this test.
func TestR14RolesFormerOwner(t *testing.T) {
	tests := []factCase{
		{"es: the forces of another state as the system's genitive", "es", "2024-05-01",
			"Honduras recibió cuatro helicópteros UH-1H de la Fuerza Aérea de Taiwán.",
			[]string{"transfer TW>HN uh-1-huey q=4 delivered y=2024"}},
		{"es: from a state's stocks", "es", "2024-05-01",
			"Argentina recibió 24 cazas F-16 de las existencias de Dinamarca.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"fr: the forces' demonym after the forces", "fr", "2024-05-01",
			"Le Maroc a reçu 24 F-16 de l'armée de l'air néerlandaise.",
			[]string{"transfer NL>MA f-16 q=24 delivered y=2024"}},
		{"fr: a participle of belonging", "fr", "2024-05-01",
			"Le Maroc a reçu 24 F-16 ayant appartenu aux Pays-Bas.",
			[]string{"transfer NL>MA f-16 q=24 delivered y=2024"}},
		{"fr: stocks and a demonym", "fr", "2024-05-01",
			"Le Maroc a reçu 24 F-16 issus des stocks néerlandais.",
			[]string{"transfer NL>MA f-16 q=24 delivered y=2024"}},
		{"en: of another state's air force", "en", "2024-05-01",
			"Argentina received 24 F-16 fighters of the Danish Air Force.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"en: a demonym before stocks", "en", "2024-05-01",
			"Argentina received 24 F-16 fighters from Danish stocks.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"en: once flown by", "en", "2024-05-01",
			"Argentina received 24 F-16 fighters once flown by the Danish Air Force.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"de: the verb of belonging after the state", "de", "2024-05-01",
			"Argentinien erhielt 24 F-16, die zuvor Dänemark gehörten.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"de: the genitive with its article alone", "de", "2024-05-01",
			"Argentinien erhält 24 F-16 der dänischen Luftwaffe.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2024"}},
		{"ar: belonging to another state's air force", "ar", "2024-05-01",
			"تسلمت الأرجنتين 24 طائرة إف-16 كانت تابعة لسلاح الجو الدنماركي.",
			[]string{"transfer DK>AR f-16 q=24 delivered y=2024"}},
		{"the recipient's own forces stay the recipient's", "en", "2024-05-01",
			"The United States delivered to Bulgaria the first F-16 of the Bulgarian Air Force.",
			[]string{"transfer US>BG f-16 delivered y=2024"}},
		{"a system that carries the goods is no transfer of its owner", "fr", "2024-05-01",
			"L'Inde a livré aux Philippines des missiles BrahMos, acheminés par un C-17 appartenant à l'armée de l'air indienne.",
			[]string{"transfer IN>PH brahmos delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR14RolesMadeSubject: a state that gives a system made elsewhere
// supplies it, not the state where it was made
// (all_r14_roles_madesubject.go). Sentences written for this test.
func TestR14RolesMadeSubject(t *testing.T) {
	tests := []factCase{
		{"de: the giving subject before a system of another state's production", "de", "2024-05-01",
			"Polen hat der Ukraine 14 Leopard-2-Panzer aus deutscher Produktion geliefert.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2024"}},
		{"de: handed over", "de", "2024-05-01",
			"Polen hat der Ukraine 14 Leopard-2-Panzer aus deutscher Herstellung übergeben.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2024"}},
		{"de: the maker's state as the subject stays the supplier", "de", "2024-05-01",
			"Berlin hat der Ukraine 14 Leopard-2-Panzer aus deutscher Produktion geliefert.",
			[]string{"transfer DE>UA leopard-2 q=14 delivered y=2024"}},
		{"de: a buyer ordering from the maker's state", "de", "2024-05-01",
			"Ungarn hat in Deutschland 44 Leopard-2-Panzer aus deutscher Produktion bestellt.",
			[]string{"transfer DE>HU leopard-2 q=44 ordered y=2024"}},
		{"fr: the same in French already", "fr", "2024-05-01",
			"La Pologne a livré à l'Ukraine 14 chars Leopard 2 de fabrication allemande.",
			[]string{"transfer PL>UA leopard-2 q=14 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR14RolesAttribPlace: a German report's place of origin ("Nach
// Angaben aus Kiew") is no party (all_r14_roles_attribplace.go).
// Sentences written for this test.
func TestR14RolesAttribPlace(t *testing.T) {
	tests := []factCase{
		{"de: a report's source before the recipient", "de", "2024-05-01",
			"Nach Angaben aus Kiew hat die Ukraine von Norwegen acht Leopard-2-Panzer erhalten.",
			[]string{"transfer NO>UA leopard-2 q=8 delivered y=2024"}},
		{"de: wie aus … verlautete", "de", "2024-05-01",
			"Wie aus Kiew verlautete, hat die Ukraine acht Leopard-2-Panzer von Norwegen erhalten.",
			[]string{"transfer NO>UA leopard-2 q=8 delivered y=2024"}},
		{"de: aus after a verb of receiving still names the source", "de", "2024-05-01",
			"Die Ukraine hat acht Leopard-2-Panzer aus Norwegen erhalten.",
			[]string{"transfer NO>UA leopard-2 q=8 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR14RolesGiverOn: the giver of a system it bought elsewhere, or
// named further after a participle of giving (all_r14_roles_boughtfrom.go,
// all_r14_roles_formerowner.go). Sentences written for this test.
func TestR14RolesGiverOn(t *testing.T) {
	tests := []factCase{
		{"fr: the giver of howitzers bought from another state", "fr", "2024-05-01",
			"L'Estonie a cédé à l'Ukraine des obusiers FH-70 achetés à la Finlande.",
			[]string{"transfer EE>UA fh70 delivered y=2024"}},
		{"en: handed over, bought from", "en", "2024-05-01",
			"Estonia has handed over to Ukraine FH-70 howitzers bought from Finland.",
			[]string{"transfer EE>UA fh70 delivered y=2024"}},
		{"es: entregó, comprados a", "es", "2024-05-01",
			"Estonia entregó a Ucrania obuses FH-70 comprados a Finlandia.",
			[]string{"transfer EE>UA fh70 delivered y=2024"}},
		{"es: a recipient that received what it bought keeps the seller", "es", "2024-05-01",
			"El Ejército de Chile recibió 20 tanques Leopard 2 adquiridos al Reino Unido.",
			[]string{"transfer GB>CL leopard-2 q=20 delivered y=2024"}},
		{"es: donated by the government of a state", "es", "2024-05-01",
			"Paraguay recibió seis helicópteros UH-1H donados por el gobierno de Taiwán.",
			[]string{"transfer TW>PY uh-1-huey q=6 delivered y=2024"}},
		{"en: donated by the government of a state", "en", "2024-05-01",
			"Paraguay received six UH-1H helicopters donated by the government of Taiwan.",
			[]string{"transfer TW>PY uh-1-huey q=6 delivered y=2024"}},
		{"fr: offered by the government of a state", "fr", "2024-05-01",
			"Le Paraguay a reçu six hélicoptères UH-1H offerts par le gouvernement de Taïwan.",
			[]string{"transfer TW>PY uh-1-huey q=6 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR14RolesParticle: a German separable verb's particle "an" that
// closes a clause is no preposition of the state after the comma
// (all_r14_roles_particle.go). Sentences written for this test.
func TestR14RolesParticle(t *testing.T) {
	x := testExtractor(t)
	doc := &domain.Document{Source: "p", Language: "de", Published: "2024-05-01",
		Text: "Der polnische Verteidigungsminister kündigte an, Deutschland werde Polen 14 Leopard-2-Panzer liefern."}
	cs, err := x.Candidates(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Fact.Type == domain.TypeTransfer && c.Fact.Recipient.String() == "DE" {
			t.Errorf("Germany, after 'kündigte an,', read as the recipient: %s", brief(c.Fact))
		}
	}
	checkFacts(t, []factCase{
		{"de: a list after an, with commas, stays the recipients", "de", "2024-05-01",
			"Deutschland hat Leopard-2-Panzer an Katar, Ungarn und Tschechien geliefert.",
			[]string{"transfer DE>QA leopard-2 delivered y=2024", "transfer DE>HU leopard-2 delivered y=2024", "transfer DE>CZ leopard-2 delivered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
