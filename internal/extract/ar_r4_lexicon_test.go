package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArR4Await: a state that prepares to receive weapons ("تستعد ...
// لاستلام", "تتأهب ... لتسلم") has ordered them, even with its armed force
// named between the verb and the noun; preparing to buy is still a plan
// (ar_await.go). Sentences written for this test.
func TestArR4Await(t *testing.T) {
	checkFacts(t, []factCase{
		{"preparing to receive, the navy between", "ar", "2024-05-12",
			"تستعد البحرية الجزائرية لاستلام غواصتين من روسيا.",
			[]string{"transfer RU>DZ cat:ships q=2 ordered y=2024"}},
		{"awaiting, a long subject between", "ar", "2024-05-12",
			"تترقب القوات الجوية الملكية المغربية استلام 25 مقاتلة إف 16 من الولايات المتحدة.",
			[]string{"transfer US>MA f-16 q=25 ordered y=2024"}},
		{"preparing to buy is a plan", "ar", "2024-05-12",
			"تستعد الجزائر لشراء غواصات كيلو من روسيا.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestArR4Lexicon: drones written "من دون طيار" and in the dual
// (generic.tsv), IMET named with its words in the other order (named.tsv),
// the US administration named by its president (country_names.tsv), the
// coalition against Daesh in more wordings (named.tsv), "يتطلع" as a plan,
// present-tense buying ("تشتري") in a headline, a question with "هل" (no
// fact), and a state said to be ("يعد", "أصبحت") a major non-NATO ally in the
// accusative "حليفا" (lang_ar.tsv membership). Sentences written for this
// test.
func TestArR4Lexicon(t *testing.T) {
	checkFacts(t, []factCase{
		{"two drones, dual with من دون طيار", "ar", "2024-05-12",
			"حصلت تونس على طائرتين من دون طيار من تركيا.",
			[]string{"transfer TR>TN cat:aircraft q=2 delivered y=2024"}},
		{"two drones, dual with بدون طيار", "ar", "2024-05-12",
			"تسلمت تونس طائرتين بدون طيار من تركيا.",
			[]string{"transfer TR>TN cat:aircraft q=2 delivered y=2024"}},
		{"became a major non-NATO ally", "ar", "2024-05-12",
			"أصبحت تونس حليفا رئيسيا من خارج حلف شمال الأطلسي عام 2015.",
			[]string{"membership TN mnna y=2015"}},
		{"is a major non-NATO ally", "ar", "2024-05-12",
			"يعد المغرب حليفا رئيسيا من خارج الناتو منذ عام 2004.",
			[]string{"membership MA mnna y=2004"}},
		{"present-tense buying in a headline", "ar", "2024-05-12",
			"مصر تشتري 24 مقاتلة رافال إضافية من فرنسا",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024"}},
		{"a question states no fact", "ar", "2024-05-12",
			"هل اشترت مصر مقاتلات سوخوي 35 من روسيا؟",
			nil},
		{"the Biden administration is the United States", "ar", "2024-05-12",
			"وافقت إدارة بايدن على بيع صواريخ أمرام للسعودية.",
			[]string{"transfer US>SA aim-120-amraam approved y=2024"}},
		{"the coalition against Daesh, another wording", "ar", "2024-05-12",
			"انضمت الأردن إلى التحالف الدولي لمحاربة تنظيم داعش عام 2014.",
			[]string{"membership JO global-coalition-daesh y=2014"}},
		{"a masculine wish is a plan, the relative clause a fact", "ar", "2024-05-12",
			"أكدت مصادر أن المغرب، الذي اشترى مقاتلات إف 16 من واشنطن، يتطلع لاقتناء إف 35.",
			[]string{"transfer US>MA f-16 ordered y=2024"}},
		{"IMET, training before education", "ar", "2024-05-12",
			"يستفيد المغرب من برنامج التدريب والتعليم العسكري الدولي الأمريكي.",
			[]string{"assistance US>MA imet"}},
	}, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer || f.Type == domain.TypeMembership || f.Type == domain.TypeAssistance
	})
}
