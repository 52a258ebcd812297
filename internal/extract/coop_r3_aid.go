package extract

// The state an aid phrase names as its own gives the aid, in every
// language: "$1.3 billion a year in US military aid", "American military
// aid", "ayuda militar estadounidense", "l'aide militaire américaine",
// "amerikanische Militärhilfe", "المساعدات العسكرية الأمريكية". Another
// state of the sentence ("bought 24 Rafale from France") is no provider,
// and the aid's own state is no recipient.

// aidOwnState returns the state the aid phrase at tokens [pos, pos+n)
// names as its own: a demonym right before it (en, de) or right after it
// (fr, es, ar), or in English a state's name right before it after "in",
// "of", "from", "with" or "by".
func (sc *sentScan) aidOwnState(pos, n int) string {
	// English and German put the adjective before the noun ("American
	// military aid"), French, Spanish and Arabic after it; a demonym on the
	// other side belongs to another noun ("الجيش اللبناني مساعدات عسكرية")
	adjBefore := sc.lw.code == "en" || sc.lw.code == "de"
	for _, c := range sc.countries() {
		// "in US military aid": "in" makes no place of a state right
		// before the aid phrase
		if c.sub == "agency" || sc.placeOnly(c) && c.tok1 != pos {
			continue
		}
		switch {
		case c.tok1 == pos && c.sub == "demonym" && adjBefore:
			return c.id // "American military aid"
		case c.tok0 == pos+n && c.sub == "demonym" && !adjBefore && !gapBreaks(sc.toks[c.tok0].gap):
			return c.id // "ayuda militar estadounidense"
		case c.tok1 == pos && c.sub != "demonym" && sc.lw.code == "en" && c.tok0 > 0 && !gapBreaks(sc.toks[pos].gap):
			if sc.lw.isTok("aid-prep-before", &sc.toks[c.tok0-1]) {
				return c.id // "in US military aid"
			}
		}
	}
	return ""
}

// aidOwnRoles sets the provider to the aid phrase's own state own and
// keeps a recipient that is another state; else the first other state the
// sentence names (not only as a place) receives it.
func (sc *sentScan) aidOwnRoles(own, sup, rec string) (string, string) {
	if rec == "" || rec == own {
		rec = ""
		for _, c := range sc.countries() {
			if c.id != own && c.sub != "agency" && !sc.placeOnly(c) && !sc.datelinePlace(c) {
				rec = c.id
				break
			}
		}
	}
	return own, rec
}

// aidRequested reports whether the aid phrase at token pos is what a state
// asked for: a word of request (stage-requested: "asked for", "طلبت",
// "pidió", "a demandé", "bat um") before it in the sentence, and no word
// that the aid was given (a supply verb, or a stage approved, ordered or
// delivered): "طلبت أوكرانيا من ألمانيا مساعدات عسكرية بقيمة 500 مليون
// يورو". A request is no assistance.
func (sc *sentScan) aidRequested(pos int) bool {
	if !sc.cueIn("stage-requested", 0, pos) {
		return false
	}
	return !sc.has("supply-verb") && !sc.has("stage-approved") && !sc.has("stage-ordered") && !sc.has("stage-delivered")
}
