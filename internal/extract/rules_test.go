package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// brief renders a fact compactly for comparisons.
func brief(f domain.Fact) string {
	p := func(x *domain.Party) string {
		if x == nil {
			return "-"
		}
		return x.String()
	}
	var b strings.Builder
	b.WriteString(f.Type)
	switch f.Type {
	case domain.TypeTransfer:
		name := f.System.ID
		if name == "" {
			name = "cat:" + f.System.Category
		}
		b.WriteString(" " + p(f.Supplier) + ">" + p(f.Recipient) + " " + name)
	case domain.TypeAggregate:
		b.WriteString(" " + p(f.Supplier) + ">" + p(f.Recipient))
	case domain.TypeAssistance:
		b.WriteString(" " + p(f.Provider) + ">" + p(f.Recipient) + " " + f.Program.ID)
	case domain.TypeMembership:
		b.WriteString(" " + p(f.Member) + " " + f.Organization.ID)
	case domain.TypeAgreement, domain.TypeExercise:
		var ps []string
		for _, x := range f.Parties {
			ps = append(ps, x.String())
		}
		b.WriteString(" " + strings.Join(ps, "+"))
		if f.Name != "" {
			b.WriteString(" " + f.Name)
		}
	}
	if f.Quantity > 0 {
		b.WriteString(" q=" + itoa(f.Quantity))
	}
	if f.Value != nil {
		b.WriteString(" " + f.Value.Currency + "=" + ftoa(f.Value.Amount))
	}
	if f.Stage != "" {
		b.WriteString(" " + f.Stage)
	}
	// an aggregate's year is filled after the rules (all_r8_attrs_aggyear.go,
	// tested in all_r8_attrs_test.go)
	if f.Year > 0 && f.Type != domain.TypeAggregate {
		b.WriteString(" y=" + itoa(f.Year))
	}
	if f.DurationYears > 0 {
		b.WriteString(" d=" + itoa(f.DurationYears))
	}
	return b.String()
}

func itoa(n int) string { return fmtInt(n) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	if neg {
		return "-" + string(d)
	}
	return string(d)
}

func ftoa(f float64) string { return fmtInt(int(f)) }

