package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Agreements, round 6: one signer, several partners, and a signer the
// sentence does not name as a state before "with".
//
//   - "Il a signé des accords de défense avec le Nigeria et le Rwanda",
//     "Au cours de cette visite, des accords ont été signés avec le Mali et
//     le Niger": the signer is the state that the sentence before opens
//     with (its subject), else the dateline's, else the state the document
//     names most;
//   - "RABAT, 12 mars (MAP) – Le ministre délégué a signé des accords avec
//     le Nigeria et le Rwanda": the dateline's state (dropDateline removes
//     it from the sentence's parties);
//   - "avec plusieurs pays africains, dont le Nigeria, le Rwanda et
//     l'Éthiopie", "with several Gulf states, including Qatar and Oman":
//     the list after "including" is the partners;
//   - "avec ses homologues malien et nigérien", "with his Malian and
//     Nigerien counterparts": demonyms after a word for counterpart are
//     partners; "le ministre sénégalais" before "avec", with no other state,
//     signs.
//
// One candidate per partner; the model decides.

// withPartners returns the states after each relation word ("with",
// "avec", "con", "mit", "مع") that heads a list of states, and the first
// such word's position: the list the first state after it belongs to,
// read from that state on. Between the word and the list stand only
// articles, possessives, a general noun ("plusieurs pays africains") and,
// before a comma, a word that opens examples ("dont", "including").
//
// It is made once per sentence; callers must not change the list.
func (sc *sentScan) withPartners() ([]string, int) {
	if !sc.partnersMade {
		sc.partners, sc.partnersFirst = sc.findWithPartners()
		sc.partnersMade = true
	}
	return sc.partners, sc.partnersFirst
}

// findWithPartners is withPartners, made anew.
func (sc *sentScan) findWithPartners() ([]string, int) {
	cs := sc.countries()
	var all []string
	first := -1
	for k, t := range sc.toks {
		if !sc.lw.isWord("relation-prep", t.norm) {
			continue
		}
		for ci, c := range cs {
			if c.tok0 <= k || c.sub == "agency" {
				continue
			}
			if c.tok0-k > 8 || softBreakBetween(sc.toks, k+1, c.tok0+1) {
				break
			}
			counterpart, intro, comma := false, false, false
			for j := k + 1; j <= c.tok0; j++ {
				// "avec huit pays africains : le Sénégal, …", "(Sénégal, …)"
				if j > k+1 && strings.ContainsAny(sc.toks[j].gap, ":(") {
					intro = true
				}
				if j == c.tok0 {
					break
				}
				if sc.lw.isTok("counterpart", &sc.toks[j]) {
					counterpart = true
				}
				if sc.lw.isTok("list-intro", &sc.toks[j]) {
					intro = true
				}
				if strings.ContainsAny(sc.toks[j].gap, ",،") {
					comma = true
				}
			}
			// "avec le Nigeria": the next word; "avec plusieurs pays, dont le
			// Nigeria": after an intro word; "with his Malian counterpart"
			direct := c.tok0-k <= 3 && !comma
			if !direct && !intro && !counterpart || comma && !intro {
				break
			}
			if c.sub == "demonym" && !counterpart && !sc.r16coopCounterpartAfter(c) { // all_r16_coop_several.go: "with his Rwandan counterpart"
				break // "avec le ministre nigérian", "with mounting Chinese aggression"
			}
			// "un accord avec le Nigeria, un mémorandum avec le Rwanda":
			// every "with" adds its list
			if first < 0 {
				first = k
			}
			if !contains(all, c.id) {
				all = append(all, c.id)
			}
			prev := c
			for _, o := range cs[ci+1:] {
				if o.sub == "agency" {
					continue
				}
				if !sc.listJoined(prev, o) {
					break
				}
				prev = o
				if !contains(all, o.id) {
					all = append(all, o.id)
				}
			}
			break
		}
	}
	return all, first
}

// softBreakBetween is hardBreakBetween that lets a colon pass: "avec
// huit pays : le Sénégal, …".
func softBreakBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if strings.ContainsAny(toks[k].gap, ".;!?؛\n") {
			return true
		}
	}
	return false
}

// signerBefore returns the one state named before token first that is
// not a partner: a state first, else a demonym of an official ("le
// ministre sénégalais"); "" when none or several.
func (sc *sentScan) signerBefore(first int, partners []string) (string, bool) {
	signer, official, several := "", "", false
	for _, c := range sc.countries() {
		if c.tok0 >= first || contains(partners, c.id) {
			continue
		}
		if c.sub == "demonym" && sc.officialOf(c) {
			if official == "" {
				official = c.id
			} else if official != c.id {
				several = true
			}
			continue
		}
		if signer != "" && signer != c.id {
			return "", true
		}
		signer = c.id
	}
	if signer == "" && !several {
		signer = official
	}
	return signer, signer != "" || several
}

