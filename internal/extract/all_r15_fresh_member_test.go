package extract

import (
	"testing"
)

// TestR15freshMembersListedAfter: with a member noun just before the
// organisation, the states listed after it ("including", "dont",
// "incluida", "darunter") are its members, even when another state (a
// donor) stands before it (all_r15_fresh_member.go). Sentences written for
// this test.
func TestR15freshMembersListedAfter(t *testing.T) {
	x := testExtractor(t)
	tests := []memberCase{
		{"en", "en", "Japan will fund training for every member state of the G5 Sahel, including Niger and Chad.", []string{"NE", "TD"}, []string{"JP"}},
		{"fr", "fr", "Le Japon financera la formation de chaque État membre du G5 Sahel, dont le Niger et le Tchad.", []string{"NE", "TD"}, []string{"JP"}},
		{"es", "es", "Japón financiará la formación de cada Estado miembro del G5 Sahel, incluido Níger.", []string{"NE"}, []string{"JP"}},
		{"de", "de", "Japan finanziert die Ausbildung in jedem Mitgliedstaat der G5 Sahel, darunter Niger und Tschad.", []string{"NE", "TD"}, []string{"JP"}},
		// no member noun before the organisation: the list after it is not read over the state before
		// the organisation's own members after a possessive: not the state named before it
		{"en own", "en", "After Russia seized Crimea, NATO sent more troops to its eastern member states.", nil, []string{"RU"}},
		{"de own", "de", "Nachdem Russland die Krim besetzt hatte, verlegte die Nato mehr Truppen in ihre östlichen Mitgliedstaaten.", nil, []string{"RU"}},
		{"fr own", "fr", "Après l'annexion de la Crimée par la Russie, l'OTAN a envoyé des troupes chez ses États membres de l'Est.", nil, []string{"RU"}},
		{"en own listed", "en", "NATO and its member states, including Poland and Romania, pledged more help.", []string{"PL", "RO"}, nil},
		{"en joined", "en", "Finland joined NATO and its members welcomed the step.", []string{"FI"}, nil},
		{"en no noun", "en", "Japan joined the G5 Sahel coalition, including its training missions.", nil, []string{"NE"}},
	}
	checkMembers(t, x, tests)
}
