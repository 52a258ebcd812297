package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR15RecallDonationNoun: the noun for a donation gives the delivered
// stage in every language, as fr "don" and es "donación" did before
// (lexicon lines r15-recall of lang_en/de/ar.tsv): a category with a count
// handed over as a donation is a transfer with a stage. Sentences written
// for this test.
func TestR15RecallDonationNoun(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text, pair, stage string }{
		{"en", "Title\n\nThe minister praised the American donation of six armoured vehicles to Cameroon.", "US>CM", domain.StageDelivered},
		{"de", "Titel\n\nDer Minister lobte die amerikanische Schenkung von sechs gepanzerten Fahrzeugen an Kamerun.", "US>CM", domain.StageDelivered},
		{"ar", "عنوان\n\nأشاد الوزير بالهبة الأمريكية المكونة من ست مدرعات للكاميرون.", "US>CM", domain.StageDelivered},
		{"fr", "Titre\n\nLe ministre a salué le don américain de six véhicules blindés au Cameroun.", "US>CM", domain.StageDelivered},
		{"es", "Título\n\nEl ministro agradeció la donación estadounidense de seis vehículos blindados a Camerún.", "US>CM", domain.StageDelivered},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Text: c.text, Published: "2024-03-03"})
		if err != nil {
			t.Fatal(err)
		}
		got := "no transfer"
		for _, k := range cs {
			f := k.Fact
			if f.Type == domain.TypeTransfer && f.Supplier != nil && f.Recipient != nil && f.Supplier.String()+">"+f.Recipient.String() == c.pair {
				got = f.Stage
			}
		}
		if got != c.stage {
			t.Errorf("%s: %q: stage of %s = %q, want %q", c.lang, c.text, c.pair, got, c.stage)
		}
	}
}