// keepDateline records the first state a dateline names (found, the
// sentence's mentions before the dateline was dropped; kept, after).
func (d *docScan) keepDateline(i int, found, kept []mention) {
	if d.dateline != "" || len(found) == len(kept) || i > 3 {
		return
	}
	for _, m := range found {
		if m.kind != mCountry {
			continue
		}
		in := false
		for _, k := range kept {
			if k.kind == mCountry && k.tok0 == m.tok0 {
				in = true
			}
		}
		if !in {
			d.dateline, d.datelineAt = m.id, i
			return
		}
	}
}

// subjectState returns the state a sentence opens with (its subject: "Le
// Maroc poursuit", "Rabat a", "وقع المغرب"), if any within its first
// four words and not one of except.
func (sc *sentScan) subjectState(except []string) string {
	for _, c := range sc.countries() {
		if c.tok0 > 3 {
			break
		}
		if c.sub == "agency" || contains(except, c.id) || sc.placeOnly(c) || sc.r15coopAfterWith(c) { // all_r15_coop_hub.go: "With Rwanda, he signed"
			continue
		}
		if c.sub == "demonym" && !sc.officialOf(c) {
			continue
		}
		return c.id
	}
	return ""
}

// contextSigner is the signer of an agreement whose sentence names none:
// this sentence's dateline, the subject of one of the two sentences
// before, the document's dateline, else the state it names most.
func (d *docScan) contextSigner(i int, partners []string) string {
	if d.dateline != "" && d.datelineAt == i && !contains(partners, d.dateline) {
		return d.dateline
	}
	if s := d.r15coopHubSigner(i, partners); s != "" { // all_r15_coop_hub.go: "With Nigeria, an agreement was signed" after "With Rwanda, he signed"
		return s
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if s := d.sents[j].subjectState(partners); s != "" {
			return s
		}
	}
	if d.dateline != "" && !contains(partners, d.dateline) {
		return d.dateline
	}
	if len(partners) == 1 {
		seen := map[string]bool{}
		if c := d.agreementPartner(partners[0], seen); c != "" { // all_r13_frtrans_partner.go
			return c
		}
	}
	// the state named most (no agency, no mere place: "in Brüssel" is
	// where, not who), when no other is named as often
	return d.mostNamed(tallySigners, mostOpts{skip: func(c string) bool { return contains(partners, c) }, noTie: true})
}

// agreementEachContext reads the sentences agreementWithEach leaves:
// several partners after "with" whose signer is an official's demonym or
// is not in the sentence, and one partner whose signer is not in it. It
// returns one pair per partner, or nil.
func (d *docScan) agreementEachContext(i int, sc *sentScan) [][]domain.Party {
	partners, first := sc.withPartners()
	if len(partners) == 0 {
		if ps := d.betweenPartners(sc); ps != nil {
			return ps
		}
		return sc.r16coopHostPairs() // all_r16_coop_hosts.go: "À Moscou puis à Ankara, le ministre nigérien a signé des accords"
	}
	signer, named := sc.signerBefore(first, partners)
	if named && signer == "" {
		// "Le Mali, le Burkina Faso et le Niger ont signé des accords avec
		// la Russie": each state of the list before "with" signs with the
		// one partner, when the agreements are several
		if signers := sc.signerList(first, partners); len(partners) == 1 && len(signers) >= 2 && sc.pluralAgreement() {
			var out [][]domain.Party
			for _, s := range signers {
				out = append(out, []domain.Party{{Code: s}, {Code: partners[0]}})
			}
			return out
		}
		return nil // several states before "with"
	}
	if !named {
		signer = d.contextSigner(i, partners)
	} else if len(partners) == 1 {
		return nil // "A signed an agreement with B": the sentence's two
	}
	if signer == "" {
		return nil
	}
	// "unterschrieb zusammen mit ihren Amtskollegen aus Frankreich,
	// Griechenland und Italien eine Absichtserklärung": one text that all
	// sign
	if len(partners) >= 2 && !sc.pluralAgreement() && !sc.r16coopTwoWiths(partners) { // all_r16_coop_several.go: "avec la Turquie en 2021, puis avec le Qatar"
		set := []domain.Party{{Code: signer}}
		for _, p := range partners {
			if p != signer {
				set = append(set, domain.Party{Code: p})
			}
		}
		return [][]domain.Party{set}
	}
	var out [][]domain.Party
	for _, p := range partners {
		if p != signer {
			out = append(out, []domain.Party{{Code: signer}, {Code: p}})
		}
	}
	return out
}

