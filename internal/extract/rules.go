package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// rule is one named extraction rule over a sentence.
type rule struct {
	id string
	fn func(d *docScan, i int, sc *sentScan)
}

// rules run in order over every sentence. Each comment gives the pattern
// and an example.
var rules = []rule{
	// "Poland has signed a contract worth $4.75 billion to buy two batteries
	// of the US-made Patriot" -> transfer US->PL Patriot, ordered, value.
	{"transfer.system", ruleTransfer},
	// "وتأتي الطائرتان ضمن طلبية قوامها 28 طائرة": the whole order of the
	// document's one system of that kind (ar_wholeorder.go).
	{"transfer.system", ruleArWholeOrder},
	// "Togo bekam eine Lieferung der Drohnen, Niger erwarb ein halbes
	// Dutzend, und Marokko hat TB2 gekauft": the elided system of the
	// earlier clauses (all_r8_de_ellipsis.go).
	{"transfer.system", ruleDeElliptic},
	// "48 K9 howitzers to Finland and 100 to India": the bare count to the
	// second state (all_r10_fresh3_countto.go).
	{"transfer.system", ruleFresh3CountTo},
	// "Washington cleared the sale in 2017 at a value of $593 million":
	// an amount and a stage for the deal the document is about.
	{"transfer.value", ruleDealValue},
	// "X is the largest buyer of American arms, with deals worth over $8.5
	// billion" -> aggregate US->X; notices: "TOTAL ... $930 million".
	{"aggregate.total", ruleAggregate},
	// "Washington has given Rabat about $32 million under IMET" ->
	// assistance.
	{"assistance.program", ruleAssistance},
	// "signed in 2020 a 10-year defence agreement" -> agreement.
	{"agreement.signed", ruleAgreement},
	{"agreement.signed", r16coopAgreementFollow}, // all_r16_coop_follow.go: "des accords avec trois pays africains. Les textes ont été paraphés avec le Nigeria, le Rwanda"
	// "the kingdom joined the coalition against Daesh in 2014" ->
	// membership.
	{"membership.joined", ruleMembership},
	{"membership.apposition", ruleMemberApposition},        // coop_memberlist.go: "NATO members Turkey and Hungary"
	{"membership.apposition", ruleR16fresh2CountedMembers}, // all_r16_fresh2_count.go: "les trois pays de l'AES, le Burkina Faso, le Mali et le Niger"
	{"membership.founders", ruleFresFounded},               // fres_r2_founded.go: "ont fondé, avec Bamako, l'AES"
	{"membership.comprises", ruleMemberComprises},          // all_r7_member_comprises.go: "the G5 Sahel, which brings together A, B and C"
	// "troops from A and B took part in African Lion 2024" -> exercise.
	{"exercise.named", ruleExercise},
}

func (d *docScan) runRules() {
	for i, sc := range d.sents {
		for _, r := range rules {
			r.fn(d, i, sc)
		}
	}
	d.pickAggregates()
	d.settleSuppliers()
}

// add appends a fact with its evidence and attribution.
func (d *docScan) add(i int, sc *sentScan, f domain.Fact, ruleID string, conf float64) {
	if f.Type == domain.TypeMembership && f.Organization != nil && memberless[f.Organization.ID] {
		d.pending = nil // all_r7_member_rules.go: "SIPRI", "the Bundeswehr" have no member states
		return
	}
	if d.accessionInstrument(i, sc, f) {
		d.pending = nil // all_r9_fresh_member.go: "eine entsprechende Absichtserklärung" after a joining
		return
	}
	if sc.r12Witnesses(&f) || sc.r12RemovedFrom(&f) || sc.r12CivilAircraft(&f) {
		d.pending = nil // all_r12_fresh5_witness.go: "im Beisein von Boris Pistorius unterzeichneten"; all_r12_fresh5_removed.go: "removed Turkey from the F-35 programme"; all_r12_fresh5_civil.go: "34 777-8 cargo aircraft"
		return
	}
	ruleID = d.aggregateAsAid(sc, &f, ruleID) // all_r8_coop_aggloan.go: "a $1.5 billion loan to Poland"
	sc.datelineProvider(&f)                   // all_r8_coop_dateline.go: "MADRID, 3 de marzo - Estados Unidos anunció una ayuda"
	f.Evidence = domain.Evidence{Start: sc.s.start, End: sc.s.end, Text: sc.s.text}
	f.Attribution = d.attrib[i]
	f.Rule = ruleID
	f.Confidence = conf
	if d.bySent == nil {
		d.bySent = map[int][]int{}
	}
	d.bySent[sc.s.start] = append(d.bySent[sc.s.start], len(d.facts))
	if f.Type == domain.TypeTransfer && f.System != nil {
		if d.bySystem == nil {
			d.bySystem = map[string][]int{}
		}
		k := systemKey(f)
		d.bySystem[k] = append(d.bySystem[k], len(d.facts))
	}
	d.r8PrevPairFlags(sc, &f) // all_r8_enar_prevpair.go
	d.facts = append(d.facts, f)
	m := factMeta{sent: i, flags: d.pending, support: 1, sents: map[int]bool{i: true}, statedYear: sc.statesYear()}
	d.meta = append(d.meta, m)
	d.pending = nil
}

