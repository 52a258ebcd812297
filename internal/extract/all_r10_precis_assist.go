package extract

import (
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// Round 10 (precis), assistance precision: training sold or handed over
// with the goods of a deal is part of that deal, no programme of military
// assistance ("El encargo incluye repuestos, documentación, herramientas y
// la formación de los marinos marroquíes", "Tras varios días de
// instrucción de las tripulaciones uruguayas, el Ejército de Brasil
// completó el traspaso a Uruguay de 21 blindados", "le contrat comprend la
// maintenance, les pièces de rechange et la formation des équipages").
// The annotation rules: "Parts, spares, training and support sold with a
// system are not separate facts". trainingAid (fr_training.go) and
// esTrainingAid (es_r4_training.go) already left out a sentence with a
// word of a deal; these two had none.

// precisTrainingWithGoods reports whether the sentence gives its training
// beside the goods of a deal: a word of support other than a word of
// training (spares, maintenance, logistics), or a weapon system (or a
// category of arms) with a word of a deal's stage.
func (sc *sentScan) precisTrainingWithGoods() bool {
	return sc.trainingWithGoods("train-word", "train-noun")
}

// trainingWithGoods reports whether the sentence gives its training with
// goods: a word of support that is no training word of these kinds, or a
// transfer it tells (precisTellsTransfer).
func (sc *sentScan) trainingWithGoods(trainKinds ...string) bool {
	for _, p := range sc.cuePositions("support") {
		training := false
		for _, kind := range trainKinds {
			training = training || sc.lw.isTok(kind, &sc.toks[p])
		}
		if !training {
			return true
		}
	}
	return sc.precisTellsTransfer() // all_r10_precis_member.go
}

// Second class: one recipient's share of a program's total. "the $5.5
// billion in foreign military financing grants it also wants from
// Congress, of which $40 million would go to Tunisia", "dont 40 millions
// pour la Tunisie", "davon 40 Millionen für Tunesien", "de los cuales 40
// millones para Túnez", "منها 40 مليون دولار لتونس": the recipient's
// assistance is the share after the word of inclusion and before the
// recipient, not the total nearest the program's name.

// precisShare returns the index of the amount that follows an including
// word (within two tokens) and precedes the mention of rec (within six
// tokens), or k when there is none.
func (sc *sentScan) precisShare(rec string, k int) int {
	if rec == "" || len(sc.money) < 2 {
		return k
	}
	inc := sc.lw.set("including")
	if inc == nil {
		return k
	}
	for j, mo := range sc.money {
		if j == k {
			continue
		}
		s, e := tokIndexAt(sc.toks, mo.start), tokIndexAt(sc.toks, mo.end)
		cue := false
		for p := s - 1; p >= 0 && p >= s-3 && !cue; p-- {
			if n, _ := inc.at(sc.toks, p); n > 0 && p+n <= s && s-(p+n) <= 2 {
				cue = true
			}
		}
		if !cue {
			continue
		}
		for _, c := range sc.countries() {
			if c.id == rec && c.tok0 >= e && c.tok0-e <= 6 {
				return j
			}
		}
	}
	return k
}

// Third class: a sentence that opens on "of this amount" ("ومن أصل هذا
// المبلغ المخصص لمصر ... يرتبط 320 مليون دولار بشروط", "Of that total,
// $300 million is conditioned", "Davon sind 300 Millionen an Bedingungen
// geknüpft") tells a part of an assistance the document has already
// given to that recipient, no assistance of its own.
func (d *docScan) precisPortion(sc *sentScan, rec string) bool {
	if rec == "" || !d.hasAssistance("", rec) {
		return false
	}
	p, ok := sc.lw.set("part-of-total").any(sc.toks, 0, min(3, len(sc.toks)))
	return ok && p <= 2
}

// Fourth class, recall: a programme of aid with several recipients that
// the document names once, then a sentence that tells which states got
// its money ("die Ertüchtigungsinitiative der Bundesregierung ... Den
// größten Teil erhielten Jordanien und der Irak mit je 30 Millionen
// Euro", "Jordan and Iraq received $30 million each", "la Jordanie et
// l'Irak ont reçu chacun 30 millions d'euros", "recibieron 30 millones
// cada uno", "حصل الأردن والعراق على 30 مليون يورو لكل منهما"), naming
// no weapon system (a named system received with its worth is a deal's
// goods, no share of the programme's money). Each state
// the sentence names as receiving gets an assistance of the document's
// programme from its provider; the amount goes with it when the sentence
// has one amount and one state, or says "each". aidBeneficiaries
// (cooperation.go) read this for an organisation's programme and only
// with no amount in the sentence.

// precisProgramShares adds those facts; it reports whether it added any.
func (d *docScan) precisProgramShares(i int, sc *sentScan) bool {
	if d.notice || sc.doubtful() || len(sc.money) == 0 || !(sc.has("stage-received") || sc.has("aid-benefit") || sc.has("precis-aid-receive")) {
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem {
			return false // "Egypt received 12 F-16 fighters worth $500 million": goods of a deal, not the programme's money
		}
	}
	n, prov, ok := d.precisDocProgram()
	if !ok {
		return false
	}
	var recs []string
	for _, c := range sc.countries() {
		if c.sub == "agency" || sc.placeOnly(c) || c.id == prov.String() || contains(recs, c.id) || d.orgMemberHost(prov, c.id) {
			continue
		}
		if s, r := d.roleCues(sc, c); s && !r {
			return false // a giver of its own: not the programme's share
		}
		recs = append(recs, c.id)
	}
	if len(recs) == 0 || len(recs) > 4 {
		return false
	}
	var v *domain.Money
	if len(sc.money) == 1 && (len(recs) == 1 || sc.has("precis-each")) {
		mo := sc.money[0]
		v = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	}
	added := false
	for _, rec := range recs {
		if k := d.precisProgramFact(n.ID, rec); k >= 0 {
			if v != nil && d.facts[k].Value == nil {
				val := *v
				d.facts[k].Value = &val
				if val.Currency == "USD" {
					d.facts[k].ValueUSD = val.Amount
				}
			}
			continue
		}
		f := domain.Fact{Type: domain.TypeAssistance, Provider: prov, Recipient: party(rec),
			Program: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}}
		if v != nil {
			val := *v
			f.Value = &val
			if val.Currency == "USD" {
				f.ValueUSD = val.Amount
			}
		}
		d.assistanceYear(sc, &f)
		d.add(i, sc, f, "assistance.aid", 0.5)
		added = true
	}
	return added
}

