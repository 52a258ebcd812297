package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesAr: Arabic classes of ar_stage.go and ar_dateline.go and of the
// Arabic lexicon rows, sentences written for this test.
func TestRulesAr(t *testing.T) {
	tests := []factCase{
		{"a contract that provides for delivery is an order", "ar", "2015-03-01",
			"أبرمت مصر اتفاقا مع فرنسا يقضي بتسليم 24 طائرة رافال.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2015"}},
		{"ينص على توريد: an order too", "ar", "2015-03-01",
			"وقعت مصر عقدا مع فرنسا ينص على توريد 24 طائرة رافال.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2015"}},
		{"a delivery told as done stays delivered", "ar", "2015-07-21",
			"تسلمت مصر من فرنسا 24 طائرة رافال.",
			[]string{"transfer FR>EG rafale q=24 delivered y=2015"}},
		{"a peace treaty is no defence agreement", "ar", "2023-09-01",
			"انطلقت المناورات لأول مرة عام 1980 عقب توقيع معاهدة السلام بين مصر وإسرائيل عام 1979.",
			nil},
		{"a ceasefire is no defence agreement", "ar", "2023-09-01",
			"وقعت إسرائيل ولبنان اتفاق وقف إطلاق النار عام 2024.",
			nil},
		{"an undated dateline names no party", "ar", "2020-05-01",
			"الرباط - سلمت الولايات المتحدة 480 صاروخا من نوع AT4 إلى الجيش المغربي.",
			[]string{"transfer US>MA carl-gustaf q=480 delivered y=2020"}},
		{"a dateline written with a tatweel", "ar", "2020-05-01",
			"بيروت ـ سلمت الولايات المتحدة الجيش اللبناني 480 صاروخا من نوع AT4.",
			[]string{"transfer US>LB carl-gustaf q=480 delivered y=2020"}},
		{"a bare Sukhoi is an aircraft of no named type", "ar", "2014-06-29",
			"استلم العراق من روسيا عشر طائرات حربية من نوع سوخوي.",
			[]string{"transfer RU>IQ sukhoi q=10 delivered y=2014"}},
		{"Bell 505 in Arabic", "ar", "2024-07-10",
			"تسلم العراق من الولايات المتحدة سبع مروحيات بيل 505.",
			[]string{"transfer US>IQ bell-505 q=7 delivered y=2024"}},
		{"a shipment's contents take the pair of the aid handed over before", "ar", "2015-02-09",
			"سلمت الولايات المتحدة الجيش اللبناني مساعدات عسكرية تزيد قيمتها على 25 مليون دولار.\n\nوقال السفير إن الدعم سيتواصل.\n\nوتضم الشحنة 70 مدفع هاوتزر.",
			[]string{"assistance US>LB  USD=25000000", "transfer US>LB cat:artillery q=70 delivered y=2015"}},
		{"contents with no shipment named before stay without a pair", "ar", "2015-02-09",
			"قال السفير إن الدعم سيتواصل.\n\nوتضم الشحنة 70 مدفع هاوتزر.",
			nil},
		{"aid with an amount per state", "ar", "2018-01-05",
			"كما ستمنح واشنطن الأردن مساعدات عسكرية قيمتها 138 مليون دولار، ولبنان 120 مليون دولار، أما سلطنة عمان فتنال أقل حصة بـ12 مليون دولار.",
			[]string{"assistance US>JO  USD=138000000", "assistance US>LB  USD=120000000", "assistance US>OM  USD=12000000"}},
		{"one state's aid stays one fact", "ar", "2018-01-05",
			"منحت الولايات المتحدة الأردن مساعدات عسكرية قيمتها 138 مليون دولار.",
			[]string{"assistance US>JO  USD=138000000"}},
		{"a quotation describing an exercise is no name", "ar", "2018-03-18",
			"وأوضح بيان لوزارة الدفاع السعودية أن هذه المناورات تعد \"الأضخم في المنطقة على الإطلاق\".",
			nil},
		{"a quotation right after the exercise word names it", "ar", "2018-03-18",
			"بدأت في السعودية مناورات \"درع الخليج المشترك 1\" بمشاركة قوات من الولايات المتحدة وبريطانيا.",
			[]string{"exercise SA+US+GB Gulf Shield y=2018"}},
		{"a demonym on strikes is the threat, not the seller", "ar", "2022-01-15",
			"اشترت الإمارات من كوريا الجنوبية 4 منظومات دفاع جوي خشية هجمات يمنية.",
			[]string{"transfer KR>AE cat:air-defence q=4 ordered y=2022"}},
		{"a demonym on strikes, no seller named: no fact", "ar", "2022-01-15",
			"اشترت الإمارات 4 منظومات دفاع جوي خشية ضربات يمنية.",
			nil},
		{"a state that will receive gets the system, as in English", "ar", "2017-12-14",
			"سيتسلم الجيش اللبناني ست مروحيات هجومية من طراز \"إم دي 530 جي\" وست طائرات مسيرة من طراز \"سكان إيغل\".",
			[]string{"transfer US>LB md-530 q=6", "transfer US>LB scaneagle q=6"}},
		{"a future delivery of a batch in a future year stays out", "ar", "2017-12-14",
			"ستتسلم مصر الدفعة الثانية من طائرات رافال عام 2027.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
