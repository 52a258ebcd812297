package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesArDe: German and Arabic constructions seen in real news,
// sentences written for this test from public facts.
func TestRulesArDe(t *testing.T) {
	tests := []factCase{
		{"nicht nur … sondern auch does not negate", "de", "2013-06-01",
			"Die Bundesregierung hat Katar nicht nur 62 Leopard-Kampfpanzer genehmigt, sondern auch Munition.",
			[]string{"transfer DE>QA leopard-2 q=62 approved y=2013", "transfer DE>QA cat:ammunition approved y=2013"}},
		{"an export allowed with zugestanden", "de", "2013-06-01",
			"Die Bundesregierung hat dem Emirat Katar 24 Panzerhaubitzen zugestanden.",
			[]string{"transfer DE>QA cat:artillery q=24 approved y=2013"}},
		{"a plain negation still negates", "de", "2013-06-01",
			"Die Bundesregierung hat Katar keine Leopard-Kampfpanzer genehmigt.",
			nil},
		{"own stocks: the maker's state is not the supplier, the giver is (de_stocks.go)", "de", "2022-05-18",
			"Die Regierung in Prag hat schwere Waffen aus eigenen Beständen an die Ukraine geliefert, darunter Kampfpanzer T-72 sowjetischer Bauart.",
			[]string{"transfer CZ>UA t-72 delivered y=2022"}},
		{"Arabic accusative after a number names the category", "ar", "2016-08-10",
			"سلّمت الولايات المتحدة الجيش اللبناني 40 مدفعا.",
			[]string{"transfer US>LB cat:artillery q=40 delivered y=2016"}},
		{"Arabic part of a whole: من أصل", "ar", "2017-11-02",
			"استلم العراق 5 طائرات من طراز إف-16 من أصل 36 طائرة بموجب العقد المبرم مع الولايات المتحدة.",
			[]string{"transfer US>IQ f-16 q=5 delivered y=2017", "transfer US>IQ f-16 q=36 ordered"}},
		{"Arabic part of a whole past a comma", "ar", "2017-11-02",
			"استلم العراق 18 طائرة مقاتلة من طراز إف-16 أمريكية الصنع، من أصل 36 طائرة.",
			[]string{"transfer US>IQ f-16 q=18 delivered y=2017", "transfer US>IQ f-16 q=36 ordered"}},
		{"Arabic part of a whole: N منها after the whole", "ar", "2015-07-31",
			"كما اشترت مصر 24 مقاتلة رافال من فرنسا وصلت ثلاث منها في 21 يوليو.",
			[]string{"transfer FR>EG rafale q=3 delivered y=2015", "transfer FR>EG rafale q=24 ordered"}},
		{"Arabic: منها with no larger count before is no part", "ar", "2015-07-31",
			"تسلمت مصر ثلاث مقاتلات رافال من فرنسا، وحلقت اثنتان منها فوق القاهرة.",
			[]string{"transfer FR>EG rafale q=3 delivered y=2015"}},
		{"Arabic: بدون طيار (unmanned) is no negation", "ar", "2021-09-24",
			"سلّمت الصين 20 طائرة بدون طيار إلى الجزائر.",
			[]string{"transfer CN>DZ cat:aircraft q=20 delivered y=2021"}},
		{"Arabic: بدون مقابل (free of charge) is no negation", "ar", "2021-09-24",
			"سلّمت الولايات المتحدة لبنان 10 مدرعات بدون مقابل.",
			[]string{"transfer US>LB cat:armoured-vehicles q=10 delivered y=2021"}},
		{"Arabic: لا سيما (especially) is no negation", "ar", "2021-09-24",
			"تسلمت مصر 12 مروحية من الولايات المتحدة، لا سيما لقواتها الجوية.",
			[]string{"transfer US>EG cat:aircraft q=12 delivered y=2021"}},
		{"Arabic: a plain negation still negates a drone delivery", "ar", "2021-09-24",
			"لم تسلّم الصين أي طائرة بدون طيار إلى الجزائر.",
			nil},
		{"Arabic: getting ready to deliver what was ordered", "ar", "2008-01-10",
			"تتأهب روسيا لأن تسلّم الجزائر 28 طائرة سوخوي 30 كانت الأخيرة قد طلبتها.",
			[]string{"transfer RU>DZ su-30 q=28 ordered y=2008"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
