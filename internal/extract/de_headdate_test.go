package extract

import (
	"strings"
	"testing"
)

// TestDeHeadDate: a German page's dateline or breadcrumb gives the
// publication month or year when no full date is written
// (de_headdate.go). Heads written for this test.
func TestDeHeadDate(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		head, want string // want "" for none
	}{
		{"Panzer für Polen\n\nZDF heute | Politik | Oktober 2023\n\nPolen hat bestellt.", "2023-10-01"},
		{"Iran dementiert\n\nnews.ORF.at | Ausland | 2024\n\nOffizielle Stellen haben gestern ...", "2024-01-01"},
		{"Panzerlieferung genehmigt\n\nPolitik | 08.05.13\n\nDie Bundesregierung hat zugestimmt.", "2013-05-08"},
		{"Rafale für Ägypten\n\nwatson.ch | Ägypten | 13.02.15, 09:45\n\nÄgypten erwirbt 24 Jets.", "2015-02-13"},
		{"Rüstungsgüter für Saudi-Arabien\n\nBerlin, Oktober 2018 (APA/AFP)\n\nDie Regierung hat genehmigt.", "2018-10-01"},
		{"date 2022-12 Polen hat die erste Lieferung erhalten.", "2022-12-01"},
		{"Februar 2021\n\nDas Bundesheer kauft drei Hubschrauber.", "2021-02-01"},
		// a headline naming a month and year is no dateline
		{"Lieferung bis Oktober 2026 geplant\n\nDie ersten Panzer kommen später.", ""},
		// a year alone is a date only in a line of several fields
		{"2024\n\nDas Heer bestellt.", ""},
		// a full date still wins (findDate)
		{"Berlin, 3. März 2024 — Das Ministerium bestellt.", "2024-03-03"},
		// other languages read such lines too (all_r8_attrs_headdate.go)
		{"Politique | Octobre 2023\n\nLa France livre.", "2023-10-01"},
	}
	for _, tc := range tests {
		lang := "de"
		if strings.HasPrefix(tc.head, "Politique") {
			lang = "fr"
		}
		got := x.PublishedDate(tc.head, lang)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%q (%s): %q, want %q", tc.head, lang, s, tc.want)
		}
	}
}
