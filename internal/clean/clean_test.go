package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
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
			for _, k := range tc.keep {
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
