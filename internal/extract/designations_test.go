package extract

import (
	"strings"
	"testing"
)

// TestDesignations: designation-shaped names beside a weapon noun the
// lexicon knows become systems; years, amounts, counts and plain words do
// not. Sentences written for this test.
func TestDesignations(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string // "id|category|name" of the made systems
	}{
		{"en", "The air force will buy six Zephyr IV drones.", []string{"x:zephyr-iv|aircraft|Zephyr IV"}},
		{"en", "The navy received two Type 099B frigates.", []string{"x:type-099-b|ships|Type 099B"}},
		{"es", "El ejército compró dos aviones Pampa III a Argentina.", []string{"x:pampa-iii|aircraft|Pampa III"}},
		{"fr", "L'armée a commandé des hélicoptères XK-27M.", []string{"x:xk-27-m|aircraft|XK-27M"}},
		{"de", "London versprach 14 Challenge-2-Panzer.", []string{"x:challenge-2|armoured-vehicles|Challenge-2"}},
		{"es", "La Armada pidió cuatro lanchas patrulleras del proyecto 14310.", []string{"x:proyecto-14310|ships|proyecto 14310"}},
		{"en", "It bought ZR 150 helicopters from the maker.", []string{"x:zr-150|aircraft|ZR 150"}},
		{"es", "Compró 20 helicópteros militares Agusta Westland AB 206.", []string{"x:ab-206|aircraft|AB 206"}},
		// not designations
		{"en", "Some 20 drones were delivered in 2021.", nil},
		{"en", "The country ordered drones in March 2024.", nil},
		{"en", "Poland bought 2023 tanks.", nil},
		{"en", "Veterans of World War II tanks units met.", nil},
		{"en", "The $300 million drones deal was signed.", nil},
		{"en", "The F-16 Block 70 jets arrive soon.", nil},
		{"en", "Egypt ordered Rafale jets and frigates.", nil},
		{"de", "Insgesamt 14 Panzer wurden geliefert.", nil},
		{"fr", "La Grèce recevra 40 chars, dont 12 Phase 2 chars.", nil},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0)
		var got []string
		for _, m := range x.m.find(toks, tc.lang) {
			if strings.HasPrefix(m.id, synthPrefix) {
				s, ok := x.systemOf(m)
				if !ok || s.ID != m.id {
					t.Errorf("%q: systemOf(%s) = %+v", tc.text, m.id, s)
				}
				got = append(got, s.ID+"|"+s.Category+"|"+s.Name)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}
