package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsPlatform: a platform a state upgrades, a platform of the maker's
// own forces and a platform named as what equipment is for change no
// hands; the equipment does (texts written for this test).
func TestEsPlatform(t *testing.T) {
	tests := []factCase{
		{"es: the upgraded frigates stay with their owner", "es", "2024-05-10",
			"Estados Unidos aprobó la venta a España de cinco lanzadores MK 41 para la modernización de media vida de las cinco fragatas F-100.",
			[]string{"transfer US>ES mk-41-vls q=5 approved y=2024"}},
		{"es: modernizar los sistemas de combate de las fragatas", "es", "2024-05-10",
			"Washington autorizó una venta de 1.700 millones de dólares a España para actualizar los sistemas de combate de las fragatas.",
			nil},
		{"es: the maker's own navy gets its frigates at home", "es", "2024-05-10",
			"Navantia entregó dos fragatas F-110 a la Armada española, mientras Australia compró tres destructores Hobart.",
			[]string{"transfer ES>AU x:hobart q=3 ordered y=2024"}},
		{"es: the equipment for the own navy's frigates is sold", "es", "2024-05-10",
			"Lockheed Martin recibió un contrato de Estados Unidos para dotar del sistema Aegis a las cinco fragatas F-110 de la Armada española.",
			[]string{"transfer US>ES aegis-ashore ordered y=2024"}},
		{"es: missiles for the Rafale, not the Rafale", "es", "2024-05-10",
			"Francia vendió a Grecia misiles Meteor para los Rafale de la Fuerza Aérea.",
			[]string{"transfer FR>GR meteor ordered y=2024"}},
		{"es: a firm that receives a contract has an order", "es", "2024-05-10",
			"La estadounidense Raytheon recibió el pasado martes un contrato para suministrar a Chile misiles AIM-120.",
			[]string{"transfer US>CL aim-120-amraam ordered y=2024"}},
		{"es: a platform sold with its own number stays a fact", "es", "2024-05-10",
			"Francia vendió a Grecia 18 Rafale y misiles Meteor.",
			[]string{"transfer FR>GR rafale q=18 ordered y=2024", "transfer FR>GR meteor ordered y=2024"}},
		{"es: a former owner that retires the ships gives them up", "es", "2024-05-10",
			"La Armada de Chile recibió dos fragatas clase Adelaide, que dio de baja la Real Armada de Australia.",
			[]string{"transfer AU>CL oliver-hazard-perry q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEsSellerOfOther: a participle naming a seller belongs to the system
// of the list it follows (texts written for this test).
func TestEsSellerOfOther(t *testing.T) {
	tests := []factCase{
		{"es: comprados a Alemania is the Leopard's", "es", "2024-05-10",
			"Chile compró dos submarinos Scorpène y ocho fragatas de segunda mano, así como 140 tanques Leopard 2 comprados a Alemania.",
			[]string{"transfer FR>CL scorpene q=2 ordered y=2024", "transfer DE>CL leopard-2 q=140 ordered y=2024"}},
		{"es: each participle its own seller", "es", "2024-05-10",
			"Chile recibió 10 F-16 comprados a Estados Unidos y 18 F-16 adquiridos a Holanda.",
			[]string{"transfer US>CL f-16 q=10 delivered y=2024", "transfer NL>CL f-16 q=18 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