// TestRules: each sentence, written for this test from public facts, and
// the facts the rules must read from it — all of them, and nothing else.
func TestRules(t *testing.T) {
	tests := []factCase{
		{"transfer ordered with value and dateline", "en", "2022-07-27",
			"Poland signed a $3.37 billion contract for 180 K2 tanks from South Korea on Wednesday.",
			[]string{"transfer KR>PL k2-black-panther q=180 USD=3370000000 ordered y=2022"}},
		{"approval to a government, notice style", "en", "",
			"The State Department approved a possible Foreign Military Sale to the Government of Nigeria of twelve AH-1Z attack helicopters for an estimated $997 million.",
			// "possible Foreign Military Sale" marks an official notice: the
			// amount is the case's total
			[]string{"transfer US>NG ah-1z-viper q=12 approved", "aggregate US>NG USD=997000000"}},
		{"delivery received, recipient as subject", "fr", "2023-05-30",
			"La Croatie a réceptionné en avril ses six premiers Rafale d'occasion.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2023"}},
		{"supplier named by a delivery verb overrides origin", "fr", "2023-05-30",
			"Le Royaume-Uni a livré à l'Ukraine des missiles de croisière Storm Shadow.",
			[]string{"transfer GB>UA storm-shadow delivered y=2023"}},
		{"request keeps its stage despite a pending answer", "en", "2022-02-11",
			"Poland has requested 500 HIMARS launchers from the United States.",
			[]string{"transfer US>PL m142-himars q=500 requested y=2022"}},
		{"denial: no transfer", "en", "",
			"Jordanian officials denied that the kingdom had requested Patriot batteries.",
			nil},
		{"hypothetical: no transfer", "fr", "",
			"La Colombie envisage d'acquérir des avions de combat européens.",
			nil},
		{"negation: no ordered transfer", "en", "",
			"Germany has not ordered any more Taurus missiles for Ukraine.",
			nil},
		{"systems in service are not transfers", "en", "2025-01-01",
			"Switzerland signed for 36 F-35A jets, which will replace its ageing F/A-18 Hornets.",
			[]string{"transfer US>CH f-35 q=36 ordered y=2025"}},
		{"generic radars beside named systems", "fr", "",
			"Le Maroc a acquis auprès de Washington des missiles Harpoon et des radars avancés.",
			[]string{"transfer US>MA agm-84-harpoon ordered", "transfer US>MA cat:sensors ordered"}},
		{"aggregate with demonym supplier and qualifier", "fr", "",
			"Le Maroc est le premier acheteur africain d'armes américaines, avec des contrats dépassant 8,5 milliards de dollars.",
			[]string{"aggregate US>MA USD=8500000000"}},
		{"assistance program run by a state", "en", "",
			"Ghana received about $1 million in IMET training from the United States last year.",
			[]string{"assistance US>GH imet USD=1000000"}},
		{"agreement with year and duration", "fr", "",
			"Tunis et Washington ont signé en 2020 une feuille de route de coopération militaire d'une durée de dix ans.",
			[]string{"agreement TN+US y=2020 d=10"}},
		{"membership with year", "en", "",
			"Finland joined NATO in 2023.",
			[]string{"membership FI nato y=2023"}},
		{"membership of several states", "fr", "",
			"L'Autriche et la Suisse ont rejoint l'OTAN en 2099.",
			[]string{"membership AT nato", "membership CH nato"}},
		{"two buyers in one sentence", "en", "2024-05-05",
			"Slovakia and Bulgaria ordered F-16 Block 70 jets from the United States.",
			[]string{"transfer US>BG f-16-block-70-72 ordered y=2024", "transfer US>SK f-16-block-70-72 ordered y=2024"}},
		{"a participle after the system does not set the stage", "fr", "2021-10-03",
			"Le Maroc a reçu la semaine dernière le premier lot de drones Bayraktar TB2 commandés à la Turquie.",
			[]string{"transfer TR>MA bayraktar-tb2 delivered y=2021"}},
		{"system acronym written as a word", "fr", "",
			"La France a livré au Maroc 36 canons Caesar en 2022.",
			[]string{"transfer FR>MA caesar q=36 delivered y=2022"}},
		{"second-hand: the former owner sells", "es", "2024-04-16",
			"Argentina adquiere a Dinamarca 24 aviones de combate F-16.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2024"}},
		{"Arabic: received, with attached prepositions", "ar", "2021-10-03",
			"تسلمت القوات المسلحة الملكية المغربية الدفعة الأولى من الطائرات المسيرة التركية من طراز بيرقدار تي بي 2.",
			[]string{"transfer TR>MA bayraktar-tb2 delivered y=2021"}},
		{"weapons in use change no hands", "en", "2024-01-03",
			"Russian forces fired 12 Iskander missiles and 30 Shahed drones at Kharkiv overnight.",
			nil},
		{"the subject of a supply verb is the supplier", "en", "",
			"The Netherlands will supply 18 more F-16 jets to Ukraine.",
			[]string{"transfer NL>UA f-16 q=18"}},
		{"two programs, each with its amount", "en", "",
			"Washington has provided Tunisia with $95 million in Foreign Military Financing and $2.3 million in IMET funding.",
			[]string{"assistance US>TN fmf USD=95000000", "assistance US>TN imet USD=2300000"}},
		{"one subject, two organisations", "en", "",
			"Tunisia became a major non-NATO ally in 2015 and is a member of the Trans-Sahara Counterterrorism Partnership.",
			[]string{"membership TN mnna y=2015", "membership TN tsctp"}},
		{"a milestone is not a deal", "fr", "2023-09-02",
			"Dassault Aviation a livré le 250e Rafale.",
			nil},
		{"an amount without currency takes the sentence's", "fr", "2023-09-02",
			"Les commandes ont atteint 27 milliards d'euros en 2022, dont 17 milliards grâce aux 80 Rafale vendus aux Émirats arabes unis.",
			[]string{"transfer FR>AE rafale q=80 EUR=17000000000 ordered y=2022"}},
		{"where a deal is signed is not a party", "es", "2024-04-16",
			"Argentina firmó en Dinamarca la compra de 24 aviones F-16.",
			[]string{"transfer US>AR f-16 q=24 ordered y=2024"}},
		{"a part fitted to a system is not a sale of its own", "en", "",
			"Qatar ordered 12 Eurofighter Typhoon jets from the United Kingdom equipped with Captor-E radars.",
			[]string{"transfer GB>QA eurofighter-typhoon q=12 ordered"}},
		{"a kind of weapon hosts its armament too", "fr", "2024-05-05",
			"La Côte d'Ivoire a reçu de la Bulgarie deux patrouilleurs armés de quatre canons.",
			[]string{"transfer BG>CI cat:ships q=2 delivered y=2024"}},
		{"the armament may follow its host after a comma", "fr", "2024-05-05",
			"La Côte d'Ivoire a reçu de la Bulgarie deux hélicoptères Mi-24, armés de quatre canons.",
			[]string{"transfer BG>CI mi-24-35 q=2 delivered y=2024"}},
		{"guns listed beside boats are goods of their own", "fr", "2024-05-05",
			"La Côte d'Ivoire a reçu de la France deux patrouilleurs et quatre canons.",
			[]string{"transfer FR>CI cat:ships q=2 delivered y=2024", "transfer FR>CI cat:artillery q=4 delivered y=2024"}},
		{"aid money for weapons is not a sale", "en", "",
			"Israel receives $3.3 billion a year in Foreign Military Financing and $500 million for Iron Dome.",
			[]string{"assistance US>IL fmf USD=3300000000"}},
		{"a company named after a buying verb is the seller", "es", "2024-05-05",
			"Arabia Saudita compró cinco corbetas a la empresa Navantia.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2024"}},
		{"a company after 'from' names its state", "ar", "2024-05-05",
			"اشترت السعودية خمس سفن حربية من شركة نافانتيا.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2024"}},
		{"a demonym beside a word for making names the supplier", "es", "2024-05-05",
			"Marruecos recibió 12 drones de fabricación turca.",
			[]string{"transfer TR>MA cat:aircraft q=12 delivered y=2024"}},
		{"bought in a country: the country sells", "es", "2024-05-05",
			"Argentina recibe 20 helicópteros adquiridos en Italia.",
			[]string{"transfer IT>AR cat:aircraft q=20 delivered y=2024"}},
		{"received from a state's navy", "es", "2024-05-05",
			"La Armada de Chile recibió de su homóloga australiana dos fragatas.",
			[]string{"transfer AU>CL cat:ships q=2 delivered y=2024"}},
		{"a contract for the delivery is an order", "en", "2024-05-05",
			"Egypt signed a contract for the delivery of 24 Rafale jets from France.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024"}},
		{"German contracts for deliveries, verb last", "de", "2024-05-05",
			"Mit Polen haben koreanische Firmen Verträge über die Lieferung von 180 Panzern K2 geschlossen.",
			[]string{"transfer KR>PL k2-black-panther q=180 ordered y=2024"}},
		{"a sentence end that lost its space", "de", "2024-05-05",
			"Polen erhielt zehn K2-Panzer.Nach Angaben des Ministeriums ist Polen zufrieden.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024"}},
		{"each system of a list goes to the buyer named with it", "en", "2024-05-05",
			"Russia signed contracts for 16 Su-30 jets to Algeria and for six Yak-130 trainers to Uganda.",
			[]string{"transfer RU>DZ su-30 q=16 ordered y=2024", "transfer RU>UG yak-130 q=6 ordered y=2024"}},
		{"each buyer named before its system", "de", "2024-05-05",
			"Russland hat mit Algerien einen Vertrag über 16 Su-30 und mit Uganda einen über sechs Yak-130 unterzeichnet.",
			[]string{"transfer RU>DZ su-30 q=16 ordered y=2024", "transfer RU>UG yak-130 q=6 ordered y=2024"}},
		{"a number joined to a word describes, it does not count", "en", "2024-05-05",
			"Chile ordered eight-wheeled Stryker vehicles from the United States.",
			[]string{"transfer US>CL stryker ordered y=2024"}},
		{"a wish to buy is no request", "en", "2024-05-05",
			"Iran wants to buy Yak-130 trainers from Russia.",
			nil},
		{"a letter of commitment is no order or delivery", "en", "2024-05-05",
			"Germany signed a letter of commitment to press ahead with the delivery of Arrow 3 from Israel.",
			[]string{"transfer IL>DE arrow other y=2024"}},
		{"a count given after the system", "ar", "2024-05-05",
			"تسلمت مصر مروحيات كا-52 عددها 46 مروحية من روسيا.",
			[]string{"transfer RU>EG ka-52 q=46 delivered y=2024"}},
		{"a stage in a clause about the future is not the system's", "en", "2024-05-05",
			"Spain and Saudi Arabia agreed on five Avante 2200 corvettes from Navantia, and the last ship is expected to be delivered in 2030.",
			[]string{"transfer ES>SA avante-2200 q=5"}},
		{"a count before a conjunction counts what precedes it", "en", "2024-05-05",
			"Morocco ordered 24 F-16 jets and Harpoon missiles from the United States.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024", "transfer US>MA agm-84-harpoon ordered y=2024"}},
		{"the subject of a delivery noun a few words on supplies", "es", "2024-05-05",
			"Ucrania recibió 18 tanques Leopard 2 de Alemania. Y Polonia ya ha realizado varias entregas de tanques Leopard 2.",
			[]string{"transfer DE>UA leopard-2 q=18 delivered y=2024", "transfer PL>UA leopard-2 delivered y=2024"}},
		{"a word for a state stands for the document's buyer", "en", "2024-05-05",
			"Nigeria ordered 24 M-346 jets from Italy. The United States also confirmed the sale to the country of 12 AH-1Z helicopters.",
			[]string{"transfer IT>NG m-346 q=24 ordered y=2024", "transfer US>NG ah-1z-viper q=12 approved y=2024"}},
		{"what equipment is for does not change hands", "en", "2024-05-05",
			"Switzerland delivered 5000 artillery shells intended for Gepard tanks to Ukraine.",
			[]string{"transfer CH>UA cat:ammunition q=5000 delivered y=2024"}},
		{"a definite description takes the system of the sentence before", "en", "2024-05-05",
			"Poland ordered 48 K2 tanks from South Korea in 2022. The first 10 tanks were delivered in December 2022.",
			[]string{"transfer KR>PL k2-black-panther q=48 ordered y=2022", "transfer KR>PL k2-black-panther q=10 delivered y=2022"}},
		{"a description told again adds nothing", "fr", "2024-05-05",
			"Le Mali a reçu quatre hélicoptères Mi-171 de la Russie. Ces hélicoptères ont été acquis grâce à la coopération.",
			[]string{"transfer RU>ML mi-8-17 q=4 delivered y=2024"}},
		{"a selection and the order that follows are one deal", "en", "2024-05-05",
			"Norway has chosen the Type 26 frigate. Norway ordered five Type 26 frigates from the United Kingdom.",
			[]string{"transfer GB>NO type-26 q=5 ordered y=2024"}},
		{"the package of the sentence before, at its stage", "es", "2024-05-05",
			"Estados Unidos aprobó la venta a México de ocho helicópteros MH-60R. El paquete comprende 10 misiles Hellfire.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 approved y=2024", "transfer US>MX agm-114-hellfire q=10 approved y=2024"}},
		{"sin embargo is no negation", "es", "2024-05-05",
			"Sin embargo, México compró 10 misiles Hellfire a Estados Unidos.",
			[]string{"transfer US>MX agm-114-hellfire q=10 ordered y=2024"}},
		{"a negation in a clause of its own is about something else", "es", "2024-05-05",
			"Mientras el submarino argentino aún no ha navegado, la Marina de Chile recibió dos submarinos Scorpène.",
			[]string{"transfer FR>CL scorpene q=2 delivered y=2024"}},
		{"a negation in a clause of its own, English", "en", "2024-05-05",
			"While the Polish frigate has not yet sailed, Brazil received two Scorpene submarines.",
			[]string{"transfer FR>BR scorpene q=2 delivered y=2024"}},
		{"a negation in the system's clause still counts", "es", "2024-05-05",
			"Mientras Chile esperaba, Brasil no recibió los submarinos Scorpène.",
			nil},
		{"a word for the state that has the equipment receives it", "es", "2024-05-05",
			"Noruega entregó 12 obuses K9 a Estonia. El país ya dispone de 6 Challenger británicos.",
			[]string{"transfer NO>EE k9-thunder q=12 delivered y=2024", "transfer GB>EE challenger-2 q=6"}},
		{"munitions counted apart in a package are facts of their own", "en", "2024-05-05",
			"The United States approved the sale of eight MH-60R helicopters to Mexico. The package includes 10 Hellfire missiles and 30 torpedoes.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 approved y=2024", "transfer US>MX agm-114-hellfire q=10 approved y=2024", "transfer US>MX cat:missiles q=30 approved y=2024"}},
		{"thousands of millions half in words", "es", "2024-05-05",
			"Estados Unidos aprobó la venta a Colombia de seis helicópteros UH-60 por dos mil 300 millones de dólares.",
			[]string{"transfer US>CO uh-60-black-hawk q=6 USD=2300000000 approved y=2024"}},
		{"a state the weapons are against is no party", "es", "2024-05-05",
			"Estados Unidos entregó a Taiwán 40 obuses M109 frente a adversarios como China.",
			[]string{"transfer US>TW m109 q=40 delivered y=2024"}},
		{"a state the weapons are against is no party, English", "en", "2024-05-05",
			"The United States delivered 40 M109 howitzers to defend against China.",
			nil},
		{"the topic of a sending verb sends", "en", "2024-05-05",
			"Germany delivered 18 Leopard 2A6 tanks to Ukraine. As for Spain, it will send six Leopard 2A4 tanks.",
			[]string{"transfer DE>UA leopard-2 q=18 delivered y=2024", "transfer ES>UA leopard-2 q=6 approved y=2024"}},
		{"a capitalised name after a word for a class is the class", "es", "2024-05-05",
			"Chile compró al Reino Unido dos fragatas de la clase Duke.",
			[]string{"transfer GB>CL x:duke q=2 ordered y=2024"}},
		{"a lower-case word after a class word is no class", "es", "2024-05-05",
			"Chile compró al Reino Unido dos fragatas de la clase media.",
			[]string{"transfer GB>CL cat:ships q=2 ordered y=2024"}},
		{"EE. UU. with a space does not end the sentence", "es", "2024-05-05",
			"El Departamento de Estado de EE. UU. aprobó la venta a Colombia de seis helicópteros UH-60.",
			[]string{"transfer US>CO uh-60-black-hawk q=6 approved y=2024"}},
		{"u$s and mdd are US dollars", "es", "2024-05-05",
			"Estados Unidos vendió a Colombia seis helicópteros UH-60 por u$s 300 millones. Estados Unidos vendió a Perú ocho helicópteros AH-64 por 500 mdd.",
			[]string{"transfer US>CO uh-60-black-hawk q=6 USD=300000000 ordered y=2024", "transfer US>PE ah-64-apache q=8 USD=500000000 ordered y=2024"}},
		{"an article and a count at a sentence start are no designation", "es", "2024-05-05",
			"Los 12 cazas Rafale fueron entregados a Grecia por Francia.",
			[]string{"transfer FR>GR rafale q=12 delivered y=2024"}},
		{"engines with no count of their own are parts", "en", "2024-05-05",
			"The United States approved the sale of eight MH-60R helicopters to Mexico, with T700 engines.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 approved y=2024"}},
		{"a list of buyers, each an order", "en", "2024-05-05",
			"Azerbaijan joins Myanmar and Nigeria among the buyers of JF-17 jets from Pakistan.",
			[]string{"transfer PK>NG jf-17 ordered y=2024", "transfer PK>MM jf-17 ordered y=2024"}},
		{"a description with its own buyer", "en", "2024-05-05",
			"Poland ordered 24 Bayraktar TB2 drones from Turkey. Ukraine was an early customer: Kyiv bought six of the drones in 2019.",
			[]string{"transfer TR>PL bayraktar-tb2 q=24 ordered y=2024", "transfer TR>UA bayraktar-tb2 q=6 ordered y=2019"}},
		{"the first of a larger order: two facts, second-hand seller", "en", "",
			"The first 6 of 24 F-16 jets ordered by Romania arrived from Portugal in 2016.",
			[]string{"transfer PT>RO f-16 q=6 delivered y=2016", "transfer PT>RO f-16 q=24 ordered"}},
		{"German dative recipient, verb last, second-hand seller", "de", "2024-05-05",
			"Die Niederlande haben der Ukraine 18 F-16 übergeben.",
			[]string{"transfer NL>UA f-16 q=18 delivered y=2024"}},
		{"German perfect with the recipient before the final participle", "de", "2024-05-05",
			"Die Slowakei hat 30 Kampfpanzer T-72 an die Ukraine geliefert.",
			[]string{"transfer SK>UA t-72 q=30 delivered y=2024"}},
		{"German 'abgegeben': a second-hand handover by the state that gives", "de", "2024-05-05",
			"Tschechien hat 20 Kampfpanzer T-72 an die Ukraine abgegeben.",
			[]string{"transfer CZ>UA t-72 q=20 delivered y=2024"}},
		{"German decision with a zu-infinitive clause: the subject supplies", "de", "2024-05-05",
			"Die Slowakei hat beschlossen, 30 Kampfpanzer T-72 an die Ukraine zu liefern.",
			[]string{"transfer SK>UA t-72 q=30 approved y=2024"}},
		{"German 'die Bundesregierung' approving a generic export", "de", "2024-05-05",
			"Die Bundesregierung hat die Ausfuhr von zwölf Patrouillenbooten nach Ägypten abgesegnet.",
			[]string{"transfer DE>EG cat:ships q=12 approved y=2024"}},
		{"German declined demonym adjective names the supplier", "de", "2024-05-05",
			"Die Ukraine erhielt 30 Schützenpanzer aus polnischem Bestand.",
			[]string{"transfer PL>UA cat:armoured-vehicles q=30 delivered y=2024"}},
		{"German modal of obligation with a getting verb: a pledge", "de", "2024-05-05",
			"Insgesamt soll Litauen 18 Panzerhaubitzen vom Typ PzH 2000 bekommen.",
			[]string{"transfer DE>LT pzh-2000 q=18 approved y=2024"}},
		{"German modal with a receiving verb that is also a stage word", "de", "2024-05-05",
			"Die Ukraine soll von Deutschland weitere 10 Schützenpanzer vom Typ Marder erhalten.",
			[]string{"transfer DE>UA marder q=10 approved y=2024"}},
		{"French 'doit recevoir': a pledge, not a delivery date", "fr", "2024-05-05",
			"Selon le ministère, la Grèce doit recevoir 40 véhicules blindés Marder.",
			[]string{"transfer DE>GR marder q=40 approved y=2024"}},
		{"German reportative modal with a perfect: no pledge", "de", "2024-05-05",
			"Litauen soll bereits 18 PzH 2000 erhalten haben.",
			[]string{"transfer DE>LT pzh-2000 q=18 delivered y=2024"}},
		{"Arabic stage noun with an attached pronoun", "ar", "2024-05-05",
			"وأعلنت مصر استلامها 3 طائرات رافال من فرنسا.",
			[]string{"transfer FR>EG rafale q=3 delivered y=2024"}},
		{"German demonym adjective with a strong ending names the supplier", "de", "2024-05-05",
			"Lettland hat 12 Raketenwerfer südkoreanischer Bauart bestellt.",
			[]string{"transfer KR>LV cat:artillery q=12 ordered y=2024"}},
		{"Arabic conjunction attached to digits and to a number word", "ar", "2024-05-05",
			"تسلمت مصر من فرنسا 24 طائرة رافال و12 مروحية كاراكال وعشرين دبابة.",
			[]string{"transfer FR>EG rafale q=24 delivered y=2024", "transfer FR>EG h225m q=12 delivered y=2024", "transfer FR>EG cat:armoured-vehicles q=20 delivered y=2024"}},
		{"Arabic thousands in digits and a scale word are a quantity", "ar", "2024-05-05",
			"أرسلت ألمانيا إلى أوكرانيا 12 ألف قذيفة مدفعية.",
			[]string{"transfer DE>UA cat:ammunition q=12000 delivered y=2024"}},
		{"the state after an Arabic verbal noun of handing over receives", "ar", "2024-05-05",
			"وأعلنت واشنطن تسليم تونس 4 مروحيات بلاك هوك.",
			[]string{"transfer US>TN uh-60-black-hawk q=4 delivered y=2024"}},
		{"Arabic 'ل' on the forces before a demonym names the recipient", "ar", "2024-05-05",
			"وقعت فرنسا عقدا لبيع 12 طائرة رافال للقوات الجوية الصربية.",
			[]string{"transfer FR>RS rafale q=12 ordered y=2024"}},
		{"an Arabic dual counts two", "ar", "2024-05-05",
			"تسلمت مصر من فرنسا طائرتين من طراز رافال.",
			[]string{"transfer FR>EG rafale q=2 delivered y=2024"}},
		{"German 'von' before a receiving verb at the end names the source", "de", "2024-05-05",
			"Polen hat von Deutschland 12 Hubschrauber erhalten.",
			[]string{"transfer DE>PL cat:aircraft q=12 delivered y=2024"}},
		{"German passive agent of an order is the buyer", "de", "2024-05-05",
			"Die 12 Leopard-2-Panzer aus Deutschland wurden im Mai von Polen bestellt.",
			[]string{"transfer DE>PL leopard-2 q=12 ordered y=2024"}},
		{"Arabic verb, subject, then its preposition (VSO)", "ar", "2024-05-05",
			"حصلت تونس على 4 طائرات بلاك هوك من واشنطن.",
			[]string{"transfer US>TN uh-60-black-hawk q=4 delivered y=2024"}},
		{"a genitive is no dative", "de", "2024-05-05",
			"Die Armee der Ukraine erhielt 18 Leopard-2-Panzer von Deutschland.",
			[]string{"transfer DE>UA leopard-2 q=18 delivered y=2024"}},
		{"the subject of a selling verb sells", "en", "2024-05-05",
			"Portugal sold 12 second-hand F-16 jets to Romania.",
			[]string{"transfer PT>RO f-16 q=12 ordered y=2024"}},
		{"Spanish seller fronted and taken up by a clitic", "es", "2024-05-05",
			"A China, Bolivia le compró seis helicópteros.",
			[]string{"transfer CN>BO cat:aircraft q=6 ordered y=2024"}},
		{"each system of a list has its own seller", "fr", "2025-02-06",
			"Des F-16 néerlandais et les premiers Mirage 2000 français remis à l'Ukraine. L'Ukraine a reçu des Mirage 2000 français ainsi que des chasseurs F-16 fournis par les Pays-Bas.",
			[]string{"transfer NL>UA f-16 delivered y=2025", "transfer FR>UA mirage-2000 delivered y=2025"}},
		{"a former owner delivers to the document's buyer", "fr", "2025-02-06",
			"La Norvège a livré des F-16 à l'Ukraine. Les livraisons de F-16 néerlandais ont commencé.",
			[]string{"transfer NO>UA f-16 delivered y=2025", "transfer NL>UA f-16 delivered y=2025"}},
		{"each system of a list takes its own stage word", "en", "2024-05-05",
			"Egypt took delivery of a FREMM frigate from France, under a deal that also covers the purchase of 24 Rafale jets.",
			[]string{"transfer FR>EG fremm delivered y=2024", "transfer FR>EG rafale q=24 ordered y=2024"}},
		{"a sentence end glued to a designation", "de", "2024-05-05",
			"Polen erhielt 24 Panzerhaubitzen K9.Vier Monate zuvor waren die Verträge unterschrieben worden.",
			[]string{"transfer KR>PL k9-thunder q=24 delivered y=2024"}},
		{"readiness to deliver is no delivery", "en", "2024-05-05",
			"Israel is ready to deliver Iron Dome batteries to Azerbaijan.",
			nil},
		{"each system of a list takes the year after it", "es", "2016-04-20",
			"Rusia proveyó a Nicaragua de 12 sistemas ZU-23-2 en 2014 y de dos helicópteros Mi-17V-5 en 2009.",
			[]string{"transfer RU>NI zu-23-2 q=12 delivered y=2014", "transfer RU>NI mi-8-17 q=2 delivered y=2009"}},
		{"receiving an approval is an approval", "fr", "2020-03-20",
			"La cession au Maroc de 36 hélicoptères Apache a reçu l'aval du Département d'Etat des Etats-Unis.",
			[]string{"transfer US>MA ah-64-apache q=36 approved y=2020"}},
		{"a stage word after an article is a noun", "es", "2016-04-20",
			"Rusia ejecuta el contrato para suministrar a Nicaragua 50 tanques T-72; la primera partida está lista para su envío.",
			[]string{"transfer RU>NI t-72 q=50 ordered y=2016"}},
		{"from one state to another, German participle", "de", "",
			"Die Ukraine nutzt die von Deutschland an die Ukraine übergebenen Stinger-Raketen.",
			[]string{"transfer DE>UA stinger delivered"}},
		{"a currency names no party", "de", "2023-11-28",
			"Israel verkaufte Deutschland Arrow 3 für 3,6 Milliarden US-Dollar.",
			[]string{"transfer IL>DE arrow USD=3600000000 ordered y=2023"}},
		{"a list of buyers announced after a colon", "en", "2011-12-28",
			"Saab signed contracts for Gripen jets destined for three countries: Brazil, Hungary and Thailand.",
			[]string{"transfer SE>BR gripen ordered y=2011", "transfer SE>HU gripen ordered y=2011", "transfer SE>TH gripen ordered y=2011"}},
		{"a demonym on armed forces is the state; flown by names the user", "en", "",
			"The 17 F-16 fighters flown by the Romanian Air Force were bought from Portugal.",
			[]string{"transfer PT>RO f-16 q=17 ordered"}},
		{"a date in brackets counts nothing", "en", "2011-12-28",
			"Saab said this Wednesday (28) that Thailand had bought Gripen jets.",
			[]string{"transfer SE>TH gripen ordered y=2011"}},
		{"items of a bulleted package", "en", "",
			"Britain gives Ukraine 14 Challenger 2 tanks. Also in the package were:\n- Eight AS90 guns\n- Starstreak air defence missiles",
			[]string{"transfer GB>UA challenger-2 q=14", "transfer GB>UA as90 q=8", "transfer GB>UA starstreak"}},
		{"an earlier deal given in addition", "fr", "2017-12-08",
			"Le Qatar a signé l'achat de 12 Rafale à la France, en plus des 24 exemplaires acquis en 2015.",
			[]string{"transfer FR>QA rafale q=12 ordered y=2017", "transfer FR>QA rafale q=24 ordered y=2015"}},
		{"a topic is no buyer", "en", "2024-05-05",
			"As for Spain, Morocco ordered 12 Apache helicopters from the United States.",
			[]string{"transfer US>MA ah-64-apache q=12 ordered y=2024"}},
		{"a visit names no buyer", "ar", "2024-05-05",
			"وقعت السعودية صفقة لشراء خمس سفن حربية من نافانتيا خلال زيارة ولي العهد لإسبانيا.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2024"}},
		{"awaiting delivery of what was ordered earlier", "ar", "",
			"وتترقب الجزائر تسلّم 30 مقاتلة أخرى طراز ميغ-31 سبق أن طلبتها من روسيا.",
			[]string{"transfer RU>DZ mig-31 q=30 ordered"}},
		{"the aircraft that carried a delivery is not delivered", "fr", "2024-04-19",
			"Trois batteries BrahMos ont été acheminées vers les Philippines par un C-17 Globemaster de l'armée de l'air indienne.",
			[]string{"transfer IN>PH brahmos q=3 delivered y=2024"}},
		{"Arabic subject, verb, then the recipient as object", "ar", "2023-01-10",
			"وبحسب مسؤولين أمريكيين فإن إيران أمدّت روسيا بطائرات مهاجر 6.",
			[]string{"transfer IR>RU mohajer-6 delivered y=2023"}},
		{"a commitment to buy is an order", "en", "2024-05-05",
			"Australia is committed to four MQ-4C Triton drones from the United States.",
			[]string{"transfer US>AU rq-4-global-hawk q=4 ordered y=2024"}},
		{"a contract's amount over several systems of the pair is their aggregate", "en", "2024-03-01",
			"Spain ordered 30 Leopard 2 tanks and 12 PzH 2000 howitzers from Germany. The contract is worth €900 million.",
			[]string{"transfer DE>ES leopard-2 q=30 ordered y=2024", "transfer DE>ES pzh-2000 q=12 ordered y=2024", "aggregate DE>ES EUR=900000000"}},
		{"a combined value of contracts between two states with no roles", "en", "",
			"Azerbaijan has bought Barak 8 missiles from Israel. Baku and Tel Aviv have signed contracts with a combined value of $5 billion.",
			[]string{"transfer IL>AZ barak ordered", "aggregate IL>AZ USD=5000000000"}},
		{"asked to purchase is a request", "en", "2024-03-01",
			"Romania has asked to purchase 32 F-16 jets from the United States.",
			[]string{"transfer US>RO f-16 q=32 requested y=2024"}},
		{"a maker's total of contracts is no deal's price", "en", "",
			"Russia signed a contract for 16 Su-35 jets with Algeria. Contracts worth $15 billion in all were signed last year, the company's chief said.",
			[]string{"transfer RU>DZ su-35 q=16 ordered"}},
		{"named exercise", "en", "",
			"Troops from Morocco and the United States took part in African Lion in 2024.",
			[]string{"exercise MA+US African Lion y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Evidence.Text == "" || f.Rule == "" || f.Confidence <= 0 {
			t.Errorf("fact without evidence, rule or confidence: %+v", f)
		}
		return brief(f), true
	})
}

