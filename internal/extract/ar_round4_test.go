package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRulesArRound4: classes of Arabic round 3 (ar_royal.go), sentences
// written for this test.
func TestRulesArRound4(t *testing.T) {
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
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
