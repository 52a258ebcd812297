// Package extract reads facts out of a cleaned document: it splits the text
// into sentences, finds mentions (countries, weapon systems, programs,
// organisations, money, quantities, years) with the lexicon, and applies
// ordered rules that turn them into the six fact types of the facts
// contract, each with its evidence sentence, attribution, confidence and
// the id of the rule that made it. It does no I/O and knows nothing of
// storage.
package extract

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// ErrUnsupportedLanguage is returned for documents in a language that has no
// extraction data yet; the document can still be stored.
var ErrUnsupportedLanguage = errors.New("language not yet supported for extraction")

// Extractor holds the compiled lexicon. It is safe for concurrent use.
type Extractor struct {
	lex   *lexicon.Lexicon
	m     *matcher
	langs map[string]*langWords
	model *Model
	// typeNames: typeNameIndex of lex
	typeNames map[string]string
}

// Supported are the languages facts are extracted from.
var Supported = []string{"en", "fr", "ar", "es", "de"}

// New compiles a lexicon for extraction.
func New(lex *lexicon.Lexicon) *Extractor {
	x := &Extractor{lex: lex, m: buildMatcher(lex), langs: map[string]*langWords{}, model: DefaultModel()}
	for _, code := range lex.Langs() {
		x.langs[code] = newLangWords(lex.Lang(code), code)
	}
	x.typeNames = typeNameIndex(lex)  // de_typenames.go
	r13AddKindNames(x.typeNames, lex) // all_r13_detrans_kindname.go
	return x
}

// Supports reports whether facts can be extracted from a language.
func (x *Extractor) Supports(lang string) bool {
	for _, s := range Supported {
		if s == lang {
			return x.langs[lang] != nil
		}
	}
	return false
}

// Facts extracts the facts of one document. doc.Text is the cleaned text;
// doc.Published (YYYY-MM-DD), when set, anchors relative dates.
func (x *Extractor) Facts(doc *domain.Document) ([]domain.Fact, error) {
	if !x.Supports(doc.Language) {
		return nil, fmt.Errorf("%s: %w: %q", doc.Source, ErrUnsupportedLanguage, doc.Language)
	}
	cands := x.candidates(doc, x.model != nil)
	var out []domain.Fact
	if x.model == nil {
		for _, c := range cands {
			out = append(out, c.Fact)
		}
		return out, nil
	}
	conf := make([]float64, len(cands))
	for i, c := range cands {
		conf[i] = x.model.Confidence(c.Features)
	}
	stages := make([]string, len(cands))
	for i, c := range cands {
		stages[i] = c.Fact.Stage
		if st, ok := x.model.Stage(c.StageFeatures); ok && conf[i] >= x.model.Threshold {
			stages[i] = st
		}
	}
	KeepSplitStages(cands, stages, func(i int) bool { return conf[i] >= x.model.Threshold }) // stage_model.go
	for i, c := range cands {
		if conf[i] >= x.model.Threshold {
			c.Fact.Confidence = roundConf(conf[i])
			c.Fact.Stage = stages[i]
			out = append(out, c.Fact)
		}
	}
	return out, nil
}

// Candidates returns every fact the rules propose for a document, with the
// features the decision model reads, before the model decides. Training
// (internal/learn) labels them against the gold.
func (x *Extractor) Candidates(doc *domain.Document) ([]Candidate, error) {
	if !x.Supports(doc.Language) {
		return nil, fmt.Errorf("%s: %w: %q", doc.Source, ErrUnsupportedLanguage, doc.Language)
	}
	return x.candidates(doc, true), nil
}

func (x *Extractor) candidates(doc *domain.Document, relaxed bool) []Candidate {
	var cs []Candidate
	if len(doc.Text) > windowRunes && utf8.RuneCountInString(doc.Text) > windowRunes {
		cs = x.windowCandidates(doc, relaxed) // windows.go
	} else {
		cs = x.scanCandidates(doc, relaxed)
	}
	r15DupesSiblingFeatures(cs) // all_r15_dupes_siblings.go: one deal stated twice
	return cs
}

