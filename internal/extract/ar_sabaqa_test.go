package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesArRound2: classes of ar_sabaqa.go, ar_aggdup.go, ar_civil.go,
// ar_media.go, ar_dual.go
// and of the Arabic lexicon rows added with them, sentences
// written for this test.
func TestRulesArRound2(t *testing.T) {
	tests := []factCase{
		{"سبق لـX أن باعت: the state with ل sells, the one after the verb gets", "ar", "2019-02-06",
			"وسبق لروسيا أن باعت الجزائر 14 مقاتلة سو-35.",
			[]string{"transfer RU>DZ su-35 q=14 ordered y=2019"}},
		{"سبق لـX أن سلّمت: a giving verb, two systems", "ar", "2019-02-06",
			"وسبق لفرنسا أن سلّمت المغرب مقاتلات ميراج 2000 وطائرات ألفا جت.",
			[]string{"transfer FR>MA mirage-2000 delivered y=2019", "transfer FR>MA alpha-jet delivered y=2019"}},
		{"سبق لـX أن اشترت: the state with ل buys", "ar", "2019-02-06",
			"وسبق للجزائر أن اشترت من روسيا 14 مقاتلة سو-35.",
			[]string{"transfer RU>DZ su-35 q=14 ordered y=2019"}},
		{"a headline's amount that the body gives the system is no aggregate", "ar", "2022-09-16",
			"واشنطن توافق على صفقة صواريخ للأردن بـ400 مليون دولار\n\nوافقت الخارجية الأمريكية على صفقة محتملة تبيع بموجبها الولايات المتحدة للأردن منظومة صواريخ أرض-جو (NASAMS) بقيمة 400 مليون دولار.",
			[]string{"transfer US>JO nasams USD=400000000 approved y=2022"}},
		{"a system whose maker's state is never named goes with the state that hands it over", "ar", "2014-08-29",
			"تسلّم الجيش اللبناني هبة عسكرية من واشنطن.\n\nلبّت واشنطن حاجة لبنان العسكرية، فسلّم سفيرها الجيش اللبناني 200 صاروخ AT4 و500 بندقية M16.",
			[]string{"transfer US>LB carl-gustaf q=200 delivered y=2014", "transfer US>LB m16 q=500 delivered y=2014"}},
		{"the maker's state named keeps its system", "ar", "2014-08-29",
			"اشترى لبنان من السويد 200 صاروخ AT4.",
			[]string{"transfer SE>LB carl-gustaf q=200 ordered y=2014"}},
		{"the two sides (nominative dual) signed two memoranda: the document's pair", "ar", "2022-02-02",
			"وقعت مصر مع كوريا الجنوبية عقدا لشراء مدافع كيه-9.\n\nكما وقع الجانبان مذكرتي تفاهم في مجال التعاون العسكري.",
			[]string{"transfer KR>EG k9-thunder ordered y=2022", "agreement EG+KR y=2022"}},
		{"an agreement in the accusative (اتفاقا) for military cooperation", "ar", "2022-02-02",
			"وقعت تونس والجزائر اتفاقا للتعاون العسكري.",
			[]string{"agreement TN+DZ y=2022"}},
		{"memoranda in the plural", "ar", "2022-02-02",
			"أبرمت السعودية والعراق مذكرات تفاهم في المجال الدفاعي.",
			[]string{"agreement SA+IQ y=2022"}},
		{"a memorandum for training diplomats is no defence agreement", "ar", "2014-06-24",
			"ووقعت قطر وفرنسا اتفاقين للتعاون الثقافي، ومذكرة تفاهم لتكوين الدبلوماسيين القطريين.",
			nil},
		{"a memorandum with a military purpose beside a civil one still counts", "ar", "2014-06-24",
			"ووقعت قطر وفرنسا اتفاقا للتعاون الثقافي، ومذكرة تفاهم للتعاون العسكري.",
			[]string{"agreement QA+FR y=2014"}},
		{"a system absent from a visit's contracts (غائبة) is no order", "ar", "2014-06-24",
			"أمير قطر يوقع عقودا في باريس... ومقاتلات رافال غائبة",
			nil},
		{"a state that granted (منحت) boats handed them over", "ar", "2021-03-12",
			"منحت إيطاليا تونس 6 زوارق دورية.",
			[]string{"transfer IT>TN cat:ships q=6 delivered y=2021"}},
		{"a gift (أهدت) is a delivery", "ar", "2021-03-12",
			"أهدت الصين موريتانيا 4 زوارق دورية.",
			[]string{"transfer CN>MR cat:ships q=4 delivered y=2021"}},
		{"a state that received (تلقت) a frigate from another", "ar", "2021-03-12",
			"تلقت الجزائر من ألمانيا فرقاطة ثانية من طراز ميكو.",
			[]string{"transfer DE>DZ meko delivered y=2021"}},
		{"a news agency's demonym does not stand in for a maker's state the text never names", "ar", "2019-02-06",
			"نقلت وكالة الأناضول التركية أن قطر تسلمت 6 طائرات رافال.",
			[]string{"transfer FR>QA rafale q=6 delivered y=2019"}},
		{"a newspaper's demonym neither", "ar", "2019-02-06",
			"قالت صحيفة وول ستريت جورنال الأمريكية إن الإمارات اشترت 12 طائرة ميراج 2000.",
			[]string{"transfer FR>AE mirage-2000 q=12 ordered y=2019"}},
		{"a dual noun counts two and makes a generic transfer", "ar", "2021-03-12",
			"تسلمت البحرية الجزائرية من روسيا فرقاطتين.",
			[]string{"transfer RU>DZ cat:ships q=2 delivered y=2021"}},
		{"a dual noun before its supplier", "ar", "2021-03-12",
			"تسلم الجيش العراقي دبابتين من روسيا.",
			[]string{"transfer RU>IQ cat:armoured-vehicles q=2 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
