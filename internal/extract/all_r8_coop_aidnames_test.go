package extract

import (
	"slices"
	"testing"
)

// TestAidGloss: the English names of an unnamed aid programme come from
// its head word (all_r8_coop_aidnames.go); a word that is no aid gets none.
func TestAidGloss(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"ayuda militar", []string{"military aid", "military assistance"}},
		{"Militärhilfe", []string{"military aid", "military assistance"}},
		{"formación", []string{"training", "military training"}},
		{"prêt", []string{"loan"}},
		{"هبة", []string{"donation", "grant"}},
		{"ومساعدات", []string{"military aid", "military assistance"}},
		{"military aid", []string{"military assistance"}},
		{"Operation Unifier", nil},
		// aid of any kind is military aid only alone or with a word of
		// the armed forces (review)
		{"humanitäre Hilfe", nil},
		{"budget support", nil},
		{"aide humanitaire", nil},
		{"soutien sécuritaire", []string{"military aid", "military assistance"}},
		{"دعم عسكري", []string{"military aid", "military assistance"}},
		{"Sicherheitshilfe", []string{"military aid", "military assistance"}},
	}
	for _, tc := range tests {
		if got := aidGlossOf(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
