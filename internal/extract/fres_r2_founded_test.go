package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFresFounded: the states that open a sentence, and those named with
// "avec"/"con", founded the organisation named after a founding verb
// (fres_r2_founded.go). Sentences written for this test.
func TestFresFounded(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeMembership }
	checkFacts(t, []factCase{
		{"fr, avec a capital", "fr", "2023-12-03",
			"Le Niger et le Burkina Faso ont quitté l'organisation après avoir fondé en septembre, avec Bamako, l'Alliance des États du Sahel.",
			[]string{"membership ML aes", "membership NE aes", "membership BF aes"}},
		{"es, founders list", "es", "2023-12-03",
			"Malí y Níger fundaron en septiembre la Alianza de Estados del Sahel.",
			[]string{"membership ML aes", "membership NE aes"}},
		{"a founder named alone is no list", "fr", "2023-12-03",
			"Le Mali a fondé en septembre l'Alliance des États du Sahel.",
			[]string{"membership ML aes"}},
	}, show)
}