// scanCandidates scans a document (or a window of a long one) at once.
func (x *Extractor) scanCandidates(doc *domain.Document, relaxed bool) []Candidate {
	lw := x.langs[doc.Language]
	pub, _ := time.Parse("2006-01-02", doc.Published)
	d := &docScan{x: x, lw: lw, doc: doc, pub: pub, implicitSup: map[int]bool{}, relaxed: relaxed}
	d.scan()
	d.runRules()
	d.anaphoricModel()   // enfres_anaphor.go
	d.frOtherCustomers() // fr_customers.go
	d.fresMoreCounts()   // fres_r2_more.go: "puis 12 de plus", "mientras Chile compró 12"
	d.nameGenerics()     // fr_named.go
	d.dePartitiveNamed() // de_partitive.go: "Acht der älteren Panzer"
	d.nameByOrigin()     // enfres_items.go
	d.wholeAfterComma()  // enfres_whole.go
	d.batchOrderNext()   // all_batches.go: "recibió 10 tanques. El contrato por 40 unidades se firmó en 2021"
	d.batchOfThem()      // all_batches.go: "received seven of them in July 2024, under a contract for 15"
	d.frEnCounts()       // fr_r4_enclitic.go: "et en a déjà livré six"
	d.markItems()        // enfres_items.go
	// all_r16_customers_other.go: "ha sido escogido también por Hungría", "Auch Großbritannien und Portugal hätten Flugzeuge gekauft"
	d.r16OtherCustomers()
	// all_r13_detrans_firstbatch.go: "… 21 bestellt. Die ersten vier wurden im März 2023 geliefert", "Von den 18 bestellten … die ersten zwei erhalten"
	d.r13FirstBatchNext()
	d.r13WholeThenFirst()
	cs := d.finish()
	glossAidNames(cs)   // all_r8_coop_aidnames.go
	d.setEventDates(cs) // eventdate.go
	d.markNotice(cs)    // notice.go
	d.bodyEvidence(cs)
	out := make([]Candidate, len(cs))
	for i, c := range cs {
		out[i] = Candidate{Fact: c.f}
		if relaxed { // only the model reads features
			out[i].Features = d.features(c.f, c.m)
			out[i].StageFeatures = d.stageFeatures(c.f, c.m)
		}
	}
	d.r8FillAttrs(cs, out) // all_r8_attrs_fill.go: attributes the features do not read
	return out
}

// bodyEvidence cites the body for a fact the headline states and the body
// states again: the first body sentence that does is the evidence, the
// headline being a summary that often leaves out what the body gives
// (the seller, the stage, the number).
func (d *docScan) bodyEvidence(cs []candidate) {
	for k := range cs {
		c := &cs[k]
		if c.m.sent != 0 || len(c.m.sents) < 2 {
			continue
		}
		first := -1
		for j := range c.m.sents {
			if j > 0 && (first < 0 || j < first) {
				first = j
			}
		}
		if first > 0 && first < len(d.sents) {
			s := d.sents[first].s
			c.f.Evidence = domain.Evidence{Start: s.start, End: s.end, Text: s.text}
		}
	}
}

// SetModel replaces the decision model (nil: keep every candidate the
// strict rules make, with the rules' own confidence).
func (x *Extractor) SetModel(m *Model) { x.model = m }

func roundConf(p float64) float64 { return float64(int(p*1000+0.5)) / 1000 }

// DateHeadRunes is how much of a text PublishedDate reads: its first
// 1,500 runes.
const DateHeadRunes = 1500

// PublishedDate finds the publication date stated at the top of a text
// ("WARSAW, March 28, 2018 —", "Publié le 23/09/2016"), or the zero time.
func (x *Extractor) PublishedDate(text, lang string) time.Time {
	lw := x.langs[lang]
	if lw == nil {
		lw = x.langs["en"]
	}
	head := headRunes(text, DateHeadRunes)
	if t := findDate(head, lw); !t.IsZero() {
		return t
	}
	return r8HeadDate(head, lw) // all_r8_attrs_headdate.go, de_headdate.go: "Politik | Oktober 2023", "date 2023-05"
}

