package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopR3Aid: the state an aid phrase names as its own gives the aid,
// over another state of the sentence; a demonym on another noun does not
// (coop_r3_aid.go); aid a state asked for is none. Sentences written for this test.
func TestCoopR3Aid(t *testing.T) {
	tests := []factCase{
		{"en name before", "en", "2021-05-03",
			"Egypt, which receives $1.3 billion a year in US military aid, bought 24 Rafale jets from France in 2021.",
			[]string{"US>EG"}},
		{"en demonym, recipient first", "en", "2021-05-03",
			"Jordan, a recipient of $425 million in American military aid each year, also buys weapons from Britain.",
			[]string{"US>JO"}},
		{"fr demonym after", "fr", "2021-05-03",
			"L'Égypte, qui reçoit chaque année 1,3 milliard de dollars d'aide militaire américaine, a acheté 24 Rafale à la France en 2021.",
			[]string{"US>EG"}},
		{"es demonym after", "es", "2021-05-03",
			"Egipto, que recibe cada año 1.300 millones de dólares en ayuda militar estadounidense, compró 24 Rafale a Francia en 2021.",
			[]string{"US>EG"}},
		{"de demonym before", "de", "2021-05-03",
			"Ägypten, das jährlich 1,3 Milliarden Dollar amerikanische Militärhilfe erhält, kaufte 2021 in Frankreich 24 Rafale.",
			[]string{"US>EG"}},
		{"ar demonym after", "ar", "2021-05-03",
			"اشترت مصر، التي تتلقى سنويا 1.3 مليار دولار من المساعدات العسكرية الأمريكية، 24 طائرة رافال من فرنسا عام 2021.",
			[]string{"US>EG"}},
		{"ar demonym of the army before", "ar", "2021-05-03",
			"سلمت الولايات المتحدة الجيش اللبناني مساعدات عسكرية بقيمة 25 مليون دولار.",
			[]string{"US>LB"}},
		{"ar requested", "ar", "2023-05-03",
			"طلبت أوكرانيا من ألمانيا مساعدات عسكرية بقيمة 500 مليون يورو عام 2023.", nil},
		{"ar requested and received", "ar", "2023-05-03",
			"طلبت أوكرانيا مساعدات عسكرية بقيمة 500 مليون يورو وتسلمتها من ألمانيا عام 2023.",
			[]string{"DE>UA"}},
		{"en object with an article before", "en", "2021-05-03",
			"Japan gave the Philippines $50 million in military aid in 2022.",
			[]string{"JP>PH"}},
		{"de dative object before", "de", "2022-09-01",
			"Japan stellt den Philippinen 2022 Militärhilfe im Wert von 50 Millionen Dollar bereit.",
			[]string{"JP>PH"}},
		{"en object before", "en", "2021-05-03",
			"The United States gave Ghana $30 million in military aid in 2022.",
			[]string{"US>GH"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAssistance {
			return "", false
		}
		return f.Provider.String() + ">" + f.Recipient.String(), true
	})
}
