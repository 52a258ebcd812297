package extract

import (
	"regexp"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// stageOf returns the stage cue nearest to token t and its position.
func (sc *sentScan) stageOf(t, end int) (string, int) {
	// verbs ("was approved", "a commandé") tell the event; nouns for a deal
	// ("Romania's purchase ... was approved") only when no verb does
	nouns := map[int]bool{}
	for _, kind := range []string{"deal", "stage-delivered", "stage-ordered", "stage-approved", "stage-requested", "stage-other"} {
		for _, p := range sc.cuePositions(kind) {
			// "lista para su envío", "the delivery of": a noun; the French
			// and Spanish "a" is a verb or a preposition, not an article
			if p == 0 {
				continue
			}
			w := sc.toks[p-1].norm
			if kind == "deal" && sc.lw.isWord("determiner", w) || sc.lw.isWord("article-before", w) || w == "a" && sc.lw.code == "en" {
				nouns[p] = true
			}
		}
	}
	for _, useNouns := range []bool{false, true} {
		if st, pos := sc.stageNear(t, end, nouns, useNouns); st != "" {
			if st == domain.StageDelivered && (sc.contractFor(pos) || sc.fresh3AgreedDelivery(pos)) { // all_r10_fresh3_agreeddelivery.go: "die Lieferung ... vereinbart"
				st = domain.StageOrdered
			}
			if st == domain.StageDelivered && sc.deOrderReceived(pos) { // de_orderstage.go: "Rheinmetall erhält einen Großauftrag"
				st = domain.StageOrdered
			}
			if st == domain.StageDelivered && sc.esContractReceived(pos) { // es_contract.go: "recibió ... un contrato de 519 millones"
				st = domain.StageOrdered
			}
			if st == domain.StageDelivered && sc.dePresentReceipt(pos) { // de_r6_presentreceipt.go: "Die Marine bekommt fünf P-8A"
				st = domain.StageOrdered
			}
			if st == domain.StageDelivered && sc.deZuStage(pos) { // de_willing.go: "…, der Ukraine 19 Haubitzen zu überlassen"
				st = domain.StageApproved
			}
			// "a reçu l'aval", "received the approval": what was received
			if st == domain.StageDelivered {
				for _, q := range sc.cuePositions("stage-approved") {
					if q > pos && q-pos <= 3 && !sc.boundaryBetween(pos+1, q) {
						st = domain.StageApproved
					}
				}
			}
			// "has asked to purchase", "a demandé à acheter", "solicitó
			// comprar": what was asked for is a request
			if (st == domain.StageOrdered || st == domain.StageDelivered) && sc.askedFor(pos) {
				st = domain.StageRequested
			}
			if q := sc.laterOrder(st, pos); q >= 0 { // all_r6_stage_progress.go: "requested 32 F-16 and signed the contract in 2023"
				st, pos = domain.StageOrdered, q
			}
			// "a letter of commitment to press ahead with delivery",
			// "selected the K9 for delivery from 2026": the choice is the
			// event, what follows is its object
			for _, q := range sc.cuePositions("stage-other") {
				// "signed a letter of commitment": what was signed
				// "firmó con Corea del Sur un acuerdo marco para la compra
				// de 20 K9": what was signed, between the verb and the system
				if q < pos && pos-q <= 8 && !sc.boundaryBetween(q+1, pos) || q > pos && q-pos <= 3 || q > pos && q < t && !sc.boundaryBetween(pos+1, q) {
					st = domain.StageOther
				}
			}
			return st, pos
		}
	}
	return "", -1
}

// contractFor reports whether the delivery word at p is what a contract
// is for: "a contract for the delivery of", "Verträge über die Lieferung
// von", "un contrat pour la livraison", "عقد لتوريد": an order, not a
// delivery.
func (sc *sentScan) contractFor(p int) bool {
	if p <= 0 || p >= len(sc.toks) || receiving(sc.toks[p:p+1]) {
		return false
	}
	for _, q := range sc.cuePositions("deal") {
		if q < p && p-q <= 3 && !sc.boundaryBetween(q+1, p) {
			return true
		}
	}
	return false
}

// stageCues are the cue kinds of the stages, most advanced first.
var stageCues = []struct{ kind, stage string }{
	{"stage-delivered", domain.StageDelivered}, {"stage-ordered", domain.StageOrdered},
	{"stage-approved", domain.StageApproved}, {"stage-requested", domain.StageRequested},
	{"stage-other", domain.StageOther},
}

func (sc *sentScan) stageNear(t, end int, nouns map[int]bool, useNouns bool) (string, int) {
	best, bestPos, bestDist, bestLen := "", -1, 1<<30, 0
	for _, k := range stageCues {
		set := sc.lw.set(k.kind)
		for _, p := range sc.cuePositions(k.kind) {
			if nouns[p] != useNouns {
				continue
			}
			// "..., على أن تُسلَّم نهاية 2011", "..., and deliveries are due
			// in 2027": a stage in a clause about the future is not this
			// system's, unless the system is in that clause
			if sc.futureClause(p) && !sc.futureClause(t) {
				continue
			}
			if k.kind == "stage-approved" && sc.asAnnounced(p) {
				continue // all_stage_r5_words.go: "Wie angekündigt hat die Ukraine ... erhalten"
			}
			dist := p - t
			if dist < 0 {
				dist = -dist
			}
			// a participle right after the system describes it ("drones
			// commandés à la Turquie", "tanks ordered in 2022"): the main
			// verb says what happened now
			if end > 0 && p >= end && p <= end+2 && !sc.auxiliaryBefore(end, p) { // all_r6_stage_aux.go: not "K9 howitzers have arrived"
				dist += 12
			}
			// "signed off on" (approved) rather than "signed" (ordered):
			// the longer cue at one position
			n, _ := set.at(sc.toks, p)
			if end > 0 && sc.attributiveBefore(p, n, t) {
				dist += 12 // all_stage_r5_words.go: "Alle sieben zugesagten Panzerhaubitzen 2000 seien eingetroffen"
			}
			if dist < bestDist || dist == bestDist && p == bestPos && n > bestLen {
				best, bestPos, bestDist, bestLen = k.stage, p, dist, n
				if k.kind == "stage-delivered" && sc.arProvidesFor(p) || k.kind == "stage-requested" && sc.arOrderedCount(p) {
					best = domain.StageOrdered // "عقد يقضي بتسليم", "طلبت ... 24 طائرة" (ar_stage.go)
				}
				if k.kind == "stage-delivered" && sc.arApprovesDelivery(p) {
					best = domain.StageApproved // "وافقت الحكومة على تسليم" (ar_stage.go)
				}
			}
		}
	}
	return best, bestPos
}

// yearNear returns the year nearest to token t in the sentence, skipping
// years that follow "since"/"depuis"/"from" (a period, not an event).
func (sc *sentScan) yearNear(t int) int {
	return sc.yearNearIn(t, 0, len(sc.toks))
}

// yearNearIn is yearNear over the years written in tokens [lo, hi).
func (sc *sentScan) yearNearIn(t, lo, hi int) int {
	best, bestDist := 0, 1<<30
	from, to := sc.clauseOf(t)
	_, futureHere := sc.lw.set("future").any(sc.toks, from, to)
	for _, y := range sc.years {
		if y.tok0 < lo || y.tok0 >= hi {
			continue
		}
		// "... and deliveries are due to start in 2027": a year in a
		// clause about the future does not date this event
		if yf, yt := sc.clauseOf(y.tok0); !futureHere && (yf != from || yt != to) {
			if _, ok := sc.lw.set("future").any(sc.toks, yf, yt); ok {
				continue
			}
		}
		if sc.rangeStart(y) {
			continue // es_yearrange.go: "entre 1996 y 1997" dates by its last year
		}
		if sc.datelineYearApart(y) {
			continue // all_batches.go: "Baghdad, 13 October 2025 - Iraq ordered 15 ... in 2021"
		}
		if y.tok0 > 0 {
			p := sc.toks[y.tok0-1].norm
			if p == "from" || p == "until" || p == "by" || p == "through" || p == "since" || p == "jusqu" || p == "partir" || p == "dici" || p == "depuis" || p == "desde" {
				if !sc.yearOpensWhen(y.tok0) { // years_when.go: "dates from 2020, when it sold"
					continue
				}
			}
		}
		dist := y.tok0 - t
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y.year, dist
		}
	}
	return best
}

