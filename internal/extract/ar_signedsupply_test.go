package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestArSignedSupply: a state signs a contract to supply or to buy a
// generic system, verb first (ar_signedsupply.go). Sentences written for
// this test.
func TestArSignedSupply(t *testing.T) {
	checkFacts(t, []factCase{
		{"the signer supplies, the state after إلى receives", "ar", "2023-05-02",
			"وقعت تركيا عقدا لتوريد منظومة دفاع جوي إلى قطر بقيمة 900 مليون دولار.",
			[]string{"transfer TR>QA cat:air-defence USD=900000000 ordered y=2023"}},
		{"a president signs for his state, a visit in between", "ar", "2023-05-02",
			"ووقّع رئيس الصين، خلال زيارته مصر، اتفاقا يقضي ببيع 20 طائرة مسيرة إلى القاهرة.",
			[]string{"transfer CN>EG cat:aircraft q=20 ordered y=2023"}},
		{"the signer buys, the state after مع sells", "ar", "2023-05-02",
			"وقعت الجزائر عقدا مع روسيا لشراء منظومة دفاع جوي بقيمة 500 مليون دولار.",
			[]string{"transfer RU>DZ cat:air-defence USD=500000000 ordered y=2023"}},
		{"subject first, a contract verb", "ar", "2023-05-02",
			"المغرب يتعاقد مع فرنسا لشراء 6 منظومات دفاع جوي بقيمة 300 مليون يورو.",
			[]string{"transfer FR>MA cat:air-defence q=6 EUR=300000000 ordered y=2023"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
