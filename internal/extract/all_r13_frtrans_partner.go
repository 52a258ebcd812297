package extract

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
