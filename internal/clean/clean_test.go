package clean

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestCleanPlainRemovesNoise(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		keep, dropped []string
	}{
		{"dash headlines",
			"Title of the piece\n\nFirst body paragraph about a deal.\n-\nOther headline about jets\n-\nAnother headline\nSecond body paragraph ends here.",
			[]string{"First body paragraph", "Second body paragraph"}, []string{"Other headline", "Another headline"}},
		{"lire aussi",
			"Titre\n\nLe corps de l'article commence ici.\nLire aussi : L'Égypte commande 30 Rafale\nÀ lire aussi : Autre sujet\nFin du texte.",
			[]string{"Le corps", "Fin du texte"}, []string{"Égypte commande", "Autre sujet"}},
		{"latest teaser",
			"Headline\n\nThe navy took delivery of two helicopters on Monday.\nLatest: Storm to bring heavy rain to the south\nLatest figures show the order grew to twelve.",
			[]string{"two helicopters", "Latest figures show"}, []string{"Storm to bring"}},
		{"read more list",
			"Headline\n\nBody one.\n\nRead more:\n- Romania receives Patriot\n- Sweden picks Patriot\n\nBody two continues.",
			[]string{"Body one.", "Body two continues."}, []string{"Romania receives", "Sweden picks"}},
		{"share bar and newsletter",
			"Headline\n\nBody text.\nPartager sur Facebook  Partager sur X  Copier le lien\nSign up for our defence newsletter\nShare this article",
			[]string{"Body text."}, []string{"Partager", "newsletter", "Share this"}},
		{"byline",
			"Headline\n\nBy Jane Doe\nPar notre correspondant à Rabat | Publié le 23/09/2016\nThe body stays.",
			[]string{"The body stays."}, []string{"Jane Doe", "correspondant"}},
		{"most read, listen, follow prompts",
			"Headline\n\nBody text here.\nMost read: Australia picks Redback vehicles\nListen to this article\nLo más leído: España compra drones\nالأكثر قراءة: صفقة جديدة\nتابعونا على تويتر\nSíguenos en Instagram\nMore body text.",
			[]string{"Body text here.", "More body text."}, []string{"Redback", "Listen", "España compra", "صفقة جديدة", "تابعونا", "Síguenos"}},
		{"arabic and spanish markers",
			"عنوان\n\nنص المقال.\nاقرأ أيضا: خبر آخر\nRelacionado: Otra noticia\nMás texto.",
			[]string{"نص المقال", "Más texto"}, []string{"خبر آخر", "Otra noticia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := cleanPlain(tc.in)
			keptDropped(t, r.Text, tc.keep, tc.dropped)
		})
	}
}

