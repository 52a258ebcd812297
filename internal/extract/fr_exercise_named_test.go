package extract

import (
	"strings"
	"testing"
)

// TestR16fresh2NamedExercise: an exercise's quoted name after a plain naming
// participle ("Appelés « … »", "nommé « … »", "called "…"", "llamado «…»",
// "namens „…“") (fr_exercise.go: namedAsRe). Sentences written for this test.
func TestR16fresh2NamedExercise(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"fr: appelés before the exercise word", "fr", "Appelés « Sahel Shield », ces exercices réunissent des soldats du Niger et du Tchad à Tillabéri.",
			[]string{"exercise NE+TD Sahel Shield y=2024"}, nil},
		{"fr: nommé after the exercise word", "fr", "Des soldats marocains et français participent à un exercice nommé « Atlas Vert 2023 » près d'Errachidia.",
			[]string{"exercise MA+FR Atlas Vert 2023 y=2023"}, nil},
		{"en: called", "en", "Troops from Kenya and the United States began an exercise called \"Silver Lion 2024\" in Isiolo.",
			[]string{"exercise KE+US Silver Lion 2024 y=2024"}, nil},
		{"es: llamado", "es", "Marinos de Chile y Perú iniciaron un ejercicio llamado «Mar del Sur» frente a Valparaíso.",
			[]string{"exercise CL+PE Mar del Sur y=2024"}, nil},
		{"de: namens", "de", "Soldaten aus Deutschland und Litauen trainieren bei einer Übung namens „Eiserner Bär“ in Pabradė.",
			[]string{"exercise DE+LT Eiserner Bär y=2024"}, nil},
	})
}

// TestR16fresh2NamedAsWords: the naming participle must start a word and be
// followed at once by the quote (fr_exercise.go: namedAsRe).
func TestR16fresh2NamedAsWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Appelées « Western Shield », ces manœuvres", "Western Shield"},
		{"un exercice nommé « Atlas Vert 2023 »", "Atlas Vert 2023"},
		{"eine Übung namens „Eiserner Bär“ in Litauen", "Eiserner Bär"},
		{"an exercise called \"Silver Lion\"", "Silver Lion"},
		{"Renommés « Camp Unity », les bâtiments", ""},
		{"a base renamed \"Camp Unity\"", ""},
		{"the so-called drills", ""},
		{"L'exercice est appelé à durer deux semaines", ""},
	}
	for _, tc := range tests {
		if got := namedAs(tc.text, strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