// precisDocProgram returns the first programme of aid the document names
// and its provider (a state or an organisation).
func (d *docScan) precisDocProgram() (lexicon.Named, *domain.Party, bool) {
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) {
				continue
			}
			n, _ := d.x.lex.NamedEntry(m.id)
			if p := d.programProvider(n); p != nil {
				return n, p, true
			}
		}
	}
	return lexicon.Named{}, nil, false
}

// precisProgramFact returns the index of the document's assistance fact of
// program id for rec, or -1.
func (d *docScan) precisProgramFact(id, rec string) int {
	for k, f := range d.facts {
		if f.Type == domain.TypeAssistance && f.Program != nil && f.Program.ID == id && f.Recipient != nil && f.Recipient.String() == rec {
			return k
		}
	}
	return -1
}

// Fifth class: in a document about an organisation's programme of aid
// (the European Peace Facility), a sentence of a measure's amount that
// names one state but not the giver ("The assistance measure, worth €31
// million, will strengthen the capacities of the Ukrainian Armed Forces",
// "La mesure d'assistance, d'un montant de 20 millions d'euros, renforcera
// les forces armées mauritaniennes") was read as an aggregate between the
// document's two states, then as aid from one to the other
// (aggregateAsAid, all_r8_coop_aggloan.go): the organisation gives, under
// its programme, to the state the sentence names.

// precisOrgAid rewrites aid fact g so, when the document names an
// organisation's programme, g's provider is not named in the sentence and
// the sentence names one state.
func (d *docScan) precisOrgAid(sc *sentScan, g *domain.Fact) {
	if g.Type != domain.TypeAssistance || g.Provider == nil || g.Provider.Code == "" || sc.names(g.Provider.Code) {
		return
	}
	dn, dp, ok := d.docOrgProgram()
	if !ok {
		return
	}
	rec := ""
	for _, c := range sc.countries() {
		if c.sub == "agency" || sc.placeOnly(c) {
			continue
		}
		if rec != "" && rec != c.id {
			return
		}
		rec = c.id
	}
	if rec == "" || d.orgMemberHost(dp, rec) {
		return
	}
	g.Provider, g.Recipient = dp, party(rec)
	g.Program = &domain.Named{ID: dn.ID, Name: dn.Name, Aliases: dn.Aliases}
}

// Sixth class, recall: the trainees of a state's named programme or
// mission in German and Arabic, and recruits in every language ("Dans le
// cadre de l'opération Interflex, le Royaume-Uni a formé plus de 30 000
// recrues ukrainiennes", "ukrainische Soldaten", "ودربت بريطانيا أكثر من
// 30 ألف مجند أوكراني"): programBeneficiary (en_trainees.go) read only
// English, Spanish and French (fr_trainees.go, which has this class's
// French words) words for them. The Arabic words are bare: a token's norm
// has no article ("الجنود" is "جنود").
func init() {
	for _, w := range []string{
		"recruits", "sailors", "marines", "servicemembers",
		"reclutas", "marinos", "tropas",
		"soldaten", "rekruten", "offiziere", "piloten", "kadetten", "streitkräfte",
		"جنود", "جندي", "مجند", "مجندين", "ضباط", "ضابط", "عسكريين", "طيارين",
	} {
		programTrainees[normWord(w)] = true
	}
}
