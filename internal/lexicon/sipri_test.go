package lexicon

import "testing"

// TestCountryNamed: every way SIPRI's trade registers name a state maps to
// its code; non-state actors (*), organisations (**) and unknown names do
// not.
func TestCountryNamed(t *testing.T) {
	l := Default()
	for name, want := range map[string]string{
		"Korea, South": "KR", "Korea, Republic of": "KR", "South Korea": "KR", "korea,  south": "KR",
		"Korea, North": "KP", "United States": "US", "USA": "US", "UAE": "AE", "United Arab Emirates": "AE",
		"Viet Nam": "VN", "Turkiye": "TR", "Türkiye": "TR", "Turkey": "TR", "Czechia": "CZ", "Czech Republic": "CZ",
		"Congo, DR": "CD", "DR Congo": "CD", "Congo": "CG", "Iran": "IR", "Russia": "RU", "UK": "GB",
		"Cote dIvoire": "CI", "Côte d’Ivoire": "CI", "Bosnia-Herzegovina": "BA", "Macedonia (FYROM)": "MK",
		"Taiwan (ROC)": "TW", "Syria": "SY", "Morocco": "MA", "Croatia": "HR", "Poland": "PL", "France": "FR", "ma": "MA",
	} {
		if got, ok := l.CountryNamed(name); !ok || got != want {
			t.Errorf("CountryNamed(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"Houthi rebels (Yemen)*", "NATO**", "Unknown supplier(s)", "Atlantis", "", "Soviet Union"} {
		if got, ok := l.CountryNamed(name); ok {
			t.Errorf("CountryNamed(%q) = %q; want no state", name, got)
		}
	}
}
