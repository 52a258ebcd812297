package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// r16ThisAid reads an amount of aid that a demonstrative ties to the
// sentence before: "La Chine compte livrer de nouveaux équipements
// militaires à la Mauritanie … Le diplomate a chiffré cette aide militaire
// à 7 millions de dollars", "this aid is worth $12 million", "esta ayuda
// asciende a 7 millones de dólares", "diese Hilfe hat einen Umfang von 20
// Millionen Euro", "وتبلغ قيمة هذه المساعدات 7 ملايين دولار". The
// sentence names no state; the giver and the receiver are the pair of the
// sentence before (pair). An aid fact of that pair with no value takes the
// amount; else a fact is added, named by the aid word as written. Civil
// aid, a doubt and a word of equipment (the value of goods: an aggregate)
// are left alone.
func (d *docScan) r16ThisAid(i int, sc *sentScan) {
	if i == 0 || len(sc.money) == 0 || sc.valueUsed || sc.doubtful() || len(sc.countries()) > 0 {
		return
	}
	for _, p := range sc.cuePositions("aggregate") {
		if !sc.arValueWord(p) { // "قيمة" (value) is no word of goods
			return
		}
	}
	aid := sc.lw.set("aid")
	pos, n := -1, 0
	for k := 0; k+1 < len(sc.toks) && pos < 0; k++ {
		if !sc.lw.isTok("r16assist-this", &sc.toks[k]) {
			continue
		}
		if m, _ := aid.at(sc.toks, k+1); m > 0 {
			pos, n = k+1, m
		} else if generalAidWords[sc.toks[k+1].norm] {
			pos, n = k+1, 1
		}
	}
	if pos < 0 || sc.civilAid(pos, n) {
		return
	}
	if sc.namesHumanitarian() { // aid_programs.go
		return
	}
	sup, rec := d.pair(d.sents[i-1], "")
	if sup == "" || rec == "" || sup == rec {
		return
	}
	mo := sc.money[0]
	v, usd := pairValue(mo, sup, rec) // cooperation.go
	for k := range d.facts {
		g := &d.facts[k]
		if g.Type == domain.TypeAssistance && g.Recipient != nil && g.Recipient.String() == rec {
			if g.Value == nil && g.Provider != nil && g.Provider.String() == sup {
				g.Value, g.ValueUSD = &v, usd
			}
			return
		}
	}
	var words []string
	for _, t := range sc.toks[pos : pos+n] {
		words = append(words, t.raw)
	}
	f := domain.Fact{Type: domain.TypeAssistance, Provider: party(sup), Recipient: party(rec), Program: &domain.Named{Name: strings.Join(words, " ")}, Value: &v, ValueUSD: usd}
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.aid", 0.5)
}
