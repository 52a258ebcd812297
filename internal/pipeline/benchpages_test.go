package pipeline

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/source"
)

// The bench pages are realistic news pages, 50–150 KB each, generated
// deterministically from the corpus articles: a head heavy with meta tags,
// inline CSS, JSON-LD and scripts (analytics, an app state blob), a cookie
// banner, a header with a two-level menu, breadcrumbs, the article (title,
// byline, share bar, figure, body paragraphs with an inline "read also"
// box and an ad slot, tags), a newsletter box, related articles, reader
// comments, a most-read sidebar and a large footer. Chrome is written in
// the article's language; related titles are other corpus articles'.

// chrome is the page furniture of one language.
type chrome struct {
	sections                                              []string
	home, readAlso, related, mostRead, comments, reply    string
	newsletter, subscribe, cookie, accept, share, by, tag string
	footer                                                []string
	said                                                  []string // reader comments
}

var chromes = map[string]chrome{
	"en": {
		sections: []string{"World", "Politics", "Business", "Defence", "Technology", "Science", "Opinion", "Culture", "Sport", "Travel"},
		home:     "Home", readAlso: "Read also", related: "Related stories", mostRead: "Most read", comments: "comments", reply: "Reply",
		newsletter: "Get the morning briefing in your inbox", subscribe: "Subscribe", cookie: "We use cookies to improve your experience and to show you personalised advertising. You can change your choices at any time.",
		accept: "Accept all", share: "Share", by: "By", tag: "Topics",
		footer: []string{"About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Cookie settings", "Accessibility", "Corrections", "Newsletters", "Podcasts", "RSS"},
		said: []string{"Great article, thanks for the detailed reporting.", "I wonder who is really paying for all of this.", "Another waste of taxpayers' money if you ask me.",
			"This has been in the works for years, nothing new here.", "Does anyone know when the first units actually arrive?", "Interesting analysis, but the map in the second picture is wrong.",
			"The opposition will never accept this deal.", "Finally some good news for the region."},
	},
	"fr": {
		sections: []string{"Monde", "Politique", "Économie", "Défense", "Technologies", "Sciences", "Idées", "Culture", "Sport", "Voyage"},
		home:     "Accueil", readAlso: "Lire aussi", related: "Sur le même sujet", mostRead: "Les plus lus", comments: "commentaires", reply: "Répondre",
		newsletter: "Recevez notre lettre d'information chaque matin", subscribe: "S'inscrire", cookie: "Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment.",
		accept: "Tout accepter", share: "Partager", by: "Par", tag: "Sujets",
		footer: []string{"Qui sommes-nous", "Contact", "Recrutement", "Publicité", "Confidentialité", "Conditions d'utilisation", "Gestion des cookies", "Accessibilité", "Rectificatifs", "Newsletters", "Podcasts", "Flux RSS"},
		said: []string{"Merci pour cet article très complet.", "On se demande qui paie vraiment tout cela.", "Encore de l'argent public gaspillé, à mon avis.",
			"Ce dossier traîne depuis des années, rien de nouveau.", "Quelqu'un sait quand les premiers exemplaires arrivent ?", "Analyse intéressante, mais la carte de la deuxième photo est fausse.",
			"L'opposition n'acceptera jamais cet accord.", "Enfin une bonne nouvelle pour la région."},
	},
	"es": {
		sections: []string{"Internacional", "Política", "Economía", "Defensa", "Tecnología", "Ciencia", "Opinión", "Cultura", "Deportes", "Viajes"},
		home:     "Portada", readAlso: "Lea también", related: "Noticias relacionadas", mostRead: "Lo más leído", comments: "comentarios", reply: "Responder",
		newsletter: "Reciba cada mañana nuestro boletín", subscribe: "Suscribirse", cookie: "Utilizamos cookies para mejorar su experiencia y mostrarle publicidad personalizada. Puede cambiar sus preferencias en cualquier momento.",
		accept: "Aceptar todo", share: "Compartir", by: "Por", tag: "Temas",
		footer: []string{"Quiénes somos", "Contacto", "Trabaje con nosotros", "Publicidad", "Privacidad", "Aviso legal", "Configuración de cookies", "Accesibilidad", "Fe de erratas", "Boletines", "Podcasts", "RSS"},
		said: []string{"Muy buen artículo, gracias por la información.", "Me pregunto quién paga realmente todo esto.", "Otro despilfarro de dinero público, en mi opinión.",
			"Esto lleva años en marcha, nada nuevo.", "¿Alguien sabe cuándo llegan las primeras unidades?", "Análisis interesante, pero el mapa de la segunda foto está mal.",
			"La oposición nunca aceptará este acuerdo.", "Por fin una buena noticia para la región."},
	},
	"de": {
		sections: []string{"Ausland", "Politik", "Wirtschaft", "Verteidigung", "Technik", "Wissenschaft", "Meinung", "Kultur", "Sport", "Reise"},
		home:     "Startseite", readAlso: "Lesen Sie auch", related: "Mehr zum Thema", mostRead: "Meistgelesen", comments: "Kommentare", reply: "Antworten",
		newsletter: "Das Morgen-Briefing jeden Tag in Ihrem Postfach", subscribe: "Abonnieren", cookie: "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Ihnen personalisierte Werbung anzuzeigen. Sie können Ihre Auswahl jederzeit ändern.",
		accept: "Alle akzeptieren", share: "Teilen", by: "Von", tag: "Themen",
		footer: []string{"Über uns", "Kontakt", "Karriere", "Werbung", "Datenschutz", "Nutzungsbedingungen", "Cookie-Einstellungen", "Barrierefreiheit", "Korrekturen", "Newsletter", "Podcasts", "RSS"},
		said: []string{"Guter Artikel, danke für die ausführliche Recherche.", "Ich frage mich, wer das alles wirklich bezahlt.", "Wieder einmal Steuergeld verschwendet, wenn Sie mich fragen.",
			"Das läuft doch schon seit Jahren, nichts Neues.", "Weiß jemand, wann die ersten Einheiten ankommen?", "Interessante Analyse, aber die Karte im zweiten Bild ist falsch.",
			"Die Opposition wird dem nie zustimmen.", "Endlich einmal gute Nachrichten für die Region."},
	},
	"ar": {
		sections: []string{"العالم", "سياسة", "اقتصاد", "دفاع", "تكنولوجيا", "علوم", "رأي", "ثقافة", "رياضة", "سفر"},
		home:     "الرئيسية", readAlso: "اقرأ أيضا", related: "أخبار ذات صلة", mostRead: "الأكثر قراءة", comments: "تعليقات", reply: "رد",
		newsletter: "احصل على النشرة الصباحية في بريدك", subscribe: "اشترك", cookie: "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض إعلانات مخصصة لك. يمكنك تغيير اختياراتك في أي وقت.",
		accept: "قبول الكل", share: "شارك", by: "بقلم", tag: "مواضيع",
		footer: []string{"من نحن", "اتصل بنا", "وظائف", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "إعدادات ملفات الارتباط", "إمكانية الوصول", "تصحيحات", "النشرات", "بودكاست", "آر إس إس"},
		said: []string{"مقال رائع، شكرا على التغطية المفصلة.", "أتساءل من يدفع ثمن كل هذا فعلا.", "هدر آخر للمال العام في رأيي.",
			"هذا الأمر مطروح منذ سنوات، لا جديد.", "هل يعرف أحد متى تصل الوحدات الأولى؟", "تحليل مثير للاهتمام، لكن الخريطة في الصورة الثانية خاطئة.",
			"لن تقبل المعارضة هذا الاتفاق أبدا.", "أخيرا خبر سار للمنطقة."},
	},
}

