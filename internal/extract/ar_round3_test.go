package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesArRound3: classes of ar_notraded.go, of the type word in
// ar_exercise.go and of the Arabic lexicon rows added with them
// (in-service "يضم حاليا", compare "نظيرة"), sentences written for this
// test.
func TestRulesArRound3(t *testing.T) {
	tests := []factCase{
		{"helicopters taking part in a drill are not sold", "ar", "2024-05-20",
			"وشاركت في التمرين مروحيات هجومية فرنسية من طراز تايغر إلى جانب القوات المغربية.",
			nil},
		{"a pilot flying a foreign fighter during manoeuvres is no transfer", "ar", "2024-05-20",
			"طيار أردني يقود مقاتلة F-16 أمريكية خلال مناورات الأسد المتأهب.",
			[]string{"exercise JO+US Eager Lion y=2024"}},
		{"a delivery in a sentence that also names a drill stays", "ar", "2024-05-20",
			"تسلمت تونس من الولايات المتحدة 4 مروحيات بلاك هوك لاستخدامها في التدريبات المشتركة.",
			[]string{"transfer US>TN uh-60-black-hawk q=4 delivered y=2024"}},
		{"a quotation after a type word (طراز) names a system, not the exercise", "ar", "2024-05-20",
			"وشاركت في المناورات مقاتلات أمريكية من طراز \"إف-16\" وأخرى مغربية.",
			nil},
		{"rivals a fighter was designed to compete with are not bought", "ar", "2025-11-23",
			"تسلمت الجزائر مقاتلات سو-57 الروسية، التي صممت لمنافسة مقاتلات أمريكية مثل إف-22 وإف-35.",
			[]string{"transfer RU>DZ su-57 delivered y=2025"}},
		{"a system's counterpart (نظيرة) is compared, not bought", "ar", "2025-11-23",
			"اشترت مصر من الصين مسيرات وينغ لونغ، نظيرة الطائرة الأمريكية MQ-9 ريبر.",
			[]string{"transfer CN>EG wing-loong ordered y=2025"}},
		{"a fleet that currently holds (يضم حاليا) systems got none of them now", "ar", "2025-11-23",
			"وتعزز الصفقة أسطولا جويا يضم حاليا مقاتلات سو-30 وميغ-29 الروسية.",
			nil},
		{"a contract's value to buy 'this frigate' is the frigate's, no total", "ar", "2016-06-24",
			"وصلت إلى الإسكندرية فرقاطة فريم التي اشترتها مصر من فرنسا.\n\nوكانت مصر قد وقعت عقدا قيمته مليار يورو لشراء هذه الفرقاطة، كما اشترت 24 مقاتلة رافال.",
			[]string{"transfer FR>EG fremm EUR=1000000000 delivered y=2016", "transfer FR>EG fremm EUR=1000000000 ordered y=2016", "transfer FR>EG rafale q=24 ordered y=2016"}},
		{"'the agreement' that takes up a purchase told before is no cooperation agreement", "ar", "2021-12-03",
			"وقعت قطر اتفاقا لشراء 12 مقاتلة رافال من فرنسا.\n\nوأعلن عن الاتفاق في بيان للرئاسة الفرنسية عام 2021 بعد لقاء بين الرئيس الفرنسي وأمير قطر.",
			[]string{"transfer FR>QA rafale q=12 ordered y=2021"}},
		{"a cooperation agreement after a purchase stays", "ar", "2021-12-03",
			"وقعت قطر اتفاقا لشراء 12 مقاتلة رافال من فرنسا.\n\nكما وقع البلدان عام 2021 اتفاقية للتعاون العسكري.",
			[]string{"transfer FR>QA rafale q=12 ordered y=2021", "agreement FR+QA y=2021"}},
		{"a state awaiting the receipt (تترقب استلام) of fighters has ordered them", "ar", "2010-05-01",
			"وتترقب الجزائر استلام 16 مقاتلة سوخوي-30 إضافية من روسيا.",
			[]string{"transfer RU>DZ su-30 q=16 ordered y=2010"}},
		{"awaiting (تنتظر) a delivery noun: ordered", "ar", "2010-05-01",
			"وتنتظر مصر وصول 4 فرقاطات فريم من إيطاليا.",
			[]string{"transfer IT>EG fremm q=4 ordered y=2010"}},
		{"an effort named as the frame of a delivery (في إطار سعيها) is no plan", "ar", "2023-05-01",
			"تسلمت الجزائر من ألمانيا 4 فرقاطات ميكو في إطار سعيها لتحديث أسطولها.",
			[]string{"transfer DE>DZ meko q=4 delivered y=2023"}},
		{"the two states' efforts (ضمن مساعي البلدين) framing a signed memorandum", "ar", "2023-05-01",
			"وقعت موريتانيا والمغرب مذكرة تفاهم للتعاون العسكري، ضمن مساعي البلدين لتعزيز العلاقات.",
			[]string{"agreement MR+MA y=2023"}},
		{"an effort with no frame word stays a plan", "ar", "2023-05-01",
			"أعلنت الجزائر سعيها لاقتناء 4 فرقاطات ميكو من ألمانيا.",
			nil},
		{"a bare kind word after a named system of that kind takes the system", "ar", "2016-09-23",
			"باعت فرنسا مقاتلات رافال لمصر عام 2015، ثم وقعت الهند عام 2016 عقدا لشراء 36 مقاتلة.",
			[]string{"transfer FR>EG rafale ordered y=2015", "transfer FR>IN rafale q=36 ordered y=2016"}},
		{"a kind word of another kind (helicopters after fighters) stays a kind", "ar", "2016-09-23",
			"تسلمت مصر من فرنسا 6 مقاتلات رافال و4 مروحيات.",
			[]string{"transfer FR>EG rafale q=6 delivered y=2016", "transfer FR>EG cat:aircraft q=4 delivered y=2016"}},
		{"two named systems of the kind: the kind word takes neither", "ar", "2016-09-23",
			"اشترت مصر مقاتلات رافال من فرنسا ومقاتلات ميغ-29 من روسيا، وتسلمت 12 مقاتلة.",
			[]string{"transfer FR>EG rafale ordered y=2016", "transfer RU>EG mig-29 ordered y=2016"}},
		{"weapons a delivered drone can carry (وهي ... قادرة على حمل) are its own", "ar", "2024-01-25",
			"تسلم الجيش السوداني من إيران مسيرات مهاجر 6، وهي طائرات قادرة على حمل ذخائر موجهة.",
			[]string{"transfer IR>SD mohajer-6 delivered y=2024"}},
		{"a named missile a helicopter is armed with (وهي مسلحة ب) is no sale of its own", "ar", "2024-01-25",
			"سلمت الولايات المتحدة الأردن 4 مروحيات بلاك هوك، وهي مروحيات مسلحة بصواريخ هيلفاير.",
			[]string{"transfer US>JO uh-60-black-hawk q=4 delivered y=2024"}},
		{"a navy that commissions (دشنت) a foreign-built frigate received it", "ar", "2023-05-01",
			"دشنت البحرية الجزائرية فرقاطة ميكو ألمانية الصنع.",
			[]string{"transfer DE>DZ meko delivered y=2023"}},
		{"a state that shipped (شحنت) helicopters delivered them", "ar", "2023-05-01",
			"شحنت روسيا إلى مالي عبر باماكو 4 مروحيات مي-17.",
			[]string{"transfer RU>ML mi-8-17 q=4 delivered y=2023"}},
		{"a government that licensed (رخصت) a sale approved it", "ar", "2023-05-01",
			"رخصت ألمانيا بيع 4 فرقاطات ميكو لمصر.",
			[]string{"transfer DE>EG meko q=4 approved y=2023"}},
		{"a company that says it (أنها) delivered to a state: the state after the verb gets", "ar", "2023-05-01",
			"أعلنت شركة بايكار أنها سلمت الكويت 12 مسيرة بيرقدار.",
			[]string{"transfer TR>KW bayraktar-tb2 q=12 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