// DateHead is the part of text PublishedDate reads, copied, so that a
// caller can keep it without keeping the whole text.
func DateHead(text string) string { return strings.Clone(headRunes(text, DateHeadRunes)) }

// docScan is the state of one document's extraction.
type docScan struct {
	// kindSrc caches kindSources: asked once per transfer, sourceOfKind
	// would read every sentence each time
	kindSrc map[string][][]string
	// r11KindBack parallels kindSrc: the sentence of each source when its
	// noun is a demonstrative's, which points back (all_r11_fresh4_listseller.go), else -1
	r11KindBack map[string][]int
	esNick      map[string]string // es_nickname.go: nicknames introduced in quotes, word -> system id
	// bySent indexes facts by their evidence's start (add keeps it)
	bySent map[int][]int
	// bySystem indexes transfers by their system's key when added
	// (systemKey: the lexicon id, or "cat:" and the kind); a lookup checks
	// the facts' parties as they stand now
	bySystem map[string][]int
	// exParties caches docParticipants, orgProgram docOrgProgram
	exParties  *[]domain.Party
	orgProgram *orgProgram
	x          *Extractor
	lw         *langWords
	doc        *domain.Document
	pub        time.Time
	sents      []*sentScan
	notice     bool
	buyer      string // the purchaser of an official notice
	facts      []domain.Fact
	attrib     []string // attribution per sentence
	aggs       []aggCand
	// implicitSup marks the facts whose supplier is only the system's origin
	implicitSup map[int]bool
	// r6ExportDoc: 0 unknown, 1 the document speaks of exports, 2 not (all_r6_roles_approver.go)
	r6ExportDoc int8
	// r6Report, r6ReportAt: the exporter a German export report names, and where (all_r6_roles_approver.go)
	r6Report     string
	r6ReportAt   int
	r6ReportDone bool
	// lastOrg is the organisation named last, for "the alliance"
	lastOrg string
	// meta is what the rules know of each of facts (same index)
	meta []factMeta
	// pending are the flags for the next fact added
	pending []string
	// relaxed: filters flag their doubts instead of dropping candidates
	relaxed bool
	// national: 0 not read yet, 1 no, 2 the text calls its exercise
	// national (fr_exercise.go)
	national   int8
	arNational int8 // coop_r3_exercise.go
	// focusCount are the running counts of the document's main pair
	focusCount focusCounts
	// runes is the text as runes, made once (evidence offsets are runes)
	runes []rune
	// docCounts are counts for the features, made after the rules ran
	docCounts *docCounts
	// inherit are the running counts of stated parties (all_r6_inherit.go)
	inherit inheritCounts
	// dateline is the state of the document's dateline and the sentence
	// it opens (coop_r6_signer.go)
	dateline   string
	datelineAt int
	// tallies are the counts of states' mentions (stateCounts), each made
	// once when asked (all_r8_quality_mostnamed.go)
	tallies  *[tallyKinds]map[string]int
	headPair *[2]string // all_r6_aggregate_sum.go: headlinePair
	// aidRows: the programme each row sentence of an aid table falls
	// under (all_r7_aidrows.go)
	aidRows map[int]aidRowHead
	// r8PrevBusy: prevSentencePair is reading the sentence before (all_r8_enar_prevpair.go)
	r8PrevBusy bool
	r8Prev     map[int][2]string // the pair each sentence took so, by its start
	// r16SysSents: how many sentences name each system, counted once when
	// first asked (all_r16_sysname_onlymention.go); mentions are final
	// after scan
	r16SysSents map[string]int
}

