package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// A deal told by kind alone, its type named in a later sentence that says
// the goods belong to it: "Singapur hatte 2013 zunächst zwei U-Boote ...
// bestellt ... Mit rund 2.000 t Verdrängung gehören die Boote zum neuen
// Exporttyp 218", "The boats belong to the Type 218SG class", "Les navires
// appartiennent à la classe Gowind", "Los buques pertenecen a la clase
// Avante 2200". all_r6_identified.go links such a later sentence to the
// generic deals of the three sentences before it, but read only "handelt
// es sich um", "il s'agit de", "se trata de" and "The tanks are"; the deal
// stayed a bare kind, with no system. Two parts:
//   - belongsFrom: a word of kind `kind-belongs` ("belong to", "gehören",
//     "appartiennent à", "pertenecen a", "تنتمي إلى") right before the
//     system (at most five words) is another such sentence;
//   - deCompoundTypes: a German compound on "-typ" or "-klasse"
//     ("Exporttyp 218", "Bootsklasse 209") names the system that "Typ
//     218" names; the matcher reads whole words only and missed it.

// belongsFrom returns the token after which the sentence says which type
// the goods belong to, or -1.
func (sc *sentScan) belongsFrom() int {
	ps := sc.lw.set("kind-belongs")
	for k := range sc.toks {
		n, _ := ps.at(sc.toks, k)
		if n == 0 || sc.namedSubject(k) {
			continue
		}
		for _, m := range sc.mentions {
			// "es del tipo 218SG": the system's alias ("Tipo 218SG") may
			// take in the phrase's last word
			if m.kind == mSystem && m.tok0 >= k+n-1 && m.tok0 > k && m.tok0-(k+n) <= 5 {
				return min(k+n, m.tok0) - 1
			}
		}
	}
	return -1
}

// namedSubject reports whether the word before the phrase at k is a
// proper name ("La Isla Santa Rosa es de la clase Island"): a ship or unit
// of its own, told with its own fact, not the goods of a deal told by
// kind. German capitalises every noun ("die Boote gehören") and Arabic has
// no capitals: neither is read.
func (sc *sentScan) namedSubject(k int) bool {
	if k < 2 || sc.lw.code == "de" || sc.lw.code == "ar" {
		return false
	}
	r := []rune(sc.toks[k-1].raw)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// identifyingFrom is identifiedFrom (all_r6_identified.go) or, failing it,
// belongsFrom.
func (sc *sentScan) identifyingFrom() int {
	if k := sc.identifiedFrom(); k >= 0 {
		return k
	}
	return sc.belongsFrom()
}

// deTypeHeads are the heads of German compounds that name a type.
var deTypeHeads = []string{"typ", "klasse"}

// deCompoundTypes adds the system a German type compound and the
// designation after it name: "Exporttyp 218" is read as "Typ 218".
func (d *docScan) deCompoundTypes(sc *sentScan) {
	if d.lw.code != "de" {
		return
	}
	var added []mention
	for k := 0; k+1 < len(sc.toks); k++ {
		t := sc.toks[k]
		head := ""
		for _, h := range deTypeHeads {
			if strings.HasSuffix(t.norm, h) && len(t.norm) > len(h)+2 {
				head = h
			}
		}
		if head == "" || sc.inMention(k) || sc.inMention(k+1) {
			continue
		}
		tt := append([]token(nil), sc.toks[k:min(k+4, len(sc.toks))]...)
		tt[0].raw = strings.ToUpper(head[:1]) + head[1:]
		tt[0].setNorm(head)
		for _, m := range d.x.m.find(tt, d.lw.code) {
			if m.kind == mSystem && m.tok0 == 0 && m.tok1 > 1 {
				m.tok0, m.tok1 = k, k+m.tok1
				m.start = t.start
				added = append(added, m)
				break
			}
		}
	}
	sc.addMentions(added)
}

// identifiedRoles fixes the roles a generic deal lends to the system a
// later sentence identifies, when they contradict the system's origin:
// "la Marina Real de Marruecos vuelva a encargar un buque de guerra a un
// astillero español ... El barco es del tipo Avante 1800" read Morocco as
// the seller and Spain as the buyer; the Avante is Spanish, so the state
// of origin named as the recipient is the supplier and the other the
// recipient.
func identifiedRoles(f *domain.Fact, origin string) {
	if origin == "" || f.Supplier == nil || f.Recipient == nil || f.Recipient.String() != origin || f.Supplier.String() == origin {
		return
	}
	f.Supplier, f.Recipient = f.Recipient, f.Supplier
}