// factCase is a text and the facts the strict rules read in it, in brief.
type factCase struct {
	name, lang, pub, text string
	want                  []string
}

// checkFacts runs the cases through the strict rules and compares the
// facts that show picks (and how it writes them) with what each wants.
func checkFacts(t *testing.T, tests []factCase, show func(domain.Fact) (string, bool)) {
	t.Helper()
	x := testExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: tc.pub}
			facts, err := x.Facts(doc)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range facts {
				if b, ok := show(f); ok {
					got = append(got, b)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestUnsupportedLanguage(t *testing.T) {
	x := testExtractor(t)
	_, err := x.Facts(&domain.Document{Source: "x.txt", Language: "tr", Text: "Türkiye 40 adet F-16 satın aldı."})
	if err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Fatalf("want ErrUnsupportedLanguage naming the input, got %v", err)
	}
}

func TestAttribution(t *testing.T) {
	x := testExtractor(t)
	doc := &domain.Document{Source: "a", Language: "fr", Text: "Selon le journal Le Monde, la Serbie a commandé douze Rafale en 2024."}
	facts, _ := x.Facts(doc)
	if len(facts) != 1 || !strings.Contains(facts[0].Attribution, "Le Monde") {
		t.Fatalf("attribution: %+v", facts)
	}
}

// TestCuePositionsOrder: a kind's cue positions are the same whichever
// kinds the sentence was asked for before; a filter that reads another
// kind's cues while a kind's are gathered (frNotCue reads the approvals
// of "la cession éventuelle") does not slip that kind's positions in.
func TestCuePositionsOrder(t *testing.T) {
	kinds := append([]string{"hypothetical", "negation", "exercise"}, stageCueKinds...)
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Le département d'État a approuvé la cession éventuelle au Maroc de 18 HIMARS."},
		{"fr", "Le Maroc pourrait obtenir des chars ; le département d'État a approuvé la vente éventuelle de 18 HIMARS."},
		{"en", "The State Department approved a possible sale of 18 HIMARS to Morocco, which may order more."},
		{"es", "El Departamento de Estado aprobó la posible venta de 18 HIMARS a Marruecos, que podría comprar más."},
		{"de", "Das Außenministerium genehmigte den möglichen Verkauf von 18 HIMARS an Marokko, das eventuell mehr bestellt."},
		{"ar", "وافقت وزارة الخارجية على صفقة محتملة لبيع 18 منظومة هيمارس إلى المغرب."},
	} {
		alone := map[string][]int{}
		for _, k := range kinds {
			alone[k] = scanSentence(t, tc.text, tc.lang, time.Time{}).cuePositions(k)
		}
		reversed := slices.Clone(kinds)
		slices.Reverse(reversed)
		for _, order := range [][]string{kinds, reversed} {
			sc := scanSentence(t, tc.text, tc.lang, time.Time{})
			for _, k := range order {
				if got := sc.cuePositions(k); !slices.Equal(got, alone[k]) {
					t.Errorf("%s %q: cuePositions(%s) = %v after other kinds, %v alone", tc.lang, tc.text, k, got, alone[k])
				}
			}
		}
	}
}