func (d *docScan) scan() {
	for _, s := range splitSentences(d.doc.Text) {
		sc := &sentScan{s: s, lw: d.lw}
		sc.toks = tokenize(s.text, s.start)
		// de_particles.go: "schloss ... ab"
		deMarkParticles(sc.toks, d.lw.code)
		found := d.x.m.find(sc.toks, d.lw.code)
		sc.mentions = arDropDateline(sc.toks, dropDateline(s.text, s.start, found)) // ar_dateline.go
		d.keepDateline(len(d.sents), found, sc.mentions)                            // coop_r6_signer.go: the place a story was filed from
		sc.mentions = dropDesigner(sc.toks, dropBorder(sc.toks, dropSubnational(sc.toks, sc.mentions, d.lw), d.lw), d.lw)
		// a state's agency or armed forces speak for the state: "the DSCA
		// notified" is the United States, "the Royal Armed Forces received"
		// Morocco
		for k, m := range sc.mentions {
			if m.kind == mNamed && (m.sub == "agency" || m.sub == "organization") {
				if n, ok := d.x.lex.NamedEntry(m.id); ok && n.Country != "" {
					sc.mentions[k].kind, sc.mentions[k].id, sc.mentions[k].sub = mCountry, n.Country, "agency"
				}
			}
		}
		d.deTypeNames(sc)       // de_typenames.go: "Schützenpanzer vom Typ Bradley", "Fuchs-Panzer"
		d.esQuotedNicknames(sc) // es_nickname.go: "cazas JF-17 ‘Thunder’" ... "del “Thunder”"
		// all_r9_fresh_ammo.go: "M1A2K training ammunition" is ammunition
		d.dropAmmoQualifiers(sc)
		// all_r9_fresh_typeof.go: "Exporttyp 218" names what "Typ 218" names
		d.deCompoundTypes(sc)
		sc.scanNumbers(d.pub)
		sc.notDelivered() // fr_money.go: "Mi-171 livrés" is no sum in pounds
		sc.scanDuals(d.x.m)
		d.sents = append(d.sents, sc)
	}
	// all_numbers_r5_words.go: "Italien mit 50,6 Millionen." takes the currency of the sentences before
	carryCurrencies(d.sents)
	d.dropSharedMetonyms()    // shared_metonyms.go: the Bundesrat is Switzerland's only in a Swiss document
	d.r13ShortLeaders()       // all_r13_leftovers_shortleader.go: "Xi said" after "President Xi Jinping"
	d.dropQualifiedMetonyms() // all_r12_esprec_qualified.go: "el Ejército de Tierra francés" is no Spanish force
	// an official arms-sale notice: "Prospective Purchaser: Government of X"
	for _, sc := range d.sents {
		if sc.noticeCue(d.lw.set("notice")) {
			d.notice = true
		}
	}
	if d.notice {
		d.buyer = d.findBuyer()
	}
	d.attrib = make([]string, len(d.sents))
	prev := ""
	for i, sc := range d.sents {
		a := attribution(sc, prev)
		d.attrib[i] = a
		if a != "" {
			prev = a
		}
	}
}

// findBuyer reads the purchaser of a notice: the country after
// "Government of" that the notice names most.
func (d *docScan) findBuyer() string {
	count := map[string]int{}
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind != mCountry || m.id == "US" {
				continue
			}
			w := 1
			if m.tok0 >= 2 && (sc.toks[m.tok0-1].norm == "of" || sc.toks[m.tok0-1].norm == "du" || sc.toks[m.tok0-1].norm == "de") &&
				(sc.toks[m.tok0-2].norm == "government" || sc.toks[m.tok0-2].norm == "gouvernement") {
				w = 5
			}
			count[m.id] += w
		}
	}
	best, bn := "", 0
	for k, v := range count {
		if v > bn || v == bn && k < best {
			best, bn = k, v
		}
	}
	return best
}

// candidate is a fact with what the rules know of it.
type candidate struct {
	f domain.Fact
	m factMeta
}

