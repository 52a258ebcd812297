package extract

import "testing"

// TestR13LeftoversMatch: sentences written for this test.
//   - a bare system name next to a kind noun of another kind is the
//     sibling system of that kind (all_r13_leftovers_kindsibling.go):
//     "هوك" alone is the BAE Hawk, after "صواريخ" the MIM-23 Hawk;
//   - the catalogue's split entries (AT4 apart from the Carl-Gustaf, the
//     ALQ pods, the Verba launcher, the Arash and Hadid rockets, CS/VP4);
//   - Arabic kind nouns with their attached conjunction, preposition and
//     article ("وبالمدرعات", "للمروحيات", "فالفرقاطات") are kind nouns;
//   - a leader's ambiguous surname ("Xi", "Petro", "Uribe") names the
//     state only with a title or the full name.
func TestR13LeftoversMatch(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		lang, text string
		kind       int
		want       string
	}{
		// Hawk: the missile by its kind noun, the jet alone or as aircraft
		{"ar", "تسلمت مصر صواريخ من طراز هوك", mSystem, "mim-23-hawk"},
		{"ar", "تسلمت مصر بالصواريخ هوك", mSystem, "mim-23-hawk"},
		{"ar", "صفقة منظومة الدفاع الجوي هوك", mSystem, "mim-23-hawk"},
		{"ar", "طائرات تدريب من طراز هوك", mSystem, "bae-hawk"},
		{"ar", "تسلمت السعودية طائرات هوك", mSystem, "bae-hawk"},
		{"ar", "وصلت هوك إلى القاعدة", mSystem, "bae-hawk"},
		// Verba: the MANPADS alone, the launcher as artillery
		{"en", "Poland sent Verba missiles", mSystem, "verba"},
		{"en", "Ukraine fielded the Verba MLRS", mSystem, "verba-mlrs"},
		{"fr", "des lance-roquettes multiples de type Verba", mSystem, "verba-mlrs"},
		// split catalogue entries
		{"en", "the US delivered 200 AT4 launchers", mSystem, "at4"},
		{"ar", "200 صاروخ AT4", mSystem, "at4"},
		{"en", "84mm Carl-Gustaf recoilless rifles", mSystem, "carl-gustaf"},
		{"en", "AN/ALQ-119 pods", mSystem, "alq-119"},
		{"en", "AN/ALQ-131 pods", mSystem, "an-alq-131"},
		{"en", "Iran sent Arash rockets", mSystem, "arash-rocket"},
		{"en", "Iran sent Hadid rockets", mSystem, "hadid-rocket"},
		{"en", "Iran sent Fajr-5 rockets", mSystem, "fajr-5"},
		{"en", "China delivered CS/VP4 vehicles", mSystem, "cs-vp4"},
		{"en", "China delivered CS/VP3 vehicles", mSystem, "cs-vp3"},
		// Arabic kind nouns with clitics
		{"ar", "زودتها بالمدرعات", mGeneric, "armoured-vehicles"},
		{"ar", "وبالمدرعات", mGeneric, "armoured-vehicles"},
		{"ar", "للمروحيات", mGeneric, "aircraft"},
		{"ar", "فالفرقاطات", mGeneric, "ships"},
		{"ar", "كالدبابات", mGeneric, "armoured-vehicles"},
		{"ar", "وبصواريخ مضادة للدبابات", mGeneric, "missiles"},
		{"ar", "بصواريخ للدفاع الجوي", mGeneric, "missiles"},
		// leaders: titles and full names, not the bare ambiguous surname
		{"en", "President Xi arrived", mCountry, "CN"},
		{"en", "Xi Jinping arrived", mCountry, "CN"},
		{"en", "Xi arrived", mCountry, ""},
		{"en", "Pope Pius XI wrote", mCountry, ""},
		{"es", "el presidente Petro llegó", mCountry, "CO"},
		{"es", "Gustavo Petro llegó", mCountry, "CO"},
		{"es", "Petro llegó", mCountry, ""},
		{"es", "el ministro Petro Kotin llegó", mCountry, ""},
		{"es", "el expresidente Uribe habló", mCountry, "CO"},
		{"es", "el general Uribe habló", mCountry, ""},
		{"de", "Präsident Xi traf ein", mCountry, "CN"},
		{"fr", "le président Xi est arrivé", mCountry, "CN"},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(tc.text, 0), tc.lang) {
			if m.kind == tc.kind {
				got = m.id
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestR13LeftoversArInSet: arInSet takes every stack of attached
// conjunction, preposition and article off (all_r13_leftovers_arclitics.go).
func TestR13LeftoversArInSet(t *testing.T) {
	for _, w := range []string{"طائرات", "الطائرات", "والطائرات", "بالطائرات", "وبالطائرات", "فالطائرات", "فبالطائرات", "كالطائرات", "للطائرات", "فللطائرات"} {
		if !arInSet(arAircraftNouns, normWord(w)) {
			t.Errorf("%s: not read as an aircraft noun", w)
		}
	}
	for _, w := range []string{"فرنسا", "كتائب", "بطاريات"} {
		if arInSet(arAircraftNouns, normWord(w)) {
			t.Errorf("%s: read as an aircraft noun", w)
		}
	}
}
