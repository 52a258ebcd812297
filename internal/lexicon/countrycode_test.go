package lexicon

import "testing"

func TestCountryCode(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		in, want string
	}{
		{"MA", "MA"}, {"ma", "MA"}, {"Morocco", "MA"}, {"Maroc", "MA"}, {"المغرب", "MA"},
		{"Marruecos", "MA"}, {"Marokko", "MA"}, {"United States", "US"}, {"France", "FR"},
		{"  united   states ", "US"}, {"Algerie", "DZ"}, {"Algérie", "DZ"},
		{"Atlantis", ""}, {"", ""}, {"ZZ", ""},
	} {
		got, ok := l.CountryCode(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if n := len(l.CountrySuggestions()); n < 500 {
		t.Errorf("%d suggestions", n)
	}
}
