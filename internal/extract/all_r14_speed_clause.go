package extract

// tokEndsClause reports whether a clause ends before the token at t: its
// gap (tokGapEndsClause; not the comma of "1,3", all_r4_decimalcomma.go)
// or its word (clauseWord). clauseBreak and clauseGap are the same for a
// token passed by value; clauseOf, stretchOf and the clause tables ask
// them of most tokens of a sentence, by pointer, copying none.
func tokEndsClause(t *token) bool {
	return tokGapEndsClause(t) || clauseWord(t.norm)
}

func tokGapEndsClause(t *token) bool {
	return t.gap != " " && gapEndsClause(t.gap, t.digit)
}

// mayOpenAt reports whether a phrase of ps may start at t: false when
// the token's mark says that none does, as phraseSet.at finds first.
func mayOpenAt(ps *phraseSet, t *token) bool {
	return ps != nil && (ps.idx == nil || ps.idx.markOf(t).meets(ps.bit))
}
