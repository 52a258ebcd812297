package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesArRoyal: classes of ar_royal.go (royal forces' titles, ...), sentences
// written for this test.
func TestRulesArRoyal(t *testing.T) {
	tests := []factCase{
		{"the royal forces (سلاح الجو السلطاني) of a state after ل receive", "ar", "2017-05-16",
			"جرى تدشين أولى طائرات تايفون المقاتلة لسلاح الجو السلطاني العماني في قاعدة بريطانية.",
			[]string{"transfer GB>OM eurofighter-typhoon delivered y=2017"}},
		{"the royal air force (القوات الجوية الملكية) after ل receives", "ar", "2019-03-01",
			"سلمت الشركة أولى مقاتلات تايفون للقوات الجوية الملكية السعودية في مصنع بريطاني.",
			[]string{"transfer GB>SA eurofighter-typhoon delivered y=2019"}},
		{"a monarchy's name (المملكة) is no royal forces word", "ar", "2019-03-01",
			"اشترت المملكة العربية السعودية من بريطانيا 48 مقاتلة تايفون.",
			[]string{"transfer GB>SA eurofighter-typhoon q=48 ordered y=2019"}},
		{"a state asked about (ما إذا كانت) is no buyer beside the state supplied", "ar", "2021-05-28",
			"وتثور أسئلة حول ما إذا كانت تيرانا ستقتني طائرات مسيرة، بعد عقد وقعته أنقرة لتزويد بولندا بمسيرات بيرقدار تي بي 2.",
			[]string{"transfer TR>PL bayraktar-tb2 ordered y=2021"}},
		{"asked about (عما إذا) with a single state named keeps it", "ar", "2021-05-28",
			"وتتساءل الصحف عما إذا كانت الجزائر ستطلب مقاتلات أخرى، بعد أن تسلمت من روسيا 14 مقاتلة سوخوي 57.",
			[]string{"transfer RU>DZ su-57 q=14 delivered y=2021"}},
		{"a contract to deliver (عقدا لتسليمها) is an order", "ar", "2021-05-01",
			"أبرمت روسيا مع الجزائر عقدا لتسليمها 14 مقاتلة سوخوي 57.",
			[]string{"transfer RU>DZ su-57 q=14 ordered y=2021"}},
		{"a deal to supply (صفقة لتوريد) is an order", "ar", "2021-05-01",
			"وقعت مصر مع فرنسا صفقة لتوريد 30 مقاتلة رافال.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2021"}},
		{"handed over under a contract (تنفيذا لعقد) stays a delivery", "ar", "2021-05-01",
			"سلمت فرنسا مصر 30 مقاتلة رافال تنفيذا لعقد سابق.",
			[]string{"transfer FR>EG rafale q=30 delivered y=2021"}},
		{"Mali's army (الجيش المالي) is the state, though مالي alone is 'financial'", "ar", "2023-01-20",
			"وتسلم الجيش المالي من تركيا 6 مسيرات بيرقدار.",
			[]string{"transfer TR>ML bayraktar-tb2 q=6 delivered y=2023"}},
		{"financial support (الدعم المالي) names no state", "ar", "2023-01-20",
			"وقدمت تركيا الدعم المالي للمغرب لشراء 6 مسيرات بيرقدار.",
			[]string{"transfer TR>MA bayraktar-tb2 q=6 ordered y=2023"}},
		{"a pilot at the controls (تولى قيادة) of a foreign fighter buys none", "ar", "2025-05-10",
			"وللمرة الأولى تولى طيار مصري قيادة مقاتلة صينية من طراز جيه-10 (J-10) خلال عرض جوي.",
			nil},
		{"pilots trained on fighters their state bought: the purchase stays", "ar", "2025-05-10",
			"ويتدرب طيارون مصريون على قيادة مقاتلات جيه-10 التي اشترتها مصر من الصين.",
			[]string{"transfer CN>EG j-10 ordered y=2025"}},
		{"a government approving the handing over (وافقت على تسليم) approves it", "ar", "2021-05-01",
			"وافقت الحكومة الألمانية على تسليم 4 فرقاطات ميكو للجزائر.",
			[]string{"transfer DE>DZ meko q=4 approved y=2021"}},
		{"a council approving (أقر) the delivery with its subject between", "ar", "2021-05-01",
			"أقر مجلس الأمن الاتحادي الألماني تسليم غواصة من طراز 209/1400 لمصر.",
			[]string{"transfer DE>EG type-209 q=1 approved y=2021"}},
		{"a delivery made after an approval told in another clause stays made", "ar", "2021-05-01",
			"بعد أن وافقت الحكومة الألمانية، تم تسليم 4 فرقاطات ميكو للجزائر.",
			[]string{"transfer DE>DZ meko q=4 delivered y=2021"}},
		{"a signed deal for aircraft likely of a type (يرجح أن تكون من نوع) is the order", "ar", "2022-01-30",
			"وقعت نيجيريا اتفاقا مع شركة باكستانية لاقتناء طائرات، يرجح أن تكون من نوع JF-17.",
			[]string{"transfer PK>NG jf-17 ordered y=2022"}},
		{"a likely purchase with no deal stays a possibility", "ar", "2022-01-30",
			"يرجح أن تكون نيجيريا مهتمة بطائرات من نوع JF-17 الباكستانية.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