// finish merges candidates that state the same thing and orders them by
// position.
func (d *docScan) finish() []candidate {
	d.splitStagedYears() // stages.go
	d.dropFutureYears()  // en_future.go
	d.pairRespectively() // en_respectively.go
	d.elidedCounts()     // en_ellipsis.go
	d.genericValues()    // en_genericvalue.go
	var out []candidate
	index := map[string][]int{}
	for k, f := range d.facts {
		c := candidate{f, d.meta[k]}
		key := factKey(f)
		// the same deal at another stage or year is another event; a
		// statement of it without stage or year joins the first event it
		// fits ("ordered in 2024" and "the contract covers 150")
		merged := false
		for _, i := range index[key] {
			if (!distinctEvent(out[i].f, f) || d.pubYearSame(&out[i], &c)) && !d.dealCountApart(&out[i], &c) && !d.arOrderCountApart(&out[i], &c) && !d.batchCountApart(&out[i], &c) && !d.flashbackApart(&out[i], &c) { // stages.go, ar_wholeorder.go, all_batches.go, all_events_flashback.go
				if d.pubYearGives(&out[i], &c) {
					out[i].f.Year = c.f.Year // all_events_pubyear.go: the text's year, not the page's
				}
				out[i].merge(c)
				merged = true
				break
			}
		}
		if !merged {
			index[key] = append(index[key], len(out))
			out = append(out, c)
		}
	}
	out = foldBreakdowns(out)       // all_events_breakdown.go: "16 F-16, منها 12 ... و4 ..."
	out = r15coopFoldExercises(out) // all_r15_coop_exedition.go: "« Lion Côtier 2024 »" and "Lion Côtier"
	// a family name with nothing of its own ("F-16" in a headline) is the
	// variant the body names ("F-16 Block 72") for the same pair
	kept0 := out[:0]
	for _, c := range out {
		f := c.f
		if f.Type == domain.TypeTransfer && f.Quantity == 0 && f.Value == nil {
			merged := false
			for k := range out {
				g := &out[k]
				if g.f.Type == domain.TypeTransfer && g.f.Supplier.String() == f.Supplier.String() && g.f.Recipient.String() == f.Recipient.String() && (parentOf(f.System, g.f.System) || shipOfClass(f.System, g.f.System)) {
					g.merge(c)
					merged = true
					break
				}
			}
			if merged {
				continue
			}
		}
		kept0 = append(kept0, c)
	}
	out = kept0
	d.lendGenericStage(out) // en_genericstage.go
	// an announced package's systems are approved (en_announced.go)
	d.announcedPackageStage(out)
	// a generic mention is dropped when a named system of the same
	// category covers the same pair
	// category covers the same pair, unless both are counted apart in one
	// list ("10 misiles Hellfire, 30 torpedos": munitions with a quantity
	// of their own are facts of their own)
	named := map[string][]domain.Fact{}
	for _, c := range out {
		if f := c.f; f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" {
			k := f.Supplier.String() + "|" + f.Recipient.String() + "|" + f.System.Category
			named[k] = append(named[k], f)
		}
	}
	countedApart := func(g domain.Fact, ns []domain.Fact) bool {
		if g.Quantity == 0 {
			return false
		}
		for _, n := range ns {
			if n.Quantity == 0 || n.Quantity == g.Quantity || n.Evidence.Start != g.Evidence.Start {
				return false
			}
		}
		return true
	}
	var lent []int
	for k, c := range out {
		if f := c.f; f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == "" {
			if ns := named[f.Supplier.String()+"|"+f.Recipient.String()+"|"+f.System.Category]; len(ns) > 0 && !countedApart(f, ns) {
				lent = append(lent, k)
			}
		}
	}
	// "Worth 5.3 billion SEK, the agreement covers four aircraft": what a
	// dropped generic alone states goes to the named system (all_generic_lend.go)
	for _, k := range lent {
		lendToNamed(out, k)
	}
	kept := out[:0]
	for k, c := range out {
		if len(lent) > 0 && lent[0] == k {
			lent = lent[1:]
			continue
		}
		kept = append(kept, c)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].f.Evidence.Start < kept[j].f.Evidence.Start })
	return kept
}

func (c *candidate) merge(o candidate) {
	mergeInto(&c.f, o.f)
	c.m.merge(o.m)
}