// has reports whether a cue of kind occurs in the sentence.
func (sc *sentScan) has(kind string) bool {
	for _, h := range sc.hasKinds {
		if h.kind == kind {
			return h.ok
		}
	}
	ps := sc.lw.set(kind)
	ok := false
	if sc.mayStart(ps) {
		_, ok = ps.any(sc.toks, 0, len(sc.toks))
		ok = ok || sc.deSplitAny(ps) // de_r4_splitverbs.go: "trat ... der Nato bei"
	}
	ok = ok && (kind != "denial" || sc.lw.code != "fr" || sc.frDenialStands()) // fr_r4_negframe.go: "ne se dément pas"
	if ok && kind == "denial" && sc.lw.code == "en" {
		ok = len(sc.cuePositions(kind)) > 0 // all_clauses_r5_combat.go: "area denial" is no denial
	}
	if ok && kind == "stage-delivered" && sc.lw.code == "fr" {
		ok = len(sc.cuePositions(kind)) > 0 // fr_offer.go: the noun "offre" is no cue
	}
	if sc.hasKinds == nil {
		sc.hasKinds = make([]hasKind, 0, 8) // a sentence asks for a few kinds
	}
	sc.hasKinds = append(sc.hasKinds, hasKind{kind, ok})
	return ok
}

// hasKind is one cached answer of has.
type hasKind struct {
	kind string
	ok   bool
}

// cuePositions returns the token indexes where cues of kind start.
// The positions are found once per sentence and kind: rules ask for them
// per mention and per state, which would otherwise rescan the sentence.
func (sc *sentScan) cuePositions(kind string) []int {
	ps := sc.lw.set(kind)
	for _, c := range sc.cues {
		if c.set == ps { // a kind has its own set; every unknown kind has none, and no cue
			return sc.cueSlice(c)
		}
	}
	// the positions gather apart and join cueBuf at the end: a filter
	// below may ask for another kind's cues (frNotCue reads
	// "stage-approved"), whose positions go to cueBuf meanwhile
	var local [8]int
	pos := local[:0]
	for i := 0; i < len(sc.toks) && sc.mayStart(ps); i++ {
		if ps.notStart(&sc.toks[i]) {
			continue // at would find nothing: spare the call
		}
		if n := sc.cueAt(ps, i); n > 0 && !sc.deParticle(kind, i) { // de_r4_splitverbs.go: "stimmte ... zu" // de_particles.go: "stellt ... bereit"
			if !sc.notThisCue(kind, i) {
				pos = append(pos, i)
			}
			i += n - 1
		}
	}
	start := len(sc.cueBuf)
	sc.cueBuf = append(sc.cueBuf, pos...)
	c := cueList{ps, int32(start), int32(len(sc.cueBuf))}
	if sc.cues == nil {
		// a sentence with a candidate asks for 10 to 30 kinds, one
		// without for 8
		sc.cues = make([]cueList, 0, 16)
	}
	sc.cues = append(sc.cues, c)
	return sc.cueSlice(c)
}

