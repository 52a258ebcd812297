package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

// factMeta is what the rules know about a candidate beyond the fact itself:
// the sentence it was read from and the reasons a rule had to doubt it
// (flags). It travels with the candidate through merging.
type factMeta struct {
	sent  int
	flags []string
	// support counts the candidates merged into this one
	support int
	// sents are the sentences that stated it
	sents map[int]bool
	// statedYear: one of sents writes a year that is not read from the
	// publication date ("in 2018", not "this year"; all_events_pubyear.go)
	statedYear bool
}

func (m *factMeta) merge(o factMeta) {
	m.support += o.support
	m.statedYear = m.statedYear || o.statedYear
	for s := range o.sents {
		m.sents[s] = true
	}
	for _, f := range o.flags {
		if !contains(m.flags, f) {
			m.flags = append(m.flags, f)
		}
	}
}

// flag records a doubt on the candidate the rules are about to add: in
// candidate mode a filter that would have dropped a candidate marks it
// instead and lets the model weigh the doubt.
func (d *docScan) flag(name string) {
	d.pending = append(d.pending, name)
}

// features are the model's view of one candidate: interpretable binary
// features, each prefixed with the fact type so that every type learns its
// own weights. Change FeatureVersion when their meaning changes.
func (d *docScan) features(f domain.Fact, m factMeta) []string {
	t := f.Type + "|"
	// the rule and the rule in this language: a rule written for one
	// language's constructions gets its own weight there, so that its
	// candidates do not move the weight the other languages share
	out := make([]string, 0, 40) // a candidate has 11 to 36 features (seen corpus, r8): no growth
	out = append(out, t+"bias", t+"lang="+d.lw.code, t+"rule="+f.Rule, t+"lang-rule="+d.lw.code+"/"+f.Rule)
	add := func(s string) { out = append(out, t+s) }
	for _, fl := range m.flags {
		add("flag=" + fl)
	}
	sc := d.sents[m.sent]
	if m.sent == 0 {
		add("headline")
	}
	switch pos := float64(m.sent) / float64(len(d.sents)); {
	case pos < 0.34:
		add("pos=early")
	case pos < 0.67:
		add("pos=mid")
	default:
		add("pos=late")
	}
	if len(m.sents) > 1 {
		add("sents=2+")
	}
	if d.attrib[m.sent] != "" {
		add("attributed")
	}
	if d.notice {
		add("notice")
	}
	if sc.negated() {
		add("negated")
	}
	if sc.cueOf("hypothetical") {
		add("hypothetical")
	}
	if sc.has("future") {
		add("future")
	}
	if sc.has("deal") {
		add("deal-word")
	}
	nc := map[string]bool{}
	for _, c := range sc.countries() {
		nc[c.id] = true
	}
	add("countries=" + bucket(len(nc), 3))
	add("numbers=" + bucket(len(sc.nums), 3))
	add("words=" + bucket(len(sc.toks)/15, 4)) // sentence length in steps of 15 words
	if len(sc.money) > 0 {
		add("money-in-sentence")
	}
	sysStart := -1
	if f.System != nil {
		sysStart = d.mentionStart(sc, f.System.Mention)
	}
	if f.System != nil {
		// "rather than the Rafale", "cheaper than cruise missiles", "the
		// last competitor, the Super Hornet": a system compared, not traded
		for _, x := range sc.mentions {
			if (x.kind == mSystem || x.kind == mGeneric) && x.start == sysStart {
				if sc.cueIn("compare", max(0, x.tok0-6), x.tok0) {
					add("compared")
				}
				if sc.targetOf(x) {
					add("target") // all_r6_extras.go: "protection against aircraft"
				}
				if sc.itemFor(x) {
					add("item-for") // all_r6_extras.go: "sensor pods for jets"
				}
				sc.dealCueFeatures(x, add) // all_r6_extras.go: how far the word of the deal is
				if sc.derivedBase(x) {
					add("derived-base") // all_r9_fresh_derived.go: "dérivé du P-3 Orion"
				}
				if sc.capableOf(x) {
					add("capability") // all_r6_extras.go: "a launcher able to fire eight missiles"
				}
				break
			}
		}
	}
	named := func(p *domain.Party, role string) {
		if p == nil || p.IsZero() {
			add(role + "=none")
			return
		}
		add(role + "-doc-mentions=" + bucket(d.countryMentions()[p.Code], 4))
		if p.Code != "" && nc[p.Code] {
			add(role + "=named")
			for _, c := range sc.countries() {
				if c.id != p.Code {
					continue
				}
				s, r := d.roleCues(sc, c)
				switch {
				case sc.placeOnly(c):
					add(role + "-cue=place")
				case s && r:
					add(role + "-cue=owner")
				case s:
					add(role + "-cue=supplier")
				case r:
					add(role + "-cue=recipient")
				case role == "rec" && d.listedRecipient(sc, c): // all_roles_lists.go: "an Togo, Niger und Marokko"
					add(role + "-cue=listed")
				default:
					add(role + "-cue=none")
				}
				if c.sub != "" {
					add(role + "-as=" + c.sub)
				}
				// the word before the name ("to", "from", "à", "من") and
				// an attached Arabic preposition ("ل" in "للمغرب")
				if k := c.tok0 - 1; k >= 0 {
					if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
						k--
					}
					add(role + "-prev=" + sc.toks[k].norm)
				} else {
					add(role + "-prev=^")
				}
				if c.prefix != "" {
					add(role + "-prefix=" + c.prefix)
				}
				if f.System != nil {
					for _, x := range sc.mentions {
						if (x.kind == mSystem || x.kind == mGeneric) && x.start == sysStart {
							if c.tok0 < x.tok0 {
								add(role + "-before-system")
							} else {
								add(role + "-after-system")
							}
						}
					}
				}
				break
			}
		} else if p.Code != "" && d.countryMentions()[p.Code] > 0 {
			add(role + "=in-doc")
		} else {
			add(role + "=elsewhere")
		}
	}
	switch f.Type {
	case domain.TypeTransfer, domain.TypeAggregate:
		named(f.Supplier, "sup")
		named(f.Recipient, "rec")
		add("pair-facts=" + bucket(d.pairCount(f), 3))
	case domain.TypeAssistance:
		named(f.Provider, "prov")
		named(f.Recipient, "rec")
	case domain.TypeMembership:
		named(f.Member, "member")
		d.memberFeatures(sc, f, add)     // all_r7_member_feats.go
		d.memberLinkFeatures(sc, f, add) // all_r8_coop_member_link.go
	case domain.TypeAgreement, domain.TypeExercise:
		add("parties=" + bucket(len(f.Parties), 3))
		k := 0
		for _, p := range f.Parties {
			if p.Code != "" && nc[p.Code] {
				k++
			}
		}
		add("parties-named=" + bucket(k, 2))
	}
	if f.System != nil {
		if f.System.ID == "" {
			add("sys=generic")
			// "the aircraft", "ces appareils", "las aeronaves": a word for
			// any aircraft or ship, weaker than "attack helicopters"
			if broadNouns[normWord(strings.ToLower(f.System.Mention))] {
				add("sys=broad")
			}
		} else {
			add("sys=named")
		}
		add("cat=" + f.System.Category)
		if f.Supplier != nil && f.System.Origin != "" {
			if f.Supplier.Code == f.System.Origin {
				add("sup=origin")
			} else {
				add("sup!=origin")
			}
		}
		n := 0
		if f.System.ID != "" {
			n = d.counts().systems[f.System.ID]
		}
		add("sys-mentions=" + bucket(n, 3))
		dc := d.counts()
		// a category word beside a named system the same state gets: the
		// named candidate states the deal ("27 Strykers ... the vehicles")
		if f.System.ID == "" && f.Recipient != nil && dc.namedCat[pairKey{f.Recipient.String(), f.System.Category}] {
			add("generic-beside-named")
		}
		d.genericFeatures(f, add) // all_generic.go: "48 Patrouillenboote" with a stage
		// all_r14_nofact_sidemention.go: "the deal also covers engines, radars and munitions"
		d.r14nofactFeatures(f, add)
		// no stage here while the same system is staged elsewhere: a
		// description or a repeat of the deal, not another one
		if f.System.ID != "" && f.Stage == "" && dc.staged[f.System.ID] {
			add("staged-elsewhere")
		}
		// the same system with the states' roles the other way round in
		// another sentence: one of the two readings is wrong
		if f.Supplier != nil && f.Recipient != nil {
			if ss, ok := dc.pairSys[pairSysKey{f.Recipient.String(), f.Supplier.String(), sysKey(f)}]; ok && ss.other(m.sent) {
				add("reversed-elsewhere")
			}
		}
	}
	if f.Type == domain.TypeTransfer && sc.has("in-service") {
		add("in-service-cue") // "replaces", "en service", "ya dispone de"
	}
	if f.Stage != "" {
		add("stage=" + f.Stage)
	} else {
		add("stage=none")
	}
	if f.Quantity > 0 {
		add("quantity")
	}
	if f.Value != nil {
		add("value")
	}
	if f.Year != 0 {
		add("year")
	}
	if f.DurationYears != 0 {
		add("duration")
	}
	return genericCross(f, out) // all_r10_rejected_cross.go: "generic&stage=none"
}

