package extract

import "testing"

// TestR14coopExerciseName: an exercise's name before the English word
// ("the Golden Dragon 2024 exercise") and after a plural or adjectives
// ("los ejercicios Fuerzas Unidas", "aux exercices Croix du Sud")
// (all_r14_coop_exname.go). Sentences written for this test.
func TestR14coopExerciseName(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"en: name and edition before exercise", "en", "Cambodian and Chinese troops on Thursday began the Jade Falcon 2024 exercise in Kampong Chhnang province.",
			[]string{"exercise KH+CN Jade Falcon 2024 y=2024"}, nil},
		{"en: annual name exercise", "en", "Soldiers from the United States, Ukraine and Georgia took part in the annual Silver Harbor exercise near Tbilisi in 2019.",
			[]string{"exercise US+UA+GE Silver Harbor y=2019"}, nil},
		{"en: a state before exercise is no name", "en", "Troops from the United States and Morocco held a joint US exercise in Tan-Tan.",
			nil, []string{"exercise US+MA US"}},
		{"en: generic words are no name", "en", "Troops from Jordan and the United States ended the Joint Military exercise on Monday.",
			nil, []string{"Joint Military"}},
		{"es: plural ejercicios and an edition", "es", "Tropas de Estados Unidos y Colombia participan en los ejercicios Fuerzas Unidas 2019 en Tolemaida.",
			[]string{"exercise US+CO Fuerzas Unidas 2019 y=2019"}, nil},
		{"es: adjectives before the name", "es", "Marinos de Chile y Perú iniciaron los ejercicios navales multinacionales Mar Austral en Valparaíso.",
			[]string{"exercise CL+PE Mar Austral y=2024"}, nil},
		{"fr: plural exercices and a connector", "fr", "Des militaires français et sénégalais ont participé aux exercices Croix du Sud à Thiès.",
			[]string{"exercise FR+SN Croix du Sud y=2024"}, nil},
		{"fr: a place after the word is no name", "fr", "Des militaires français et sénégalais ont participé aux exercices en Casamance.",
			nil, []string{"exercise"}},
		{"de: plural Übungen and a name in capitals", "de", "Soldaten aus Deutschland und Polen nehmen an den Übungen NORDWIND teil.",
			[]string{"exercise DE+PL NORDWIND y=2024"}, nil},
		{"de: a capitalised noun is no name", "de", "Soldaten aus Deutschland und Polen nehmen an den Übungen Anfang Mai teil.",
			nil, []string{"Anfang"}},
	})
}
