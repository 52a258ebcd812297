package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// agreementSets returns the party sets of a document's agreement

// exerciseName returns the name of a text's last exercise candidate, or "".
func exerciseName(t *testing.T, x *Extractor, lang, text string) string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Text: text, Published: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, c := range cs {
		if c.Fact.Type == domain.TypeExercise {
			got = c.Fact.Name
		}
	}
	return got
}

// memberSet returns the sorted member states of a text's membership
// candidates, space-separated.
func memberSet(t *testing.T, x *Extractor, lang, text string) string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Text: text, Published: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		if c.Fact.Type == domain.TypeMembership && c.Fact.Member != nil && !contains(got, c.Fact.Member.String()) {
			got = append(got, c.Fact.Member.String())
		}
	}
	sort.Strings(got)
	return strings.Join(got, " ")
}

// candidates, each sorted and joined ("CI-TR"), sorted.
func agreementSets(t *testing.T, x *Extractor, lang, text string) []string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Text: text, Published: "2024-05-10"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		if c.Fact.Type != domain.TypeAgreement {
			continue
		}
		var ps []string
		for _, p := range c.Fact.Parties {
			ps = append(ps, p.String())
		}
		sort.Strings(ps)
		k := strings.Join(ps, "-")
		if !contains(out, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// TestR16coopSeveral: one agreement word in the singular with a word
// that adds a further agreement ("and another with", "puis un autre
// avec") or gives each signer its own ("chacun", "sendos", "jeweils")
// is one pair per partner, not one text of three states; a demonym
// before the word for counterpart is a partner (all_r16_coop_several.go).
// Sentences written for this test.
func TestR16coopSeveral(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, want string
	}{
		{"fr: puis un autre avec", "fr", "Le ministre turc de la Défense a signé un accord de coopération militaire avec son homologue ivoirien, puis un autre avec le Togo. Les textes portent sur la formation.", "CI-TR TG-TR"},
		{"fr: ont chacun signé", "fr", "Le Niger, le Mali et le Burkina Faso ont chacun signé un accord de coopération militaire avec la Russie. Les textes portent sur la formation.", "BF-RU ML-RU NE-RU"},
		{"en: and another with", "en", "Turkey's defence minister signed a military cooperation agreement with his Rwandan counterpart, and another with Ghana. The texts cover training.", "GH-TR RW-TR"},
		{"es: y otro con", "es", "El ministro turco firmó un acuerdo de cooperación militar con su homólogo ruandés y otro con Ghana. Los textos cubren la formación.", "GH-TR RW-TR"},
		{"de: und ein weiteres mit", "de", "Der türkische Minister unterzeichnete ein Abkommen über militärische Zusammenarbeit mit seinem ruandischen Amtskollegen und ein weiteres mit Ghana. Die Texte betreffen die Ausbildung.", "GH-TR RW-TR"},
		{"ar: وأخرى مع", "ar", "وقع وزير الدفاع التركي اتفاقية تعاون عسكري مع نظيره الرواندي وأخرى مع غانا. وتشمل الاتفاقيات التدريب.", "GH-TR RW-TR"},
		{"fr: one text all sign stays one", "fr", "Le ministre turc de la Défense a signé une lettre d'intention sur la coopération militaire avec ses homologues ivoirien et togolais. Le texte porte sur la formation.", "CI-TG-TR"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != tc.want {
				t.Errorf("agreements %q, want %q", got, tc.want)
			}
		})
	}
}

// TestR16coopListArticle: a plural article before the last state of a
// list keeps it in the list (cooperation.go listWith,
// all_r16_coop_several.go), and two words for "with" that each head a
// partner are two agreements. Sentences written for this test.
func TestR16coopListArticle(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, want string
	}{
		{"fr: et les Émirats arabes unis", "fr", "Le Togo a conclu des accords de coopération militaire avec la Turquie, le Qatar et les Émirats arabes unis. Les textes portent sur la formation.", "AE-TG QA-TG TG-TR"},
		{"es: y los Estados Unidos", "es", "Perú firmó acuerdos de cooperación militar con Chile, Colombia y los Estados Unidos. Los textos cubren la formación.", "CL-PE CO-PE PE-US"},
		{"fr: puis avec", "fr", "Le Togo multiplie les partenariats militaires. Un accord-cadre a été signé avec la Turquie en 2021, puis avec le Qatar en 2023. Les textes portent sur la formation.", "QA-TG TG-TR"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != tc.want {
				t.Errorf("agreements %q, want %q", got, tc.want)
			}
		})
	}
}

