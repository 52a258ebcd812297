package extract

// es_r5_designer.go: the state of a design bought for a ship or vehicle
// built at home is no party ("el ARC Victoria, construido por Cotecmar con
// diseño alemán", "construido por el SIMA con diseño de la surcoreana Dae
// Sun", "el ARM Reformador, diseñado por la neerlandesa Damen"): the
// annotation rules make a state's purchase from its own industry no
// transfer, and a designer is no seller. A state right after a phrase of
// the lexicon kind `designer` (or one article after it) is dropped, like
// the other side of a border (border.go). Licensed production ("bajo
// licencia de Corea del Sur") is left alone: it may be the licensor's
// transfer.

// dropDesigner drops the states named as a design's origin.
func dropDesigner(toks []token, ms []mention, lw *langWords) []mention {
	return dropStatesAfter(toks, ms, lw.set("designer"), lw)
}