// TestDropNoiseClasses: each class of page noise goes, in every language,
// while the body lines around it (and lines that only look like noise)
// stay.
func TestDropNoiseClasses(t *testing.T) {
	const body = "The ministry said on Monday that the first four patrol boats had been handed over to the navy at the port, and that the rest of the order would follow next spring once crews finish their training abroad."
	tests := []struct {
		name          string
		lines         []string
		keep, dropped []string
	}{
		{"related marker without colon",
			[]string{"Lire aussi  Nouvelle loi sur les retraites : le vote reporté", "A lire également", "Un autre titre sans point", "Lesen Sie auch Neue Fregatten für die Marine", "Mehr «Ausland»"},
			nil, []string{"retraites", "autre titre", "Fregatten", "Ausland"}},
		{"related marker spelt with tatweel, tanwin or dots",
			[]string{"إقرأ أيضاً.. الجيش يتسلم دبابات جديدة", "Lire aussi.. La marine reçoit une frégate", "Lesen Sie auch… Neue Panzer für die Truppe", "Read also.. Navy gets a new frigate", "Vea también.. La Armada recibe un buque", "قد يهمك أيضــــًا :", "مصر تتسلم طائرات جديدة من فرنسا"},
			nil, []string{"يهمك", "تتسلم طائرات", "دبابات جديدة", "frégate", "Neue Panzer", "new frigate", "Armada recibe"}},
		{"an also word after a marker word in a body sentence stays",
			[]string{"المزيد أيضا من الطائرات وصل إلى القاعدة الجوية يوم الأحد الماضي بحسب وزارة الدفاع."},
			[]string{"المزيد أيضا من الطائرات"}, nil},
		{"related marker words that start a sentence",
			[]string{"Mehrheit der Abgeordneten stimmte dem Kauf von zwölf Hubschraubern zu.", "Related to the deal, the ministry ordered 40 trucks.", "Ver los 12 blindados fue una sorpresa para los vecinos."},
			[]string{"Mehrheit der", "Related to the deal", "Ver los 12"}, nil},
		{"news lines that share words with prompts stay",
			[]string{"Das Ministerium wollte den Bericht nicht kommentieren.", "US to donate 20 patrol boats to Vietnam", "Ukraine to get the latest Patriot systems", "La compra fue publicada en el Boletín Oficial del Estado.", "اشترك في التمرين 20 دولة", "Stand 2023 lieferte Deutschland 12 Panzer an Katar", "نشر في الخليج 3 فرقاطات", "Édition 2024 du salon de l'armement terrestre", "El ataque se realizó con información de inteligencia estadounidense.", "Deutschland sagte der Ukraine ihre Unterstützung zu.", "Updated figures show 12 more tanks were sent"},
			[]string{"nicht kommentieren", "donate 20", "the latest Patriot", "Boletín Oficial", "اشترك في التمرين", "Stand 2023", "نشر في الخليج", "Édition 2024", "información de inteligencia", "ihre Unterstützung", "Updated figures"}, nil},
		{"paywall and subscription prompts",
			[]string{"Weiterlesen mit Abo!", "Diesen Artikel für 1,49 € kaufen:", "ZUM ABO-ANGEBOT", "Schon Kunde?", "Support Our Journalism", "Déjà abonné ? Connectez-vous", "Donar ahora"},
			nil, []string{"Abo", "kaufen", "Kunde", "Journalism", "abonné", "Donar"}},
		{"cookie banners of any length",
			[]string{"Ce site utilise des cookies pour mesurer l'audience et proposer des contenus adaptés ; vous pouvez modifier vos choix à tout moment dans les paramètres de votre navigateur, qui restent actifs pendant treize mois.", "We use cookies to improve your experience.", "Utilizamos cookies propias y de terceros. Consulte nuestra política de privacidad."},
			nil, []string{"cookies", "política"}},
		{"page furniture lines",
			[]string{"• Drucken", "Zum Kurzlink", "Text Size:", "حجم الخط", "زر الذهاب إلى الأعلى", "Aucun article à afficher", "Artikel anhören"},
			nil, []string{"Drucken", "Kurzlink", "Text Size", "حجم", "الذهاب", "Aucun article", "anhören"}},
		{"reading time",
			[]string{"·3 min de lecture", "4 min read", "Lesezeit: 2 Minuten", "Tiempo de lectura: 5 min"},
			nil, []string{"lecture", "min read", "Lesezeit", "lectura"}},
		{"datelines",
			[]string{"Published 3 hours ago", "Publié le 2 mars 2024, 9:15", "Dernière mise à jour : 2 mars 2024 10:00", "• Last updated : Mar 2, 2024 - 10:00", "Aktualisiert am 02.03.2024", "آخر تحديث: 2 مارس 2024", "Stand der Gespräche in Ankara ist offen, sagte der Sprecher"},
			[]string{"Stand der Gespräche"}, []string{"Published", "Publié", "mise à jour", "Last updated", "Aktualisiert", "آخر تحديث"}},
		{"picture credits and captions",
			[]string{"(Agence/Jean Exemple)", "Une frégate au large de Toulon. Photo : Marine nationale", "Panzer bei einer Übung © Beispiel GmbH", "Un buque en el puerto. Foto: Armada"},
			nil, []string{"Jean Exemple", "Toulon", "Übung", "puerto"}},
		{"repeated short lines",
			[]string{"Caption of the photo shown twice", "Caption of the photo shown twice"},
			nil, []string{"Caption of the photo shown twice"}},
		{"a sentence met twice stays once",
			[]string{"“We will deliver the boats next year,” the minister said.", "“We will deliver the boats next year,” the minister said."},
			[]string{"We will deliver the boats next year"}, nil},
		{"spam",
			[]string{"1xbet giriş casino siteleri", "deneme bonusu veren siteleri"},
			nil, []string{"casino", "bonusu"}},
		{"an escort ship is no spam",
			[]string{"The frigate will escort the convoy through the strait with two corvettes of the navy."},
			[]string{"escort the convoy"}, nil},
		{"breadcrumbs",
			[]string{"Accueil › Monde › Afrique", "Home | World | Asia Pacific", "Startseite > Politik > Ausland"},
			nil, []string{"Accueil", "Asia Pacific", "Startseite"}},
		{"breadcrumbs with the marks of a trail: two sections, a site's name with a number",
			[]string{"Ausland › Europa", "BR24 › Nachrichten › Meldung", "TAG24 › Nachrichten › Wirtschaft", "Français>>International | Le Quotidien du Peuple en ligne", "Inicio › Nacional", "World › Middle East", "الرئيسية › عربي ودولي", "Monde >> Afrique"},
			nil, []string{"Europa", "BR24", "TAG24", "Quotidien", "Nacional", "Middle East", "عربي", "Afrique"}},
		{"lines with a trail's marks and a number stay",
			[]string{"Stufe 2 › Stufe 3", "Los precios › 12 millones de euros"},
			[]string{"Stufe 2 › Stufe 3", "12 millones"}, nil},
		{"tags and next-article teasers",
			[]string{"Tags: Marine, Patrouilleurs, Chantier naval", "Mots-clés : défense, marine", "Artículo siguiente", "El Gobierno compra aviones de transporte", "الكلمات المفتاحية: البحرية"},
			nil, []string{"Patrouilleurs", "défense, marine", "aviones de transporte", "البحرية"}},
		{"slash credits and picture agencies",
			[]string{"Jane Roe/Agency", "AFP via Getty Images", "Bildquelle: Beispiel", "مصدر الصورة، وكالة", "Ein Hubschrauber im Flug (Symbolbild)", "Un avion en vol. www.example.org", "Un blindé à l'exercice (photo d'archives)", "(Reporting by Jane Roe; editing by John Doe)"},
			nil, []string{"Jane Roe", "Getty", "Bildquelle", "مصدر الصورة", "Hubschrauber", "avion en vol", "blindé", "Reporting"}},
		{"time stamps in the body, but not a month heading",
			[]string{"March 4, 2024 at 11:20 am", "4 mars 2024 à 12h05", "March 2022", "Poland orders more tanks for its army, the ministry said after the meeting."},
			[]string{"March 2022"}, []string{"11:20", "12h05"}},
		{"update notes of wire services",
			[]string{"(Adds details on deliveries in paragraph 4)", "(ajoute détails, citations)", "(Actualiza con declaraciones)"},
			nil, []string{"Adds details", "ajoute", "Actualiza"}},
		{"embedded posts and galleries",
			[]string{"— Ministry of Defence (@defence_example) March 4, 2024", "A post shared by Example Navy (@examplenavy)", "Image 2 of 7", "Bild 3 von 10"},
			nil, []string{"@defence_example", "@examplenavy", "Image 2", "Bild 3"}},
		{"counters",
			[]string{"0 0 0", "12"},
			nil, []string{"0 0 0", "\n12\n"}},
		{"letterless debris",
			[]string{"![]() |", "| |", "https://video.example.org/watch?v=AbC123"},
			nil, []string{"![]()", "| |", "video.example"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := "Headline of the test page\n\n" + body + "\n\n" + strings.Join(tc.lines, "\n\n") + "\n\nThe last paragraph of the article ends here with a full stop."
			r := cleanPlain(in)
			if !strings.Contains(r.Text, body) || !strings.Contains(r.Text, "The last paragraph") {
				t.Errorf("lost body:\n%s", r.Text)
			}
			for _, k := range tc.keep {
				if !strings.Contains(r.Text, k) {
					t.Errorf("lost %q:\n%s", k, r.Text)
				}
			}
			if len(tc.keep) > 0 && strings.Count(r.Text, tc.keep[0]) > 1 {
				t.Errorf("%q kept twice", tc.keep[0])
			}
			for _, d := range tc.dropped {
				if strings.Contains(r.Text, d) {
					t.Errorf("kept %q:\n%s", d, r.Text)
				}
			}
		})
	}
}