// TestR16coopBareJoin: a joining told without its organisation right
// after a sentence that names it is a membership in that organisation;
// a verb of joining with an object of its own is not
// (all_r16_coop_joined.go). Sentences written for this test.
func TestR16coopBareJoin(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, want string
	}{
		{"en: joined in", "en", "Finland joined NATO in April 2023. Sweden joined in March 2024 after Hungary's approval.", "FI SE"},
		{"fr: a adhéré en", "fr", "La Finlande a rejoint l'Otan en avril 2023. La Suède a adhéré en mars 2024.", "FI SE"},
		{"es: ingresó en", "es", "Finlandia se unió a la OTAN en abril de 2023. Suecia ingresó en marzo de 2024.", "FI SE"},
		{"de: ist beigetreten", "de", "Finnland trat der Nato im April 2023 bei. Schweden ist im März 2024 beigetreten.", "FI SE"},
		{"ar: قد انضمت في", "ar", "أصبحت السويد رسميا العضو الثاني والثلاثين في حلف شمال الأطلسي. وكانت فنلندا قد انضمت في 2023.", "FI SE"},
		{"en: joined an exercise", "en", "Finland joined NATO in April 2023. Sweden joined the exercise with two ships.", "FI"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if g := memberSet(t, x, tc.lang, tc.text); g != tc.want {
				t.Errorf("members %q, want %q", g, tc.want)
			}
		})
	}
}

// TestR16coopExerciseNamedAs: a word that names an exercise ("dubbed",
// "baptisé", "bautizado como") stands between the exercise word and its
// unquoted name (all_r14_coop_exname.go r14coop-exercise-adj). Sentences
// written for this test.
func TestR16coopExerciseNamedAs(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text, want string
	}{
		{"en: dubbed", "en", "The joint exercise, dubbed Eagle Strike 2024, brought together troops from Jordan and the United States. It involves 120 soldiers.", "Eagle Strike 2024"},
		{"en: codenamed", "en", "Troops from Jordan and the United States took part in a drill codenamed Eagle Strike. It involves 120 soldiers.", "Eagle Strike"},
		{"fr: baptisé", "fr", "Des militaires béninois et français participent à un exercice baptisé Lion Royal 2024. Il réunit 300 militaires.", "Lion Royal 2024"},
		{"es: bautizado como", "es", "Fuerzas de Chile y Perú participan en un ejercicio bautizado como Tridente Andino. Participan 300 efectivos.", "Tridente Andino"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := exerciseName(t, x, tc.lang, tc.text); got != tc.want {
				t.Errorf("exercise %q, want %q", got, tc.want)
			}
		})
	}
}

