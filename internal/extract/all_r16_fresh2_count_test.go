package extract

import "testing"

// TestR16fresh2CountedMembers: a count of states with the organisation
// they belong to, beside a list of exactly that many states: each is a
// member (all_r16_fresh2_count.go). Sentences written for this test.
func TestR16fresh2CountedMembers(t *testing.T) {
	checkMembers(t, testExtractor(t), []memberCase{
		{"fr list after, acronym in brackets", "fr", "Les trois pays de l'Alliance des États du Sahel (AES), le Burkina Faso, le Mali et le Niger, ont ouvert une école de guerre à Bamako.", []string{"BF", "ML", "NE"}, nil},
		{"en list after", "en", "The three countries of the Alliance of Sahel States, Burkina Faso, Mali and Niger, opened a staff college in Bamako.", []string{"BF", "ML", "NE"}, nil},
		{"de list after", "de", "Die fünf Staaten der G5 Sahel, Burkina Faso, Mali, Mauretanien, Niger und Tschad, eröffneten eine Militärakademie in Nouakchott.", []string{"BF", "ML", "MR", "NE", "TD"}, nil},
		{"fr list before, organisation taken up", "fr", "La force conjointe du G5 Sahel réunit des bataillons du Burkina Faso, du Mali, de la Mauritanie, du Niger et du Tchad, les cinq États membres de cette organisation.", []string{"BF", "ML", "MR", "NE", "TD"}, nil},
		{"es list before", "es", "La fuerza del G5 Sahel reúne soldados de Malí, Níger y Chad, los tres Estados miembros de esta organización.", []string{"ML", "NE", "TD"}, nil},
		// the count does not match the list: no member read
		{"fr count mismatch", "fr", "Les cinq pays de l'Alliance des États du Sahel (AES), le Burkina Faso, le Mali et le Niger, ont ouvert une école.", nil, []string{"BF", "ML", "NE"}},
		{"en two countries outside", "en", "The two countries outside NATO, Ukraine and Georgia, asked for more help.", nil, []string{"UA", "GE"}},
	})
}
