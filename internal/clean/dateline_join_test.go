package clean

import (
	"reflect"
	"testing"
)

// TestJoinPlaceDatelines: a dateline on its own line opens the paragraph
// after it; a short line of another kind stays. Lines written for this
// test.
func TestJoinPlaceDatelines(t *testing.T) {
	para := "La Armada Nacional recibió este martes dos patrulleros donados por Estados Unidos para vigilar la costa."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"es: Montevideo —", []string{"Montevideo —", "", para}, []string{"", "", "Montevideo — " + para}},
		{"en: MANILA, date –", []string{"MANILA, April 20, 2024 –", para}, []string{"", "MANILA, April 20, 2024 – " + para}},
		{"a sentence is no dateline", []string{"Esto dijo el ministro. Luego —", para}, []string{"Esto dijo el ministro. Luego —", para}},
		{"no dash, no dateline", []string{"Montevideo", para}, []string{"Montevideo", para}},
		{"a short line after it", []string{"Montevideo —", "Leer más"}, []string{"Montevideo —", "Leer más"}},
	}
	for _, tc := range tests {
		in := append([]string(nil), tc.in...)
		got := joinPlaceDatelines(in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if !reflect.DeepEqual(in, tc.in) {
			t.Errorf("%s: the input was changed", tc.name)
		}
	}
}