// TestR16coopPlanAndNamed: a signed plan of military cooperation is an
// agreement (lexicon agreement, agreement-coop); a quoted name after a
// naming word further from the exercise word than thirty characters is
// the exercise's (all_r16_coop_exnamed.go); a count of states and its
// opener between a word of composition and the list leave the list to
// ruleMemberComprises (all_r16_coop_comprises.go). Sentences written for
// this test.
func TestR16coopPlanAndNamed(t *testing.T) {
	x := testExtractor(t)
	plans := []struct{ lang, text, want string }{
		{"en", "Algeria and Russia signed a military cooperation plan for 2024. The plan covers training.", "DZ-RU"},
		{"fr", "L'Algérie et la Russie ont signé le plan de coopération militaire pour 2024. Le plan porte sur la formation.", "DZ-RU"},
		{"es", "Venezuela y Rusia firmaron el plan de cooperación militar para 2024. El plan cubre la formación.", "RU-VE"},
		{"de", "Kasachstan und die Türkei haben einen Plan für die militärische Zusammenarbeit 2025 unterzeichnet. Der Plan umfasst die Ausbildung.", "KZ-TR"},
		{"ar", "وقعت الجزائر وروسيا خطة التعاون العسكري لعام 2024. وتشمل الخطة التدريب.", "DZ-RU"},
	}
	for _, tc := range plans {
		if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != tc.want {
			t.Errorf("%s plan: agreements %q, want %q", tc.lang, got, tc.want)
		}
	}
	named := []struct{ lang, text, want string }{
		{"fr", "Un exercice interarmées maroco-français nommé « Lion du Sud 2022 » a lieu dans la région d'Errachidia. Il réunit 1000 militaires.", "Lion du Sud 2022"},
		{"es", "Las fuerzas de Chile y Perú iniciaron el ejercicio combinado binacional denominado “Cruz Andina” en Arica. Participan 300 efectivos.", "Cruz Andina"},
	}
	for _, tc := range named {
		if got := exerciseName(t, x, tc.lang, tc.text); got != tc.want {
			t.Errorf("%s named: exercise %q, want %q", tc.lang, got, tc.want)
		}
	}
	comprises := []struct{ lang, text, want string }{
		{"ar", "التحالف الإسلامي العسكري لمحاربة الإرهاب الذي يضم 41 دولة بينها السعودية ومصر وباكستان. ويقع مقره في الرياض.", "EG PK SA"},
		{"en", "The Islamic Military Counter Terrorism Coalition, which brings together 41 countries, including Saudi Arabia, Egypt and Pakistan, met in Riyadh. It was founded in 2015.", "EG PK SA"},
	}
	for _, tc := range comprises {
		if g := memberSet(t, x, tc.lang, tc.text); g != tc.want {
			t.Errorf("%s comprises: members %q, want %q", tc.lang, g, tc.want)
		}
	}
}

// TestR16coopListBeforeMembers: a list of states followed by a member
// noun in apposition is a membership of each in the organisation named
// after the noun, else the one named before the list
// (all_r16_coop_memberafter.go). Sentences written for this test.
func TestR16coopListBeforeMembers(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "La force du G5 Sahel compte 5 000 hommes fournis par le Burkina Faso, le Mali, la Mauritanie, le Niger et le Tchad, les cinq États membres de cette organisation sous-régionale. Elle manque de moyens.", "BF ML MR NE TD"},
		{"en", "The G5 Sahel force draws troops from Mali, Niger and Chad, the three member states of the group. It lacks funds.", "ML NE TD"},
		{"de", "Die Truppe der G5 Sahel besteht aus Soldaten aus Mali, Niger und Tschad, den drei Mitgliedstaaten der Gruppe. Ihr fehlt Geld.", "ML NE TD"},
		{"ar", "تضم قوة مجموعة دول الساحل الخمس جنودا من مالي والنيجر وتشاد، الدول الأعضاء في المجموعة. وتفتقر القوة إلى التمويل.", "ML NE TD"},
		{"en", "NATO ministers met Ukraine, Georgia and Moldova, three partner states of the alliance. They discussed aid.", ""},
	}
	for _, tc := range cases {
		if g := memberSet(t, x, tc.lang, tc.text); g != tc.want {
			t.Errorf("%s: members %q, want %q", tc.lang, g, tc.want)
		}
	}
}

