package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAmmoQualifier: a system that names the weapon an ammunition word is
// for makes no transfer of that system; the ammunition stays
// (all_r9_fresh_ammo.go). The platform sold on its own, or with ammunition,
// still counts.
// Sentences written for this test.
func TestAmmoQualifier(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, sys string
		wantSys, wantAmmo     bool
	}{
		{"en before", "en", "In July the State Department cleared a $59.6 million sale to Kuwait of M1A2K training ammunition.", "m1-abrams", false, true},
		{"en practice", "en", "Australia ordered from the United States 120mm M1A1 practice ammunition worth $20 million.", "m1-abrams", false, true},
		{"en tanks", "en", "The United States will sell Poland 250 Abrams tanks worth $4.75 billion.", "m1-abrams", true, false},
		{"en tanks and ammo", "en", "The United States will sell Poland 250 Abrams tanks and ammunition worth $4.75 billion.", "m1-abrams", true, true},
		{"en tanks and training ammo", "en", "The United States will sell Poland 250 Abrams tanks and training ammunition worth $4.75 billion.", "m1-abrams", true, true},
		{"de compound", "de", "Deutschland lieferte der Ukraine 2023 Leopard-Munition.", "leopard-2", false, true},
		{"de Leopard", "de", "Deutschland lieferte der Ukraine 2023 18 Kampfpanzer Leopard 2.", "leopard-2", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			gotSys, gotAmmo := false, false
			for _, c := range cs {
				s := c.Fact.System
				if c.Fact.Type != domain.TypeTransfer || s == nil {
					continue
				}
				if s.ID == tc.sys {
					gotSys = true
				}
				if s.ID == "" && s.Category == "ammunition" {
					gotAmmo = true
				}
			}
			if gotSys != tc.wantSys || gotAmmo != tc.wantAmmo {
				t.Errorf("%q: transfer of %s %v (want %v), of ammunition %v (want %v)", tc.text, tc.sys, gotSys, tc.wantSys, gotAmmo, tc.wantAmmo)
			}
		})
	}
}
