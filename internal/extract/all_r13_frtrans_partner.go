package extract

import "github.com/armswatch/armswatch/internal/domain"

// agreementPartner returns the other party of an agreement whose sentence
// names one state only ("Le gouvernement de transition a signé un accord
// de défense avec la Russie", "Le ministre burkinabè de la Défense a
// paraphé l'accord"): the state that the document names most often in the
// same sentences as that one, a sentence with an agreement word counting
// twice ("Ouagadougou signe avec Ankara" in the headline, "le Mali et la
// Russie entretiennent ..."), rather than the document's most named pair,
// which a former partner or a bystander often leads ("La France a quitté
// le pays"). A tie goes to the state named first; "" when no state is ever
// named beside it.
func (d *docScan) agreementPartner(have string, seen map[string]bool) string {
	count := map[string]int{}
	first := map[string]int{}
	order := 0
	for _, s := range d.sents {
		cs := s.countries()
		with := false
		for _, c := range cs {
			if c.id == have && c.sub != "agency" {
				with = true
				break
			}
		}
		if !with {
			continue
		}
		w := 1
		if len(s.cuePositions("agreement")) > 0 {
			w = 2
		}
		done := map[string]bool{}
		for _, c := range cs {
			if c.id == have || seen[c.id] || done[c.id] || c.sub == "agency" || s.adversary(c) {
				continue
			}
			done[c.id] = true
			if _, ok := first[c.id]; !ok {
				first[c.id] = order
				order++
			}
			count[c.id] += w
		}
	}
	best := ""
	for c, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[c] < first[best] {
			best = c
		}
	}
	return best
}

// agreementContext returns the parties of an agreement whose sentence
// names no state ("Il y a signé un accord de coopération militaire", "Un
// accord-cadre a été signé à cette occasion"): the states the sentence
// before names (the visit, the meeting it follows: "Le ministre nigérien
// de la Défense était jeudi en Turquie"), at most two, adversaries left
// out; nil when it names none, or names arms (another fact's states).
func (d *docScan) agreementContext(i int, seen map[string]bool) []domain.Party {
	prev := d.sents[i-1]
	if prev.namesWeapon() { // "Le Niger a déjà reçu de la Chine des blindés": another fact's
		return nil
	}
	var out []domain.Party
	for _, c := range prev.countries() {
		if c.sub == "agency" || seen[c.id] || prev.adversary(c) {
			continue
		}
		seen[c.id] = true
		out = append(out, domain.Party{Code: c.id})
	}
	if len(out) > 2 {
		for _, p := range out {
			delete(seen, p.Code)
		}
		return nil
	}
	return out
}
