package extract

// listedRecipients returns the states listed after a word that opens a
// list of examples ("list-among": "بينها", "على غرار", "مثل", "darunter",
// "unter anderem") later in the sentence than the system: "سلّمت الصين
// 220 طائرة بدون طيار إلى 16 دولة، بينها السعودية والإمارات ومصر", "اقتنت
// الجزائر المنظومة على غرار الصين وأذربيجان", "an mehrere Staaten
// geliefert, darunter Polen und Tschechien". Each of them gets the system
// too (with no count or value of its own); the list may hold the
// recipient already found. Arabic and German only.
func (d *docScan) listedRecipients(sc *sentScan, m *mention, rec, sup string) []string {
	if d.lw.code != "ar" && d.lw.code != "de" {
		return nil
	}
	set := sc.lw.set("list-among")
	var out []string
	for _, p := range sc.cuePositions("list-among") {
		n, _ := set.at(sc.toks, p)
		if p < m.tok1 {
			continue
		}
		start := p + n
		if start < len(sc.toks) && sc.lw.isTok("article", &sc.toks[start]) {
			start++
		}
		cs := sc.countries()
		prev := -1
		for _, c := range cs {
			if c.tok0 < start {
				continue
			}
			if prev < 0 && c.tok0 != start || prev >= 0 && c.tok0 != prev && !sc.joined(prev, c.tok0) {
				break
			}
			prev = c.tok1
			if c.sub == "demonym" || c.sub == "agency" || c.id == sup || contains(out, c.id) {
				continue
			}
			out = append(out, c.id)
		}
	}
	return out
}
