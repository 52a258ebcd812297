package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDealCountApart: a delivery of a first unit and a count told with the
// deal in another sentence are two events, the delivery and the order; a
// last delivery or a count without a deal word still folds. Sentences
// written for this test.
func TestDealCountApart(t *testing.T) {
	tests := []factCase{
		{"ar first unit arrived, deal of two", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية فرقاطة فريم إيطالية اشترتها البحرية المصرية. وتشمل صفقة السلاح بين مصر وإيطاليا فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm q=1 delivered y=2020", "transfer IT>EG fremm q=2 ordered"}},
		{"ar last batch keeps the count", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية آخر فرقاطة فريم إيطالية اشترتها البحرية المصرية، وهي الأخيرة. وتشمل صفقة السلاح بين مصر وإيطاليا فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm q=2 delivered y=2020"}},
		{"ar no deal word folds", "ar", "2020-12-31",
			"وصلت إلى الإسكندرية فرقاطة فريم إيطالية اشترتها البحرية المصرية. وستحصل مصر على فرقاطتين من طراز فريم.",
			[]string{"transfer IT>EG fremm q=2 delivered y=2020"}},
		{"en deal count already ordered", "en", "2025-02-10",
			"Algeria has received its first Su-57 fighter from Russia. The deal with Russia covers 12 Su-57 jets, according to the manufacturer.",
			[]string{"transfer RU>DZ su-57 delivered y=2025", "transfer RU>DZ su-57 q=12 ordered y=2025"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFirstOfReceived: "the first of N ordered" told with the buyer's word
// for receiving is a delivery and an order. Sentences written for this
// test.
func TestFirstOfReceived(t *testing.T) {
	tests := []factCase{
		{"de übernommen: first of 18 ordered", "de", "2022-09-01",
			"Das Bundesheer hat den ersten von 18 bestellten AW169 aus Italien übernommen.",
			[]string{"transfer IT>AT aw169 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"en initially ordered whole", "en", "2022-09-01",
			"Austria took delivery of the first of an initially planned 18 AW169 helicopters from Italy.",
			[]string{"transfer IT>AT aw169 q=1 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"de zunächst: the whole as first ordered", "de", "2022-09-01",
			"Das Bundesheer hat den ersten von zunächst 18 bestellten AW169 aus Italien übernommen.",
			[]string{"transfer IT>AT aw169 delivered y=2022", "transfer IT>AT aw169 q=18 ordered"}},
		{"es recibió: already two events", "es", "2023-03-01",
			"Chile recibió el primero de los 12 helicópteros Black Hawk encargados a Estados Unidos.",
			[]string{"transfer US>CL uh-60-black-hawk q=1 delivered y=2023", "transfer US>CL uh-60-black-hawk q=12 ordered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestSplitStagedYears: one sentence with two stage words, each with its
// own year, tells two events; one year, or a list of years for one stage,
// stays one. Sentences written for this test.
func TestSplitStagedYears(t *testing.T) {
	tests := []factCase{
		{"fr ordered 2021 delivered 2024", "fr", "2024-05-01",
			"La Grèce, qui avait commandé six Rafale à la France en 2021, a reçu les appareils en 2024.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2021", "transfer FR>GR rafale q=6 delivered y=2024"}},
		{"en ordered 2021 received 2024", "en", "2024-05-01",
			"Greece, which ordered six Rafale jets from France in 2021, received the aircraft in 2024.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2021", "transfer FR>GR rafale q=6 delivered y=2024"}},
		{"es encargó 2021 recibió 2024", "es", "2024-05-01",
			"Grecia, que encargó seis Rafale a Francia en 2021, recibió los aviones en 2024.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2021", "transfer FR>GR rafale q=6 delivered y=2024"}},
		{"de 2021 bestellt, 2024 erhalten", "de", "2024-05-01",
			"Griechenland, das 2021 sechs Rafale in Frankreich bestellt hatte, erhielt die Maschinen 2024.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=6 ordered y=2021"}},
		{"fr approved 2022, order signed 2023", "fr", "2024-05-01",
			"Le Département d'État a approuvé en 2022 la vente de 12 F-16 au Maroc, commande signée en 2023.",
			[]string{"transfer US>MA f-16 q=12 ordered y=2023", "transfer US>MA f-16 q=12 approved y=2022"}},
		{"two years for one stage stay one", "en", "2024-05-01",
			"Greece ordered six Rafale jets from France in 2021 and 2022.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2021"}},
		{"one year stays one", "en", "2024-05-01",
			"Greece ordered six Rafale jets from France and received them in 2024.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
