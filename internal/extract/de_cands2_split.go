package extract

// deSplitKinds are the stage cues that German also writes as a separable
// verb split by its objects: "Zehn K2 kamen im Dezember in Gdynia an",
// "Die Haubitzen trafen am Montag in der Ukraine ein". The lexicon lists
// the verb and its particle joined ("kamen an", "trafen ein").
var deSplitKinds = map[string]bool{"stage-delivered": true, "stage-received": true}

// deSplitParticles are the particles that close such a clause.
var deSplitParticles = map[string]bool{"an": true, "ein": true, "ab": true}

// deSplitCues adds to buf (whose positions of this kind start at start)
// the finite verbs whose particle closes their clause and that, joined
// with it, spell a cue of kind. The positions stay sorted.
func (sc *sentScan) deSplitCues(kind string, buf []int, start int) []int {
	if sc.lw.code != "de" || !deSplitKinds[kind] {
		return buf
	}
	ps := sc.lw.set(kind)
	if ps == nil {
		return buf
	}
	for k := 1; k+2 < len(sc.toks); k++ {
		t := sc.toks[k]
		if t.digit || !isLowerWord(t.raw) || deSplitParticles[particleWord(t)] {
			continue
		}
		_, to := sc.clauseOf(k)
		p := to - 1
		if p <= k+1 || !isLowerWord(sc.toks[p].raw) || !deSplitParticles[particleWord(sc.toks[p])] {
			continue
		}
		pair := []token{t, sc.toks[p]}
		pair[1].gap = " "
		pair[1].setNorm(particleWord(pair[1]))
		if n, _ := ps.at(pair, 0); n != 2 {
			continue
		}
		at := len(buf)
		dup := false
		for j := start; j < len(buf); j++ {
			if buf[j] == k {
				dup = true
			}
			if buf[j] > k && at == len(buf) {
				at = j
			}
		}
		if dup {
			continue
		}
		buf = append(buf, 0)
		copy(buf[at+1:], buf[at:])
		buf[at] = k
	}
	return buf
}
