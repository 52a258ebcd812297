package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// An aid programme's allocations set out as rows, one state a line, under
// a heading that names the programme:
//
//	Foreign Military Financing recipients in 2020:
//	Egypt: $1.3 billion
//	Jordan – $425 million
//
// Each row is the programme's assistance to the row's state, its amount
// the row's; the rows after the first find the heading through the row
// before them.

// aidRowHead is the programme and giver a row sentence falls under.
type aidRowHead struct {
	prog *domain.Named
	prov *domain.Party
	sent int // the heading's sentence
}

// aidRow reads sentence i as a row of an aid programme's allocations.
func (d *docScan) aidRow(i int, sc *sentScan) bool {
	if i == 0 || len(sc.money) != 1 || len(sc.toks) > 12 {
		return false
	}
	cs := sc.countries()
	if len(cs) != 1 || cs[0].tok0 > 1 || cs[0].sub == "demonym" || cs[0].sub == "agency" {
		return false
	}
	mt := tokIndexAt(sc.toks, sc.money[0].start)
	if mt < cs[0].tok1 || mt-cs[0].tok1 > 1 || !strings.ContainsAny(sc.toks[cs[0].tok1].gap, ":–—-") {
		return false // "Egypt: $1.3 billion", "Jordan – $425 million"
	}
	head, ok := d.aidRows[i-1]
	if !ok {
		head, ok = d.aidRowHeading(i - 1)
	}
	if !ok || head.prov != nil && head.prov.Code == cs[0].id {
		return false
	}
	if d.aidRows == nil {
		d.aidRows = map[int]aidRowHead{}
	}
	d.aidRows[i] = head
	mo := sc.money[0]
	v, usd := pairValue(mo, head.prov.String(), cs[0].id) // cooperation.go
	p := *head.prog
	f := domain.Fact{Type: domain.TypeAssistance, Provider: head.prov, Recipient: party(cs[0].id), Program: &p, Value: &v, ValueUSD: usd}
	d.assistanceYear(d.sents[head.sent], &f) // the heading's year: "recipients in 2020"
	d.add(i, sc, f, "assistance.aid", 0.6)
	return true
}

// aidRowHeading reads sentence j as the heading of aid rows: it names an
// aid programme of a known giver, and no state but the giver.
func (d *docScan) aidRowHeading(j int) (aidRowHead, bool) {
	s := d.sents[j]
	for _, m := range s.mentions {
		if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) {
			continue
		}
		n, _ := d.x.lex.NamedEntry(m.id)
		prov := d.programProvider(n)
		if prov == nil {
			return aidRowHead{}, false
		}
		for _, c := range s.countries() {
			if c.id != prov.Code {
				return aidRowHead{}, false
			}
		}
		return aidRowHead{prog: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}, prov: prov, sent: j}, true
	}
	return aidRowHead{}, false
}