func factKey(f domain.Fact) string {
	p := func(x *domain.Party) string {
		if x == nil {
			return ""
		}
		return x.String()
	}
	switch f.Type {
	case domain.TypeTransfer:
		sys := ""
		if f.System != nil {
			sys = f.System.ID
			if sys == "" {
				sys = "cat:" + f.System.Category
			}
		}
		return f.Type + "|" + p(f.Supplier) + "|" + p(f.Recipient) + "|" + sys
	case domain.TypeAggregate:
		return f.Type + "|" + p(f.Supplier) + "|" + p(f.Recipient)
	case domain.TypeAssistance:
		prog := ""
		if f.Program != nil {
			prog = f.Program.ID
		}
		return f.Type + "|" + prog + "|" + p(f.Recipient)
	case domain.TypeAgreement:
		codes := make([]string, len(f.Parties))
		for i, x := range f.Parties {
			codes[i] = x.String()
		}
		sort.Strings(codes)
		return f.Type + "|" + strings.Join(codes, ",")
	case domain.TypeMembership:
		org := ""
		if f.Organization != nil {
			org = f.Organization.ID
		}
		return f.Type + "|" + p(f.Member) + "|" + org
	case domain.TypeExercise:
		return f.Type + "|" + strings.ToLower(f.Name)
	}
	return f.Type
}

// distinctEvent: two transfers of the same system to the same state that
// state different stages or years ("ordered 24 in 2015", "ordered 30 more
// in 2021") are two events, not one.
func distinctEvent(a, b domain.Fact) bool {
	// two aid measures of the same program with their own amounts ("€12
	// million in 2022, €15 million in 2024") are two measures
	if a.Type == domain.TypeAssistance && a.Value != nil && b.Value != nil {
		return a.Value.Amount != b.Value.Amount || a.Year != b.Year
	}
	if a.Type == domain.TypeAgreement {
		return distinctAgreement(a, b) // enfres_events.go
	}
	if a.Type != domain.TypeTransfer {
		return false
	}
	// "100 Harpoon coastal systems and 400 Harpoon missiles": two counts
	// of one system in one sentence are two lines
	if a.Evidence.Start == b.Evidence.Start && a.Quantity != 0 && b.Quantity != 0 && a.Quantity != b.Quantity {
		return true
	}
	if variantCounts(a, b) { // fr_variants.go: "deux Mi-171Ch et deux Mi-17V5"
		return true
	}
	if distinctBatch(a, b) { // enfres_events.go
		return true
	}
	// "Norway has chosen the Type 26" beside "Norway ordered five Type
	// 26": a selection is the same deal as the order that follows it
	if (a.Stage == domain.StageOther) != (b.Stage == domain.StageOther) && (a.Quantity == 0 || b.Quantity == 0 || a.Quantity == b.Quantity) {
		return false
	}
	if requestOfApproval(a, b) { // enfres_request.go
		return false
	}
	if a.Stage != "" && b.Stage != "" && a.Stage != b.Stage {
		return true
	}
	return a.Year != 0 && b.Year != 0 && a.Year != b.Year
}

// mergeInto fills the attributes dst lacks from src.
func mergeInto(dst *domain.Fact, src domain.Fact) {
	if dst.Quantity == 0 {
		dst.Quantity = src.Quantity
	}
	if dst.Value == nil && src.Value != nil {
		dst.Value, dst.ValueUSD = src.Value, src.ValueUSD
	}
	if dst.Stage == "" || dst.Stage == domain.StageOther {
		dst.Stage = src.Stage // a selection followed by an order is the order
	}
	if dst.Year == 0 {
		dst.Year = src.Year
	}
	if dst.DurationYears == 0 {
		dst.DurationYears = src.DurationYears
	}
	if dst.Attribution == "" {
		dst.Attribution = src.Attribution
	}
	if src.Confidence > dst.Confidence {
		dst.Confidence = src.Confidence
	}
	if dst.Type == domain.TypeExercise || dst.Type == domain.TypeAgreement {
		seen := map[string]bool{}
		for _, p := range dst.Parties {
			seen[p.String()] = true
		}
		for _, p := range src.Parties {
			if !seen[p.String()] {
				dst.Parties = append(dst.Parties, p)
			}
		}
	}
}

