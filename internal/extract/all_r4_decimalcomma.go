package extract

import "strings"

// clauseGap reports whether the gap before t ends a clause: a comma,
// semicolon, colon, dash or bracket, but not the comma inside a number
// ("1,3 Milliarden Dollar", "1,6 Mrd. Kronen", "1,300 tanks"), a digit
// right after a bare comma. "Die USA haben Ägypten Militärhilfe in Höhe
// von 1,3 Milliarden Dollar zugesagt" is one clause.
func clauseGap(t token) bool { return tokGapEndsClause(&t) }

// gapEndsClause is clauseGap of a token's gap and digit flag: small
// enough for the compiler to inline clauseGap, which then copies no token.
func gapEndsClause(gap string, digit bool) bool {
	if gap == " " || gap == "" || digit && gap == "," { // most gaps: no mark to look for
		return false
	}
	return strings.ContainsAny(gap, ",;:—–()،؛")
}
