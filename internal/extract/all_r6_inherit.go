package extract

import "slices"

// all_r6_inherit.go: a system named in a sentence that states only one of
// the deal's parties, or none ("the first shipment included VT4 main battle
// tanks, ST1 light tanks and two types of artillery guns", "la llegada al
// país de un segundo lote de M1126 Stryker"), takes the missing party from
// the parties the document's sentences so far stated. The candidate carries
// a flag that says how the party was inherited, so that the model decides.

// inheritCounts are the running counts of the parties that sentences state
// themselves (the state is named in the sentence) for each role, kept as
// ruleTransfer reads the sentences in order, so that asking costs no pass
// over the document.
type inheritCounts struct {
	started   bool       // a transfer attempt was noted
	parties   roleTally  // parties stated per role, in the order first stated
	cur, prev statedPair // the last sentence that stated a party, and the one before it
	// seen are the states and roles sentence seenSent counted: a state
	// counts once per role and sentence (the sentences come in order)
	seenSent int
	seen     []inheritKey
}

type inheritKey struct {
	state string
	role  int
}

// noteParties records the parties a transfer attempt of sentence i states:
// those the sentence names, whether the attempt becomes a candidate or not.
func (d *docScan) noteParties(i int, sc *sentScan, sup, rec string) {
	ic := &d.inherit
	ic.started = true
	if ic.seenSent != i {
		ic.seenSent, ic.seen = i, ic.seen[:0]
	}
	note := func(c string, role int) bool {
		if c == "" || !sc.names(c) {
			return false
		}
		k := inheritKey{c, role}
		if slices.Contains(ic.seen, k) {
			return true
		}
		ic.seen = append(ic.seen, k)
		ic.parties.add(c, role)
		return true
	}
	s := note(sup, roleSup)
	r := note(rec, roleRec)
	if s || r {
		if ic.cur.sent != i {
			ic.prev, ic.cur = ic.cur, statedPair{sent: i}
		}
		if s {
			ic.cur.sup = sup
		}
		if r {
			ic.cur.rec = rec
		}
	}
}

// statedPair is what one sentence stated of a deal's parties.
type statedPair struct {
	sent     int
	sup, rec string
}

// before returns the last sentence before i that stated a party, or a
// pair with sent -1.
func (ic *inheritCounts) before(i int) statedPair {
	if ic.cur.sent < i && (ic.cur.sup != "" || ic.cur.rec != "") {
		return ic.cur
	}
	if ic.prev.sent < i && (ic.prev.sup != "" || ic.prev.rec != "") {
		return ic.prev
	}
	return statedPair{sent: -1}
}

// inheritParty fills the party a system's attempt lacks from the parties
// the document stated before: the recipient most often stated as one (not
// the supplier), the supplier likewise. It returns the pair and the flags
// that say how: "inherit-rec"/"inherit-sup", "inherit-near" when the
// sentence just before stated that party, "inherit-other-named" when the
// sentence names another state.
func (d *docScan) inheritParty(i int, sc *sentScan, sup, rec string) (string, string, []string) {
	ic := &d.inherit
	if !ic.started || (sup == "") == (rec == "") && sup != "" {
		return sup, rec, nil
	}
	var flags []string
	near := false
	if rec == "" {
		c := ic.parties.top(roleRec, sup)
		if c == "" {
			return sup, rec, nil
		}
		rec = c
		flags = append(flags, "inherit-rec")
		last := ic.before(i)
		near = last.sent >= i-2 && last.rec == c
	}
	if sup == "" {
		c := ic.parties.top(roleSup, rec)
		if c == "" {
			return "", "", nil
		}
		sup = c
		flags = append(flags, "inherit-sup")
		last := ic.before(i)
		near = near || last.sent >= i-2 && last.sup == c
	}
	if near {
		flags = append(flags, "inherit-near")
	}
	for _, m := range sc.countries() {
		if m.id != sup && m.id != rec {
			flags = append(flags, "inherit-other-named")
			break
		}
	}
	return sup, rec, flags
}

// noteSentencePair records the parties of a sentence that names no system
// but speaks of a deal or a stage ("US approves $1.3 billion sale of
// artillery to Saudi Arabia", "The equipment was ordered from China"), so
// that a later list of systems can inherit them.
func (d *docScan) noteSentencePair(i int, sc *sentScan) {
	if d.notice || len(sc.countries()) == 0 {
		return
	}
	if !sc.has("deal") && !sc.has("stage-ordered") && !sc.has("stage-delivered") && !sc.has("stage-received") && !sc.has("stage-approved") {
		return
	}
	s, r := d.pair(sc, "")
	d.noteParties(i, sc, s, r)
}