// dropDateline removes the countries named in a dateline ("الجزائر، 24 جوان
// 2022 —", "WARSAW, March 28, 2018 —"): the place a story was filed from is
// not a party to it.
func dropDateline(text string, base int, ms []mention) []mention {
	head := headRunes(text, 80)
	dash := indexDash(head)
	if dash < 0 {
		return dropPeriodHyphenDateline(head, base, ms) // all_r8_fres_dateline.go: "Ciudad de México.- "
	}
	if !strings.ContainsAny(head[:dash], "0123456789٠١٢٣٤٥٦٧٨٩") && !capsDateline(head[:dash]) {
		return ms
	}
	// "Nigeria to take delivery of 18 attack helicopters – Air Chief": a
	// headline with a number is no dateline; a dateline is short or sets
	// its place apart ("Berlin, 12. Juli 2023 —", "PARIS (AFP) —")
	if !strings.ContainsAny(head[:dash], ",،(") && len(strings.Fields(head[:dash])) > 5 {
		return ms
	}
	end := base + utf8.RuneCountInString(head[:dash])
	return dropCountries(ms, func(m mention) bool { return m.end <= end })
}

// indexDash is strings.IndexAny(s, "—–") as a byte search: IndexAny
// reads a text rune by rune for a set of runes beyond ASCII, and
// dropDateline asks it of every sentence. Both dashes are E2 80 94 and
// E2 80 93 in UTF-8, and E2 only ever starts a rune.
func indexDash(s string) int {
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], 0xE2)
		if j < 0 {
			return -1
		}
		i += j
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
			return i
		}
	}
	return -1
}

// capsDateline reports whether head, the words before a dash, is an
// undated dateline in capitals: the place, then perhaps its agency in
// brackets ("TAIPEI (Taiwan News)", "SUBIC BAY", "NEW DELHI (Reuters)").
// A headline keeps its lower-case words ("Kenya to take delivery – …").
func capsDateline(head string) bool {
	place, agency, _ := strings.Cut(head, "(")
	if agency != "" && !strings.Contains(agency, ")") {
		return false
	}
	place = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(place), ","))
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		case r != ' ' && r != '.' && r != '-' && r != '\'':
			return false
		}
	}
	return letters >= 3 && len(strings.Fields(place)) <= 3
}

// dropCountries returns ms without the states for which drop is true (a
// new list: ms may be shared).
func dropCountries(ms []mention, drop func(mention) bool) []mention {
	var out []mention
	for _, m := range ms {
		if m.kind == mCountry && drop(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropSubnational drops a state's name that names a part of another state:
// a word of kind subnational right after it in capitals ("Niger State",
// "the Niger Delta") or before it, at most one linking word between
// ("delta du Niger", "delta del Níger", "Bundesstaat Niger", "دلتا النيجر");
// "the State of Qatar" keeps its state ("of" links no region).
func dropSubnational(toks []token, ms []mention, lw *langWords) []mention {
	set := lw.set("subnational")
	out := ms[:0] // in place: ms is the sentence's own list
	for _, m := range ms {
		if m.kind == mCountry && m.sub == "name" {
			if m.tok1 < len(toks) {
				r, _ := utf8.DecodeRuneInString(toks[m.tok1].raw)
				if n, _ := set.at(toks, m.tok1); n > 0 && unicode.IsUpper(r) {
					continue
				}
			}
			if k := m.tok0 - 1; k >= 0 {
				if subnationalLink[toks[k].norm] {
					k--
				}
				if n, _ := set.at(toks, k); n > 0 && toks[k].norm != "state" {
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// subnationalLink are the words between a region's word and its state's
// name: "delta du Niger", "delta del Níger".
var subnationalLink = map[string]bool{"du": true, "del": true, "de": true, "des": true}

// textAt is the text between two rune offsets.
func (d *docScan) textAt(start, end int) string {
	if d.runes == nil {
		d.runes = []rune(d.doc.Text)
	}
	return string(d.runes[start:end])
}