func bucket(n, max int) string {
	if n >= max {
		return strconv.Itoa(max) + "+"
	}
	return strconv.Itoa(n)
}

// doubt is a filter's verdict on the candidate being built: in strict mode
// it drops the candidate (true); in relaxed mode, where the model decides,
// it records the doubt as a flag and keeps the candidate (false).
// The doubts in hardDoubts are what the annotation rules exclude outright
// (negated, hypothetical, future, in combat, made at home, a milestone):
// they drop the candidate in both modes.
func (d *docScan) doubt(name string) bool {
	if !d.relaxed || hardDoubts[name] {
		return true
	}
	d.flag(name)
	return false
}

var hardDoubts = map[string]bool{
	"denial": true, "negated": true, "production": true, "combat": true,
	"future-clause": true, "hypothetical-clause": true, "hypothetical-stage": true, "ordinal": true,
	"notice-no-quantity": true,
	"agreement-ended":    true, "agreement-company-party": true, "agreement-deal": true, "agreement-domestic": true, // coop_r3_agreement.go
	"exercise-not-name": true, "aid-requested": true, // coop_r3_exercise.go, coop_r3_aid.go
	"service-maintenance": true,                          // all_precision_service.go: "the maintenance of its 12 FA-50PH"
	"display":             true, "exercise-deploy": true, // all_precision_display.go: a parade, a fair, an exercise
}

