package extract

import "testing"

// TestR8HeadDate: datelines and breadcrumbs of every language give the
// publication day, month or year when findDate finds no full date
// (all_r8_attrs_headdate.go). Heads written for this test.
func TestR8HeadDate(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, head, want string // want "" for none
	}{
		{"ar", "الأردن يستلم مروحيات\n\nإيلاف من لندن\nآخر تحديث: مارس 2016\n\nاستلمت المملكة", "2016-03-01"},
		{"ar", "البنتاغون يوافق\n\nالحقيقة | أغسطس 2016\n\nأعلنت الوزارة", "2016-08-01"},
		{"ar", "سلطنة عمان توقع\n\nمسقط - ديسمبر 2022\n\nوقعت", "2022-12-01"},
		{"ar", "أخبار عربية | 2025/03/27\n\nواشنطن توافق", "2025-03-27"},
		{"ar", "الجزائر تنتظر\n\nالجديدة - الجزائر | 2016\n\nتنتظر", "2016-01-01"},
		{"ar", "الأحد 08-08-2010\n\nتسلمت مصر", "2010-08-08"},
		{"en", "US clears package\n\noffstream.news / feed / 2020 / 10 / 22\n\nThe State Department", "2020-10-22"},
		{"en", "Philippines, Australia sign\n\nMakati City, November 2024 —\n\nThe two signed.", "2024-11-01"},
		{"en", "10-9-2023 (YANGON) Myanmar has received two fighter jets, the first batch of an overall six aircraft due under a contract.", "2023-09-10"},
		{"en", "date 2018-09 Qatar's deal took effect.", "2018-09-01"},
		{"es", "Dieciocho países\n\nSan Fernando, octubre de 2019 —\n\nLa Armada", "2019-10-01"},
		{"es", "Donación\n\nOctubre de 2017\n\nEstados Unidos traspasó", "2017-10-01"},
		{"es", "España y Portugal\n\nLa Vanguardia, 23-06-2015\n\nLos Gobiernos", "2015-06-23"},
		{"fr", "La Belgique va céder\n\nLa Libre Belgique | Belga | Publié le 16-03-2023 à 11h42\n\nLe gouvernement", "2023-03-16"},
		{"fr", "Armée de l'air\n\nDéfense | Air & Cosmos | janvier 2021\n\nLa Grèce", "2021-01-01"},
		// a headline naming a month and year is no dateline
		{"en", "Deliveries to start in March 2026\n\nThe first jets come later.", ""},
		{"es", "Australia resolverá en 2025 qué compañía construirá la flota\n\nLa decisión.", ""},
		// a date range or a phone-like run of numbers is no date
		{"fr", "Réunion 2015-2016-2017\n\nLa France livre.", ""},
		// a dash date deep inside a long line is not the page's
		{"en", "The ministry said on Monday that the contract, whose terms were first published on 12-03-2019 in the gazette, was signed.", ""},
	}
	for _, tc := range tests {
		got := x.PublishedDate(tc.head, tc.lang)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%q (%s): %q, want %q", tc.head, tc.lang, s, tc.want)
		}
	}
}
