package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopGuards: agreements led up to by talks or put off, states named as
// a candidate or a host near an organisation, exercises named as a point in
// time or as a programme (coop_guards.go). Sentences written for this test.
func TestCoopGuards(t *testing.T) {
	coop := func(f domain.Fact) (string, bool) {
		switch f.Type {
		case domain.TypeAgreement, domain.TypeMembership, domain.TypeExercise:
			return brief(f), true
		}
		return "", false
	}
	tests := []factCase{
		{"signed", "de", "2024-03-02",
			"Deutschland und Polen unterzeichneten ein Abkommen über militärische Zusammenarbeit.",
			[]string{"agreement DE+PL y=2024"}},
		{"talks towards an agreement", "en", "2024-03-02",
			"Kenya and Ghana opened negotiations on a defence cooperation agreement on Friday.",
			nil},
		{"negociar para firmar", "es", "2013-07-29",
			"Rusia aprobó el lunes abrir negociaciones para firmar un acuerdo de cooperación militar con España.",
			nil},
		{"will formally sign", "en", "2024-03-02",
			"Kenya and Ghana will formally sign a defence cooperation agreement in Accra next week.",
			nil},
		{"van a firmar", "es", "2024-03-02",
			"Perú y Brasil van a firmar un acuerdo de cooperación en materia de defensa en 2024.",
			nil},
		{"werden ... unterzeichnen", "de", "2024-02-10",
			"Deutschland und Frankreich werden am 16. Februar 2024 ein Abkommen über militärische Zusammenarbeit unterzeichnen.",
			nil},
		{"unterzeichnet in a relative clause", "de", "2024-02-10",
			"Das Abkommen über militärische Zusammenarbeit, das Deutschland und Polen im Mai 2023 unterzeichneten, wird nun umgesetzt.",
			[]string{"agreement DE+PL y=2023"}},
		{"ont scellé", "fr", "2024-03-02",
			"Le Maroc et le Sénégal ont scellé un accord de coopération militaire à Dakar.",
			[]string{"agreement MA+SN y=2024"}},
		{"refrendaron", "es", "2024-03-02",
			"Chile y Perú refrendaron un memorando de entendimiento en materia de defensa.",
			[]string{"agreement CL+PE y=2024"}},
		{"signing postponed", "de", "2014-04-24",
			"Die Unterzeichnung des Abkommens über militärische Zusammenarbeit zwischen Deutschland und den Niederlanden wurde verschoben.",
			nil},
		{"signed in a third state", "en", "2024-10-23",
			"Côte d'Ivoire and Senegal signed a military cooperation agreement in Turkey on Wednesday.",
			[]string{"agreement CI+SN y=2024"}},
		{"an economic agreement", "en", "2024-03-02",
			"Kenya and Ghana signed an economic cooperation agreement.",
			nil},
		{"accord économique", "fr", "2024-03-02",
			"Le Maroc et le Sénégal ont signé un accord de coopération économique.",
			nil},
		{"acuerdo de turismo", "es", "2024-03-02",
			"Alemania y Chile firmaron un acuerdo de cooperación en materia de turismo.",
			nil},
		{"Kulturabkommen", "de", "2024-03-02",
			"Deutschland und Polen unterzeichneten ein Abkommen über kulturelle Zusammenarbeit.",
			nil},
		{"defence beside economy", "fr", "2024-03-02",
			"Le Maroc et le Sénégal ont signé un accord de coopération militaire et économique.",
			[]string{"agreement MA+SN y=2024"}},
		{"companies' memorandum", "en", "2024-03-02",
			"Kenya and Ghana discussed their armies. Rheinmetall and Leonardo signed a memorandum of understanding on Tuesday.",
			nil},
		{"years ago is no duration", "es", "2015-06-22",
			"España y Portugal firmaron un acuerdo de cooperación en materia de Defensa que pone al día un protocolo de hace casi veinte años.",
			[]string{"agreement ES+PT y=2015"}},
		{"a duration", "es", "2015-06-22",
			"España y Portugal firmaron un acuerdo de cooperación en materia de Defensa por cinco años.",
			[]string{"agreement ES+PT y=2015 d=5"}},
		{"Arabic present tense of joining", "ar", "2015-03-02",
			"أعلنت وزارة الخارجية أن قطر تنضم رسميا إلى التحالف الدولي ضد داعش في 2015.",
			[]string{"membership QA global-coalition-daesh y=2015"}},
		{"a candidate is no member", "en", "2023-04-04",
			"Finland joined NATO on Tuesday, while Sweden, a candidate for NATO membership, is still waiting.",
			[]string{"membership FI nato y=2023"}},
		{"the host is no member", "es", "2025-06-24",
			"Los Países Bajos, anfitriones de la cumbre de la OTAN, recibieron a Japón y Australia como socios.",
			nil},
		{"a state named as a place is no member", "fr", "2019-07-14",
			"Le défilé a fêté la Brigade franco-allemande. Une partie de ses militaires est engagée au Mali avec la force Barkhane.",
			nil},
		{"background treaty with no state", "es", "2018-05-26",
			"Colombia y Afganistán enviaron delegaciones a Bruselas. El pacto nació en 1949, cuatro años después del fin de la Segunda Guerra Mundial.",
			nil},
		{"exercise as a point in time", "de", "2023-06-02",
			"Kosovo hat türkische Drohnen erhalten. Die Drohnen kamen nach Angaben des Ministeriums vor dem Start der weltweit größten Militärübung „Defender 23“ an.",
			nil},
		{"exercise with participants", "en", "2024-05-10",
			"Thai and US troops began the Cobra Gold exercise on Tuesday.",
			[]string{"exercise TH+US Cobra Gold y=2024"}},
		{"a name in apposition", "es", "2022-09-12",
			"Marinos de España e Italia participan en Mediterranean Shield, un ejercicio de respuesta a crisis.",
			[]string{"exercise ES+IT Mediterranean Shield y=2022"}},
		{"a relative clause names no exercise", "de", "2018-08-28",
			"Fünf deutsche und polnische Soldaten, die die Übung leiten, reisen nach Lemberg.",
			nil},
		{"a future member", "es", "2018-05-26",
			"Colombia será socio global de la OTAN a partir de la próxima semana.",
			nil},
		{"a national exercise", "de", "2024-05-10",
			"Die Bundeswehr probt bei der nationalen Übung „Schneller Degen“ die Verteidigung.",
			nil},
		{"an observer is no member", "en", "2024-05-10",
			"Qatar, an observer at the Shanghai Cooperation Organisation, joined the meeting on Tuesday.",
			nil},
		{"a programme, not an exercise", "en", "2024-05-10",
			"The United States funds three Joint Combined Exchange Training programmes for Mozambique.",
			nil},
	}
	checkFacts(t, tests, coop)
}
