package extract

// r15 lead: a state after "and" that opens a clause of its own. "Egypt
// bought 24 Rafale from France and Qatar ordered 12 more", "Egipto compró
// 24 Rafale a Francia y Catar encargó otros 12": the state before the
// conjunction is a preposition's object (the source, the destination),
// the one after it the subject of the verb that follows it. The two are
// no list: Qatar is no second seller beside France. A list that is itself
// the subject ("Egypt and Qatar ordered Rafale") has no preposition before
// its first state and stays a list.

// r15ClauseAfterJoin reports whether state b, joined to the state a just
// before it, opens a clause: a sits after a preposition of source or
// destination (or a passive's agent) and a verb of trading follows b, at
// once or after one auxiliary word, and a verb of trading stands before a
// (the clause a belongs to has its verb already). Arabic puts its verb before the
// subject: not read here.
func (sc *sentScan) r15ClauseAfterJoin(a, b mention) bool {
	if sc.lw.code == "ar" || a.sub == "demonym" || b.sub == "demonym" || b.tok1 >= len(sc.toks) {
		return false
	}
	if !sc.r15AfterPrep(a) || !sc.r15TradeVerbIn(0, a.tok0) {
		return false // "tanks from Germany and Denmark arrived": the verb is the tanks'
	}
	for v := b.tok1; v < len(sc.toks) && v <= b.tok1+1; v++ {
		if !isLowerWord(sc.toks[v].raw) || v > b.tok1 && clauseBreak(sc.toks[v]) {
			return false
		}
		if sc.r15TradeVerbAt(v) {
			return true
		}
	}
	return false
}

// r15TradeVerbAt reports whether a verb of trading opens at token v.
func (sc *sentScan) r15TradeVerbAt(v int) bool {
	for _, kind := range r15TradeVerbKinds {
		if n, _ := sc.lw.set(kind).at(sc.toks, v); n > 0 {
			return true
		}
	}
	return false
}

// r15TradeVerbIn reports whether a verb of trading opens in [from, to),
// in lower case (a name is no verb).
func (sc *sentScan) r15TradeVerbIn(from, to int) bool {
	for v := from; v < to && v < len(sc.toks); v++ {
		if isLowerWord(sc.toks[v].raw) && sc.r15TradeVerbAt(v) {
			return true
		}
	}
	return false
}

// r15TradeVerbKinds are the lexicon kinds whose words tell a trade's verb.
var r15TradeVerbKinds = []string{"stage-ordered", "stage-received", "stage-delivered", "stage-approved", "stage-requested", "buy-verb", "supply-verb"}

// r15AfterPrep reports whether a state stands right after a preposition
// of source, destination or agent ("from France", "a Francia", "to
// India", "par la France"), an article between them allowed.
func (sc *sentScan) r15AfterPrep(m mention) bool {
	if sc.sourcePrep(m) {
		return true
	}
	k := sc.wordBefore(m)
	if k < 0 {
		return false
	}
	t := &sc.toks[k]
	return sc.lw.isTok("agent-prep", t) || sc.lw.isTok("recipient-prep", t) || sc.lw.isTok("supplier-prep", t)
}
