package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCooperationRules: sentences written for this test, and every
// non-transfer fact the rules must read from them.
func TestCooperationRules(t *testing.T) {
	tests := []factCase{
		{"EPF measure for several beneficiaries", "en", "2022-03-01",
			"The Council adopted European Peace Facility assistance measures for Jordan, Lebanon and Niger in 2022.",
			[]string{"assistance EU>JO epf y=2022", "assistance EU>LB epf y=2022", "assistance EU>NE epf y=2022"}},
		{"EU aid in a document about the facility", "fr", "2023-06-01",
			"L'Union européenne a adopté une aide militaire de 25 millions d'euros pour les forces armées nigériennes au titre de la Facilité européenne pour la paix.\nElle s'ajoute à deux mesures d'assistance adoptées en 2021 et en 2022, pour des montants respectifs de 10 millions d'euros et de 12 millions d'euros.",
			[]string{"assistance EU>NE epf EUR=25000000", "assistance EU>NE epf EUR=10000000 y=2021", "assistance EU>NE epf EUR=12000000 y=2022"}},
		{"a state's donation in its currency", "fr", "2024-02-10",
			"Le Japon a octroyé aux forces armées du Sénégal un don de 300 millions de yens.",
			[]string{"assistance JP>SN don JPY=300000000"}},
		{"one amount for several systems is the pair's aggregate", "en", "2023-03-01",
			"Egypt signed contracts with Russia for MiG-29 fighters and Ka-52 helicopters, whose total value exceeds $2 billion.",
			[]string{"aggregate RU>EG USD=2000000000"}},
		{"a defence budget is no aggregate", "en", "2023-03-01",
			"Morocco's defence budget reached $12 billion, much of it spent on American weapons.",
			nil},
		{"a ranking of recipients", "en", "2023-03-01",
			"Among the recipients of French arms exports, India came first with €3 billion, followed by Qatar with €1.2 billion.",
			[]string{"aggregate FR>IN EUR=3000000000", "aggregate FR>QA EUR=1200000000"}},
		{"a deal including a system with its own value", "ar", "2023-03-01",
			"أبرمت الجزائر وروسيا صفقة أسلحة قيمتها 10 مليارات دولار، من بينها 14 مقاتلة سو-35 بقيمة 2 مليار دولار.",
			[]string{"aggregate RU>DZ USD=10000000000"}},
		{"cumulated deals for one system", "fr", "2025-01-10",
			"Cumulés, les contrats Patriot conclus entre les États-Unis et la Pologne pèsent quelque 15 milliards de dollars.",
			[]string{"aggregate US>PL USD=15000000000"}},
		{"a status granter is not a member", "en", "2023-03-01",
			"President Biden designated Kenya a major non-NATO ally of the United States.",
			[]string{"membership KE mnna"}},
		{"an official's state is not a member", "en", "2023-04-04",
			"Finnish President Sauli Niinistö and US Secretary of State Antony Blinken watched as Finland became NATO's 31st member.",
			[]string{"membership FI nato y=2023"}},
		{"joined last year", "en", "2024-03-08",
			"Finland joined NATO last year.",
			[]string{"membership FI nato y=2023"}},
		{"a sale agreement with an amount is a deal", "fr", "2023-03-01",
			"Le Qatar a signé avec l'Italie un accord pour se procurer des navires, d'un montant de 4 milliards d'euros.",
			nil},
		{"the two countries of the document", "fr", "2023-08-07",
			"Le Tchad et les Émirats arabes unis renforcent leurs liens.\nEn juin, les deux pays avaient conclu un accord de coopération militaire.",
			[]string{"agreement AE+TD y=2023"}},
		{"a treaty inside an organisation's name", "en", "2024-03-08",
			"Finland joined the North Atlantic Treaty Organization last year, angering Russia.",
			[]string{"membership FI nato y=2023"}},
		{"agreements still to be signed", "en", "2024-03-08",
			"Several agreements between Russia and Myanmar are due to be signed at the forum.",
			nil},
		{"a memorandum signed by ministers", "es", "2010-03-19",
			"Israel y España refuerzan su cooperación.\nLa ministra de Defensa y su homólogo de Israel han firmado un Memorando de Entendimiento de cooperación en materia de Defensa.",
			[]string{"agreement IL+ES y=2010"}},
		{"a quoted exercise name, participants named elsewhere", "ar", "2024-05-02",
			"اختتمت القوات المصرية التدريب المشترك \"رعد الشمال - 3\" اليوم.\nوجرت الأنشطة بمشاركة عناصر من القوات المصرية والسودانية.",
			[]string{"exercise EG+SD رعد الشمال - 3 y=2024"}},
		{"observers are not participants", "de", "2025-03-11",
			"Bei der Übung mit dem Namen «Nordwind 2025» sind China und Russland dabei, zudem Beobachter aus Pakistan und Oman.",
			[]string{"exercise CN+RU Nordwind 2025 y=2025"}},
		{"a mission whose name gives the beneficiary", "en", "2021-07-12",
			"The Council set up the European Union Training Mission in Somalia to train the army.",
			[]string{"assistance EU>SO eutm-somalia"}},
		{"a company's order book is no aggregate", "de", "2024-02-01",
			"Im vergangenen Jahr seien Verträge über insgesamt 12 Milliarden Dollar abgeschlossen worden, sagte der Konzernchef.",
			nil},
		{"two currencies of one sum and each system its own amount", "fr", "2022-06-30",
			"La Suisse achète 36 F-35A aux États-Unis pour 5 milliards de francs suisses, soit 4,6 milliards d'euros, et 5 systèmes Patriot pour 2 milliards de francs suisses.",
			nil},
		{"listed beneficiaries of the facility", "de", "2023-03-13",
			"Die Mittel der Europäischen Friedensfazilität wurden aufgestockt.\nNeben der Ukraine haben zuletzt auch Moldau und Georgien von den Mitteln profitiert.",
			[]string{"assistance EU>UA epf", "assistance EU>MD epf", "assistance EU>GE epf"}},
		{"the receiving state marked, a dateline place first", "es", "2023-07-10",
			"Lima, 10 jul.- Para modernizar a las Fuerzas Armadas, Japón brindará a Perú un apoyo de 20 millones de dólares.",
			[]string{"assistance JP>PE apoyo USD=20000000"}},
		{"the list of new members, not the leader", "en", "2015-09-29",
			"The anti-Daesh coalition grows.\nThe United States leads a coalition of 60 partners, and today it welcomed Chad, Niger, and Mali as new coalition members.",
			[]string{"membership TD global-coalition-daesh y=2015", "membership NE global-coalition-daesh y=2015", "membership ML global-coalition-daesh y=2015"}},
		{"a donation of equipment with its value", "es", "2025-11-14",
			"Estados Unidos entregó a Honduras una donación de equipo militar valorada en 2 millones de dólares.",
			[]string{"aggregate US>HN USD=2000000"}},
		{"a mission's generic and specific names are one program", "fr", "2021-07-16",
			"L'Union européenne a lancé au Mali sa mission européenne de formation (EUTM).\nL'EUTM Mali a formé 15 000 soldats maliens.",
			[]string{"assistance EU>ML eutm-mali"}},
		{"parties of the agreement's clause, Arabic comma", "ar", "2023-03-01",
			"وقعت مصر والأردن اتفاقية للتعاون الدفاعي، في ظل توتر مع إسرائيل.",
			[]string{"agreement EG+JO y=2023"}},
		{"a state giving to the facility is no beneficiary", "en", "2024-03-18",
			"Germany has delivered 500 million euros to the European Peace Facility assistance measure for Ukraine.",
			[]string{"assistance EU>UA epf EUR=500000000"}},
		{"a deal's amount before its systems are listed", "fr", "2015-05-04",
			"Le Qatar a signé un contrat de 6,3 milliards d'euros.\nLa France livrera au Qatar 24 Rafale et deux frégates FREMM.",
			[]string{"aggregate FR>QA EUR=6300000000"}},
		{"one system's total with its maintenance and training", "es", "2024-05-10",
			"Argentina vendió a Paraguay aviones de entrenamiento por un importe total de 28 millones de dólares, que incluye el mantenimiento y el entrenamiento de pilotos.",
			nil},
		{"a state approving the facility's payment is no beneficiary", "fr", "2024-03-18",
			"La Hongrie a approuvé un versement de 500 millions d'euros de la Facilité européenne pour la paix à l'Ukraine.",
			[]string{"assistance EU>UA epf EUR=500000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type == domain.TypeTransfer {
			return "", false
		}
		b := brief(f)
		if f.Type == domain.TypeAssistance && f.Program.ID == "" {
			b = strings.Replace(b, "  ", " "+f.Program.Name+" ", 1)
		}
		return b, true
	})
}
