package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// r14nofactTransfers returns, for each transfer candidate of text, its
// "SUP>REC" pair and its features.
func r14nofactTransfers(t *testing.T, x *Extractor, lang, text string) (pairs []string, feats [][]string) {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Text: text, Published: "2024-03-03"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Fact.Type != domain.TypeTransfer || c.Fact.Supplier == nil || c.Fact.Recipient == nil {
			continue
		}
		pairs = append(pairs, c.Fact.Supplier.String()+">"+c.Fact.Recipient.String())
		feats = append(feats, c.Features)
	}
	return pairs, feats
}

// TestR14NofactDropped: transfers the annotation rules exclude drop
// (all_r14_nofact_doubts.go and its lexicon lines): a state's own
// territory, use in combat told by killing or raids, an Arabic rumour with
// "قد" before a present verb. Near misses keep their transfer. Sentences
// written for this test.
func TestR14NofactDropped(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, pair string
		want                   bool
	}{
		{"fr own territory", "fr", "Deux patrouilleurs P400 ont été livrés à Nouméa, en Nouvelle-Calédonie, pour la Marine nationale.", "FR>NC", false},
		{"en own territory", "en", "The United States delivered two Patriot batteries to Guam last year.", "US>GU", false},
		{"fr foreign buyer kept", "fr", "La France a livré deux patrouilleurs P400 au Gabon en 2019.", "FR>GA", true},
		{"en combat killed", "en", "Two Nigerian Super Tucano jets have killed about 49 insurgents in precision raids in Borno State.", "BR>NG", false},
		{"es combat mataron", "es", "Dos aviones Super Tucano colombianos mataron a diez guerrilleros en el Guaviare.", "BR>CO", false},
		{"de combat getötet", "de", "Bei Angriffen mit türkischen Bayraktar-Drohnen wurden im Irak 20 Kämpfer getötet.", "TR>IQ", false},
		{"en delivery kept", "en", "Brazil delivered six Super Tucano jets to Nigeria in 2021.", "BR>NG", true},
		{"ar rumour", "ar", "تناقلت مواقع متخصصة أن الجزائر قد تكون أول زبون أجنبي للمقاتلة الروسية سو-57.", "RU>DZ", false},
		{"ar past kept", "ar", "تسلمت الجزائر من روسيا 14 مقاتلة سو-57 في عام 2024.", "RU>DZ", true},
	}
	for _, c := range cases {
		pairs, _ := r14nofactTransfers(t, x, c.lang, c.text)
		if got := slices.Contains(pairs, c.pair); got != c.want {
			t.Errorf("%s: %q: transfer %s = %v, want %v (have %v)", c.name, c.text, c.pair, got, c.want, pairs)
		}
	}
}

// TestR14NofactFlags: a system named after a word of rivalry carries the
// doubt r14nofact-rival, a system soldiers are trained on the doubt
// r14nofact-trained-on, for the model to weigh; a plain sale carries
// neither. Sentences written for this test.
func TestR14NofactFlags(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, pair, flag string
		want                         bool
	}{
		{"en rival", "en", "Saab offered Gripen E fighters to Colombia, competing against the F-16 and the Rafale.", "US>CO", "r14nofact-rival", true},
		{"fr rival", "fr", "Naval Group a proposé des Scorpène à l'Indonésie, en concurrence avec les Type 214 allemands.", "DE>ID", "r14nofact-rival", true},
		{"es rival", "es", "Perú compró 12 aviones FA-50 a Corea del Sur, que se impuso al Gripen sueco y al F-16 estadounidense.", "US>PE", "r14nofact-rival", true},
		{"de rival", "de", "Saab hat sich in Brasilien gegen den letzten verbliebenen Mitbewerber durchgesetzt, die Super Hornet aus den USA.", "US>BR", "r14nofact-rival", true},
		{"de trained", "de", "Ukrainische Soldaten werden von der Bundeswehr an den Panzerhaubitzen 2000 ausgebildet.", "DE>UA", "r14nofact-trained-on", true},
		{"en trained", "en", "Ukrainian crews are being trained on Leopard 2 tanks in Germany.", "DE>UA", "r14nofact-trained-on", true},
		{"en plain sale", "en", "Colombia ordered 17 Gripen E fighters from Sweden in 2025.", "SE>CO", "r14nofact-rival", false},
		{"de plain delivery", "de", "Deutschland hat der Ukraine 14 Panzerhaubitzen 2000 geliefert.", "DE>UA", "r14nofact-trained-on", false},
	}
	for _, c := range cases {
		seen, got, pairs := r14nofactFeature(t, x, c.lang, c.text, c.pair, "transfer|flag="+c.flag)
		if !seen || got != c.want {
			t.Errorf("%s: %q: transfer %s found %v, flag %s = %v, want %v (have %v)", c.name, c.text, c.pair, seen, c.flag, got, c.want, pairs)
		}
	}
}

