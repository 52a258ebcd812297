package clean

import "testing"

// TestFooterLines: rights notices, tag lines in capitals, labelled
// captions, app and "stay informed" prompts, paywall lines, disclaimers,
// visit counters, links to the rest of an article and labelled date lines
// go in the five languages; body sentences that hold the same words stay.
func TestFooterLines(t *testing.T) {
	tests := []noiseCase{
		{"rights notices with a year",
			[]string{"Copyright 2024 The Associated Press. All rights reserved.", "© 2023 Agence Exemple. Tous droits réservés.", "© 2022 Diario Ejemplo. Todos los derechos reservados.", "جميع الحقوق محفوظة © 2024"},
			nil, []string{"Associated Press", "Agence Exemple", "Diario Ejemplo", "الحقوق"}},
		{"tag lines in capitals without a colon",
			[]string{"TAGS BRAZIL NATO JAIR BOLSONARO DONALD TRUMP", "Etiquetas DEFENSA ARMADA"},
			nil, []string{"BRAZIL NATO", "DEFENSA ARMADA"}},
		{"a sentence opening with tags stays",
			[]string{"Tags on the 12 crates showed that the missiles came from the army's depot in the north."},
			[]string{"Tags on the 12 crates"}, nil},
		{"labelled captions with a credit",
			[]string{"Caption Canada's Foreign Minister arrives for a meeting in Berlin, Sunday, May 15, 2022. (AP Photo/Jane Doe)", "Légende Le ministre reçoit les appareils à Ivato (Photo AFP)"},
			nil, []string{"Foreign Minister arrives", "reçoit les appareils"}},
		{"dotted credits and author bars",
			[]string{"Foto. DPA. Margarita Robles, ministra de Defensa de España.", "Photo. AFP. Le ministre à Ivato.", "Valentin Deleforterie •", "Volker K. Thomalla |"},
			nil, []string{"Margarita Robles", "Ivato", "Deleforterie", "Thomalla"}},
		{"a sentence with stops and a name alone stay",
			[]string{"Foto und Video zeigen, dass die 12 Panzer in Kiel verladen wurden.", "Jean-Yves Le Drian"},
			[]string{"Foto und Video zeigen", "Jean-Yves Le Drian"}, nil},
		{"app prompts",
			[]string{"Download our app on the App Store and Google Play", "Téléchargez notre application", "Descarga nuestra app", "Laden Sie unsere App herunter", "تابعوا الموقع على تطبيق نبض"},
			nil, []string{"App Store", "notre application", "nuestra app", "unsere App", "تطبيق"}},
		{"a sentence about an app stays",
			[]string{"The army will use the app to track its 40 new trucks, the ministry said."},
			[]string{"track its 40 new trucks"}, nil},
		{"stay-informed prompts on a network",
			[]string{"Restez informé des derniers gros titres sur WhatsApp | LinkedIn", "Stay informed: get the latest headlines on Telegram", "Mantente al día en nuestro canal de WhatsApp", "Bleiben Sie informiert auf WhatsApp", "ابق على اطلاع عبر تيليجرام"},
			nil, []string{"gros titres", "Telegram", "Mantente", "Bleiben Sie", "اطلاع"}},
		{"paywall lines",
			[]string{"Ganzer Artikel nur für Abonnenten verfügbar.", "La suite est réservée aux abonnés.", "This story is available to subscribers.", "Contenido exclusivo para abonados", "هذا المحتوى للمشتركين فقط"},
			nil, []string{"Abonnenten", "abonnés", "available to subscribers", "abonados", "للمشتركين"}},
		{"disclaimers on opinions",
			[]string{"RT DE bemüht sich um ein breites Meinungsspektrum. Gastbeiträge müssen nicht die Sichtweise der Redaktion widerspiegeln.", "The views expressed here do not necessarily reflect those of the publisher.", "Les opinions exprimées n'engagent que leurs auteurs."},
			nil, []string{"Meinungsspektrum", "views expressed", "opinions exprimées"}},
		{"visit counters and links to the rest",
			[]string{"contadores de visitas", "Besucherzähler", "... suite de l'article sur Autre presse", "Seguir leyendo", "أكمل القراءة"},
			nil, []string{"contadores", "Besucherzähler", "suite de l'article", "Seguir leyendo", "أكمل"}},
		{"labelled date lines",
			[]string{"Date Taken: 07.27.2024 | Location: ULAANBAATAR, MN", "Geschrieben: 21.12.2017 09:11 | Aktualisiert: 21.12.2017 11:32", "Publié le 26 mars 2023 | Vues : 2", "Fecha de publicación: 3 de marzo de 2021"},
			nil, []string{"ULAANBAATAR", "Geschrieben", "Vues", "Fecha de publicación"}},
		{"a sentence opening with a date word stays",
			[]string{"Geschrieben wurde der Vertrag über 24 Haubitzen bereits im Dezember, hieß es aus dem Ministerium."},
			[]string{"Geschrieben wurde der Vertrag"}, nil},
		{"related markers before a headline",
			[]string{"Tal vez te interese La Armada Nacional del Uruguay realizó el abander", "Leser interessierten sich auch für: Estland bestellt Haubitzen in Südkorea", "You may have missed: Navy tests a new radar", "قد يعجبك أيضا: الجيش يتسلم مروحيات"},
			nil, []string{"Armada Nacional", "Estland", "new radar", "مروحيات"}},
	}
	runNoiseTable(t, tests, false)
}

// TestRuleOverComments: a rule of dashes over a comment count and the
// comments opens the reader comments, which go with the rest of the page,
// in the five languages; a rule over a headline still takes the headline.
func TestRuleOverComments(t *testing.T) {
	for _, c := range []struct{ heading, comment string }{
		{"5 comentarios", "Carlos R.: Parece que el buque no viene. Solo saldrá la venta de los submarinos..."},
		{"12 comments", "Jane D.: The navy should have bought the frigates years ago."},
		{"3 commentaires", "Paul: Enfin une bonne nouvelle pour nos soldats."},
		{"Kommentare (2)", "Max M.: Das hätte man früher entscheiden müssen."},
		{"التعليقات", "محمد: خطوة مهمة للجيش."},
	} {
		r := cleanPlain("Headline of the test page\n\n" + testBody + "\n\n" + testLast + "\n\n---\n" + c.heading + "\n" + c.comment)
		keptDropped(t, r.Text, []string{testLast}, []string{c.heading, c.comment})
	}
	r := cleanPlain("Headline of the test page\n\n" + testBody + "\n\n---\nChile buys two frigates\n\n" + testLast)
	keptDropped(t, r.Text, []string{testLast}, []string{"frigates"})
}
