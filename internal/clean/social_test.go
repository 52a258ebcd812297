package clean

import "testing"

// TestSocialPromptsAndAdLabels: share bars with the imperative of "share",
// calls to follow or like the site on a social network and labels over
// advertisements go in the five languages; sentences naming a network stay.
func TestSocialPromptsAndAdLabels(t *testing.T) {
	tests := []noiseCase{
		{"en", []string{"Like us on Facebook to get more news", "Subscribe to our YouTube channel", "Advertisements"},
			nil, []string{"Like us", "YouTube channel", "Advertisements"}},
		{"fr", []string{"Partage : Facebook X LinkedIn", "Rejoignez-nous sur Telegram", "Abonnez-vous à notre chaîne YouTube", "Publicités"},
			nil, []string{"Partage", "Telegram", "YouTube", "Publicités"}},
		{"es", []string{"Comparte: Facebook X LinkedIn Email", "Únete a nuestro canal de WhatsApp", "Anuncios"},
			nil, []string{"Comparte", "WhatsApp", "Anuncios"}},
		{"de", []string{"Teile: Facebook WhatsApp", "Folgen Sie unserem Kanal auf WhatsApp", "Besuchen Sie unsere Seite auf Facebook", "Anzeigen"},
			nil, []string{"Teile", "WhatsApp", "Besuchen", "Anzeigen"}},
		{"ar", []string{"سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد", "تابعونا على تويتر", "- الإعلانات -"},
			nil, []string{"بصفحتنا", "تويتر", "الإعلانات"}},
		{"sentences that name a network stay",
			[]string{"The minister wrote on Facebook that the 12 jets had landed.", "Le ministre nous a confirmé sur Twitter l'arrivée des blindés.", "Das Ministerium teilte uns auf Anfrage mit, dass die Panzer auf X angekündigt wurden.", "El ministro anunció en Instagram la llegada de los 4 buques.", "Elon Musk said X would host the ministry's account."},
			[]string{"wrote on Facebook", "nous a confirmé", "teilte uns", "anunció en Instagram", "Elon Musk"}, nil},
	}
	runNoiseTable(t, tests, false)
}