// ruleTransfer: a named or generic system in a sentence that also says who
// gets it, or how many, or at which stage.
func ruleTransfer(d *docScan, i int, sc *sentScan) {
	defer func() { d.pending = nil }() // doubts of a candidate not added stay with it
	defer d.moreOfSame(i, sc)          // enfres_more.go: "otros 14 del mismo tipo"
	defer d.arSameType(i, sc)          // ar_more.go: "ست طائرات من الطراز نفسه"
	d.identifiedKind(i, sc)            // all_r6_identified.go: "Bei den Fahrzeugen handelt es sich um ältere Leopard 2A4"
	var sflags []string
	if sc.has("denial") {
		return // "Jordan denied having requested Patriot"
	}
	inService := len(sc.toks)
	if ps := sc.cuePositions("in-service"); len(ps) > 0 {
		inService = ps[0]
	}
	carriers := sc.cuePositions("carrier")
	carriedAt := map[int]bool{}
	var syss []mention
	for k, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > inService && !d.relaxed {
			continue // "to replace its ageing F-5": what it has, not what it gets
		}
		carried := false
		for _, c := range carriers {
			if c < m.tok0 && m.tok0-c <= 8 {
				carried = true // "flown in by an Indian Air Force C-17"
			}
		}
		if carried {
			if !d.relaxed {
				continue
			}
			carriedAt[m.tok0] = true
		}
		if sc.kindWordOfSystem(k) {
			continue // "Captor-E radars", "K2 tanks": the word names the system's kind (en_r2_listgeneric.go: not after a list comma)
		}
		if m.kind == mGeneric && sc.dePartitiveOfNamed(d, k) {
			continue // all_r8_de_partitivesame.go: "Su-30MKI (120 der 230 bestellten Maschinen)"
		}
		if m.kind == mGeneric && sc.component(m) && !d.r16catCountedOther(sc, m) { // all_r16_catonly_lists.go: "neun Bandvagn sowie 7390 Artilleriegeschosse"
			continue // "F-16s, including engines and training"
		}
		if sc.accessoryOf(m) {
			continue // all_precision_accessory.go: "ocho MH-60R, con repuestos y municiones"
		}
		if (m.kind == mSystem || m.kind == mGeneric) && (sc.fittedTo(m) || sc.r13FittedList(m)) { // all_r13_estrans_fittedlist.go: "armed with C-Star missiles and a VL MICA launcher"
			continue // "Eurofighters equipped with Captor-E radars": a part
		}
		if (m.kind == mSystem || m.kind == mGeneric) && sc.arNotTraded(m) {
			continue // ar_notraded.go: an exercise's gear, a rival compared with
		}
		if (m.kind == mSystem || m.kind == mGeneric) && (sc.hostOf(m) || sc.r13PartsFor(m)) { // all_r13_estrans_partsfor.go: "repuestos para vehículos, embarcaciones y aeronaves"
			continue // "munitions destinées aux chars Gepard": what it is for
		}
		if m.kind == mGeneric && sc.targetOf(m) {
			continue // all_r6_category.go: "designed to intercept ballistic missiles": what it is against
		}
		if (m.kind == mSystem || m.kind == mGeneric) && sc.esReplaced(m) {
			continue // es_replaced.go: "sustituirá a los viejos buques FFG-11"
		}
		if d.esFittedHost(sc, m) {
			continue // es_platform.go: "el sistema Aegis para las fragatas F-110"
		}
		if (m.kind == mSystem || m.kind == mGeneric) && (sc.esUpgraded(m) || sc.esDiscarded(m)) {
			continue // es_platform.go: "la modernización de las fragatas F-100"
		}
		switch m.kind {
		case mSystem:
			// "M30A2 GMLRS": a second name right after the first
			// describes it
			if k > 0 && sc.mentions[k-1].kind == mSystem && m.tok0 == sc.mentions[k-1].tok1 && !strings.ContainsAny(sc.toks[m.tok0].gap, ",;:(،؛") && !strings.HasPrefix(m.prefix, "و") { // Arabic "رافال ومروحيات كاراكال": "و" joins a second system
				continue
			}
			if sc.r10BracketGloss(k) { // all_r10_dups_bracket.go: `"ميكا" (MICA VL)`
				continue
			}
			syss = append(syss, m)
		case mGeneric:
			// "missiles HIMARS", "avions de combat Apache": the generic word
			// describes the system that follows
			if sc.systemFollows(k) || sc.headsSystem(k) || sc.r10UmbrellaSkip(m) { // all_r8_fres_headgeneric.go: "vehículos blindados a rueda (VCBR) 8x8 M1126 Stryker"; all_r10_dups_umbrella.go: "ammunition such as air-to-surface missiles"
				continue
			}
			syss = append(syss, m)
		}
	}
	// "The jets arrived in March", "ces appareils ont été livrés": a
	// definite description of a kind the previous sentences named
	syss = d.linkDescriptions(i, sc, syss)
	if len(syss) == 0 {
		d.noteSentencePair(i, sc) // all_r6_inherit.go
		d.frCopies(i, sc)         // fr_copies.go: "a commandé 52 exemplaires"
		d.deCopies(i, sc)         // de_copies.go: "354 Stück", "mehrere dieser Systeme"
		return
	}
	namedCount := 0
	for _, m := range syss {
		if m.kind == mSystem {
			namedCount++
		}
	}
	stage, stagePos := sc.stageOf(syss[0].tok0, syss[0].tok1)
	if stage == domain.StageDelivered && sc.r11PresentExport(stagePos) { // all_r11_fresh4_supportwith.go: "Südkorea exportiert 24 Panzerhaubitzen nach Norwegen"
		stage = domain.StageOrdered
	}
	if stage == "" && !d.notice {
		if p := sc.r11SupportWith(syss[0]); p >= 0 { // all_r11_fresh4_supportwith.go: "hatte Nordkorea Russland mit Raketen unterstützt"
			stage, stagePos = domain.StageDelivered, p
		}
	}
	// "among the buyers of JF-17": a buyer has ordered
	if stage == "" && !d.notice && sc.has("buyer-noun") {
		for _, c := range sc.countries() {
			if sc.listedBuyer(c) {
				stage = domain.StageOrdered
			}
		}
	}
	// "el paquete comprende ... 10 misiles Hellfire": the deal of the
	// sentence before, at its stage
	var inherited *domain.Fact
	if stage == "" && !d.notice {
		if prior := d.dealBefore(i, sc); prior != nil {
			stage, inherited = prior.Stage, prior
		}
	}
	if inherited == nil && !d.notice {
		inherited, stage = d.arShipmentBefore(i, sc, stage)            // ar_package.go: "وتضم الشحنة"
		inherited, stage = d.deContentsBefore(i, sc, inherited, stage) // de_roles2_contents.go: "Darin enthalten waren neun Kettenfahrzeuge"
	}
	if stage == "" && inherited == nil && !d.notice {
		if p := d.arrecallDealStage(sc); p >= 0 { // all_r13_arrecall_dealstage.go: "صفقة تركية لتزويد المغرب بطائرات"
			stage, stagePos = domain.StageOrdered, p
		} else if p := d.arrecallEnteredService(sc); p >= 0 { // all_r13_arrecall_dealstage.go: "دخلت 12 دبابة ليوبارد الخدمة"
			stage, stagePos = domain.StageDelivered, p
		} else if p := d.arrecallObtained(sc); p >= 0 { // all_r13_arrecall_dealstage.go: "حصول المغرب على 24 مروحية"
			stage, stagePos = domain.StageDelivered, p
		}
	}
	if inherited == nil && stage != "" && !d.notice {
		inherited = d.goodsBefore(i, sc, false) // all_r6_category.go: "Die Lieferung umfasst ..."
	}
	// "FMF to pay for Iron Dome and F-16s": money for weapons is aid, not a
	// sale, unless the sentence says something changed hands
	if stage == "" && !d.notice {
		for _, m := range sc.mentions {
			if m.kind == mNamed && m.sub == "program" && isAidProgram(m.id) {
				if !d.relaxed {
					return
				}
				sflags = append(sflags, "aid-money")
				break
			}
		}
	}
	if d.notice {
		stage = domain.StageApproved
	}
	// the money of the sentence goes to its first named system, unless this
	// is a notice, where money is the case's total
	usedMoney := map[int]bool{}
	sentenceSup := ""
	var sentenceFirst r11SentenceSeller // all_r11_fresh4_listseller.go
	sentStage, sentPos := stage, stagePos
	for k, m := range syss {
		d.pending = append([]string(nil), sflags...)
		if sc.arFleetOnly(m, inService) { // ar_fleet.go: "أسطولا يضم حاليا مقاتلات ..."
			continue
		}
		if m.tok0 > inService {
			d.flag("in-service")
		}
		if carriedAt[m.tok0] {
			d.flag("carried")
		}
		d.deDoubtFlags(sc, m) // de_doubts.go: "für eine gemeinsame Marineübung angekommen"
		// all_r14_nofact_doubts.go: "competing against the F-16", "trained on"
		d.r14nofactFlags(sc, m)
		// "la frégate, achetée en 2015 ..., arrivée; l'achat de 24 Rafale":
		// each system of a list takes the stage word nearest to it
		stage, stagePos := sentStage, sentPos
		if k > 0 && !d.notice {
			if st, pos := sc.stageInClause(m); st != "" && !sc.esOwnParticiple(m, pos, sentStage) { // es_r4_participle.go
				stage, stagePos = st, pos
			}
		}
		dealStage, dealSent := "", -1
		if stage == "" && !d.notice {
			dealStage, dealSent = d.arDealContents(i, sc) // ar_dealcontents.go: "وتشمل الصفقة ..."
			stage = dealStage
		}
		if stage != domain.StageRequested && sc.negatedFor(m.tok0, stagePos) {
			continue // a negation never orders or delivers
		}
		var f domain.Fact
		f.Type = domain.TypeTransfer
		origin := ""
		if m.kind == mSystem {
			s, _ := d.x.systemOf(m)
			origin = s.Origin
			// "The contract also covers Meteor missiles": a co-produced
			// system whose listed origin the text never names is sold by
			// the document's supplier
			if fs, _ := d.focus(); fs != "" && fs != origin && len(sc.countries()) == 0 && !d.names(origin) && !d.r11NoDealWords(i, sc, stage) { // all_r11_fresh4_listseller.go
				origin = fs
			}
			origin = d.focusGiverOrigin(sc, origin, stage, carriedAt[m.tok0]) // all_r8_de_aidgiver.go: "bekam die Ukraine außerdem neun Bandvagn"
			// a system several states build (Eurofighter, Meteor, NH90) is
			// sold by whichever of them the sentence names
			if multinational(s.Maker) && !sc.names(origin) {
				origin = ""
			}
			f.System = systemFact(s, "")
			if sc.esOwnPlatform(m, origin) && d.doubt("es-own-platform") {
				continue // es_platform.go: "las fragatas F-110 de la Armada española"
			}
		} else {
			origin = sc.itemDemonymOrigin(m, sentenceSup) // en_r2_itemdemonym.go: "Korean-built corvette; ... Australian drones"
			f.System = &domain.System{Category: m.id}
			f.System, origin = d.arKindOfNamed(sc, m, f.System, origin)    // ar_kindof.go: "بيع 24 رافال ... لشراء 36 مقاتلة"
			f.System, origin = d.sameTypeNamed(i, sc, m, f.System, origin) // all_r8_de_sametype.go: "35 Flugzeuge des Typs"
		}
		f.System.Mention = d.textAt(m.start, m.end)
		sup, rec := d.pairFor(sc, origin, &m)
		if d.r11OwnBuyerNotSeller(sc, m, origin, rec, sentenceFirst) { // all_r11_fresh4_listseller.go: "submarinos Scorpene para Malasia ... varias patrulleras para Venezuela"
			if s2, r2 := d.pairFor(sc, "", &m); s2 != "" && s2 != sentenceFirst.sup && r2 != "" {
				sup, rec = s2, r2 // else the origin's state stays: "Leopard-2-Panzer gehen an die Türkei, Israel bekommt zwei U-Boote"
			}
		}
		// ar_signedsupply.go: "وقّعت كوريا الجنوبية اتفاقا يقضي بتوريد منظومة دفاع جوي إلى أبوظبي"
		sup, rec = d.arSignedSupply(sc, sup, rec)
		// ar_ministry.go: "كما وافقت الخارجية على بيع القاهرة ذخائر"
		sup, rec = d.arMinistrySupplier(sc, sup, rec)
		sup = d.arUnnamedOrigin(sc, m, sup, rec)    // "سلّمت واشنطن ... صواريخ AT4" (ar_aggdup.go)
		sup, _ = sc.esSellerOfOther(m, sup, origin) // es_listseller.go: "Scorpène ..., así como tanques Leopard 2 comprados a Alemania"
		// "ستحصل إسرائيل بموجب الصفقة على 30 ألف قذيفة": the deal's
		// supplier, when the deal taken up is the document's pair's
		if sup == "" && rec != "" && dealSent >= 0 {
			sup = d.arDealSupplier(dealSent, rec)
		}
		// "The package covers 11 rocket launchers": a list naming no state
		// is the package's of the sentence before
		if (sup == "" || rec == "") && inherited != nil && inherited.System == nil && len(sc.countries()) == 0 {
			sup, rec = inherited.Supplier.String(), inherited.Recipient.String()
		}
		sup, rec = sc.deContentsPair(inherited, sup, rec) // de_roles2_contents.go: the package's states, not the maker's
		// "Le Sénégal a réceptionné trois patrouilleurs. Ces bateaux ont
		// été construits par le chantier français Piriou": the builder
		// the next sentence names sells a generic system (enfres_maker.go)
		if sup == "" && rec != "" && m.kind == mGeneric && i+1 < len(d.sents) {
			if c := d.builderState(d.sents[i+1]); c != "" && c != rec {
				sup = c
			} else if c := d.giverState(d.sents[i+1]); c != "" && c != rec { // fr_next.go: "Ces blindés ont été fournis par la Turquie"
				sup = c
			}
		}
		// all_r8_fres_destined.go: "Dassault a livré six Rafale. Ces
		// appareils sont destinés à la Grèce"
		if sup != "" && (rec == "" || !sc.names(rec)) && i+1 < len(d.sents) {
			if c := d.destinedState(d.sents[i+1]); c != "" && c != sup {
				rec = c
			}
		}
		listed := d.listedRecipients(sc, &m, rec, sup)
		listOnly := len(listed) > 0 && (rec == "" || !sc.names(rec) || contains(listed, rec))
		if listOnly {
			rec, listed = listed[0], listed[1:] // "إلى 16 دولة، بينها السعودية والإمارات"
		}
		sup, rec = d.frContractParties(i, sc, sup, rec)       // fr_contract.go: "Le contrat porte sur 12 Rafale"
		sup, rec = d.deTransferExporter(i, sc, sup, rec)      // de_exports.go: "Genehmigt wurde die Ausfuhr von ...", "Katar erhalte Kampfpanzer"
		sup, rec = d.deApproverSells(sc, origin, sup, rec)    // de_seat.go: "Der Bundesrat hat die Ausfuhrbewilligung für Leopard 2 erteilt"
		sup, rec = d.approverExports(i, sc, origin, sup, rec) // all_r6_roles_approver.go: "Berlin a autorisé l'exportation de deux systèmes Patriot"
		sup, rec = d.buyForThird(sc, sup, rec)                // all_r6_roles_buyfor.go: "Lithuania has bought two NASAMS launchers for Ukraine"
		sup, rec = d.deReexport(sc, origin, sup, rec)         // de_reexport.go: "hat Polen die Weitergabe von Leopard-Panzern an die Ukraine genehmigt"
		sup, rec = d.deFormerStocks(sc, origin, sup, rec)     // de_stockowner.go: "2700 Strela aus früheren NVA-Beständen"
		sup, rec = d.deOwnForcesGiver(sc, origin, sup, rec)   // de_roles2_forces.go: "Die Luftwaffe hat der Ukraine 500 Stinger übergeben"
		sup, rec = d.deCoGivers(sc, sup, rec)                 // de_cogivers.go: "die Deutschland und die Niederlande geliefert haben"
		sup = d.r14FormerOwner(sc, &m, origin, sup, rec)      // all_r14_roles_formerowner.go: "UH-1H de la Fuerza Aérea de Taiwán", "F-16 that belonged to Denmark"
		sup = d.r14BoughtFromGiver(sc, &m, sup, rec)          // all_r14_roles_boughtfrom.go: "a cédé à l'Ukraine des obusiers achetés à la Finlande"
		d.noteParties(i, sc, sup, rec)                        // all_r6_inherit.go
		if (sup == "" || rec == "") && !d.notice && (m.kind == mSystem || namedCount > 0 && len(sc.countries()) == 0) {
			// all_r6_inherit.go: "the first shipment included VT4 main
			// battle tanks": the parties the document stated before
			if s2, r2, fl := d.inheritParty(i, sc, sup, rec); len(fl) > 0 {
				if d.hasTransfer(f.System, r2) || d.doubt(fl[0]) { // a stated fact keeps its own flags
					continue
				}
				for _, x := range fl[1:] {
					d.flag(x)
				}
				sup, rec = s2, r2
			}
		}
		sup, rec = d.r14NearRecipient(i, sc, &m, stage, sup, rec)    // all_r14_nocand_nearrec.go: the state of the sentences just before
		if sup == "" || rec == "" || d.r14nofactDomestic(sup, rec) { // all_r14_nofact_doubts.go: "livrés à Nouméa" for the French navy
			continue
		}
		implicit := m.kind == mSystem && sup == origin && !sc.names(origin)
		var moreGivers []string // de_stocks.go
		if gs := d.deStockGiver(sc, i, rec, origin); implicit && len(gs) > 0 {
			sup, implicit, moreGivers = gs[0], false, gs[1:]
		}
		// "T-72 sowjetischer Bauart aus eigenen Beständen": a system given
		// from a state's own stocks is not sold by its maker's state
		if implicit && sc.has("second-hand") && d.doubt("second-hand-origin") {
			continue
		}
		if svc := sc.serviceOf(m); svc != "" && d.doubt("service-"+svc) {
			continue // all_precision_service.go: "the maintenance of its 12 FA-50PH"
		}
		if why := d.r16nofactTeaser(i, sc); why != "" && d.doubt(why) {
			continue // all_r16_nofact_sidelines.go: "Llegó a Trelew el segundo avión P-3C Orion", another article's headline
		}
		if sentenceSup == "" {
			sentenceSup = sup
			sentenceFirst = r11SentenceSeller{sup: sup, rec: rec, implicit: implicit}
		}
		// "The US Army awarded Lockheed Martin a contract for 1,200 PAC-3
		// MSE": making or buying at home, when no buyer is named here
		if !d.notice && !sc.names(rec) {
			if from, to := sc.stretchOf(m.tok0); sc.productionIn(from, to) && d.r16OnlyMentionDoubt("production", sc, m, rec, origin) { // all_r16_sysname_onlymention.go
				continue
			}
		}
		if !d.notice {
			// "fired 12 Iskander missiles at Kharkiv", "shot down with
			// Patriot": weapons in use are not changing hands
			if from, to := sc.stretchOf(m.tok0); sc.cueIn("combat", from, to) && d.doubt("combat") {
				continue
			}
			// all_precision_display.go: "En el desfile participaron 20
			// tanques T-72B1", "llegaron para participar en el ejercicio"
			if why := sc.onShow(m, stage); why != "" && d.doubt(why) {
				continue
			}
			if why := d.r13ParadeDoc(sc, implicit, sup, rec); why != "" && d.doubt(why) {
				continue // all_r13_estrans_paradedoc.go: "cruzaron dos blindados Panhard" in a parade's report
			}
			if why := sc.shipVoyage(f.System.Category, stage); why != "" && d.doubt(why) {
				continue // all_r12_esprec_voyage.go: "envió el buque Papaloapan a Cuba con ayuda humanitaria"
			}
			if why := d.fresh3ExerciseArrival(i, sc, stage); why != "" && d.doubt(why) { // all_r10_fresh3_exarrival.go: "sind bereits in Russland eingetroffen" beside "die Übung"
				continue
			}
		}
		if stage != domain.StageRequested && !d.notice {
			from, to := sc.clauseOf(m.tok0)
			// "Alles in allem soll Griechenland 40 Marder bekommen": a
			// state that is to get weapons has been promised them, and an
			// announced pledge is approved (not a delivery date of a deal)
			if pp := sc.pledgeIn(from, to); pp >= 0 && (stage == "" || stage == domain.StageDelivered) {
				stage, stagePos = domain.StageApproved, pp
			} else if _, ok := sc.futureIn(from, to); ok && !sc.reportedPast(from, to) && !sc.frPlannedTotal(from, to) { // fr_planned.go; all_clauses_r5_asplanned.go: "wie geplant lieferte"
				// "awaits 30 more MiG-31 that it ordered earlier": a past
				// order told after the system stands
				if !sc.orderedAfter(m, to) && !sc.orderedAfterComma(m, to) && !sc.arAwaitsReceipt(from, to) && !sc.futureReceipt(from, to, sup, rec) && d.r16OnlyMentionDoubt("future-clause", sc, m, rec, origin) { // all_r16_sysname_onlymention.go // en_r4_future.go: "is set to receive ... from France" // ar_await.go; all_batches.go: "doit recevoir 24 Rafale, commandés en 2021"
					continue // "deliveries are expected in 2027"
				}
				stage = domain.StageOrdered
			}
			stage = sc.futureReceiptStage(stage, from, to, sup, rec) // en_r4_future.go: "will receive ... from France"
			// "Colombia is considering buying fighters": a hypothetical in
			// the system's clause or in the stage verb's
			// "Deutschland will der Ukraine 178 Leopard 1 liefern": a
			// state that wants to give has pledged, in doubt (de_want.go)
			wantGive := sc.deWantGive(from, to)
			if wantGive && d.doubt("de-want-give") {
				continue
			}
			if wantGive && (stage == "" || stage == domain.StageDelivered) {
				stage, stagePos = domain.StageApproved, -1
			}
			if !wantGive && (sc.hypotheticalFor(m, from, to) || sc.deGovernedHypothetical(from, to)) && !sc.arHedgedType(m) && d.doubt("hypothetical-clause") { // enfres_relative.go; de_willing.go; ar_hedge.go
				continue
			}
			if stagePos >= 0 {
				sf, st := sc.clauseOf(stagePos)
				if sc.hypotheticalFor(m, sf, st) && d.doubt("hypothetical-stage") {
					continue
				}
			}
		}
		if sc.ordinalBefore(m) && d.doubt("ordinal") {
			continue // "Dassault a livré le 250e Rafale": a milestone, not a deal
		}
		q := sc.quantityBefore(m)
		q = max(q, sc.arDualCount(m)) // "غواصتين" (ar_dual.go)
		if q == 0 {
			q = sc.headCount(m) // all_r8_fres_headgeneric.go: "cuatro vehículos blindados a rueda (VCBR) 8x8 M1126 Stryker"
		}
		// "motores T-700" in a package: engines with no count of their own
		// are parts of the aircraft sold
		if m.kind == mSystem && f.System.Category == "engines" && q == 0 {
			continue
		}
		// a buyer taken from the rest of the document needs a count, an
		// amount, a word for the deal, or the same system already going to
		// it
		dealHere := sc.has("deal") || d.bulletOfDeal(i)
		if !d.notice && !sc.names(rec) && q == 0 && len(sc.money) == 0 && !d.hasTransfer(f.System, rec) && !dealHere && d.doubt("weak-buyer") {
			continue
		}
		if d.notice && q == 0 && d.doubt("notice-no-quantity") {
			continue // a notice lists what is sold with its quantity
		}
		// a generic word ("radars", "drones") is a transfer only beside
		// named systems, or with a stage and a number or an amount
		if m.kind == mGeneric && namedCount == 0 && (stage == "" || q == 0 && len(sc.money) == 0 && !sc.r8BatchOf(m)) && d.doubt("generic-alone") { // all_r8_enar_batch.go: "a new batch of fighter jets"
			continue
		}
		// with no stage, count or amount, a transfer needs a word for a
		// deal ("the sale of Harpoon missiles to Morocco")
		if !d.notice && stage == "" && q == 0 && len(sc.money) == 0 {
			if !dealHere && d.doubt("bare") {
				continue
			}
		}
		f.Supplier, f.Recipient = party(sup), party(rec)
		f.Quantity = q
		if listOnly {
			f.Quantity = 0 // the count is the whole list's
		}
		if !d.notice && (m.kind == mSystem || sc.arGenericPriced(m, namedCount)) && sc.aggregateMoney() < 0 && !sc.arTotalOverSystems() && sc.goodsIncluding() < 0 { // ar_totals.go, ar_numbers.go; all_aggregate_including.go
			if k := sc.moneyFor(m, usedMoney); k >= 0 {
				mo := sc.money[k]
				f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
				if mo.currency == "USD" {
					f.ValueUSD = mo.amount
				}
				usedMoney[k] = true
			}
		}
		f.Stage = stage
		if !d.notice {
			at := m.tok0
			if stagePos >= 0 {
				at = stagePos
			}
			f.Year = sc.yearNear(at)
			// "12 ZU-23-2 en 2014, Tigr en 2012 y dos Mi-17 en 2009": a
			// year right after a system of a list is its own
			if y := sc.yearAfter(m); y != 0 && len(syss) > 1 {
				f.Year = y
			}
			if f.Year == 0 && inherited != nil {
				f.Year = inherited.Year
			}
			if f.Year == 0 && stage != "" && inherited == nil && !d.pub.IsZero() {
				f.Year = d.pub.Year()
			}
		}
		conf := 0.6
		if m.kind == mSystem {
			conf += 0.15
		}
		if stage != "" {
			conf += 0.1
		}
		// "the first 6 of 24 F-16s arrived", "mehr als 120 der 230
		// bestellten Maschinen sind übergeben": the part delivered, and
		// the whole ordered
		var whole *domain.Fact
		if part, total := sc.fresh3PartOf(m, len(syss)); part > 0 && (stage == domain.StageDelivered || stage == domain.StageOrdered && sc.deliveredToo()) { // stages.go; all_r10_fresh3_countto.go: not "48 an Finnland und 100 an Indien"
			f.Quantity, f.Stage = part, domain.StageDelivered
			w := f
			w.Quantity, w.Stage, w.Value, w.ValueUSD = total, domain.StageOrdered, nil, 0
			if w.Year == f.Year {
				w.Year = 0
			}
			d.batchYears(sc, &f, &w) // all_batches.go: "the last two of the 12 it bought under a 2014 deal"
			whole = &w
		} else if part, total, ok := sc.firstOf(m, len(syss)); ok && (stage == "" || stage == domain.StageDelivered || stage == domain.StageOrdered) {
			// "the first of 12 T-6Cs", "two Su-30s, the first batch of an
			// overall six", "el primer submarino de los cuatro Scorpène":
			// the whole is ordered; what arrived is the first part
			if part > 0 {
				f.Quantity = part
			} else if f.Quantity == total {
				f.Quantity = 0
			}
			if stage == domain.StageOrdered && (sc.deliveredToo() || sc.enWelcomed(m)) { // stages.go; en_r2_welcomed.go: "welcomed BRP Rizal, the first of two corvettes it ordered"
				f.Stage = domain.StageDelivered
			}
			w := f
			w.Quantity, w.Stage, w.Value, w.ValueUSD = total, domain.StageOrdered, nil, 0
			if w.Year == f.Year && f.Stage != "" {
				w.Year = 0
			}
			d.enWelcomedYears(sc, m, &f, &w) // en_r2_welcomed.go: "welcomed X, the first of two corvettes ordered in 2021"
			d.batchYears(sc, &f, &w)         // all_batches.go
			if f.Stage == domain.StageOrdered {
				f = w // "ordered the first six of 24": the order is of 24
			} else {
				whole = &w
			}
		}
		// "12 Rafale, en plus des 24 exemplaires acquis dès mai 2015": the
		// earlier deal, with its own count, stage and year
		var earlier *domain.Fact
		if m.kind == mSystem && whole == nil && !d.notice {
			if e, from := sc.inAddition(m, f); e != nil {
				earlier = e
				if f.Year == e.Year {
					f.Year = 0
					if y := sc.yearBefore(from); y != 0 {
						f.Year = y
					} else if stage != "" && !d.pub.IsZero() {
						f.Year = d.pub.Year()
					}
				}
			}
		}
		// "Slovakia and Bulgaria ordered F-16s": one fact per buyer
		flags := d.pending
		recs, cued := d.r15pairRecipients(sc, rec, sup) // all_r15_pair_lists.go: also an uncued list, flagged
		for k, other := range recs {
			for _, x := range []*domain.Fact{&f, whole, earlier} {
				if x == nil {
					continue
				}
				d.pending = r15pairFlags(flags, k, cued)
				g := *x
				g.Recipient = party(other)
				if implicit {
					d.implicitSup[len(d.facts)] = true
				}
				d.add(i, sc, g, "transfer.system", conf)
			}
		}
		d.r15pairGapped(i, sc, m, f, flags, conf) // all_r15_pair_gapped.go: "..., and Qatar ordered 24 more"
		for _, other := range listed {
			d.pending = flags
			g := f
			g.Recipient, g.Quantity, g.Value, g.ValueUSD = party(other), 0, nil, 0
			d.add(i, sc, g, "transfer.system", conf)
		}
		// "Leopard 1A5 tanks from Germany and Denmark": one fact per
		// supplier of a list the sentence gives as the source
		// (enfres_conj.go)
		if !implicit && sc.names(sup) {
			for _, other := range d.conjoinedSuppliers(sc, sup, rec) {
				d.pending = flags
				g := f
				g.Supplier = party(other)
				d.add(i, sc, g, "transfer.system", conf)
			}
		}
		d.deMoreGivers(i, sc, f, moreGivers, flags, conf) // de_stocks.go
	}
}

