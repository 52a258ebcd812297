package clean

import (
	"strings"
	"testing"
)

// TestSpacedMenu: lines of section names that only two spaces or more
// separate are menus in the five languages, and so are skip links side by
// side and a ticker of headlines; body lines with double spaces, a
// subheading and two section names stay.
func TestSpacedMenu(t *testing.T) {
	tests := []struct {
		line string
		menu bool
	}{
		{"Inicio  Actualidad  Terrestre  Aire  Naval  Seguridad  Industria", true},
		{"Accueil  Politique  Économie  Société  Sport  Tribune", true},
		{"Nachrichten  Politik  Wirtschaft  Kultur  Reisen", true},
		{"Home  Politics  Business & Brands  Sports  Editorial", true},
		{"الرئيسية  سياسة  مجتمع  اقتصاد  دولي  رياضة", true},
		{"  Afrique\u00a0 Monde  France  Économie  Podcasts  ", true},
		{"Zum Menü  Zum Inhalt", true},
		{"Skip to content  Skip to navigation", true},
		{"Flash : Le Parlement européen face à un test  \"Pas de progrès\" lors des pourparlers  Accident minier en Turquie : le bilan s'alourdit", true},
		{"Última hora: El Gobierno aprueba el presupuesto  Chile compra dos fragatas", true},
		// a sentence cut by the source's indentation, a sentence with two
		// spaces after its stops, a table row with numbers, two entries
		{"Die Bundeswehr  erhält neue  Panzer vom Typ  Leopard", false},
		{"The navy took delivery of two boats.  The third follows in May.  Officials said so.", false},
		{"Rafale  24  2021  Egypt", false},
		{"Inicio  Nacional", false},
		{"Politik Wirtschaft Kultur Sport Berlin", false},
		{"Flash : Le ministre a parlé.  Il a signé le contrat.", false},
		{"Armée  Marine  Aviation  Le contrat de douze hélicoptères est signé.", false},
	}
	for _, tc := range tests {
		if got := isSpacedMenu(tc.line); got != tc.menu {
			t.Errorf("isSpacedMenu(%q) = %v, want %v", tc.line, got, tc.menu)
		}
	}
}

// TestSpacedMenuInDocument: a spaced menu goes from plain text, the body
// stays and the spaces of other lines are collapsed as before; an HTML
// page's paragraphs stay whole.
func TestSpacedMenuInDocument(t *testing.T) {
	r := cleanPlain("Headline of the test page\n\nInicio  Actualidad  Terrestre  Aire  Naval\n\n" + testBody + "\n\nTwo  spaces  inside.\n\n" + testLast)
	keptDropped(t, r.Text, []string{testBody, testLast, "Two spaces inside."}, []string{"Actualidad", "  "})
	// an HTML page: a paragraph that the source's indentation cuts into
	// capitalised pieces stays whole
	page := `<!DOCTYPE html><html lang="fr"><head><title>Le Gabon reçoit un patrouilleur</title></head><body>
<article><h1>Le Gabon reçoit un patrouilleur</h1>
<p>La Chine a offert au Gabon
      Un navire patrouilleur
      Destiné à la marine
      Et remis vendredi au port d'Owendo en présence du chef de l'État et de l'ambassadeur.</p>
<p>Long de 66 mètres, le patrouilleur embarque 21 membres d'équipage et servira à lutter contre la pêche illicite et la piraterie dans le golfe.</p>
</article></body></html>`
	d, err := Document(Input{Source: "t.html", Text: page, Format: "html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	keptDropped(t, d.Text, []string{"navire patrouilleur", "port d'Owendo", "21 membres"}, nil)
}

// FuzzDropSpacedMenus: dropping spaced menus only blanks whole lines (the
// line count stays, each line is kept or emptied) and is idempotent.
func FuzzDropSpacedMenus(f *testing.F) {
	for _, s := range []string{
		"Inicio  Actualidad  Terrestre  Aire\nBody line.",
		"Zum Menü  Zum Inhalt\r\n\nText",
		"Flash : A  B  C\n",
		"  \u00a0\u2003x  y  z  w\n\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := dropSpacedMenus(s)
		in, got := strings.Split(s, "\n"), strings.Split(out, "\n")
		if len(in) != len(got) {
			t.Fatalf("line count %d -> %d", len(in), len(got))
		}
		for i := range in {
			if got[i] != in[i] && got[i] != "" {
				t.Fatalf("line %d changed: %q -> %q", i, in[i], got[i])
			}
		}
		if again := dropSpacedMenus(out); again != out {
			t.Fatalf("not idempotent: %q -> %q", out, again)
		}
	})
}
