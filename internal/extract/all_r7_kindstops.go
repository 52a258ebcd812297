package extract

import "github.com/armswatch/armswatch/internal/lexicon"

// A generic word of a kind of weapon (generic.tsv) is also a word of
// things that are no weapon when another noun comes with it: Spanish
// "blindados" is armoured vehicles, but "chalecos blindados" are armoured
// vests; "tanks" are armoured vehicles, but "think tanks" and "fuel tanks"
// are not; "aviones" are aircraft, but "aviones de pasajeros" are
// airliners; Arabic "مدرعة" is an armoured vehicle, but "الفرقة المدرعة"
// is an armoured division. lang_<code>.tsv lists such phrases as
// kind-stop: the matcher reads one as a whole (the longest match wins over
// the generic word inside it) and gives no mention, so no transfer of that
// kind is made from it.

// mKindStop is the matcher entry of a kind-stop phrase; find drops it.
const mKindStop = mNamed + 100

// addKindStops adds every language's kind-stop phrases to the matcher.
func (m *matcher) addKindStops(lex *lexicon.Lexicon) {
	for _, code := range lex.Langs() {
		for _, w := range lex.Lang(code).Words["kind-stop"] {
			m.add(w.Text, entry{kind: mKindStop, id: "stop", lang: code})
		}
	}
}