// partOf finds "N of M" counting the system — "the first 6 of 24
// F-16s", "six of the 24 jets", "120 der 230 bestellten Maschinen" — and
// returns both numbers; in a sentence of one system the pair may stand
// anywhere in it.
func (sc *sentScan) partOf(m mention, nsys int) (part, total int) {
	if p, t := sc.arabicPartOf(m); p > 0 {
		return p, t
	}
	if p, t := sc.arDealTotal(m); p > 0 { // "في إطار صفقة لشراء 30 طائرة" (ar_dealtotal.go)
		return p, t
	}
	for _, n1 := range sc.nums {
		for _, n2 := range sc.nums { // sc.nums holds digits before words ("the last six of the 12"): any n2 after n1
			if n2.tok0 <= n1.tok1 || n2.tok0-n1.tok1 > 2 || n1.value >= n2.value || n1.value < 1 {
				continue
			}
			of := false
			for k := n1.tok1; k < n2.tok0; k++ {
				switch sc.toks[k].norm {
				case "of", "de", "des", "del", "der", "sur", "von", "من":
					of = true
				case "the", "les", "los", "las", "die":
				default:
					of = false
					k = n2.tok0
				}
			}
			if !of {
				continue
			}
			near := n2.tok1 <= m.tok0 && m.tok0-n2.tok1 <= 4 && !sc.boundaryBetween(n2.tok1, m.tok0)
			if near || nsys == 1 {
				return int(n1.value), int(n2.value)
			}
		}
	}
	if p, t := sc.frDontDelivered(m); p > 0 { // fr_dont.go: "six drones TB2, dont deux ont déjà été livrés"
		return p, t
	}
	if p, t := sc.partWhole(m); p > 0 { // fr_batch.go: "trois patrouilleurs sur les six commandés"
		return p, t
	}
	if p, t := sc.batchPartOf(m, nsys); p > 0 { // all_batches.go: "10 of its 180 K2 tanks", "zehn der insgesamt 180"
		return p, t
	}
	return sc.batchWhole(m, nsys) // all_batches.go: "the remaining 12 Leopard tanks of the 44 it ordered"
}