// mentionStart finds where a system's mention starts in the sentence.
func (d *docScan) mentionStart(sc *sentScan, mention string) int {
	if sc.runes == nil {
		sc.runes = []rune(sc.s.text)
	}
	text, n := sc.runes, utf8.RuneCountInString(mention)
	for _, x := range sc.mentions {
		if (x.kind == mSystem || x.kind == mGeneric) && x.end-x.start == n && x.start >= sc.s.start &&
			x.end-sc.s.start <= len(text) && string(text[x.start-sc.s.start:x.end-sc.s.start]) == mention {
			return x.start
		}
	}
	return -1
}

// docCounts are document-wide counts the features read, made once.
type docCounts struct {
	countries map[string]int         // mentions of each state
	systems   map[string]int         // mentions of each system
	pairs     map[pairKey]int        // candidates between two states (supplier, recipient)
	namedCat  map[pairKey]bool       // (recipient, category) of named-system candidates
	staged    map[string]bool        // systems some candidate gives a stage
	pairSys   map[pairSysKey]sentSet // (supplier, recipient, system): sentences
}

// pairKey and pairSysKey key the counts by their strings, no string made
// per candidate (all_r8_quality: keys joined with ">" and "|" cost an
// allocation each).
type pairKey struct{ a, b string }

type pairSysKey struct{ sup, rec, sys string }

// sentSet is what the features ask of a set of sentences: its first
// sentence and whether it holds another.
type sentSet struct {
	first int
	multi bool
}

// other reports whether the set holds a sentence other than i.
func (s sentSet) other(i int) bool { return s.multi || s.first != i }

// sysKey names a candidate's system: its id, else its mention.
func sysKey(f domain.Fact) string {
	if f.System == nil {
		return ""
	}
	if f.System.ID != "" {
		return f.System.ID
	}
	return f.System.Mention
}

func (d *docScan) counts() *docCounts {
	if d.docCounts != nil {
		return d.docCounts
	}
	c := &docCounts{countries: d.stateCounts(tallyMentions), systems: map[string]int{}, pairs: map[pairKey]int{},
		namedCat: map[pairKey]bool{}, staged: map[string]bool{}, pairSys: map[pairSysKey]sentSet{}}
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind == mSystem {
				c.systems[m.id]++
			}
		}
	}
	for i, g := range d.facts {
		if g.Supplier != nil && g.Recipient != nil {
			c.pairs[pairKey{g.Supplier.String(), g.Recipient.String()}]++
		}
		if g.Type != domain.TypeTransfer || g.System == nil {
			continue
		}
		if g.System.ID != "" {
			if g.Recipient != nil {
				c.namedCat[pairKey{g.Recipient.String(), g.System.Category}] = true
			}
			if g.Stage != "" {
				c.staged[g.System.ID] = true
			}
		}
		if g.Supplier != nil && g.Recipient != nil {
			k := pairSysKey{g.Supplier.String(), g.Recipient.String(), sysKey(g)}
			sent := d.meta[i].sent
			if ss, ok := c.pairSys[k]; !ok {
				c.pairSys[k] = sentSet{first: sent}
			} else if !ss.multi && ss.first != sent {
				ss.multi = true
				c.pairSys[k] = ss
			}
		}
	}
	d.docCounts = c
	return c
}

func (d *docScan) countryMentions() map[string]int { return d.counts().countries }

// pairCount counts the candidates of the document between f's two states.
func (d *docScan) pairCount(f domain.Fact) int {
	if f.Supplier == nil || f.Recipient == nil {
		return 0
	}
	return d.counts().pairs[pairKey{f.Supplier.String(), f.Recipient.String()}]
}
