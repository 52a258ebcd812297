package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestGenericBigCount: munitions counted by the hundred thousand keep
// their count; a system never takes such a number (all_generic.go).
// Sentences written for this test.
func TestGenericBigCount(t *testing.T) {
	tests := []factCase{
		{"en shells by the hundred thousand", "en", "2024-05-03",
			"Britain has sent 200,000 artillery rounds to Ukraine.",
			[]string{"transfer GB>UA ammunition q=200000 delivered"}},
		{"en space as thousands separator", "en", "2024-05-03",
			"Iran has shipped 300 000 artillery shells to Russia, officials said.",
			[]string{"transfer IR>RU ammunition q=300000 delivered"}},
		{"fr obus", "fr", "2024-05-03",
			"La France a livré 150 000 obus à l'Ukraine.",
			[]string{"transfer FR>UA ammunition q=150000 delivered"}},
		{"de Munition", "de", "2024-05-03",
			"Deutschland hat der Ukraine 250.000 Schuss Munition geliefert.",
			[]string{"transfer DE>UA ammunition q=250000 delivered"}},
		{"ar thousands in words", "ar", "2024-05-03",
			"وسلمت ألمانيا أوكرانيا 200 ألف قذيفة مدفعية الشهر الماضي.",
			[]string{"transfer DE>UA ammunition q=200000 delivered"}},
		// a generic system left uncounted is no fact on its own
		{"a system takes no such count", "en", "2024-05-03",
			"Britain has sent 200,000 howitzers to Ukraine.",
			nil},
	}
	checkFacts(t, tests, genericBrief)
}

func genericBrief(f domain.Fact) (string, bool) {
	if f.Type != domain.TypeTransfer || f.System == nil {
		return "", false
	}
	what := f.System.Category
	if f.System.ID != "" {
		what = f.System.ID
	}
	return f.Type + " " + f.Supplier.String() + ">" + f.Recipient.String() + " " + what + " q=" + itoa(f.Quantity) + " " + f.Stage, true
}

// TestGenericAlsoContents: a sentence adding items to the deal of the
// sentence before ("También figuran cinco radares", "Zum Paket zählten
// ferner 3000 Schuss") takes that deal's stage (all_generic.go, dealBefore).
// Sentences written for this test.
func TestGenericAlsoContents(t *testing.T) {
	tests := []factCase{
		{"es también figuran", "es", "2024-05-03",
			"Estados Unidos aprobó la venta de cinco sistemas Aegis a España. También figuran cinco radares de búsqueda de superficie.",
			[]string{"transfer US>ES aegis-ashore q=5 approved", "transfer US>ES sensors q=5 approved"}},
		{"en also included", "en", "2024-05-03",
			"The US approved the sale of five Aegis systems to Spain. Also included are five surface search radars.",
			[]string{"transfer US>ES aegis-ashore q=5 approved", "transfer US>ES sensors q=5 approved"}},
		{"de zum Paket zählten", "de", "2024-05-03",
			"Deutschland hat der Ukraine weitere zehn Marder geliefert. Zum Paket zählten ferner 3000 Schuss Artilleriemunition.",
			[]string{"transfer DE>UA marder q=10 delivered", "transfer DE>UA ammunition q=3000 delivered"}},
		{"fr dans cette vente figurent", "fr", "2024-05-03",
			"Les États-Unis ont approuvé la vente de cinq systèmes Aegis à l'Espagne. Dans cette vente figurent aussi cinq radars de surveillance.",
			[]string{"transfer US>ES aegis-ashore q=5 approved", "transfer US>ES sensors q=5 approved"}},
		// "also" with no word of holding adds nothing to a deal
		{"en also without a verb of holding", "en", "2024-05-03",
			"The US approved the sale of five Aegis systems to Spain. Also, five radars are in service.",
			[]string{"transfer US>ES aegis-ashore q=5 approved"}},
	}
	checkFacts(t, tests, genericBrief)
}

// TestGenericScaledCount: munitions counted in millions (all_generic.go).
// Sentences written for this test.
func TestGenericScaledCount(t *testing.T) {
	tests := []factCase{
		{"en a million", "en", "2024-05-03",
			"The United States delivered about a million rounds of ammunition to Lebanon.",
			[]string{"transfer US>LB ammunition q=1000000 delivered"}},
		{"de Millionen Schuss", "de", "2024-05-03",
			"Deutschland hat der Ukraine 1,2 Millionen Schuss Munition geliefert.",
			[]string{"transfer DE>UA ammunition q=1200000 delivered"}},
		{"fr million d'obus", "fr", "2024-05-03",
			"La France a livré 1,5 million d'obus à l'Ukraine.",
			[]string{"transfer FR>UA ammunition q=1500000 delivered"}},
		{"es dos millones", "es", "2024-05-03",
			"España entregó dos millones de proyectiles de artillería a Ucrania.",
			[]string{"transfer ES>UA ammunition q=2000000 delivered"}},
		{"ar about a million", "ar", "2024-05-03",
			"سلمت الولايات المتحدة لبنان نحو مليون قذيفة مدفعية الشهر الماضي.",
			[]string{"transfer US>LB ammunition q=1000000 delivered"}},
		{"ar three million", "ar", "2024-05-03",
			"سلمت الولايات المتحدة الأردن ثلاثة ملايين طلقة الشهر الماضي.",
			[]string{"transfer US>JO ammunition q=3000000 delivered"}},
		// "millions of" is no count, and a generic with none is no fact
		{"en millions of", "en", "2024-05-03",
			"Iran has shipped millions of artillery shells to Russia, officials said.",
			nil},
		// millions of dollars are an amount, not a count
		{"en an amount in millions", "en", "2024-05-03",
			"The US sold 2 million dollars of ammunition to Lebanon.",
			[]string{"transfer US>LB ammunition q=0 ordered"}},
	}
	checkFacts(t, tests, genericBrief)
}