// cueSlice returns the positions of c, nil for none.
func (sc *sentScan) cueSlice(c cueList) []int {
	if c.to == c.from {
		return nil
	}
	return sc.cueBuf[c.from:c.to:c.to]
}

// negated: the sentence denies or negates.
func (sc *sentScan) negated() bool {
	for _, p := range sc.cuePositions("negation") {
		// "sin embargo" (however), "no tripulados" (unmanned): words, not
		// negations
		if sc.notFirstTime(p) || sc.notBefore(p) || sc.frAsideNegation(p) || sc.notNegation(p) || sc.embargoOpening(p) || sc.insideName(p) { // all_r7_negation_embargo.go, fr_negation.go, fr_aside.go, all_negation_idioms.go
			continue
		}
		return true
	}
	return false
}

// negatedFor is negated for a system at token t whose stage word is at
// stagePos: a negation in a clause that a subordinating word opens and
// that holds neither ("Mientras el S-80 aún no ha hecho sus pruebas, Brasil
// recibió ...", "While Spain has not decided, Brazil received ...") is
// about something else.
func (sc *sentScan) negatedFor(t, stagePos int) bool {
	for _, p := range sc.cuePositions("negation") {
		if sc.arDisclosure(p) || sc.notFirstTime(p) || sc.notBefore(p) || sc.frAsideNegation(p) || sc.notNegation(p) || sc.embargoOpening(p) || sc.insideName(p) { // all_r7_negation_embargo.go, ar_disclose.go, fr_negation.go, fr_aside.go, all_negation_idioms.go
			continue
		}
		if sc.r13UnlikeApart(p, t) { // all_r13_estrans_unlike.go: "A diferencia de los seis F-16 que se le compraron a Dinamarca, ... no aportará"
			continue
		}
		from, to := sc.stretchOf(p)
		apart := (t < from || t >= to) && (stagePos < from || stagePos >= to)
		if apart && sc.lw.isTok("subordinator", &sc.toks[from]) {
			continue
		}
		// "bekommt die Ukraine ein System, das die Bundeswehr noch nicht
		// besitzt": a relative clause in a stretch of its own
		// (all_clauses_r5_negation.go)
		if apart && sc.negationApart(p) {
			continue
		}
		// "did not buy ... ; it bought it from Sweden", "liefert keine
		// Taurus, aber drei Patriot": the stage word may stand in the
		// negated clause, the system after the contrast (all_negation_scope.go)
		if (t < from || t >= to) && sc.contrastApart(from, to) {
			continue
		}
		return true
	}
	return false
}

// doubtful: a denial, a negation or a hypothetical.
// A hypothetical cue in a relative clause describes a noun of the
// sentence ("IMET, grâce auquel des officiers étudient …") and does not
// make the sentence doubtful (all_clauses_r5_relative.go).
func (sc *sentScan) doubtful() bool { return sc.negated() || sc.hypotheticalOutsideRelative() }

func (sc *sentScan) cueOf(kinds ...string) bool {
	for _, kind := range kinds {
		if sc.cueIn(kind, 0, len(sc.toks)) {
			return true
		}
	}
	return false
}

// cueIn reports whether a cue of kind starts in toks[from:to]; a
// capitalised month name ("May 11") is not the modal "may".
func (sc *sentScan) cueIn(kind string, from, to int) bool {
	for _, p := range sc.cuePositions(kind) {
		if p < from || p >= to {
			continue
		}
		t := sc.toks[p]
		// "May 11, 2023" is a date, not a modal verb
		if _, month := sc.lw.months[t.norm]; month && isCapitalised(t.raw) {
			continue
		}
		return true
	}
	return false
}

// countries returns the sentence's country mentions.
// It is made once per sentence, after scanning (the mentions do not
// change once the rules run); callers must not change it.
func (sc *sentScan) countries() []mention {
	if sc.countriesMade {
		return sc.countryList
	}
	var out []mention
	for _, m := range sc.mentions {
		// "US$418 million", "A$1.2 billion": a currency, not a party
		if m.kind == mCountry && !(m.tok1 < len(sc.toks) && strings.HasPrefix(sc.toks[m.tok1].gap, "$")) {
			out = append(out, m)
		}
	}
	sc.countryList, sc.countriesMade = out, true
	return out
}