// TestDropComments: reader comments go, with their heading or without.
func TestDropComments(t *testing.T) {
	const body = "Le ministère a indiqué mardi que les quatre premiers patrouilleurs avaient été remis à la marine, le reste de la commande devant suivre au printemps une fois les équipages formés à l'étranger. Le contrat, signé l'an dernier avec un chantier étranger, comprend aussi la formation des mécaniciens et un stock de pièces de rechange pour cinq ans."
	tests := []struct {
		name, in string
		keep     []string
		dropped  []string
	}{
		{"heading", body + "\n\n3 commentaires\n\nJean a dit :\n\nC'est une bonne nouvelle pour la marine.\n\nRépondre",
			nil, []string{"commentaires", "Jean", "bonne nouvelle", "Répondre"}},
		{"arabic heading", "عنوان\n\n" + strings.Repeat("نص المقال عن صفقة الطائرات. ", 20) + "\n\nالتعليقات\n\nتعليق من قارئ",
			[]string{"نص المقال"}, []string{"التعليقات", "قارئ"}},
		{"lower-case tail", body + "\n\nc'est pas normal tout ça ????\n\nbizarre ces annonces.",
			nil, []string{"normal", "bizarre"}},
		{"hard-wrapped text ends in lower case", "Headline\n\nThe ministry ordered twelve\nboats from the yard, officials\nsaid on Monday.",
			[]string{"boats from the yard", "said on Monday."}, nil},
		{"a last paragraph that starts with a name particle", body + "\n\nvon der Leyen kündigte weitere Lieferungen an.",
			[]string{"von der Leyen"}, nil},
		{"heading before any body is not the comments", "Comments\n\n" + body,
			[]string{body}, nil},
		{"author lines with time stamps", body + "\n\nMarc a dit :\n\n12 mars 2024 à 14 h 32 min\n\nIl était temps, vu l'état de la flotte.\n\nSignaler un abus",
			nil, []string{"Marc", "14 h 32", "Il était temps", "Signaler"}},
		{"german author line", body + "\n\nMax schrieb: 3. April 2024 um 09:15\n\nDas hätte man früher machen sollen.",
			nil, []string{"Max", "früher"}},
		{"a quote introduced by a verb of saying stays", body + "\n\nLe ministre a dit :\n\n« Les bateaux seront armés dès cet été. »",
			[]string{"Le ministre a dit", "Les bateaux seront armés"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := cleanPlain(tc.in)
			for _, k := range append(tc.keep, body[:40]) {
				if !strings.Contains(tc.in, k) {
					continue
				}
				if !strings.Contains(r.Text, k) {
					t.Errorf("lost %q:\n%s", k, r.Text)
				}
			}
			for _, d := range tc.dropped {
				if strings.Contains(r.Text, d) {
					t.Errorf("kept %q:\n%s", d, r.Text)
				}
			}
		})
	}
}