// quantityBefore finds the number that counts a system: "18 HIMARS", "36
// avions de combat Rafale", "twenty (20) M142", "two batteries of Patriot".
func (sc *sentScan) quantityBefore(m mention) int {
	best, bestEnd := 0, -1
	for _, n := range sc.nums {
		if n.tok1 > m.tok0 || m.tok0-n.tok1 > 7 {
			continue
		}
		// nothing that ends a clause or names another system in between
		blocked := n.value < 2 || sc.deOrdinalNumber(n) || sc.variantNumber(n) || sc.fresh3CountsDeals(n, m) // all_r10_fresh3_dealcount.go: "three export contracts for the K9"; "Type 1", "one of": not a count; de_ordinal.go: "der 23. Nutzerstaat"; all_batches.go: "Block 25 fighters"
		for k := n.tok1; k <= m.tok0 && k < len(sc.toks); k++ {
			g := sc.toks[k].gap
			if k == n.tok1 {
				if strings.Contains(g, "%") {
					blocked = true // "90% commonality"
				}
				g = strings.Replace(g, ")", "", 1) // "twenty (20) M142"
			}
			if strings.ContainsAny(g, ";:(),\\،؛") && !(k == m.tok0 && sc.arNamedInBrackets(m)) { // ar_numbers.go
				blocked = true
			}
		}
		if sc.mentionBetween(n.tok1, m.tok0) {
			blocked = true
		}
		// "14 Challenger y de Stryker", "24 F-16 and Harpoon missiles": a
		// count before a conjunction counts what comes before it
		for k := n.tok1; k < m.tok0; k++ {
			switch sc.toks[k].norm {
			case "and", "et", "y", "und", "or", "ou", "o", "oder", "plus":
				blocked = true
			}
		}
		if n.tok1 < len(sc.toks) {
			if k, _ := sc.lw.set("quantity-stop").at(sc.toks, n.tok1); k > 0 {
				blocked = true
			}
			if k, _ := sc.lw.set("scale").at(sc.toks, n.tok1); k > 0 && n.tok1 != m.tok0 && (len(sc.toks[n.tok1].norm) > 1 || sc.toks[n.tok1].gap == "") {
				blocked = true
			}
		}
		if strings.HasSuffix(strings.TrimSpace(sc.toks[n.tok0].gap), "$") || n.value >= 100000 && !bigCountFits(m) { // all_generic.go: "300,000 artillery shells"
			blocked = true
		}
		// "eight-wheeled", "60-metre", ".50 Cal": a number joined to a
		// word describes the system, it does not count it
		if n.tok1 < len(sc.toks) && n.tok1 < m.tok0 && sc.toks[n.tok1].gap == "-" || strings.HasSuffix(sc.toks[n.tok0].gap, ".") {
			blocked = true
		}
		// "this Wednesday (28)": digits alone in brackets are a date or
		// a note ("twenty (20)" is read as one number)
		if !n.words && strings.HasSuffix(strings.TrimSpace(sc.toks[n.tok0].gap), "(") {
			spelled := false // "Two thousand (2,000)" stays a count
			for _, x := range sc.nums {
				if x.words && x.tok1 <= n.tok0 && x.tok1 >= n.tok0-1 {
					spelled = true
				}
			}
			if !spelled {
				blocked = true
			}
		}
		// the count nearest the system wins: sc.nums holds digits before
		// words, so "two contracts with Finland for 48 K9" must not end on
		// "two" (all_r10_fresh3)
		if !blocked && n.tok1 >= bestEnd {
			best, bestEnd = int(n.value), n.tok1
		}
	}
	if best == 0 {
		best = sc.countAfter(m)
	}
	if best == 0 {
		best = sc.scaledCount(m) // all_generic.go: "a million artillery shells"
	}
	if best == 0 {
		best = sc.deOrdinalCount(m) // de_ordinal.go: "das zweite von insgesamt vier U-Booten"
	}
	if best == 0 {
		best = sc.deCountOfOne(m) // de_one.go: "ein weiteres U-Boot"
	}
	if best == 0 {
		best = sc.esCountOfOne(m) // es_one.go: "un radar AN/TPS-78"
	}
	return best
}

