package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArTotals: a sum of money over several systems, or over "military
// equipment" a state approves for another, is an aggregate between the two
// (ar_totals.go). Sentences written for this test.
func TestArTotals(t *testing.T) {
	checkFacts(t, []factCase{
		{"a total value over two systems", "ar", "2015-03-02",
			"أنهت القاهرة وموسكو مفاوضات صفقة منظومات الدفاع الجوي \"تور\" ومنظومة \"إس-300\"، على أن تبدأ مصر تسلمها الشهر القادم، بقيمة إجمالية تناهز مليار دولار.",
			[]string{"transfer RU>EG tor", "transfer RU>EG s-300", "aggregate RU>EG USD=1000000000"}},
		{"equipment approved worth a sum", "ar", "2024-11-14",
			"قالت وزارة الدفاع الأميركية إن وزير الخارجية أقر بيع عتاد عسكري لإسرائيل تتجاوز قيمته 20 مليار دولار.",
			[]string{"aggregate US>IL USD=20000000000"}},
		{"the deal's value told apart", "ar", "2024-11-14",
			"وقعت إسرائيل عقدا مع شركة بوينغ الأمريكية لشراء 25 طائرة إف-15.\n\nوأوضحت الوزارة في بيانها أن قيمة الصفقة تبلغ 5,2 مليار دولار، وأنها جزء من حزمة مساعدات أوسع أقرتها الإدارة الأميركية والكونغرس.",
			[]string{"transfer US>IL f-15 q=25 USD=5200000000 ordered y=2024"}},
		{"military equipment worth a sum is no deal's price", "ar", "2024-11-14",
			"وقعت إسرائيل عقدا لشراء 25 طائرة إف-15.\n\nوكان وزير الخارجية الأميركي قد أقر بيع عتاد عسكري لإسرائيل تتجاوز قيمته 20 مليار دولار.",
			[]string{"transfer US>IL f-15 q=25 ordered y=2024", "aggregate US>IL USD=20000000000"}},
		{"one amount before two counted systems", "ar", "2021-12-14",
			"وقعت مصر مع روسيا صفقة بقيمة ملياري دولار لشراء 46 مقاتلة ميغ-29 و46 مروحية كا-52.",
			[]string{"transfer RU>EG mig-29 q=46 ordered y=2021", "transfer RU>EG ka-52 q=46 ordered y=2021", "aggregate RU>EG USD=2000000000"}},
		{"an amount right after one system stays its value", "ar", "2021-12-14",
			"وقعت مصر مع روسيا عقدا لشراء 46 مقاتلة ميغ-29 بقيمة ملياري دولار، كما اشترت 46 مروحية كا-52.",
			[]string{"transfer RU>EG mig-29 q=46 USD=2000000000 ordered y=2021", "transfer RU>EG ka-52 q=46 ordered y=2021", "aggregate RU>EG USD=2000000000"}},
		{"one system's total stays its value", "ar", "2024-11-14",
			"وقعت إسرائيل عقدا لشراء 25 طائرة إف-15 بقيمة إجمالية تبلغ 5 مليارات دولار.",
			[]string{"transfer US>IL f-15 q=25 USD=5000000000 ordered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArQuotedNames: a system's Arabic name alone in quotes is read as the
// catalogue's "<noun> <name>" alias (ar_quoted.go); the Hawk missile with its
// noun, military vehicles and mortar rounds take their categories
// (lexicon). Sentences written for this test.
func TestArQuotedNames(t *testing.T) {
	checkFacts(t, []factCase{
		{"buk in quotes", "ar", "2015-03-02",
			"مصر تبدأ الشهر المقبل تسلم منظومة \"بوك\" الروسية.",
			[]string{"transfer RU>EG buk delivered y=2015"}},
		{"a dual before two quoted names counts the names", "ar", "2015-03-02",
			"مصر تبدأ الشهر المقبل تسلم منظومتي \"بوك\" و\"تور\" الروسيتين.",
			[]string{"transfer RU>EG buk delivered y=2015", "transfer RU>EG tor delivered y=2015"}},
		{"facebook is no buk", "ar", "2015-03-02",
			"ونشر الجيش المصري على صفحته في \"فيس بوك\" صورا لتسلم الدفعة الأولى من الطائرات الروسية.",
			nil},
		{"the hawk trainer stays a trainer", "ar", "2017-05-10",
			"تسلم سلاح الجو العماني الدفعة الأولى من طائرات \"الهوك\" التدريبية البريطانية.",
			[]string{"transfer GB>OM bae-hawk delivered y=2017"}},
		{"hawk missile system", "ar", "2015-03-02",
			"وقعت الأردن عقدا مع الولايات المتحدة لشراء منظومة هوك للدفاع الجوي.",
			[]string{"transfer US>JO mim-23-hawk ordered y=2015"}},
		{"military vehicles donated", "ar", "2026-01-15",
			"تسلم الجيش اللبناني 37 من الآليات العسكرية المقدمة هبة من قطر.",
			[]string{"transfer QA>LB cat:armoured-vehicles q=37 delivered y=2026"}},
		{"mortar rounds", "ar", "2024-11-14",
			"ووافقت واشنطن على بيع 50 ألف من قذائف هاون لإسرائيل.",
			[]string{"transfer US>IL cat:ammunition q=50000 approved y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestArWholeOrder: a sentence that names no system gives the whole order
// of the document's one system of the counted kind (ar_wholeorder.go).
// Sentences written for this test.
func TestArWholeOrder(t *testing.T) {
	checkFacts(t, []factCase{
		{"the order the first two belong to", "ar", "2021-12-14",
			"قالت شركة ليوناردو الإيطالية إن أول طائرتين من طراز \"يوروفايتر تايفون\" مخصصتين للكويت وصلتا إلى البلاد.\n\nوتندرج الطائرتان ضمن طلبية قوامها 28 طائرة ستسلم تباعا.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer IT>KW eurofighter-typhoon q=28 ordered"}},
		{"a stageless part stays apart from the whole order", "ar", "2021-12-14",
			"قالت شركة ليوناردو الإيطالية إن أول طائرتين من طراز \"يوروفايتر تايفون\" مخصصتين للقوة الجوية الكويتية حطتا في البلد الخليجي.\n\nوأوضحت الشركة أن الطائرتين تندرجان ضمن طلبية تضم ما مجموعه 28 طائرة.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer IT>KW eurofighter-typhoon q=28 ordered"}},
		{"two systems of the kind: no guess", "ar", "2021-12-14",
			"تسلمت الكويت طائرتين من طراز \"يوروفايتر تايفون\" من إيطاليا وطائرة من طراز إف-16 من الولايات المتحدة.\n\nوتندرج الطائرات ضمن طلبية قوامها 28 طائرة.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer US>KW f-16 delivered y=2021"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