// TestDropOuterFurniture: labels of one or two words above and below the
// body go; a lede repeated by the paragraph that holds it goes; a list
// below the body stays.
func TestDropOuterFurniture(t *testing.T) {
	const body = "The ministry said on Monday that the first four patrol boats had been handed over to the navy at the port, and that the rest of the order would follow next spring once crews finish their training abroad."
	tests := []struct {
		name          string
		in            string
		keep, dropped []string
	}{
		{"section label and site name", "Wirtschaft\n\nRadio Beispiel\n\nNavy receives four patrol boats\n\n" + body + "\n\nAP",
			[]string{"Navy receives four patrol boats", body}, []string{"Wirtschaft", "Radio Beispiel", "AP"}},
		{"one-word marker above the title", "Related\n\nNavy receives four patrol boats\n\n" + body,
			[]string{"Navy receives four patrol boats", body}, []string{"Related"}},
		{"menu above the title", "Home\n\nWorld\n\nAsia Pacific\n\nBusiness\n\nNavy receives four patrol boats\n\n" + body,
			[]string{"Navy receives four patrol boats", body}, []string{"Home", "World", "Asia Pacific", "Business"}},
		{"teasers under the body", body + "\n\nChile buys two frigates from Australia\n\nNew radar for the Polish air force\n\nWhy drones change naval warfare",
			[]string{body}, []string{"Chile buys", "New radar", "Why drones"}},
		{"arabic teasers under the body", body + "\n\nالجزائر تختبر صاروخا جديدا\n\nمصر تتسلم فرقاطة ثانية\n\nتركيا تبيع مسيرات للمغرب",
			[]string{body}, []string{"الجزائر", "مصر تتسلم", "تركيا"}},
		{"end matter of a notice", body + "\n\n(vii) Date Report Delivered to Congress: May 19, 2026\n\n[Doc. 2026-1 Filed 6-5-26]\n\nBILLING CODE 0000-00",
			[]string{"Date Report Delivered"}, nil},
		{"one cut-off line under the body", body + "\n\nThe second batch of boats is due in",
			[]string{"The second batch of boats is due in"}, nil},
		{"list under the body", body + "\n\nAlso delivered:\n\nJavelin\n\nStinger",
			[]string{"Javelin", "Stinger"}, nil},
		{"lede repeated", "Title line here\n\nThe navy took four boats\n\nThe navy took four boats on Monday, the ministry said in a statement issued in the capital after the ceremony.\n\n" + body,
			[]string{"The navy took four boats on Monday", body}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := cleanPlain(tc.in)
			keptDropped(t, r.Text, tc.keep, tc.dropped)
		})
	}
	r := cleanPlain("Navy takes four boats\n\nNavy takes four boats\n\n" + body)
	if strings.Count(r.Text, "Navy takes four boats") != 1 {
		t.Errorf("title shown twice above the body not kept once:\n%s", r.Text)
	}
	r = cleanPlain("Title line here\n\nThe navy took four boats\n\nThe navy took four boats on Monday, the ministry said.")
	if strings.Count(r.Text, "The navy took four boats") != 1 {
		t.Errorf("lede kept twice:\n%s", r.Text)
	}
}

