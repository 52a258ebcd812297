package extract

// tokEndsClause is clauseBreak of the token at t, and tokGapEndsClause
// clauseGap: clauseOf, stretchOf and the clause tables ask them of most
// tokens of a sentence, and clauseBreak and clauseGap take the token by
// value, a copy of it at each call.
func tokEndsClause(t *token) bool {
	return t.gap != " " && gapEndsClause(t.gap, t.digit) || clauseWord(t.norm)
}

func tokGapEndsClause(t *token) bool {
	return t.gap != " " && gapEndsClause(t.gap, t.digit)
}

// mayOpenAt reports whether a phrase of ps may start at t: false when
// the token's mark says that none does, as phraseSet.at finds first.
func mayOpenAt(ps *phraseSet, t *token) bool {
	return ps != nil && (ps.idx == nil || ps.idx.markOf(t).meets(ps.bit))
}
