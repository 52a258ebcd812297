package extract

// Names that begin inside a region's name: the lexicon lists regions with
// their article ("the Gulf", "le Golfe", "el Golfo", "the Sahel"), so the
// leftmost-longest match read "the Gulf" in "the Gulf Cooperation
// Council" and left "Cooperation Council" unmatched: the organisation
// (and its memberships, agreements and aid) was lost in English, where
// the name always follows "the". A region's match that a longer name of
// the lexicon (an organisation, a program, a system, another region)
// starting after its first word reaches beyond gives way to that name
// ("the Gulf Cooperation Council", "the Sahel Alliance" where listed,
// "the Gulf Shield exercise").

// regionOverreached reports whether the region match toks[i:i+n] ends
// inside a longer lexicon entry that starts after toks[i].
func (m *matcher) regionOverreached(toks []token, i, n int, lang string) bool {
	for j := i + 1; j < i+n; j++ {
		if e, l, _ := m.longestAt(toks, j, lang); e != nil && e.kind != mGeneric && e.kind != mKindStop && j+l > i+n {
			return true
		}
	}
	return false
}
