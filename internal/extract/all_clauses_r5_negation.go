package extract

// This file handles negations inside a relative clause that stands apart
// from a system and its stage word (another stretch between commas):
// "Mit der ersten IRIS-T-Lieferung bekommt die Ukraine ein System, das die
// Bundeswehr selbst noch nicht besitzt", "Egypt, which has not bought
// Russian jets since 2019, ordered four U209 from Germany". The
// relative clause describes a noun; the main clause stands. A negation
// in the system's or the stage word's stretch still drops it (negatedFor
// in rules.go). Nouns of refusal apart from the system ("frappée par
// l'embargo, l'Égypte se tourne vers la France, qui lui livre des
// Rafale") were tried too: the candidates came back with the wrong
// recipient (the adjective "allemande" of the same sentence) and the
// real corpus fell, so they still negate.

// negationApart reports whether the negation cue at p denies nothing
// outside its own stretch: a negation in a relative clause.
func (sc *sentScan) negationApart(p int) bool {
	return sc.inRelativeClause(p)
}
