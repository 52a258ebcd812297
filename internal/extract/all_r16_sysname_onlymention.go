package extract

// A catalogued system the document names once, in a sentence that says
// it is built ("Die Fregatten werden bei TKMS in Kiel gebaut", "est
// construit par un consortium") or that it is still to come ("Zudem
// sollen zehn Panzerhaubitzen 2000 folgen"), got no candidate at all: the
// hard doubts "production" and "future-clause" dropped it even when the
// model decides, so the document's deal of that system was lost or went
// to another system of the sentence. When that sentence is the system's
// only mention in the document and the buyer is not the system's own
// state, the doubt is a flag the model weighs ("only-mention"), as the
// soft doubts are; with no model (strict rules) it still drops.

// r16OnlyMentionDoubt is d.doubt for the hard doubts above, soft for a
// system named nowhere else in the document.
func (d *docScan) r16OnlyMentionDoubt(name string, sc *sentScan, m mention, rec, origin string) bool {
	if !d.relaxed || m.kind != mSystem || name == "production" && (rec == "" || rec == origin) || !d.r16OnlyMention(sc, m) {
		return d.doubt(name)
	}
	d.flag(name)
	d.flag("only-mention")
	return false
}

// r16OnlyMention reports whether no other sentence of the document names
// the system of mention m. The sentences naming each system are counted
// once per document, so the check stays linear in the document.
func (d *docScan) r16OnlyMention(sc *sentScan, m mention) bool {
	if d.r16SysSents == nil {
		d.r16SysSents = map[string]int{}
		for _, o := range d.sents {
			for k, x := range o.mentions {
				if x.kind == mSystem && !namesSystem(o.mentions[:k], x.id) {
					d.r16SysSents[x.id]++
				}
			}
		}
	}
	n := d.r16SysSents[m.id]
	if namesSystem(sc.mentions, m.id) {
		n-- // sc's own
	}
	return n <= 0
}

// namesSystem reports whether ms holds a system mention of id.
func namesSystem(ms []mention, id string) bool {
	for _, x := range ms {
		if x.kind == mSystem && x.id == id {
			return true
		}
	}
	return false
}
