package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// r8enarPair reports whether some transfer candidate of the text carries
// system id with supplier>recipient want.
func r8enarPair(t *testing.T, x *Extractor, lang, text, sys, want string) (bool, []string) {
	t.Helper()
	var seen []string
	found := anyCandidate(t, x, lang, text, "", func(c Candidate) bool {
		f := c.Fact
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != sys || f.Supplier == nil || f.Recipient == nil {
			return false
		}
		p := f.Supplier.String() + ">" + f.Recipient.String()
		seen = append(seen, p)
		return p == want
	})
	return found, seen
}

// all_r8_enar_names.go: "the Gulf Cooperation Council" is the organisation,
// not the region "the Gulf" and two stray words.
func TestR8EnarRegionInsideName(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Oman joined the Gulf Cooperation Council in 1981.", "gcc"},
		{"en", "Kuwait and the Gulf Cooperation Council states", "gcc"},
		// the region alone stays a region
		{"en", "tensions in the Gulf rose", "gulf"},
		{"fr", "les tensions dans le Golfe", "gulf"},
	}
	for _, tc := range cases {
		got := ""
		for _, m := range x.m.find(tokenize(tc.text, 0), tc.lang) {
			if m.kind == mNamed || m.kind == mRegion {
				got = m.id
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// all_r8_enar_prevpair.go: a sentence that names no state takes the pair of
// the sentence before when it goes on about that deal, not the
// document's main pair (here Pakistan > Nigeria, from the lead).
func TestR8EnarPrevSentencePair(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text string }{
		{"en", "Nigeria gets jets\n\nABUJA, March 3, 2021 - Nigeria has received three JF-17 jets from Pakistan.\n\nPoland signed a contract with South Korea on Friday. The deal covers 180 K2 tanks.\n"},
		{"fr", "Le Nigeria reçoit des avions\n\nABUJA, 3 mars 2021 - Le Nigeria a reçu trois JF-17 du Pakistan.\n\nLa Pologne a signé un contrat avec la Corée du Sud vendredi. Le contrat porte sur 180 chars K2.\n"},
		{"es", "Nigeria recibe aviones\n\nABUJA, 3 de marzo de 2021 - Nigeria recibió tres JF-17 de Pakistán.\n\nPolonia firmó un contrato con Corea del Sur el viernes. El contrato incluye 180 tanques K2.\n"},
		{"de", "Nigeria erhält Flugzeuge\n\nABUJA, 3. März 2021 - Nigeria hat drei JF-17 aus Pakistan erhalten.\n\nPolen hat am Freitag einen Vertrag mit Südkorea unterzeichnet. Der Vertrag umfasst 180 K2-Panzer.\n"},
		{"ar", "نيجيريا تتسلم طائرات\n\nأبوجا - 3 مارس 2021 - تسلمت نيجيريا ثلاث طائرات جيه إف-17 من باكستان.\n\nوقعت بولندا عقدا مع كوريا الجنوبية يوم الجمعة. وتشمل الصفقة 180 دبابة كيه 2.\n"},
		// the verb carries the subject: "and it includes"
		{"ar", "نيجيريا تتسلم طائرات\n\nأبوجا - 3 مارس 2021 - تسلمت نيجيريا ثلاث طائرات جيه إف-17 من باكستان.\n\nووقعت بولندا عقدا مع كوريا الجنوبية يوم الجمعة. وتضم 180 دبابة كيه 2.\n"},
	}
	for _, tc := range cases {
		if ok, seen := r8enarPair(t, x, tc.lang, tc.text, "k2-black-panther", "KR>PL"); !ok {
			t.Errorf("%s: K2 pairs %v, want KR>PL", tc.lang, seen)
		}
	}
	// near miss: a sentence that names its own states keeps them
	text := "Nigeria gets jets\n\nABUJA, March 3, 2021 - Nigeria has received three JF-17 jets from Pakistan.\n\nPoland signed a contract with South Korea on Friday. Egypt also bought 100 K2 tanks from South Korea.\n"
	if ok, seen := r8enarPair(t, x, "en", text, "k2-black-panther", "KR>EG"); !ok {
		t.Errorf("own states: K2 pairs %v, want KR>EG", seen)
	}
}

// all_r8_enar_arwith.go: Arabic "signed a contract with" names the seller
// after "مع"; a sale signed with the buyer names the buyer; a verbal noun
// with no subject reads nothing.
func TestR8EnarArabicSignedWith(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text     string
		m        string // the state after "مع"
		sup, rec bool
		ok       bool
	}{
		{"وقعت بولندا عقدا مع كوريا الجنوبية لشراء دبابات", "KR", true, false, true},
		{"وقعت فرنسا عقدا مع مصر لبيع 24 طائرة رافال", "EG", false, true, true},
		{"الكرملين: توقيع صفقة إس-400 مع الرياض قريبا", "SA", false, false, false},
	}
	for _, tc := range cases {
		d := &docScan{x: x, lw: x.langs["ar"], doc: &domain.Document{Source: "t", Language: "ar", Text: tc.text}, implicitSup: map[int]bool{}}
		d.scan()
		sc := d.sents[0]
		var got [3]bool
		for _, m := range sc.countries() {
			if m.id == tc.m {
				got[0], got[1], got[2] = sc.signedWith(m)
			}
		}
		if got != [3]bool{tc.sup, tc.rec, tc.ok} {
			t.Errorf("%q: %s (sup, rec, ok) = %v, want %v", tc.text, tc.m, got, [3]bool{tc.sup, tc.rec, tc.ok})
		}
	}
}

// all_r8_enar_batch.go: a batch of a kind with no count is a transfer of
// that kind in the strict rules; the kind alone with no count is not.
func TestR8EnarBatchOfKind(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		lang, text, want string
	}{
		{"en", "Deliveries\n\nMOSCOW, May 4, 2022 - Russia delivered a new batch of fighter jets to Algeria.\n", "RU>DZ"},
		{"ar", "تسليم\n\nموسكو - 4 مايو 2022 - سلمت روسيا الجزائر دفعة جديدة من المقاتلات.\n", "RU>DZ"},
		{"fr", "Livraisons\n\nMOSCOU, 4 mai 2022 - La Russie a livré un nouveau lot de blindés à l'Algérie.\n", "RU>DZ"},
		{"es", "Entregas\n\nMOSCÚ, 4 de mayo de 2022 - Rusia entregó un nuevo lote de blindados a Argelia.\n", "RU>DZ"},
		{"en", "Deliveries\n\nCAIRO, May 4, 2022 - Egypt received dozens of tanks from the United States last year, the army said.\n", "US>EG"},
		{"ar", "تسليم\n\nالقاهرة - 4 مايو 2022 - تسلمت مصر عشرات الدبابات من الولايات المتحدة.\n", "US>EG"},
		{"fr", "Livraisons\n\nABIDJAN, 4 mai 2022 - La Turquie a livré plusieurs dizaines de blindés à la Côte d'Ivoire.\n", "TR>CI"},
		// near miss: the kind alone, no count, no batch
		{"en", "Deliveries\n\nMOSCOW, May 4, 2022 - Russia delivered fighter jets to Algeria.\n", ""},
	}
	for _, tc := range cases {
		facts, err := x.Facts(&domain.Document{Source: t.Name(), Language: tc.lang, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range facts {
			if f.Type == domain.TypeTransfer && f.Supplier != nil && f.Recipient != nil {
				got = f.Supplier.String() + ">" + f.Recipient.String()
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// all_r8_enar_ardemonym.go: an Arabic dual demonym names its state; a
// word that only ends like one does not.
func TestR8EnarArabicDualDemonyms(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ text, want string }{
		{"تستلم الجزائر غواصتين روسيتين", "RU"},
		{"تسلمت مصر فرقاطتان فرنسيتان", "FR"},
		{"تسلمت مصر فرقاطتين كوريتين جنوبيتين", "KR"},
		{"تسلمت مصر فرقاطتين حديثتين", ""},
	}
	for _, tc := range cases {
		got := ""
		for _, m := range x.m.find(tokenize(tc.text, 0), "ar") {
			if m.kind == mCountry && m.sub == "demonym" {
				got = m.id
			}
		}
		if got != tc.want {
			t.Errorf("%q: demonym of %q, want %q", tc.text, got, tc.want)
		}
	}
}
