package extract

import (
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// modelNouns are the singular nouns by which a text takes up the one
// model it is about, with the category they stand for: "El avión ya ha
// sido encargado por Portugal", "The aircraft has also been ordered by
// Hungary".
var modelNouns = map[string]string{
	"avion": "aircraft", "aparato": "aircraft", "aeronave": "aircraft", "helicoptero": "aircraft",
	"aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft", "helicopter": "aircraft",
	"buque": "ships", "barco": "ships", "ship": "ships", "vessel": "ships",
}

// anaphoricModel makes a transfer of the one named system of its
// category that the document names before a sentence opening on "El
// avión", "The aircraft" (and no other system), to each buyer the
// sentence names with a stage: "El avión ya ha sido encargado por
// Portugal y por Hungría" in a text about the KC-390. The seller is the
// system's state of origin; a buyer from that state is no transfer.
func (d *docScan) anaphoricModel() {
	if d.notice || d.lw.code != "es" && d.lw.code != "en" {
		return
	}
	for i, sc := range d.sents {
		if len(sc.toks) < 4 || !sc.lw.isTok("model-opener", &sc.toks[0]) {
			continue
		}
		cat, ok := modelNouns[sc.toks[1].norm]
		if !ok || sc.doubtful() || sc.has("future") {
			continue
		}
		skip := false
		for _, m := range sc.mentions {
			// the opening noun may itself read as a kind ("The aircraft")
			if m.kind == mSystem || m.kind == mGeneric && m.tok0 != 1 {
				skip = true
			}
		}
		if skip {
			continue
		}
		st, pos := sc.stageOf(0, 0)
		if st != domain.StageOrdered && st != domain.StageDelivered {
			continue
		}
		s, at, found := d.onlyNamedBefore(cat, i)
		if !found || s.Origin == "" {
			continue
		}
		var recs []string
		for _, c := range sc.countries() {
			sup, rec := d.roleCues(sc, c)
			if sup {
				recs = nil
				break
			}
			if rec && c.id != s.Origin && c.sub != "demonym" && !contains(recs, c.id) {
				recs = append(recs, c.id)
			}
		}
		for _, r := range recs {
			f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: s.Origin}, Recipient: &domain.Party{Code: r}, Stage: st,
				System: systemFact(s, d.textAt(at.start, at.end))}
			if y := sc.yearNear(pos); y != 0 {
				f.Year = y
			}
			d.pending = append(d.pending, "anaphoric-model")
			d.add(i, sc, f, "transfer.anaphor", 0.6)
		}
	}
}

// onlyNamedBefore returns the named system of category cat that the
// sentences before sentence i name, when they name no other one of that
// category, and its last mention.
func (d *docScan) onlyNamedBefore(cat string, i int) (sys lexicon.System, at mention, ok bool) {
	for j := 0; j < i; j++ {
		for _, m := range d.sents[j].mentions {
			if m.kind != mSystem {
				continue
			}
			s, found := d.x.systemOf(m)
			if !found || s.Category != cat {
				continue
			}
			if ok && s.ID != sys.ID {
				return sys, at, false
			}
			sys, at, ok = s, m, true
		}
	}
	return sys, at, ok
}