// countAfter reads a count given after the system: "Ka-52 helicopters
// numbering 46", "مروحيات كا-52 عددها 46".
func (sc *sentScan) countAfter(m mention) int {
	for t := m.tok1; t < len(sc.toks) && t <= m.tok1+3; t++ {
		if sc.boundaryBetween(m.tok1, t) {
			return 0
		}
		k, _ := sc.lw.set("count-after").at(sc.toks, t)
		if k == 0 {
			continue
		}
		for _, n := range sc.nums {
			if n.tok0 == t+k && n.value >= 2 {
				return int(n.value)
			}
		}
		return 0
	}
	return 0
}

// mainTransfer is the transfer the document is mostly about: the first one
// with a named system, preferring one whose parties the sentence names.
func (d *docScan) mainTransfer(sc *sentScan) *domain.Fact {
	named := map[string]bool{}
	for _, m := range sc.countries() {
		named[m.id] = true
	}
	var first *domain.Fact
	for k := range d.facts {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" {
			continue
		}
		if len(named) == 0 || named[f.Supplier.String()] || named[f.Recipient.String()] {
			return f
		}
		if first == nil {
			first = f
		}
	}
	if len(named) > 0 {
		return nil
	}
	return first
}

// countedSystems counts the named systems the document has so far between
// f's two states.
func (d *docScan) countedSystems(f *domain.Fact) int {
	seen := map[string]bool{}
	for _, g := range d.facts {
		if g.Type == domain.TypeTransfer && g.System != nil && g.System.ID != "" &&
			g.Supplier.String() == f.Supplier.String() && g.Recipient.String() == f.Recipient.String() {
			seen[g.System.ID] = true
		}
	}
	return len(seen)
}

