package extract

import "testing"

// TestArrecallStages: Arabic stages told by a deal noun without the
// article, by a verb of entering split from "الخدمة", and by "حصول X على"
// (all_r13_arrecall_dealstage.go), and receipt nouns with "ه" (lang_ar.tsv). Sentences written for this test.
func TestArrecallStages(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"ar: صفقة gives an order", "ar", `كشفت تقارير عن صفقة تركية لتزويد المغرب بطائرات مسيرة من طراز "أكينجي".`,
			[]string{"transfer TR>MA akinci ordered y=2024"}, nil},
		{"ar: صفقة in a document of an approval", "ar", "وافقت وزارة الخارجية الأمريكية على بيع صواريخ إلى الكويت.\n\nوتشمل صفقة الصواريخ 50 صاروخ ستينغر للكويت.",
			nil, []string{"ordered"}},
		{"ar: الصفقة is the deal told before", "ar", "وتشمل الصفقة 24 مقاتلة من طراز رافال لقطر.",
			nil, []string{"ordered"}},
		{"ar: دخلت ... الخدمة", "ar", "دخلت 12 دبابة ليوبارد ألمانية الخدمة في الجيش القطري.",
			[]string{"transfer DE>QA leopard-2 q=12 delivered y=2024"}, nil},
		{"ar: حصول X على", "ar", "أعلنت وزارة الدفاع الأمريكية حصول المغرب على 24 مروحية أباتشي.",
			[]string{"transfer US>MA ah-64-apache q=24 delivered y=2024"}, nil},
		{"ar: عن استلامه, with the masculine pronoun", "ar", `أعلن الجيش اللبناني عن استلامه 6 طائرات "سوبر توكانو" من الولايات المتحدة.`,
			[]string{"transfer US>LB super-tucano q=6 delivered y=2024"}, nil},
		{"ar: للحصول على is an aim", "ar", "تسعى مصر للحصول على 24 مقاتلة إف-35 من الولايات المتحدة.",
			nil, []string{"delivered", "ordered"}},
	})
}

// TestArrecallExerciseBracket: an Arabic exercise named in brackets
// (all_r13_arrecall_exercise.go). Sentences written for this test.
func TestArrecallExerciseBracket(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"ar: تمرين (name)", "ar", "نفذت القوات الجزائرية والروسية تمرين (درع الصحراء 2022) في ولاية بشار.",
			[]string{"exercise DZ+RU درع الصحراء 2022 y=2022"}, nil},
		{"ar: adjectives before the bracket", "ar", "اختتمت تمارين (الفجر الجديد) بين الجيشين الجزائري والروسي.",
			[]string{"exercise DZ+RU الفجر الجديد y=2024"}, nil},
		{"ar: a year in brackets names nothing", "ar", "شاركت القوات المصرية والسعودية في مناورات مشتركة (2022) في البحر الأحمر.",
			nil, []string{"exercise"}},
	})
}

// TestArrecallLetterNames: designations spelled with the names of Latin
// letters (all_r13_arrecall_letters.go). Sentences written for this test.
func TestArrecallLetterNames(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"ar: إيه دبليو 149", "ar", "تسلمت مصر من إيطاليا 3 مروحيات إيه دبليو 149.",
			[]string{"transfer IT>EG aw149 q=3 delivered y=2024"}, nil},
		{"ar: سي-27 جيه", "ar", "تسلمت المغرب من الولايات المتحدة 4 طائرات من طراز سي-27 جيه سبارتان.",
			[]string{"transfer US>MA c-27j q=4 delivered y=2024"}, nil},
		{"ar: سي إتش-3", "ar", "تسلمت نيجيريا من الصين 4 طائرات مسيرة من طراز سي إتش-3.",
			[]string{"transfer CN>NG ch-3 q=4 delivered y=2024"}, nil},
		{"ar: في before a year opens no code", "ar", "تسلمت مصر من فرنسا مقاتلات رافال في 2022.",
			[]string{"transfer FR>EG rafale delivered y=2022"}, []string{"x:"}},
	})
}