func TestDocumentHTMLDropsBannersAndComments(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fr"><head><title>Le Maroc reçoit des blindés</title></head><body>
<div id="cookie-banner"><p>Nous utilisons des traceurs pour mesurer l'audience. Accepter ou refuser.</p></div>
<article><h1>Le Maroc reçoit des blindés</h1>
<p>Le Maroc a reçu mardi un premier lot de vingt véhicules blindés commandés l'an dernier, a annoncé l'état-major dans un communiqué publié à Rabat.</p>
<p>Lire aussi : L'Algérie commande des frégates</p>
<p>Les livraisons doivent se poursuivre jusqu'à la fin de l'année prochaine, selon la même source, qui n'a pas donné le montant du contrat.</p>
<p>4 min de lecture</p>
</article>
<section id="comments"><h3>2 commentaires</h3><p>Paul a dit : enfin une bonne nouvelle pour nos soldats</p></section>
</body></html>`
	r, err := Document(Input{Source: "t.html", Text: page, Format: "html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"vingt véhicules blindés", "fin de l'année prochaine"} {
		if !strings.Contains(r.Text, k) {
			t.Errorf("lost %q:\n%s", k, r.Text)
		}
	}
	for _, d := range []string{"traceurs", "frégates", "min de lecture", "commentaires", "bonne nouvelle"} {
		if strings.Contains(r.Text, d) {
			t.Errorf("kept %q:\n%s", d, r.Text)
		}
	}
}

func TestDocumentHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Poland orders tanks</title>
<meta property="article:published_time" content="2022-07-27T10:00:00Z"></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Poland orders tanks</h1>
<p>Poland signed a framework agreement with South Korea for 1,000 K2 tanks, the defence ministry said on Wednesday in Warsaw.</p>
<p>The first batch of 180 tanks is worth about $3.37 billion and deliveries are due to start this year, officials added.</p>
</article>
<aside class="related"><ul><li><a href="/a">Norway orders K9 howitzers</a></li><li><a href="/b">Egypt signs for K9</a></li></ul></aside>
<footer>All rights reserved</footer></body></html>`
	r, err := Document(Input{Source: "t.html", Text: page, Format: "html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "1,000 K2 tanks") || strings.Contains(r.Text, "Norway orders") || strings.Contains(r.Text, "All rights") {
		t.Errorf("text:\n%s", r.Text)
	}
	if r.Language != "en" {
		t.Errorf("language %q", r.Language)
	}
	if r.Published.Year() != 2022 {
		t.Errorf("published %v", r.Published)
	}
}

func TestDocumentRefusesDeepHTML(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 10000) + "x" + strings.Repeat("</div>", 10000) + "</body></html>"
	_, err := Document(Input{Source: "deep.html", Text: page, Format: "html"}, Options{MaxDepth: 2000})
	if err == nil || !strings.Contains(err.Error(), "deep.html") {
		t.Fatalf("want an error naming the input, got %v", err)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The United States approved the sale of twelve helicopters to Nigeria on Thursday.", "en"},
		{"La France a livré douze avions de combat Rafale à la Croatie la semaine dernière.", "fr"},
		{"España y Arabia Saudí firmaron el contrato para la construcción de cinco corbetas.", "es"},
		{"وافقت وزارة الخارجية الأمريكية على صفقة محتملة لبيع طائرات مقاتلة إلى المغرب", "ar"},
		{"ok", ""},
	}
	for _, tc := range tests {
		if got := DetectLanguage(tc.in); got != tc.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzDocument(f *testing.F) {
	f.Add("<html><body><p>Hello world, a test.</p></body></html>", true)
	f.Add("Title\n\nBody.\n-\nHeadline\n-\nMore.", false)
	f.Add("<div><div><p>x</div>", true)
	f.Add("Titre\n\nLire aussi  Autre titre\n\nCorps du texte.\n\n2 commentaires\n\nc'est faux", false)
	f.Add("Mehr «x»\n\nPublié le 3\n\n© a\n\n(a/b)", false)
	f.Add("a | Photo: b\n\na\n\nKommentare (0) | teilen\n\n#a #b\n\n0 | 3 vues\n\nZum selben Thema\n\nX y z\n\nab 3 hours ago\n\nc vor 2 Stunden", false)
	f.Fuzz(func(t *testing.T, s string, html bool) {
		if !utf8.ValidString(s) {
			return
		}
		format := "text"
		if html {
			format = "html"
		}
		r, err := Document(Input{Source: "fuzz", Text: s, Format: format}, Options{MaxElements: 5000, MaxDepth: 200})
		if err != nil {
			return
		}
		if !utf8.ValidString(r.Text) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
	})
}

// TestPruneMatchAsSelector: the cheap check in front of the prune selector
// changes nothing: on elements with and without the selector's words in
// their class or id, pruneMatch says what the selector alone says.
func TestPruneMatchAsSelector(t *testing.T) {
	page := `<html><body><nav>n</nav><aside>a</aside><footer>f</footer><div class="x">x</div>
		<div class="related-box">r</div><div class="read-more big">m</div><div class="share">s</div>
		<div class="social-share">s</div><div class="sharebar">not .share</div><div class="share-bar">s</div>
		<div id="comments-list">c</div><div id="respond">r</div><section class="OUTBRAIN">o</section>
		<p class="Related">case differs</p><p id="cookie-x">c</p><p class="gdpr">g</p><span>plain</span>
		<svg><nav class="x"></nav></svg><div data-x="related">not class</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n, matched := 0, 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode {
			n++
			got, want := pruneMatch(x), pruneSelectorMatch(x)
			if got != want {
				t.Errorf("<%s %v>: pruneMatch %v, selector %v", x.Data, x.Attr, got, want)
			}
			if want {
				matched++
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if matched < 10 || n-matched < 6 {
		t.Errorf("%d of %d elements match: the test checks too few of either", matched, n)
	}
}

// spaceRe is the regexp collapseSpace replaced (the cleaner ran it over
// the whole text): the tests hold the loop to its answers.
var spaceRe = regexp.MustCompile(`[ \t\f\v\x{00a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]+`)

// TestCollapseSpace: collapseSpace gives what spaceRe's replacement gives,
// on runs of every kind of space, at the start, the end and alone.
func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{
		"", "a", "a b", "a  b", " a", "a ", "  a  ", "a\u00a0b", "a \u00a0 b", "a\tb", "a\u2003\u2009b",
		"x\u3000y", "é  ü", "a\nb", "a \n b", "\u202f", "a\u205f\u200ab c  d",
	} {
		if got, want := collapseSpace(s), spaceRe.ReplaceAllString(s, " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzCollapseSpace: collapseSpace and spaceRe's replacement agree.
func FuzzCollapseSpace(f *testing.F) {
	f.Add("a  b\u00a0\u2003c")
	f.Add("\u00a0\xe2") // invalid bytes are kept as written
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), spaceRe.ReplaceAllString(s, " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