// ruleDealValue: a sentence with an amount about "the sale", "the deal" or
// "le contrat", and no system of its own, gives the amount (and the stage it
// states) to the deal the document is about.
func ruleDealValue(d *docScan, i int, sc *sentScan) {
	if d.notice || len(sc.money) == 0 || sc.doubtful() || sc.aggregateMoney() >= 0 || sc.arGoodsWorth() { // ar_totals.go
		return
	}
	// "contracts whose combined value nears $5 billion": a sum of deals,
	// no one system's price
	if sc.has("combined") {
		return
	}
	// "contracts worth $15 billion in all, the firm's chief said": the
	// maker's orders, no buyer's deal
	if sc.has("total") && sc.namesCompany() && len(sc.partyCodes()) == 0 {
		return
	}
	if _, ok := sc.lw.set("deal").any(sc.toks, 0, len(sc.toks)); !ok && !sc.frValueSubject() { // fr_valuesubject.go: "Son coût est estimé à"
		return
	}
	kind := "" // the one kind of weapon the sentence names by a generic word
	for _, m := range sc.mentions {
		if m.kind == mGeneric && (kind == "" || kind == m.id) && !sc.component(m) {
			kind = m.id
			continue
		}
		if m.kind == mSystem || m.kind == mGeneric || m.kind == mNamed && m.sub == "program" {
			return
		}
	}
	main := d.mainTransfer(sc)
	// "Worth 5.3 billion SEK, the agreement covers four aircraft": a word
	// for the main system's kind restates it (all_generic_lend.go)
	if main == nil || kind != "" && kind != main.System.Category {
		return
	}
	// "382 Griffon and 60 Jaguar ... the contract reaches €1.6 billion": a
	// deal that counts several systems of the pair is their aggregate
	if d.countedSystems(main) > 1 || d.otherKinds(main.Supplier.String()+"|"+main.Recipient.String()) { // all_aggregate_kinds.go: "24 Rafale and a frigate"
		return
	}
	stage, pos := sc.stageOf(0, 0)
	if sc.arStageElsewhere(pos) { // ar_totals.go
		stage, pos = "", -1
	}
	f := domain.Fact{Type: domain.TypeTransfer, Supplier: main.Supplier, Recipient: main.Recipient, System: main.System, Stage: stage}
	mo := sc.money[0]
	f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	if mo.currency == "USD" {
		f.ValueUSD = mo.amount
	}
	if pos < 0 {
		pos = 0
	}
	f.Year = sc.yearNear(pos)
	if stage == "" {
		f.Stage = main.Stage
		if f.Year == 0 {
			f.Year = main.Year
		}
	} else if f.Year == 0 && !d.pub.IsZero() && stage != domain.StageRequested {
		f.Year = d.pub.Year()
	}
	sc.valueUsed = true
	d.add(i, sc, f, "transfer.value", 0.6)
}

// moneyFor picks the amount that prices a system: the nearest unused amount
// before it in the sentence ("$3.37 billion to 180 K2 tanks and $2.4
// billion to 212 K9"), else the nearest after it.
func (sc *sentScan) moneyFor(m mention, used map[int]bool) int {
	best, bestDist := -1, 1<<30
	for k, mo := range sc.money {
		if used[k] {
			continue
		}
		t := tokIndexAt(sc.toks, mo.start)
		dist := m.tok0 - t
		if dist < 0 {
			dist = -dist + 8 // an amount after the system counts as farther
		}
		// an amount separated from the system by another named system
		// belongs to that one
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok0 != m.tok0 && (t < o.tok0 && o.tok0 < m.tok0 || m.tok0 < o.tok0 && o.tok0 < t) {
				dist += 40
			}
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// component reports whether a generic mention lists a part of a named
// system named before it: "... F-16 jets, including engines", "تشمل
// المحركات".
func (sc *sentScan) component(g mention) bool {
	named := -1
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok1 <= g.tok0 {
			named = m.tok1
		}
	}
	if named < 0 {
		return false
	}
	return sc.cueIn("component", named, g.tok0)
}

// parentOf reports whether system a is a family of which b is a variant:
// "F-16" and "F-16 Block 70/72".
func parentOf(a, b *domain.System) bool {
	if a == nil || b == nil || a.ID == "" || b.ID == "" || a.ID == b.ID || a.Designation == "" {
		return false
	}
	return strings.HasPrefix(b.Name, a.Designation+" ") || strings.HasPrefix(b.Designation, a.Designation) && b.Designation != a.Designation
}

// systemFollows reports whether the generic mention k names the kind of a
// system that follows it closely: "missiles HIMARS", "avions de combat
// Apache", "الفرقاطة الفرنسية من طراز فريم".
func (sc *sentScan) systemFollows(k int) bool {
	g := sc.mentions[k]
	for _, o := range sc.mentions[k+1:] {
		if o.tok0-g.tok1 > 4 || sc.r10BoundaryBeforeName(g.tok1, o.tok0) { // all_r10_dups_bracket.go: "ذخائر من طراز (MAM-L)"
			return false
		}
		if o.kind == mSystem {
			if sc.countedItemBetween(g.tok1, o.tok0) {
				return false // all_r10_generic_listed.go: "missiles and two C-130s"
			}
			// "shells intended for Gepard tanks": what they are for
			return !sc.cueIn("host", g.tok1, o.tok0)
		}
		if o.kind != mCountry || o.sub != "demonym" {
			return false
		}
	}
	return false
}

// ordinalRe matches an ordinal written with digits: "250e", "250th", "3rd".
var ordinalRe = regexp.MustCompile(`(?i)^(?:e|eme|ème|er|re|th|st|nd|rd|º|ª|o|a)$`)

// ordinalBefore reports whether an ordinal ("le 250e Rafale", "the 100th
// F-35") counts the system: one aircraft's milestone.
func (sc *sentScan) ordinalBefore(m mention) bool {
	for t := m.tok0 - 1; t >= 0 && t >= m.tok0-3; t-- {
		if t+1 < len(sc.toks) && sc.toks[t].digit && sc.toks[t+1].gap == "" && ordinalRe.MatchString(sc.toks[t+1].raw) {
			return true
		}
	}
	return false
}

// hasTransfer reports whether the document already has a transfer of the
// system to the recipient.
func (d *docScan) hasTransfer(sys *domain.System, rec string) bool {
	if sys == nil {
		return false
	}
	for _, j := range d.bySystem[systemKey(domain.Fact{System: sys})] { // rules.go add
		if f := d.facts[j]; f.Type == domain.TypeTransfer && f.Recipient.String() == rec && f.System != nil &&
			(f.System.ID != "" && f.System.ID == sys.ID || f.System.ID == "" && sys.ID == "" && f.System.Category == sys.Category) {
			return true
		}
	}
	return false
}

// fittedTo reports whether a system is named as equipment of another one
// named before it: "Eurofighters equipped with Captor-E radars", "Rafale
// dotés de missiles Meteor" (a part, not a sale of its own).
func (sc *sentScan) fittedTo(m mention) bool {
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 8 {
			// a kind of weapon hosts its armament as a named one does
			// ("deux patrouilleurs armés de quatre canons"); after a comma
			// ("deux Mi-24, armés de quatre canons") r11FittedFar finds it
			if from, _ := sc.stretchOf(m.tok0); o.tok0 >= from {
				return sc.cueIn("fitted", o.tok1, m.tok0)
			}
		}
	}
	return sc.r11FittedFar(m) // all_r11_fresh4_listseller.go: "Ces appareils, acquis auprès de la Bulgarie, sont armés de quatre canons"
}

// multinational reports whether a maker is a consortium of several states,
// so that a system's listed origin says little about who sells it.
func multinational(maker string) bool {
	m := strings.ToLower(maker)
	for _, c := range []string{"eurofighter", "mbda", "nhindustries", "eurosam", "panavia", "occar"} {
		if strings.Contains(m, c) {
			return true
		}
	}
	return false
}

// futureClause reports whether the clause around token t speaks of the
// future.
func (sc *sentScan) futureClause(t int) bool {
	from, to := sc.clauseOf(t)
	_, ok := sc.lw.set("future").any(sc.toks, from, to)
	return ok
}

// hostOf reports whether a system is named as what other equipment is for:
// "35 mm ammunition intended for Gepard tanks", "munitions destinées aux
// chars Gepard" (the ammunition changes hands, not the tanks).
func (sc *sentScan) hostOf(m mention) bool {
	for _, p := range sc.cuePositions("host") {
		if p >= m.tok0 || m.tok0-p > 5 || sc.boundaryBetween(p+1, m.tok0) {
			continue
		}
		if sc.frPartsHost(p) { // fr_partshost.go: "des radios destinées aux chars Leopard 2"
			return true
		}
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= p && p-o.tok1 <= 6 {
				return true
			}
		}
	}
	return false
}

