package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArOrgEvent: a state named at an organisation's summit, meeting or
// statement is no member (ar_member_event.go); a word of membership keeps
// it one. Sentences written for this test.
func TestArOrgEvent(t *testing.T) {
	checkFacts(t, []factCase{
		{"taking part in a summit", "ar", "2024-06-14",
			"وتشارك قطر في قمة الناتو المقبلة في واشنطن.",
			nil},
		{"a ministers' meeting hosted", "ar", "2023-11-20",
			"واستضافت الرياض اجتماع وزراء دفاع التحالف الإسلامي العسكري لمحاربة الإرهاب بمشاركة مصر.",
			nil},
		{"a member named as such stays a member", "ar", "2024-06-14",
			"وتشارك تركيا، بصفتها عضوا في حلف الناتو، في قمة الحلف.",
			[]string{"membership TR nato"}},
		{"a member with the definite article", "ar", "2017-12-29",
			"واشترت تركيا، العضو في حلف شمال الأطلسي، منظومة إس-400 الروسية.",
			[]string{"transfer RU>TR s-400 ordered y=2017"}}, // r10-precis: a member named in a deal's sentence is none (all_r10_precis_member.go)
		{"joining with no event stays a membership", "ar", "2024-03-07",
			"وانضمت السويد إلى حلف شمال الأطلسي في مارس 2024.",
			[]string{"membership SE nato y=2024"}},
		{"a status granted (صفة)", "ar", "2019-01-01",
			"وقد منحت واشنطن المغرب صفة حليف رئيسي من خارج الناتو عام 2004.",
			[]string{"membership MA mnna y=2004"}},
		{"a partner in the accusative (شريكا)", "ar", "2019-01-01",
			"ويعد الأردن شريكا في الحوار المتوسطي لحلف الناتو منذ 1995.",
			[]string{"membership JO mediterranean-dialogue y=1995"}},
		{"an observer is no member", "ar", "2019-01-01",
			"وتشارك مصر بصفة مراقب في اجتماعات الناتو.",
			nil},
	}, func(f domain.Fact) (string, bool) { return brief(f), true })
}