// TestR14NofactSideMention: a system a fleet is told of after it ("en
// operación desde", "sont en service") carries r14nofact-in-use; a
// category word with no count or amount beside a named system the same
// two states trade with a count carries r14nofact-generic-extra
// (all_r14_nofact_sidemention.go). Sentences written for this test.
func TestR14NofactSideMention(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, pair, feat string
		want                         bool
	}{
		{"es in use", "es", "Perú compró los Mirage 2000P a Francia, que están en operación desde hace cuarenta años.", "FR>PE", "transfer|flag=r14nofact-in-use", true},
		{"fr in use", "fr", "Le Canada a acheté 14 CP-140 Aurora aux États-Unis, qui sont en service depuis 1980.", "US>CA", "transfer|flag=r14nofact-in-use", true},
		{"en delivery no in use", "en", "Peru received 12 Mirage 2000 jets from France in 1986.", "FR>PE", "transfer|flag=r14nofact-in-use", false},
		{"en package extras", "en", "The United States approved the sale of 12 F-16 Block 70 jets to Jordan. The package also includes engines, radars and munitions.", "US>JO", "transfer|r14nofact-generic-extra", true},
		{"en counted generic", "en", "The United States approved the sale of 12 F-16 Block 70 jets and 40 armoured vehicles to Jordan.", "US>JO", "transfer|r14nofact-generic-extra", false},
	}
	for _, c := range cases {
		seen, got, pairs := r14nofactFeature(t, x, c.lang, c.text, c.pair, c.feat)
		if !seen || got != c.want {
			t.Errorf("%s: %q: transfer %s found %v, %s = %v, want %v (have %v)", c.name, c.text, c.pair, seen, c.feat, got, c.want, pairs)
		}
	}
}

// TestR14NofactAlsoCovers: a category word with no count after "also
// includes" carries r14nofact-also-covers; a counted one does not
// (all_r14_nofact_sidemention.go). Sentences written for this test.
func TestR14NofactAlsoCovers(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text string
		want             bool
	}{
		{"en", "en", "The United States approved the sale of 12 F-16 jets to Jordan. The package also includes engines, radars and munitions.", true},
		{"ar", "ar", "وافقت الولايات المتحدة على بيع 12 مقاتلة إف-16 إلى الأردن، وتضم الصفقة أيضا محركات ورادارات وذخائر.", true},
		{"fr", "fr", "Les États-Unis ont approuvé la vente de 12 F-16 à la Jordanie. Le contrat comprend également des radars et des munitions.", true},
		{"en counted", "en", "The United States approved the sale of 12 F-16 jets to Jordan. The package also includes 40 armoured vehicles.", false},
	}
	for _, c := range cases {
		_, feats := r14nofactTransfers(t, x, c.lang, c.text)
		got := false
		for _, fs := range feats {
			got = got || slices.Contains(fs, "transfer|flag=r14nofact-also-covers")
		}
		if got != c.want {
			t.Errorf("%s: %q: flag r14nofact-also-covers = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// r14nofactFeature reports whether text has a transfer of pair ("US>CO")
// and whether one such transfer carries the feature feat; pairs lists the
// text's transfers, for the message.
func r14nofactFeature(t *testing.T, x *Extractor, lang, text, pair, feat string) (seen, got bool, pairs []string) {
	t.Helper()
	pairs, feats := r14nofactTransfers(t, x, lang, text)
	for k, p := range pairs {
		if p == pair {
			seen = true
			got = got || slices.Contains(feats[k], feat)
		}
	}
	return seen, got, pairs
}
