package clean

import "testing"

// TestFurnitureShapes: tag lines, editors' initials, inline teaser lists
// and a site's name with its section go in the five languages; body lines
// of the same shape stay, and so does the headline.
func TestFurnitureShapes(t *testing.T) {
	tests := []noiseCase{
		{"tag lines",
			[]string{"Tags: Navy, Patrol boats, Nigeria", "Mots-clés : Marine, Rafale", "Etiquetas: Defensa | Armada | Fragatas", "Schlagwörter: Bundeswehr, Panzer", "وسم: الكويت، إيطاليا، يوروفايتر"},
			nil, []string{"Patrol boats", "Marine, Rafale", "Fragatas", "Bundeswehr, Panzer", "يوروفايتر"}},
		{"a label and a sentence stay",
			[]string{"Sujet : le ministre a confirmé que les douze frégates seront livrées à la marine.", "Tema: el contrato prevé la entrega de doce helicópteros y el entrenamiento de los pilotos."},
			[]string{"Sujet : le ministre", "Tema: el contrato"}, nil},
		{"signatures",
			[]string{"B.S.H.", "(red RE, HP)", "( Xinhua )", "(AFP)", "(EFE)"},
			nil, []string{"B.S.H.", "red RE", "Xinhua", "AFP", "EFE"}},
		{"inline teaser lists",
			[]string{"Mehr Artikel: Ärzte warten auf Zulassung | Kanzler kritisiert Berlin", "More stories: Navy tests a new radar", "Plus d'actualités : La marine reçoit une frégate", "Más noticias: El Ejército recibe camiones", "المزيد أخبار: الجيش يتسلم دبابات"},
			nil, []string{"Ärzte", "new radar", "frégate", "camiones", "دبابات"}},
		{"site sections below the body",
			[]string{"Ministry of Defence | News", "Le Quotidien | Défense | Afrique", "Diario Ejemplo | Nacional", "Bundesministerium der Verteidigung | Aktuelles", "الحوار | أرشيف"},
			nil, []string{"| News", "Quotidien", "Diario Ejemplo", "Aktuelles", "أرشيف"}},
		{"bar lines with a number or a sentence stay",
			[]string{"Rafale | 24 jets", "Navy | The boats arrived."},
			[]string{"Rafale | 24 jets", "The boats arrived"}, nil},
	}
	runNoiseTable(t, tests, true)
	// the headline stays even when it has the shape of a site section
	r := cleanPlain("Navy Day parade | Photos from the capital city\n\n" + testBody + "\n\n" + testLast + "\n\nDaily Example | Defence")
	keptDropped(t, r.Text, []string{"Navy Day parade | Photos"}, []string{"Daily Example"})
}