// linkDescriptions gives a definite description of a kind of equipment
// ("the jets", "estos carros") the named system of the same kind that a
// transfer of the last three sentences holds, with its parties, when the
// sentence names no system of its own and states a stage; it returns the
// mentions left to read as transfers of their own.
func (d *docScan) linkDescriptions(i int, sc *sentScan, syss []mention) []mention {
	for _, m := range syss {
		if m.kind == mSystem {
			return syss
		}
	}
	if d.notice || sc.negated() || i == 0 || sc.aggregateMoney() >= 0 {
		return syss
	}
	var kept []mention
	for _, m := range syss {
		// "the jets", or a count of a kind when the document names one
		// system of that kind ("had bought six aircraft")
		if !sc.definite(m) && (sc.quantityBefore(m) == 0 || !d.onlyNamedOfKind(m.id)) {
			kept = append(kept, m)
			continue
		}
		pk := d.priorTransfer(i, m.id)
		if pk < 0 {
			kept = append(kept, m)
			continue
		}
		prior := &d.facts[pk]
		stage, pos := sc.stageOf(m.tok0, m.tok1)
		if stage == "" || sc.futureClause(m.tok0) || sc.hypotheticalAt(m.tok0) || sc.hypotheticalAt(pos) {
			kept = append(kept, m)
			continue
		}
		// the parties the sentence names ("Kyiv bought six of the
		// drones"), else the prior transfer's
		sup, rec := prior.Supplier, prior.Recipient
		// "Romania made a request for 32 second-hand jets": a sentence
		// naming only the prior transfer's states keeps its pair
		others := false
		for _, c := range sc.countries() {
			if c.id != sup.String() && c.id != rec.String() {
				others = true
			}
		}
		if others {
			s, r := d.pairFor(sc, prior.System.Origin, &m)
			if s == "" || r == "" {
				kept = append(kept, m)
				continue
			}
			// "Romania requested 32 second-hand jets built by Lockheed
			// Martin": a supplier the sentence does not name is the prior
			// transfer's, not the maker's state
			if !sc.names(s) && prior.Supplier != nil && s != prior.Supplier.String() {
				s = prior.Supplier.String()
			}
			sup, rec = party(s), party(r)
		}
		q := sc.quantityBefore(m)
		year := sc.yearNear(pos)
		// a description needs a count of its own ("the first 10 tanks
		// were delivered"); told again with nothing new ("ces
		// hélicoptères ont été acquis") it is no fact of its own
		same := sup.String() == prior.Supplier.String() && rec.String() == prior.Recipient.String()
		// "L'Égypte et l'Inde avaient déjà commandé cet avion": other
		// buyers of the system need no count
		if (q == 0 && (same || !sc.names(rec.String())) || same && stageRank[stage] <= stageRank[prior.Stage] && q == prior.Quantity) && !(same && sc.describesOtherEvent(*prior, stage, year, q)) { // all_events_descriptions.go
			if same {
				d.descriptionValue(sc, pk) // describe.go
			}
			continue
		}
		// "220 drones to 16 states, among them Saudi Arabia and Egypt":
		// the count is the whole list's
		listed := d.listedRecipients(sc, &m, "", sup.String())
		if contains(listed, rec.String()) {
			q = 0
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: sup, Recipient: rec, System: prior.System, Stage: stage, Quantity: q, Year: year}
		if f.Year == 0 && !d.pub.IsZero() {
			f.Year = d.pub.Year()
		}
		// a supplier that was only the system's origin stays open to the
		// one another sentence names ("jets from Norway")
		if d.implicitSup[pk] && !sc.names(sup.String()) {
			d.implicitSup[len(d.facts)] = true
		}
		d.add(i, sc, f, "transfer.description", 0.6)
		if !same {
			recs, cued := d.r15pairRecipients(sc, rec.String(), sup.String()) // all_r15_pair_lists.go
			for k, other := range recs[1:] {
				g := f
				g.Recipient = party(other)
				d.pending = r15pairFlags(nil, k+1, cued)
				d.add(i, sc, g, "transfer.description", 0.6)
			}
			for _, other := range listed {
				if other != rec.String() {
					g := f
					g.Recipient, g.Quantity = party(other), 0
					d.add(i, sc, g, "transfer.description", 0.6)
				}
			}
		}
	}
	return kept
}

// priorTransfer returns the index of the latest transfer (-1: none) of a
// named system of category cat whose evidence is one of the three
// sentences before sentence i.
func (d *docScan) priorTransfer(i int, cat string) int {
	from := d.sents[max(0, i-3)].s.start
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.Evidence.Start < from {
			continue
		}
		if f.System.Category == cat {
			return k
		}
	}
	return -1
}

// stageRank orders the stages of a deal.
var stageRank = map[string]int{domain.StageOther: 1, domain.StageRequested: 2, domain.StageApproved: 3, domain.StageOrdered: 4, domain.StageDelivered: 5}

// definite reports whether a determiner of a definite description comes
// shortly before a mention: "the jets", "the first 10 tanks", "ces deux
// appareils".
func (sc *sentScan) definite(m mention) bool {
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-3; k-- {
		if sc.lw.isTok("definite", &sc.toks[k]) {
			return true
		}
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()،") {
			return false
		}
	}
	return false
}

// dealBefore returns a transfer with a stage of the two sentences before when
// this one speaks of that deal with a definite noun ("the package
// includes", "el paquete comprende", "le contrat porte sur").
func (d *docScan) dealBefore(i int, sc *sentScan) *domain.Fact {
	if i == 0 {
		return nil
	}
	// a definite noun for the deal beside a word for what it holds
	found := false
	incl := sc.cuePositions("includes")
	for _, p := range sc.cuePositions("deal") {
		if p == 0 || !sc.lw.isTok("definite", &sc.toks[p-1]) && !sc.lw.isTok("possessive", &sc.toks[p-1]) {
			continue
		}
		for _, q := range incl {
			if q > p && q-p <= 3 || q < p && p-q <= 4 {
				found = true
			}
		}
	}
	// "Il se compose de 71 mitrailleuses", "The donation consists of":
	// a sentence opening on what it holds (enfres_package.go)
	if !found && (sc.opensOnContents() || sc.opensOnAlsoContents()) { // all_generic.go: "También figuran cinco radares"
		found = true
	}
	if !found {
		return d.goodsBefore(i, sc, false) // all_r6_category.go: "The equipment includes ..."
	}
	prev := d.sents[max(0, i-2)].s.start
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Evidence.Start < prev {
			break
		}
		if f.Type == domain.TypeTransfer && f.Stage != "" {
			return &d.facts[k]
		}
	}
	if p := d.packageBefore(i); p != nil { // enfres_package.go
		return p
	}
	return d.goodsBefore(i, sc, true) // all_r6_category.go
}

// pledgeIn returns the position of a verb of getting or giving that a
// modal of obligation governs in the clause, "soll ... bekommen", "sollen
// ... an die Ukraine gehen", or -1; not "soll ... erhalten haben", which
// reports a past event.
func (sc *sentScan) pledgeIn(from, to int) int {
	modals := sc.cuePositions("pledge-modal")
	for _, v := range sc.cuePositions("pledge-verb") {
		if v < from || v >= to {
			continue
		}
		if v+1 < to && !sc.r13PassivePledge(v) { // all_r13_detrans_pledge.go: "sollen ... geliefert werden"
			if n, _ := sc.lw.set("perfect-aux").at(sc.toks, v+1); n > 0 {
				continue
			}
		}
		for _, p := range modals {
			if p >= from && p < v {
				return v
			}
		}
	}
	if v := sc.enReportedPledge(from, to); v >= 0 {
		return v // en_r2_would.go: "He said South Korea would donate a corvette"
	}
	if v := sc.futureGive(from, to); v >= 0 {
		return v // arde_r6_futuregive.go: "ستمد مصر بطائرات", "wird ... zur Verfügung stellen"
	}
	return sc.frFutureOrPledge(from, to) // fr_futuregive.go, fr_pledge.go: "Le Canada fournira 200 blindés"
}

// reportedPast reports whether the clause's modal reports a past event,
// "soll ... zugestimmt haben", "sollen ... geliefert worden sein": hearsay,
// not a plan.
func (sc *sentScan) reportedPast(from, to int) bool {
	ms := sc.cuePositions("pledge-modal")
	for _, p := range sc.cuePositions("reported-perfect") {
		for _, q := range ms {
			if p >= from && p < to && q >= from && q < p {
				return true
			}
		}
	}
	return false
}

// hypotheticalAt reports whether the clause around token t is a plan or a
// wish ("has since announced plans to build more").
func (sc *sentScan) hypotheticalAt(t int) bool {
	from, to := sc.clauseOf(t)
	return sc.cueIn("hypothetical", from, to)
}

// stageInClause returns the stage word nearest to a system within its own
// clause, a noun for the deal included ("a deal that also covers the
// purchase of 24 Rafale"), or "".
func (sc *sentScan) stageInClause(m mention) (string, int) {
	from, to := sc.clauseOf(m.tok0)
	best, bestPos, bestDist, bestLen := "", -1, 1<<30, 0
	for _, k := range stageCues {
		set := sc.lw.set(k.kind)
		for _, p := range sc.cuePositions(k.kind) {
			if p < from || p >= to {
				continue
			}
			dist := p - m.tok0
			if dist < 0 {
				dist = -dist
			}
			if n, _ := set.at(sc.toks, p); dist < bestDist || dist == bestDist && p == bestPos && n > bestLen {
				best, bestPos, bestDist, bestLen = k.stage, p, dist, n
			}
		}
	}
	if best == domain.StageDelivered && (sc.contractFor(bestPos) || sc.fresh3AgreedDelivery(bestPos)) { // all_r10_fresh3_agreeddelivery.go
		best = domain.StageOrdered
	}
	if best == domain.StageDelivered && sc.deZuStage(bestPos) { // de_willing.go
		best = domain.StageApproved
	}
	if best == domain.StageDelivered && sc.dePresentReceipt(bestPos) { // de_r6_presentreceipt.go
		best = domain.StageOrdered
	}
	if (best == domain.StageOrdered || best == domain.StageDelivered) && sc.askedFor(bestPos) {
		best = domain.StageRequested
	}
	return best, bestPos
}

