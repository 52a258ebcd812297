package extract

// r8FillAttrs fills attributes of the facts found that the rules left
// empty or read wrong: an aggregate's year (all_r8_attrs_aggyear.go), a
// quantity of one written with an article (all_r8_attrs_qtyone.go) or of
// a ship named in the singular (all_r8_attrs_qtyship.go), the
// count of a deal's earlier stage (all_r8_attrs_qtycarry.go), no count
// from a measure (all_r8_attrs_measure.go). It runs after the decision and
// stage models' features were read, so that the fills change what is
// published for a fact, not whether it is kept nor its stage.
func (d *docScan) r8FillAttrs(cs []candidate, out []Candidate) {
	d.r8AggregateYears(cs)
	d.r8DropMeasures(cs)
	d.r8QuantityOne(cs)
	d.r8ShipOne(cs)
	r8CarryCount(cs)
	d.setEventDates(cs) // the month of a year just filled
	for i := range cs {
		out[i].Fact = cs[i].f
	}
}
