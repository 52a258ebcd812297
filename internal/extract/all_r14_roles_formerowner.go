package extract

// r14FormerOwner gives the supplier of a second-hand system that the
// sentence names after the system, as its former owner, when the rules
// found no seller but the system's maker state (which the sentence does not
// name) or none:
//
//   - an owner's phrase between them (r14roles-owner-cue): "F-16 that
//     belonged to Denmark", "issus des stocks néerlandais", "de las
//     existencias de Dinamarca", "F-16, die zuvor Dänemark gehörten",
//     "إف-16 كانت تابعة لسلاح الجو الدنماركي";
//   - the armed forces of another state right after the system, as its
//     genitive: "cuatro helicópteros UH-1H de la Fuerza Aérea de Taiwán",
//     "24 F-16 de l'armée de l'air néerlandaise", "24 F-16 der dänischen
//     Luftwaffe", "24 F-16 fighters of the Danish Air Force".
//
// The state must differ from the recipient (whose own forces the genitive
// names as often: "the first F-16 of the Bulgarian Air Force") and from
// the maker's state; no other system, no "and" stands between.
func (d *docScan) r14FormerOwner(sc *sentScan, m *mention, origin, sup, rec string) string {
	if rec == "" || m == nil || !(sup == "" || sup == origin && !sc.names(origin)) {
		return sup
	}
	if r14RolesCarrier(sc, m) {
		return sup // "acheminé par un C-17 appartenant à l'armée de l'air indienne": the carrier
	}
	cs := sc.countries()
	if len(cs) < 2 {
		return sup // the recipient and the former owner
	}
	for _, c := range cs {
		if c.tok0 < m.tok1 {
			continue
		}
		if c.tok0 > m.tok1+10 || c.id == rec {
			break // too far, or the recipient stands between
		}
		if c.id == origin || c.id == sup {
			continue
		}
		if sc.inCurrency(c) || sc.adversary(c) || sc.placeOnly(c) {
			continue
		}
		if r14RolesJoinBetween(sc, m, c.tok0) {
			break // the first state after the system decides
		}
		// German puts the verb last: "F-16, die zuvor Dänemark gehörten";
		// a demonym its noun: "from Danish stocks"
		to := c.tok0
		if sc.lw.code == "de" || c.sub == "demonym" {
			to = c.tok1 + 1
		}
		if r14RolesOwnerCue(sc, m.tok1, to) || r14RolesForcesGenitive(sc, m, c) {
			return c.id
		}
		break
	}
	return sup
}

// r14RolesJoinBetween reports whether another system, a conjunction or a
// semicolon stands between the system m and token b (the kind right after
// the system, "F-16 fighters", is the system's).
func r14RolesJoinBetween(sc *sentScan, m *mention, b int) bool {
	a := m.tok1
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 > a+1 && o.tok0 < b {
			return true
		}
	}
	for k := a; k < b && k < len(sc.toks); k++ {
		t := &sc.toks[k]
		// and-conj leaves the detached "و" out on purpose; German has no
		// while-word of its own
		if sc.lw.isTok("and-conj", t) || sc.lw.isTok("while-word", t) || sc.lw.isTok("contrast", t) || t.norm == "و" || t.norm == "wahrend" {
			return true
		}
		if k > a && (sc.toks[k].gap == ";" || sc.toks[k].gap == "; ") {
			return true
		}
	}
	return false
}

// r14RolesOwnerCue reports whether an owner's phrase (r14roles-owner-cue)
// starts in tokens [a, b).
func r14RolesOwnerCue(sc *sentScan, a, b int) bool {
	ps := sc.lw.set("r14roles-owner-cue")
	if !sc.mayStart(ps) {
		return false
	}
	_, ok := ps.any(sc.toks, a, b)
	return ok
}

// r14RolesForcesGenitive reports whether c names, through its armed
// forces, the owner of the system m right before it: the forces phrase
// follows the system, at most two words (a kind: "fighters", "cazas")
// and a genitive word ("of", "de", "der" or none) between.
func r14RolesForcesGenitive(sc *sentScan, m *mention, c mention) bool {
	s := sc.forcesPhraseStart(c)
	if s < m.tok1 {
		return false // none, or not after the system
	}
	k, arts := s-1, 0
	for k >= m.tok1 && sc.lw.isTok("article", &sc.toks[k]) {
		k, arts = k-1, arts+1
	}
	switch {
	case k >= m.tok1 && r14RolesGenitiveWord(sc, k):
		k--
	case sc.lw.code == "de" && arts > 0: // "24 F-16 der dänischen Luftwaffe"
	default:
		return false
	}
	return k+1-m.tok1 <= 2
}

// r14RolesGenitiveWord reports whether token k is a genitive's "of":
// "of", "de", "del", "des", "du", "d'", "der" (not "von", "sur", "من":
// a source or a topic, which other rules read).
func r14RolesGenitiveWord(sc *sentScan, k int) bool {
	switch sc.toks[k].norm {
	case "von", "sur", "من":
		return false
	case "du":
		return sc.lw.code == "fr"
	}
	return sc.lw.isTok("of-prep", &sc.toks[k])
}

// r14RolesCarrier reports whether the system is the agent that carries
// ("par un C-17", "by a C-17", "por un C-130"), not the goods.
func r14RolesCarrier(sc *sentScan, m *mention) bool {
	k := m.tok0 - 1
	if k >= 0 && (sc.lw.isTok("article", &sc.toks[k]) || sc.lw.isTok("article-before", &sc.toks[k])) {
		k--
	}
	if k < 0 {
		return false
	}
	switch sc.toks[k].norm {
	case "par", "by", "por", "aboard", "bord", "durch":
		return true
	}
	return false
}