// namesWeapon reports whether the sentence names a system or a kind of arms.
func (sc *sentScan) namesWeapon() bool {
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return true
		}
	}
	return false
}

// mentionBetween reports whether a named system stands in tokens [a, b).
func (sc *sentScan) mentionBetween(a, b int) bool {
	for _, o := range sc.mentions {
		if o.kind == mSystem && o.tok0 >= a && o.tok1 <= b {
			return true
		}
	}
	return false
}

// clauseOf returns the token range of the clause around t: it ends at
// commas, semicolons, colons, dashes and brackets, and before "and"/"but".
func (sc *sentScan) clauseOf(t int) (from, to int) {
	from, to = t, t+1
	for from > 0 && !tokEndsClause(&sc.toks[from]) {
		from--
	}
	for to < len(sc.toks) && !tokEndsClause(&sc.toks[to]) {
		to++
	}
	return sc.r13DeClauseOf(t, from, to) // all_r13_detrans_relative.go: "soll 40 BMP-1, die Athen übernommen hatte, an die Ukraine liefern"
}

func clauseBreak(t token) bool { return tokEndsClause(&t) }

// clauseWord reports whether a token's word ends the clause before it.
func clauseWord(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "mais", "tandis", "alors", "pero", "mientras", "aber", "und", "et":
		return true
	}
	return false
}

// boundaryBetween reports whether a clause ends between tokens a and b.
func (sc *sentScan) boundaryBetween(a, b int) bool {
	for t := a; t <= b && t < len(sc.toks); t++ {
		if tokGapEndsClause(&sc.toks[t]) { // all_r4_decimalcomma.go
			return true
		}
		switch sc.toks[t].norm {
		case "including", "notamment", "dont", "incluyendo", "including:":
			return true
		}
	}
	return false
}

// stretchOf returns the token range around t between punctuation marks: a
// clause with its coordinated parts ("fired 12 Iskanders and 30 Shaheds").
func (sc *sentScan) stretchOf(t int) (from, to int) {
	from, to = t, t+1
	for from > 0 && !tokGapEndsClause(&sc.toks[from]) { // all_r4_decimalcomma.go
		from--
	}
	for to < len(sc.toks) && !tokGapEndsClause(&sc.toks[to]) {
		to++
	}
	return from, to
}

// notThisCue reports whether the cue of kind at token i does not mean what
// its kind says here: each language's or construction's exception.
func (sc *sentScan) notThisCue(kind string, i int) bool {
	return sc.arNotCue(kind, i) || // "يقترب مجموع قيمتها من", "في إطار سعيها", "ما حصل" (ar_framework.go)
		sc.frNotCue(kind, i) || // "a approuvé la vente éventuelle" (fr_possible.go)
		sc.esPossibleNotCue(kind, i) || // "aprobó la posible venta" (es_r5_possible.go)
		sc.arMediaArticle(kind, i) || // صحيفة "لا تريبيون" (ar_medianame.go)
		sc.afterTalks(kind, i) || // "signed after talks in Rabat" (all_clauses_r5_aftertalks.go)
		sc.possibleThreat(kind, i) || // "potential threats" (all_clauses_r5_threats.go)
		sc.notCombat(kind, i) || // "to defend against missile attacks", "launched a tender" (all_clauses_r5_combat.go)
		sc.areaDenial(kind, i) || // "area denial" (all_clauses_r5_combat.go)
		sc.goneToNotCue(kind, i) || // "gingen an Griechenland", not "es ging um" (all_r8_de_goneto.go)
		sc.r12ExcludedFrom(kind, i) || // "exclu du programme F-35" (all_r12_fresh5_removed.go)
		sc.r13HistoryClause(kind, i) || // "40 BMP-1, die Athen einst übernommen hatte, an die Ukraine" (all_r13_detrans_relative.go)
		sc.r13CarryNotFitted(kind, i) // "lleva los primeros dos blindados Guaraní donados por Brasil" (all_r13_review13_carry.go)
}