// signerList returns the states before token first when they form one
// list (listJoined) and no other state stands before "with".
func (sc *sentScan) signerList(first int, partners []string) []string {
	var out []string
	var prev *mention
	for _, c := range sc.countries() {
		if c.tok0 >= first || c.sub == "agency" || contains(partners, c.id) {
			continue
		}
		if c.sub == "demonym" || prev != nil && !sc.listJoined(*prev, c) {
			return nil
		}
		c := c
		prev = &c
		if !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// pluralAgreement reports whether the sentence's first agreement word is a
// plural ("accords", "agreements", "acuerdos", "اتفاقيات").
func (sc *sentScan) pluralAgreement() bool {
	if sc.r16coopSeveral() { // all_r16_coop_several.go: "un accord avec A, puis un autre avec B", "ont chacun signé"
		return true
	}
	ps := sc.cuePositions("agreement")
	if len(ps) == 0 {
		return false
	}
	n, _ := sc.lw.set("agreement").at(sc.toks, ps[0])
	// the head noun: English puts it last ("reciprocal access agreement",
	// "status of forces agreement" are one text), the others first
	// ("accords de coopération", "acuerdos", "Absichtserklärungen",
	// "Verträge", "اتفاقيات")
	head := ps[0]
	if sc.lw.code == "en" {
		head = ps[0] + max(n, 1) - 1
	}
	w := sc.toks[head].norm
	return strings.HasSuffix(w, "s") && len(w) > 4 || strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "ungen") || strings.HasSuffix(w, "vertrage")
}

// betweenPartners reads "entre le Maroc et le Nigeria, le Rwanda et
// l'Éthiopie", "between Morocco and Nigeria, Rwanda and Ethiopia": a list
// of three states or more after a word for "between"; the first signs
// with each of the others.
func (d *docScan) betweenPartners(sc *sentScan) [][]domain.Party {
	if !sc.pluralAgreement() {
		return nil
	}
	cs := sc.countries()
	for k, t := range sc.toks {
		switch t.norm {
		case "entre", "between", "zwischen", "بين":
		default:
			continue
		}
		for ci, c := range cs {
			if c.tok0 <= k {
				continue
			}
			j := k + 1
			for j < c.tok0 && sc.lw.isTok("article", &sc.toks[j]) {
				j++
			}
			if j != c.tok0 || c.sub == "demonym" || c.sub == "agency" {
				return nil
			}
			l := []string{c.id}
			prev := c
			for _, o := range cs[ci+1:] {
				if o.sub == "agency" || !sc.listJoined(prev, o) {
					break
				}
				prev = o
				if !contains(l, o.id) {
					l = append(l, o.id)
				}
			}
			if len(l) < 3 {
				return nil
			}
			var out [][]domain.Party
			for _, p := range l[1:] {
				out = append(out, []domain.Party{{Code: l[0]}, {Code: p}})
			}
			return out
		}
		return nil
	}
	return nil
}

// agreementContinues reports whether a sentence with an agreement word and
// a partner after "with", but no word of signing and no date, goes on
// from a sentence just before that signs agreements ("Le Maroc a signé
// plusieurs accords en 2023 : … - un mémorandum d'entente avec le Rwanda
// ;"), and gives that sentence's year (else the document's).
func (d *docScan) agreementContinues(i int, sc *sentScan) (int, bool) {
	ps, first := sc.withPartners()
	if len(ps) == 0 {
		return 0, false
	}
	// the partner hangs on the agreement word ("un accord de défense avec
	// le Nigeria"); "the access agreement coincides with mounting
	// tension in the South China Sea, with Beijing" does not
	near := false
	for _, p := range sc.cuePositions("agreement") {
		if p < first && first-p <= 8 && !hardBreakBetween(sc.toks, p, first) {
			near = true
		}
	}
	if !near {
		return 0, false
	}
	// a signer: a state before "with", else the one of the sentences
	// before
	if s, _ := sc.signerBefore(first, ps); s == "" && d.agreementEachContext(i, sc) == nil {
		return 0, false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		p := d.sents[j]
		if p.doubtful() || !p.has("agreement") {
			continue
		}
		if !p.has("agreement-sign") {
			continue
		}
		for _, y := range p.years {
			if !y.relative {
				return y.year, true
			}
		}
		return d.docYear(), true
	}
	return 0, false
}