// askedFor reports whether the order or delivery word at p is what a
// request asks for: "has asked to purchase", "a demandé à acheter".
func (sc *sentScan) askedFor(p int) bool {
	for _, q := range sc.cuePositions("stage-requested") {
		if q < p && p-q <= 3 && !sc.boundaryBetween(q+1, p) {
			return true
		}
	}
	return false
}

// yearAfter returns a year that follows the system closely, before the
// next system and within its clause ("Mi-17V-5 en 2009"), or 0.
func (sc *sentScan) yearAfter(m mention) int {
	next := len(sc.toks)
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.id != m.id && o.tok0 >= m.tok1 && o.tok0 < next {
			next = o.tok0
		}
	}
	for _, y := range sc.years {
		if y.tok0 >= m.tok1 && y.tok0 < next && y.tok0-m.tok1 <= 4 && !sc.boundaryBetween(m.tok1, y.tok0) {
			return y.year
		}
	}
	return 0
}

// onlyNamedOfKind reports whether the transfers found so far name exactly
// one system of category cat.
func (d *docScan) onlyNamedOfKind(cat string) bool {
	id := ""
	for _, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.System.Category != cat {
			continue
		}
		if id != "" && id != f.System.ID {
			return false
		}
		id = f.System.ID
	}
	return id != ""
}

// bulletOfDeal reports whether sentence i is an item of a bulleted list
// ("- Eight AS90 guns") introduced by a sentence about a deal ("Also in
// the package were:").
func (d *docScan) bulletOfDeal(i int) bool {
	bullet := func(k int) bool { return isListItem(strings.TrimSpace(d.sents[k].s.text)) } // en_announced.go
	if !bullet(i) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if bullet(k) {
			continue
		}
		return d.sents[k].has("deal")
	}
	return false
}

// inAddition reads "in addition to the 24 acquired in May 2015" after a
// system: a count of the same system from an earlier deal, with the stage
// and year stated for it. It returns that fact and where the phrase
// starts.
func (sc *sentScan) inAddition(m mention, f domain.Fact) (*domain.Fact, int) {
	for _, p := range sc.cuePositions("in-addition") {
		if p < m.tok1 || p-m.tok1 > 6 {
			continue
		}
		n, _ := sc.lw.set("in-addition").at(sc.toks, p)
		for _, num := range sc.nums {
			if num.tok0 < p+n || num.tok0-(p+n) > 2 || num.value < 2 {
				continue
			}
			g := f
			g.Quantity, g.Value, g.ValueUSD, g.Stage, g.Year = int(num.value), nil, 0, "", 0
			for _, k := range []struct{ kind, stage string }{{"stage-delivered", domain.StageDelivered}, {"stage-ordered", domain.StageOrdered}} {
				for _, q := range sc.cuePositions(k.kind) {
					if q >= num.tok1 && q-num.tok1 <= 4 && g.Stage == "" {
						g.Stage = k.stage
					}
				}
			}
			if g.Stage == "" {
				return nil, 0
			}
			for _, y := range sc.years {
				if y.tok0 > num.tok1 && y.tok0-num.tok1 <= 8 && g.Year == 0 {
					g.Year = y.year
				}
			}
			return &g, p
		}
	}
	return nil, 0
}

// yearBefore returns the year nearest before token t, or 0.
func (sc *sentScan) yearBefore(t int) int {
	best := 0
	for _, y := range sc.years {
		if y.tok0 < t {
			best = y.year
		}
	}
	return best
}

// orderedAfter reports whether an ordering verb follows the system in its
// clause (up to token to): "30 MiG-31 سبق أن طلبتها", "les 12 Rafale
// qu'elle a commandés".
func (sc *sentScan) orderedAfter(m mention, to int) bool {
	for _, p := range sc.cuePositions("stage-ordered") {
		if p >= m.tok1 && p < to && p-m.tok1 <= 6 && !sc.lw.isTok("article-before", &sc.toks[p-1]) && !sc.lw.isTok("determiner", &sc.toks[p-1]) {
			return true
		}
	}
	return false
}

// firstWords open "the first (N) of M": the part of a whole that came
// first; the singular ones count one when no number follows.
var firstWords = map[string]bool{"first": true, "initial": true, "premiers": true, "premieres": true, "primeros": true, "primeras": true, "ersten": true}

// batchWords name a part of a whole order: "the first batch of six".
var batchWords = map[string]bool{"batch": true, "tranche": true, "lot": true, "lote": true, "tanda": true, "partida": true, "group": true,
	"grupo": true, "groupe": true, "unit": true, "units": true, "unidad": true, "unidades": true, "exemplaire": true, "exemplaires": true,
	"ejemplar": true, "ejemplares": true, "delivery": true, "entrega": true, "livraison": true, "serie": true, "contingent": true, "contingente": true}

// firstOf finds "the first (N) of M" about m — "the first of 12 T-6Cs",
// "the first batch of an overall six aircraft", "les six premiers Rafale
// sur les 24", "el primer submarino de los cuatro Scorpène" — and returns
// the part (0 when the text gives none) and the whole.
func (sc *sentScan) firstOf(m mention, nsys int) (part, total int, ok bool) {
	for f, t := range sc.toks {
		if !firstWords[t.norm] && !sc.lw.isTok("first-one", &sc.toks[f]) {
			continue
		}
		// the whole: an of-word, fillers, then a number, all within reach
		k, of, batch, filled := f+1, false, false, false
		for _, n := range sc.nums {
			if n.tok0 == f+1 && n.tok1 == f+2 {
				k = n.tok1 // "first six of 24"
			}
		}
		var n2 *numSpan
		for steps := 0; k < len(sc.toks) && steps < 8; steps++ {
			if k > f+1 && gapBreaks(sc.toks[k].gap) {
				break
			}
			w := sc.toks[k].norm
			if x := sc.numAt(k); x != nil && of {
				n2 = x
				break
			}
			switch {
			case sc.lw.isWord("of-prep", w):
				of = true
			case (sc.lw.isWord("whole-filler", w) || sc.lw.isWord("whole-order", w)) && of: // fr_batch.go
				filled = filled || !sc.lw.isWord("article", w)
			case batchWords[w] && !of:
				batch = true
			case !of && k >= m.tok0 && k < m.tok1:
			case !of && sc.genericAt(k):
			default:
				k = len(sc.toks)
				continue
			}
			k++
		}
		if n2 == nil || n2.value < 2 || n2.value >= 10000 {
			continue
		}
		// the part: a number beside the word for first, or one
		for _, n := range sc.nums {
			if n.tok1 == f && !sc.boundaryBetween(n.tok1, f) || n.tok0 == f+1 {
				part = int(n.value)
			}
		}
		if part == 0 && sc.lw.isWord("first-one", t.norm) && !batch {
			part = 1
		}
		// "the first batch of six Rafale", "le premier lot de huit": the
		// batch holds the number; "the first batch of an overall six" is
		// part of a whole
		if batch && !filled && part == 0 {
			continue
		}
		if part >= int(n2.value) {
			continue
		}
		// m is counted by it: inside the phrase, right after the whole,
		// right before the word for first, or the sentence's only system
		inside := m.tok0 >= f-1 && m.tok1 <= n2.tok0
		after := m.tok0 >= n2.tok1 && m.tok0-n2.tok1 <= 3 && !sc.boundaryBetween(n2.tok1+1, m.tok0)
		before := m.tok1 <= f && f-m.tok1 <= 6
		if sc.mentionBetween(m.tok1, f) {
			before = false
		}
		if inside || after || before || nsys == 1 {
			return part, int(n2.value), true
		}
	}
	return 0, 0, false
}

// numAt returns the quantity starting at token k.
func (sc *sentScan) numAt(k int) *numSpan {
	for i := range sc.nums {
		if sc.nums[i].tok0 == k {
			return &sc.nums[i]
		}
	}
	return nil
}

// genericAt: a weapon noun stands at token k ("el primer submarino de").
func (sc *sentScan) genericAt(k int) bool {
	for _, o := range sc.mentions {
		if (o.kind == mGeneric || o.kind == mSystem) && k >= o.tok0 && k < o.tok1 {
			return true
		}
	}
	return false
}

// broadNouns are generic words for any aircraft or ship: "the aircraft",
// "ces appareils", "las aeronaves" (a feature tells them from "attack
// helicopters").
var broadNouns = map[string]bool{"aircraft": true, "jets": true, "fighters": true, "warship": true, "warships": true, "appareils": true,
	"aeronefs": true, "aeronaves": true, "aeronave": true, "aviones": true, "avions": true, "avion": true, "helicopters": true, "helicopteres": true, "helicopteros": true}

// systemFact is the system of a fact: the lexicon's entry s, and mention,
// the words the text names it with ("" when the fact keeps the text's
// own).
func systemFact(s lexicon.System, mention string) *domain.System {
	return &domain.System{ID: s.ID, Name: s.Name, Designation: s.Designation, Aliases: s.Aliases,
		Category: s.Category, Origin: s.Origin, Maker: s.Maker, Mention: mention}
}