// benchArticle is one corpus article split for the page builder.
type benchArticle struct {
	path, lang, title string
	lines             []string
}

func loadBenchArticles(tb testing.TB) []benchArticle {
	var out []benchArticle
	for _, f := range corpusFiles("*.txt") {
		body, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		lang, _, _ := strings.Cut(filepath.Base(f), "-")
		if _, ok := chromes[lang]; !ok {
			continue
		}
		var lines []string
		for _, l := range strings.Split(string(body), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) < 2 {
			continue
		}
		out = append(out, benchArticle{path: f, lang: lang, title: lines[0], lines: lines[1:]})
	}
	if len(out) < 30 {
		tb.Fatalf("only %d corpus articles for the bench pages", len(out))
	}
	return out
}

// benchPages are the realistic news pages, one per corpus article.
func benchPages(tb testing.TB) []*source.Raw {
	arts := loadBenchArticles(tb)
	out := make([]*source.Raw, 0, len(arts))
	for i, a := range arts {
		out = append(out, &source.Raw{Source: a.path + ".html", Body: []byte(newsPage(i, a, arts))})
	}
	return out
}

// newsPage builds page i around article a; others give the related lists.
func newsPage(i int, a benchArticle, others []benchArticle) string {
	rng := rand.New(rand.NewPCG(20240101, uint64(i)))
	c := chromes[a.lang]
	target := 50_000 + rng.IntN(95_000) // the page's size, before the last script
	site := []string{"Daily Courier", "Le Quotidien", "El Diario", "Der Kurier", "الخبر اليوم"}[i%5]
	slug := fmt.Sprintf("%s-%d", a.lang, 100000+i*37)
	url := "https://news.example/" + slug
	date := fmt.Sprintf("2023-%02d-%02dT%02d:%02d:00Z", 1+i%12, 1+i%28, 6+i%14, i%60)
	same := make([]benchArticle, 0, len(others))
	for _, o := range others {
		if o.lang == a.lang && o.path != a.path {
			same = append(same, o)
		}
	}
	pick := func() benchArticle {
		if len(same) == 0 {
			return others[rng.IntN(len(others))]
		}
		return same[rng.IntN(len(same))]
	}
	hex := func(n int) string {
		const digits = "0123456789abcdef"
		b := make([]byte, n)
		for k := range b {
			b[k] = digits[rng.IntN(16)]
		}
		return string(b)
	}
	esc := func(s string) string {
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
	}
	jsq := func(s string) string {
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "<", `\u003c`).Replace(s)
	}
	desc := a.lines[len(a.lines)/2]
	if r := []rune(desc); len(r) > 160 {
		desc = string(r[:160])
	}
	var h strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&h, format, args...) }

	// head
	w("<!DOCTYPE html>\n<html lang=%q dir=%q>\n<head>\n<meta charset=\"utf-8\">\n", a.lang, map[bool]string{true: "rtl", false: "ltr"}[a.lang == "ar"])
	w("<title>%s | %s</title>\n", esc(a.title), esc(site))
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"description\" content=\"%s\">\n", esc(desc))
	w("<meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"%s\"><meta property=\"og:url\" content=\"%s\">", esc(a.title), url)
	w("<meta property=\"og:image\" content=\"https://cdn.news.example/img/%s.jpg\"><meta property=\"og:site_name\" content=\"%s\">\n", hex(24), esc(site))
	w("<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:site\" content=\"@newsexample\">\n")
	w("<meta property=\"article:published_time\" content=\"%s\"><meta property=\"article:section\" content=\"%s\">\n", date, c.sections[3])
	w("<link rel=\"canonical\" href=\"%s\">\n", url)
	for k := 0; k < 3; k++ {
		w("<link rel=\"stylesheet\" href=\"/static/css/%s.%s.css\">\n", []string{"main", "article", "print"}[k], hex(10))
	}
	for k := 0; k < 4; k++ {
		w("<link rel=\"preload\" as=\"font\" crossorigin href=\"/static/fonts/font-%d.%s.woff2\">\n", k, hex(8))
	}
	h.WriteString("<style>")
	for k, n := 0, 60+rng.IntN(80); k < n; k++ {
		w(".c-%s{margin:%dpx 0;padding:0 %dpx;font:%d%%/1.%d var(--font-%d);color:#%s}@media (min-width:%dpx){.c-%s{display:flex}}\n",
			hex(6), rng.IntN(32), rng.IntN(24), 80+rng.IntN(60), rng.IntN(9), rng.IntN(4), hex(6), 600+rng.IntN(800), hex(6))
	}
	h.WriteString("</style>\n")
	w(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","description":"%s","datePublished":"%s","dateModified":"%s","inLanguage":"%s","mainEntityOfPage":"%s","image":["https://cdn.news.example/img/%s.jpg"],"author":[{"@type":"Person","name":"Staff reporter"}],"publisher":{"@type":"Organization","name":"%s","logo":{"@type":"ImageObject","url":"https://news.example/logo.png"}},"articleSection":"%s","keywords":"%s"}</script>`+"\n",
		jsq(a.title), jsq(desc), date, date, a.lang, url, hex(24), jsq(site), jsq(c.sections[3]), jsq(strings.Join(c.sections[:4], ",")))
	w(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"%s","item":"https://news.example/"},{"@type":"ListItem","position":2,"name":"%s","item":"https://news.example/defence"}]}</script>`+"\n",
		jsq(c.home), jsq(c.sections[3]))
	w("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-%s',{page_type:'article',section:'%s',content_id:'%s'});</script>\n", strings.ToUpper(hex(10)), jsq(c.sections[3]), slug)
	w("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>\n</head>\n", strings.ToUpper(hex(10)))

	// body: cookie banner, header, menu, breadcrumbs
	w("<body class=\"article-page section-defence\">\n<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>%s <a href=\"/cookies\">%s</a></p><button class=\"btn-accept\">%s</button></div>\n", esc(c.cookie), esc(c.footer[6]), esc(c.accept))
	w("<header class=\"site-header\"><a class=\"logo\" href=\"/\"><img src=\"/static/img/logo.%s.svg\" alt=\"%s\" width=\"180\" height=\"40\"></a>\n<nav class=\"main-menu\" aria-label=\"menu\"><ul>\n", hex(8), esc(site))
	for k, s := range c.sections {
		w("<li class=\"menu-item has-sub\"><a href=\"/%d\">%s</a><ul class=\"sub-menu\">", k, esc(s))
		for m, n := 0, 4+rng.IntN(8); m < n; m++ {
			w("<li><a href=\"/%d/%d\">%s %d</a></li>", k, m, esc(c.sections[(k+m+1)%len(c.sections)]), m+1)
		}
		h.WriteString("</ul></li>\n")
	}
	w("</ul></nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\"><button>🔍</button></form></header>\n")
	w("<div class=\"breadcrumbs\"><a href=\"/\">%s</a> › <a href=\"/defence\">%s</a> › <span>%s</span></div>\n", esc(c.home), esc(c.sections[3]), esc(a.title))

	// the article
	w("<main id=\"content\">\n<article class=\"article\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n<header class=\"article-header\"><h1 itemprop=\"headline\">%s</h1>\n", esc(a.title))
	w("<div class=\"byline\">%s <a rel=\"author\" href=\"/authors/staff\">Staff reporter</a> · <time datetime=\"%s\">%s</time></div>\n", esc(c.by), date, date[:10])
	shareBar := func(where string) {
		w("<div class=\"share-bar share-%s\"><span>%s</span>", where, esc(c.share))
		for _, s := range []string{"facebook", "x", "linkedin", "whatsapp", "email"} {
			w("<a class=\"share-%s\" href=\"https://share.example/%s?u=%s\" rel=\"noopener\">%s</a>", s, s, url, s)
		}
		h.WriteString("</div>\n")
	}
	shareBar("top")
	w("</header>\n<figure class=\"lead-image\"><img src=\"https://cdn.news.example/img/%s.jpg\" srcset=\"https://cdn.news.example/img/%s-640.jpg 640w, https://cdn.news.example/img/%s-1280.jpg 1280w\" alt=\"\" loading=\"eager\"><figcaption>%s — AFP</figcaption></figure>\n",
		hex(24), hex(24), hex(24), esc(c.sections[3]))
	h.WriteString("<div class=\"article-body\" itemprop=\"articleBody\">\n")
	for k, l := range a.lines {
		w("<p>%s</p>\n", esc(l))
		if k == 1 {
			o := pick()
			w("<div class=\"inline-related read-more\"><strong>%s</strong> <a href=\"/%s\">%s</a></div>\n", esc(c.readAlso), hex(8), esc(o.title))
		}
		if k == 3 {
			w("<div class=\"ad-slot\" id=\"ad-mid-%s\"><script>googletag.cmd.push(function(){googletag.display('ad-mid-%s')});</script></div>\n", hex(6), hex(6))
		}
	}
	h.WriteString("</div>\n<div class=\"tags\">")
	w("<span>%s:</span>", esc(c.tag))
	for k := 0; k < 4; k++ {
		w(" <a href=\"/tag/%d\">%s</a>", k, esc(c.sections[(i+k)%len(c.sections)]))
	}
	h.WriteString("</div>\n")
	shareBar("bottom")
	h.WriteString("</article>\n")
	w("<section class=\"newsletter-box\"><h3>%s</h3><form action=\"/newsletter\"><input type=\"email\" name=\"email\"><button>%s</button></form></section>\n", esc(c.newsletter), esc(c.subscribe))

	// related, comments
	w("<section class=\"related-articles\"><h2>%s</h2><ul>\n", esc(c.related))
	for k, n := 0, 6+rng.IntN(7); k < n; k++ {
		o := pick()
		w("<li class=\"teaser\"><a href=\"/%s\"><img src=\"https://cdn.news.example/img/%s-320.jpg\" alt=\"\" loading=\"lazy\"><h3>%s</h3></a><p>%s</p></li>\n", hex(8), hex(24), esc(o.title), esc(o.lines[len(o.lines)-1]))
	}
	h.WriteString("</ul></section>\n")
	nc := rng.IntN(26)
	w("<section id=\"comments\" class=\"comments\"><h2>%d %s</h2><ol class=\"comment-list\">\n", nc, esc(c.comments))
	for k := 0; k < nc; k++ {
		w("<li class=\"comment\" id=\"comment-%d\"><div class=\"comment-author\">user%d</div><time datetime=\"%s\">%s</time><div class=\"comment-body\"><p>%s</p></div><a class=\"comment-reply\" href=\"#comment-%d\">%s</a></li>\n",
			k, rng.IntN(100000), date, date[:10], esc(c.said[rng.IntN(len(c.said))]), k, esc(c.reply))
	}
	h.WriteString("</ol></section>\n</main>\n")

	// sidebar, footer
	w("<aside class=\"sidebar\"><div class=\"most-read\"><h2>%s</h2><ol>\n", esc(c.mostRead))
	for k := 0; k < 10; k++ {
		w("<li><a href=\"/%s\">%s</a></li>\n", hex(8), esc(pick().title))
	}
	w("</ol></div><div class=\"ad-slot\" id=\"ad-side\"></div></aside>\n<footer class=\"site-footer\">\n")
	for col := 0; col < 5; col++ {
		w("<div class=\"footer-col\"><h4>%s</h4><ul>", esc(c.sections[col*2]))
		for k, n := 0, 6+rng.IntN(7); k < n; k++ {
			w("<li><a href=\"/f/%d/%d\">%s</a></li>", col, k, esc(c.footer[(col*3+k)%len(c.footer)]))
		}
		h.WriteString("</ul></div>\n")
	}
	w("<p class=\"copyright\">© 2023 %s</p></footer>\n", esc(site))
	w("<script src=\"/static/js/vendor.%s.js\" defer></script><script src=\"/static/js/app.%s.js\" defer></script>\n", hex(10), hex(10))

	// the app state blob and inline code that make up most of a news
	// page's weight, up to the page's size
	h.WriteString("<script id=\"__APP_STATE__\" type=\"application/json\">{\"page\":{\"type\":\"article\",\"items\":[")
	for k := 0; h.Len() < target; k++ {
		o := pick()
		if k > 0 {
			h.WriteByte(',')
		}
		w(`{"id":"%s","url":"/%s","title":"%s","section":"%s","image":{"src":"https://cdn.news.example/img/%s.jpg","w":%d,"h":%d},"ts":%d,"flags":[%d,%d,%d]}`,
			hex(16), hex(8), jsq(o.title), jsq(c.sections[rng.IntN(len(c.sections))]), hex(24), 320+rng.IntN(960), 180+rng.IntN(540), 1690000000+rng.IntN(9000000), rng.IntN(2), rng.IntN(2), rng.IntN(2))
	}
	h.WriteString("]}}</script>\n")
	w("<script>!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p=\"/static/js/\",n(n.s=%d)}([]);</script>\n", rng.IntN(100))
	h.WriteString("</body>\n</html>\n")
	return h.String()
}

// TestBenchPages: the bench pages are deterministic, 50–150 KB, and the
// pipeline reads the article from them and not the page's furniture.
func TestBenchPages(t *testing.T) {
	a, b := benchPages(t), benchPages(t)
	arts := loadBenchArticles(t)
	total := 0
	for i, p := range a {
		if string(p.Body) != string(b[i].Body) {
			t.Fatalf("%s: page not deterministic", p.Source)
		}
		if n := len(p.Body); n < 50_000 || n > 150_000 {
			t.Errorf("%s: %d bytes, want 50–150 KB", p.Source, n)
		}
		total += len(p.Body)
	}
	t.Logf("%d pages, %.0f KB on average", len(a), float64(total)/float64(len(a))/1000)
	for i, p := range a {
		if i%7 != 0 { // a sample keeps the test short
			continue
		}
		res, err := testP.Process(p)
		if err != nil {
			t.Errorf("%s: %v", p.Source, err)
			continue
		}
		c := chromes[arts[i].lang]
		for _, s := range append([]string{c.cookie, c.newsletter, c.mostRead, c.related, "googletag", "__APP_STATE__", "schema.org"}, c.said...) {
			if strings.Contains(res.Doc.Text, s) {
				t.Errorf("%s: cleaned text keeps page furniture %q", p.Source, s)
			}
		}
		// the longest paragraph the article's own text keeps once cleaned
		// (a long ticker of other headlines is page noise in both)
		plain := processFile(t, arts[i].path).Doc.Text
		longest := ""
		for _, l := range arts[i].lines {
			if len(l) > len(longest) && strings.Contains(plain, l) {
				longest = l
			}
		}
		if longest == "" {
			t.Errorf("%s: the article's own text keeps none of its paragraphs", arts[i].path)
		} else if !strings.Contains(res.Doc.Text, longest) {
			t.Errorf("%s: cleaned text lost the article's longest paragraph %q", p.Source, longest)
		}
	}
}
