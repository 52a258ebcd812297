package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestListedRecipients: states listed after "بينها", "على غرار",
// "darunter" receive the system too, with no count of their own.
func TestListedRecipients(t *testing.T) {
	tests := []factCase{
		{"Arabic: to N states, among them", "ar", "2021-09-24",
			"سلّمت الصين 220 طائرة مسيرة إلى 16 دولة، بينها السعودية والإمارات ومصر.",
			[]string{"transfer CN>SA cat:aircraft delivered y=2021", "transfer CN>AE cat:aircraft delivered y=2021", "transfer CN>EG cat:aircraft delivered y=2021"}},
		{"Arabic: bought like other buyers", "ar", "2010-06-01",
			"اشترت الجزائر من روسيا منظومة إس-300، على غرار الصين وأذربيجان.",
			[]string{"transfer RU>DZ s-300 ordered y=2010", "transfer RU>CN s-300 ordered y=2010", "transfer RU>AZ s-300 ordered y=2010"}},
		{"German: darunter", "de", "2023-05-12",
			"Deutschland hat 30 Kampfpanzer an mehrere Staaten geliefert, darunter Polen und Tschechien.",
			[]string{"transfer DE>PL cat:armoured-vehicles delivered y=2023", "transfer DE>CZ cat:armoured-vehicles delivered y=2023"}},
		{"no list word: one buyer", "ar", "2010-06-01",
			"اشترت الجزائر من روسيا منظومة إس-300.",
			[]string{"transfer RU>DZ s-300 ordered y=2010"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestListedRecipientsOfDescription: a count of a kind linked to the
// document's system ("220 drones") goes to the listed states, with no
// count of its own.
func TestListedRecipientsOfDescription(t *testing.T) {
	tests := []factCase{
		{"Arabic: the document's drone, then a list of buyers", "ar", "2021-09-24",
			"طلبت الجزائر 24 طائرة مسيرة من طراز وينغ لونغ 2 من الصين. وخلال العقد المنصرم، سلّمت الصين 220 طائرة بدون طيار إلى 16 دولة، بينها السعودية ومصر.",
			[]string{"transfer CN>DZ wing-loong q=24 ordered y=2021", "transfer CN>SA wing-loong delivered y=2021", "transfer CN>EG wing-loong delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
