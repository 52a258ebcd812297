package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOrgInitiator: the state named as the agent of a participle that
// describes the organisation ("launched by Germany", "von Deutschland
// angestoßen") is no member; the states that join are
// (all_r9_fresh_member.go). Sentences written for this test.
func TestOrgInitiator(t *testing.T) {
	x := testExtractor(t)
	tests := []memberCase{
		{"de", "de", "Österreich und die Schweiz haben ihren Beitritt zu der von Deutschland angestoßenen European Sky Shield Initiative besiegelt.", []string{"AT", "CH"}, []string{"DE"}},
		{"en", "en", "Austria and Switzerland signed their accession to the initiative launched by Germany, the European Sky Shield Initiative, on Friday.", []string{"AT", "CH"}, []string{"DE"}},
		{"fr", "fr", "L'Autriche et la Suisse ont signé leur adhésion à l'initiative lancée par l'Allemagne, l'European Sky Shield Initiative.", []string{"AT", "CH"}, []string{"DE"}},
		{"es", "es", "Austria y Suiza firmaron su adhesión a la iniciativa impulsada por Alemania, la European Sky Shield Initiative.", []string{"AT", "CH"}, []string{"DE"}},
		// joining verbs of the plural, the organisation named again (lang_<code>.tsv, r9-fresh)
		{"de dative", "de", "Polen ist der European Sky Shield Initiative beigetreten. Auch Dänemark und Schweden haben sich der Initiative angeschlossen.", []string{"DK", "SE"}, nil},
		{"en join", "en", "Austria and Switzerland join the European Sky Shield Initiative.", []string{"AT", "CH"}, nil},
		{"fr joints", "fr", "L'Autriche et la Suisse se sont joints à la European Sky Shield Initiative.", []string{"AT", "CH"}, nil},
		{"es unieron", "es", "Austria y Suiza se unieron a la European Sky Shield Initiative.", []string{"AT", "CH"}, nil},
		{"ar dual", "ar", "انضمتا النمسا وسويسرا إلى مبادرة درع السماء الأوروبية.", []string{"AT", "CH"}, nil},
		{"de plain", "de", "Deutschland ist der European Sky Shield Initiative beigetreten.", []string{"DE"}, nil},
	}
	checkMembers(t, x, tests)
}

// TestAnaphorOrg: an organisation named again by a common noun ("der
// Initiative", "the alliance") is the last one named whose name holds that
// noun, not merely the last one named (all_r9_fresh_member.go). Sentences
// written for this test.
func TestAnaphorOrg(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, member, org string
	}{
		{"de", "de", "Titel\n\nÖsterreich ist der European Sky Shield Initiative beigetreten. Österreich ist kein Nato-Mitglied. Auch Dänemark hat sich der Initiative angeschlossen.", "DK", "essi"},
		{"en", "en", "Title\n\nAustria joined the European Sky Shield Initiative. Austria is not a NATO member. Denmark also joined the initiative in February.", "DK", "essi"},
		{"en last", "en", "Title\n\nAustria joined the European Sky Shield Initiative. Finland is a NATO member. Sweden also joined the alliance in March.", "SE", "nato"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				if f := c.Fact; f.Type == domain.TypeMembership && f.Member != nil && f.Member.Code == tc.member && f.Organization != nil {
					got = append(got, f.Organization.ID)
				}
			}
			if !slices.Contains(got, tc.org) {
				t.Errorf("%q: %s member of %v, want %s", tc.text, tc.member, got, tc.org)
			}
		})
	}
}

// TestAccessionInstrument: states that joined an organisation in the
// sentence before and then sign "a corresponding declaration" sign no
// agreement with each other; without the word of sameness, or with a
// state that did not join, the agreement stays (all_r9_fresh_member.go).
// Sentences written for this test.
func TestAccessionInstrument(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text string
		want             bool
	}{
		{"de", "de", "Titel\n\nÖsterreich und die Schweiz sind der European Sky Shield Initiative beigetreten. Am Freitag unterzeichneten Österreich und die Schweiz in Bern eine entsprechende Absichtserklärung.", false},
		{"en", "en", "Title\n\nAustria and Switzerland joined the European Sky Shield Initiative. On Friday Austria and Switzerland signed a corresponding declaration in Bern.", false},
		{"en plain", "en", "Title\n\nAustria and Switzerland joined the European Sky Shield Initiative. On Friday Austria and Switzerland signed a defence cooperation agreement in Bern.", true},
		{"fr", "fr", "Titre\n\nL'Autriche et la Suisse ont adhéré à la European Sky Shield Initiative. Vendredi, l'Autriche et la Suisse ont signé une déclaration correspondante à Berne.", false},
		{"es", "es", "Título\n\nAustria y Suiza se unieron a la European Sky Shield Initiative. El viernes Austria y Suiza firmaron en Berna la declaración correspondiente.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := anyCandidate(t, x, tc.lang, tc.text, "2024-03-01", func(c Candidate) bool {
				return c.Fact.Type == domain.TypeAgreement && len(c.Fact.Parties) == 2
			})
			if got != tc.want {
				t.Errorf("%q: an agreement: %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestMembersAfter: the members listed after the organisation, after a
// word that opens a list of examples, are members (all_r9_fresh_member.go).
// Sentences written for this test.
func TestMembersAfter(t *testing.T) {
	x := testExtractor(t)
	tests := []memberCase{
		{"en", "en", "Sixteen other countries hold major non-NATO ally status, among them South Korea, Australia, Argentina and Kuwait.", []string{"KR", "AU", "AR", "KW"}, nil},
		{"fr", "fr", "Seize autres pays ont le statut d'allié majeur non membre de l'OTAN, dont la Corée du Sud, l'Australie et le Koweït.", []string{"KR", "AU", "KW"}, nil},
		{"es", "es", "Otros dieciséis países tienen el estatus de aliado extra-OTAN, entre ellos Corea del Sur, Australia y Kuwait.", []string{"KR", "AU", "KW"}, nil},
		{"de", "de", "Sechzehn andere Länder haben den Status eines wichtigen Verbündeten außerhalb der NATO, darunter Südkorea, Australien und Kuwait.", []string{"KR", "AU", "KW"}, nil},
	}
	checkMembers(t, x, tests)
}

// candidateMembers returns the members of the membership candidates of a
// text under a title line.
func candidateMembers(t *testing.T, x *Extractor, lang, text string) []string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: t.Name(), Language: lang, Published: "2024-03-01", Text: "Titel\n\n" + text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		if f := c.Fact; f.Type == domain.TypeMembership && f.Member != nil {
			got = append(got, f.Member.Code)
		}
	}
	return got
}

// memberCase: the states a text must and must not make members.
type memberCase struct {
	name, lang, text string
	want, notWant    []string
}

// checkMembers checks each case's membership candidates.
func checkMembers(t *testing.T, x *Extractor, tests []memberCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := candidateMembers(t, x, tc.lang, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: members %v, want %s", tc.text, got, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(got, w) {
					t.Errorf("%q: members %v, not %s", tc.text, got, w)
				}
			}
		})
	}
}
