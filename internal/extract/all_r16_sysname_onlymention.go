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
// the system of mention m.
func (d *docScan) r16OnlyMention(sc *sentScan, m mention) bool {
	for _, o := range d.sents {
		if o == sc {
			continue
		}
		for _, x := range o.mentions {
			if x.kind == mSystem && x.id == m.id {
				return false
			}
		}
	}
	return true
}
