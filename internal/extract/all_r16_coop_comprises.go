package extract

// Memberships, round 16: an organisation's word of composition followed
// by a count of states before its list ("the coalition, which brings
// together 41 countries, including Saudi Arabia, Egypt and Pakistan",
// "qui regroupe 41 pays, dont l'Arabie saoudite et l'Égypte", "que reúne a
// 41 países, entre ellos Arabia Saudita y Egipto", "التحالف الذي يضم 41
// دولة بينها السعودية ومصر وباكستان"): the list after the count and its
// opener (list-intro) is the members ruleMemberComprises reads.

// r16coopAfterCount returns the token after "41 countries, including"
// when one opens at start: a number, a word for states
// (states-noun) and words of list-intro; else start.
func (sc *sentScan) r16coopAfterCount(start int) int {
	k := -1
	for _, n := range sc.nums {
		if n.tok0 == start || start < len(sc.toks) && sc.lw.isTok("article", &sc.toks[start]) && n.tok0 == start+1 {
			k = n.tok1
			break
		}
	}
	if k < 0 || k >= len(sc.toks) || !sc.lw.isTok("states-noun", &sc.toks[k]) {
		return start
	}
	k++
	j := k
	for j < len(sc.toks) && j <= k+2 && sc.lw.isTok("list-intro", &sc.toks[j]) {
		j++
	}
	if j == k {
		return start // "41 countries" and no list opener
	}
	return j
}
