package extract

// r14coopProgramReceiver returns the state that a sentence says received
// something under a state's programme, when the sentence names that one
// state beside the programme's own: a word of receiving right before or
// after it ("Über die Ertüchtigungsinitiative erhielt Tunesien
// Ausrüstung", "Tunesien erhielt …", "a reçu le Niger"). Places, agencies
// and demonyms are not read; a second state gives no answer.
func (sc *sentScan) r14coopProgramReceiver(runner string) string {
	got := -1
	cs := sc.countries()
	for k, c := range cs {
		if c.id == runner || c.sub == "agency" || c.sub == "demonym" || sc.placeOnly(c) {
			continue
		}
		if got >= 0 && cs[got].id != c.id {
			return ""
		}
		if got < 0 {
			got = k
		}
	}
	if got < 0 {
		return ""
	}
	c := cs[got]
	set := sc.lw.set("stage-received")
	for _, p := range sc.cuePositions("stage-received") {
		n, _ := set.at(sc.toks, p)
		if n < 1 {
			n = 1
		}
		// "erhielt Tunesien", "erhielt die Ukraine"; "Tunesien erhielt"
		if p+n <= c.tok0 && c.tok0-(p+n) <= 1 || p >= c.tok1 && p-c.tok1 <= 1 {
			return c.id
		}
	}
	return ""
}