// transferPairs lists the supplier>recipient pairs of the transfer
// candidates the rules propose for one text, in order (keep, when not
// nil, chooses the candidates).
func transferPairs(t *testing.T, x *Extractor, lang, text string, keep func(domain.Fact) bool) []string {
	t.Helper()
	cands, err := x.Candidates(&domain.Document{Source: t.Name(), Language: lang, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cands {
		if f := c.Fact; f.Type == domain.TypeTransfer && f.Supplier != nil && f.Recipient != nil && (keep == nil || keep(f)) {
			got = append(got, f.Supplier.String()+">"+f.Recipient.String())
		}
	}
	return got
}

// anyCandidate reports whether one of the candidates the rules propose
// for a text passes keep.
// hasTransfer reports whether the rules propose a transfer from sup to rec
// for text (anyCandidate, published 2024-03-03).
func hasTransfer(t *testing.T, x *Extractor, lang, text, sup, rec string) bool {
	t.Helper()
	return anyCandidate(t, x, lang, text, "2024-03-03", func(k Candidate) bool {
		f := k.Fact
		return f.Type == domain.TypeTransfer && f.Supplier != nil && f.Recipient != nil && f.Supplier.String() == sup && f.Recipient.String() == rec
	})
}

func anyCandidate(t *testing.T, x *Extractor, lang, text, pub string, keep func(Candidate) bool) bool {
	t.Helper()
	cands, err := x.Candidates(&domain.Document{Source: t.Name(), Language: lang, Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if keep(c) {
			return true
		}
	}
	return false
}