// TestR16coopHostsAndBoth: one signer with a plural agreement word and
// two capitals named as places signs one agreement with each host
// (all_r16_coop_hosts.go); a word for the two states before an
// organisation makes the document's two main states its members
// (all_r16_coop_bothmembers.go). Sentences written for this test.
func TestR16coopHostsAndBoth(t *testing.T) {
	x := testExtractor(t)
	hosts := []struct{ lang, text, want string }{
		{"fr", "À Moscou puis à Ankara, le ministre nigérien de la Défense a signé des accords de coopération militaire. Les textes portent sur la formation.", "NE-RU NE-TR"},
		{"en", "In Moscow and then in Ankara, the Nigerien defence minister signed military cooperation agreements. The texts cover training.", "NE-RU NE-TR"},
		{"es", "En Moscú y luego en Ankara, el ministro nigerino de Defensa firmó acuerdos de cooperación militar. Los textos cubren la formación.", "NE-RU NE-TR"},
		{"ar", "وقع وزير الدفاع النيجري في موسكو ثم في أنقرة اتفاقيات للتعاون العسكري. وتشمل الاتفاقيات التدريب.", "NE-RU NE-TR"},
	}
	for _, tc := range hosts {
		if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != tc.want {
			t.Errorf("%s hosts: agreements %q, want %q", tc.lang, got, tc.want)
		}
	}
	both := []struct{ lang, text, want string }{
		{"en", "Australia and Singapore signed a defence MoU. Both countries have been members of the Five Power Defence Arrangements since 1971. They cooperate.", "AU SG"},
		{"fr", "La France et l'Allemagne ont signé un accord. Les deux pays sont membres de l'Otan depuis 1955. Ils coopèrent.", "DE FR"},
		{"es", "España y Portugal firmaron un acuerdo de defensa. Ambos países son miembros de la OTAN. Cooperan.", "ES PT"},
		{"de", "Deutschland und Polen unterzeichneten ein Abkommen. Beide Länder sind Mitglieder der Nato. Sie kooperieren.", "DE PL"},
		{"ar", "وقعت تركيا واليونان اتفاقية تعاون عسكري. والبلدان عضوان في حلف الناتو. ويتعاونان.", "GR TR"},
		{"en", "Both countries criticized NATO's expansion. Russia and China signed a defence agreement.", ""},
	}
	for _, tc := range both {
		if g := memberSet(t, x, tc.lang, tc.text); g != tc.want {
			t.Errorf("%s both: members %q, want %q", tc.lang, g, tc.want)
		}
	}
}

// TestR16coopWithoutWaiting: "sans attendre que", "without waiting",
// "sin esperar" negate the waiting, not the agreement the sentence tells
// (lexicon not-negation, all_negation_idioms.go). Sentences written for
// this test.
func TestR16coopWithoutWaiting(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text string }{
		{"fr", "Sans attendre que l'accord militaire bilatéral conclu entre la Turquie et l'Ouganda entre en vigueur, Ankara a procuré dès janvier 20 véhicules blindés légers à l'armée ougandaise. Le texte porte sur la formation."},
		{"en", "Without waiting for the military cooperation agreement signed by Turkey and Uganda to enter into force, Ankara delivered 20 armoured vehicles to the Ugandan army. The text covers training."},
		{"es", "Sin esperar a que el acuerdo de cooperación militar firmado por Turquía y Uganda entre en vigor, Ankara entregó 20 vehículos blindados al ejército ugandés. El texto cubre la formación."},
	}
	for _, tc := range cases {
		if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != "TR-UG" {
			t.Errorf("%s: agreements %q, want %q", tc.lang, got, "TR-UG")
		}
	}
}

// TestR16coopAgreementFollow: partners named after "with" in the
// sentence after a signing of agreements, with a word of signing and no
// agreement word of their own, sign one agreement each with the state
// the signing sentence opens with (all_r16_coop_follow.go). Sentences
// written for this test.
func TestR16coopAgreementFollow(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "Le Maroc a signé mardi des accords de coopération militaire avec trois pays africains. Les textes ont été paraphés avec le Nigeria, le Rwanda et l'Éthiopie. Ils portent sur la formation.", "ET-MA MA-NG MA-RW"},
		{"en", "Morocco signed defence cooperation agreements with three African countries on Tuesday. The documents were signed with Nigeria, Rwanda and Ethiopia. They cover training.", "ET-MA MA-NG MA-RW"},
	}
	for _, tc := range cases {
		if got := strings.Join(agreementSets(t, x, tc.lang, tc.text), " "); got != tc.want {
			t.Errorf("%s: agreements %q, want %q", tc.lang, got, tc.want)
		}
	}
}
