package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

func party(code string) *domain.Party { return &domain.Party{Code: code} }

// roleCues decides, for each country mention, whether the text marks it as
// supplier or recipient.
func (d *docScan) roleCues(sc *sentScan, m mention) (sup, rec bool) {
	if sc.r16AupresBuy(m) { // all_r16_parties_aupres.go: "a acquis auprès des Pays-Bas 12 obusiers"
		return true, false
	}
	// the words before the mention, articles skipped: "à l'Ukraine"
	var before []string
	for k := m.tok0 - 1; k >= 0 && len(before) < 3; k-- {
		w := sc.toks[k].norm
		if len(before) == 0 && sc.lw.isWord("article", w) {
			continue
		}
		before = append(before, w)
	}
	prev := func(k int) string {
		if k-1 < len(before) {
			return before[k-1]
		}
		return ""
	}
	if sc.arSaleGenitive(m) { // all_r10_rejected_arsale.go: "على بيع القاهرة ذخائر"
		return false, true
	}
	if sc.r13PurchaseDemonym(m) || sc.r13DurchBuyer(m) { // all_r13_leftovers_purchase.go: "l'achat turc de", "der Kauf der S-400 durch die Türkei"
		return false, true
	}
	if d.deToMaker(sc, m) || sc.orderFromBuyer(m) { // de_tomaker.go: "an den Hersteller Rheinmetall in Deutschland zurückverkaufen"; en_r4_orderfrom.go: "Saab has received an order from Thailand", "تلقت ساب طلبية من تايلاند"
		return false, true
	}
	if sc.retiredBy(m) { // all_r6_roles_retired.go: "dados de baja por la Fuerza Aérea de Dinamarca"
		return true, false
	}
	if sc.frOwnerBeforeAgent(m) {
		return false, true // fr_r4_owner.go: "Les drones TB2 du Mali ont été livrés par la Turquie"
	}
	if m.sub == "demonym" && sc.forcesAfterRecipientPrep(m) {
		return false, true // fr_firm.go: "a remis à l'armée nigérienne"
	}
	if m.sub == "demonym" && (sc.forcesBeside(m) || d.officialDemonym(sc, m)) {
		// "the Angolan Air Force had bought": the state's armed forces
		m.sub = "name"
	}
	if m.sub == "demonym" {
		// "missiles américains", "US-made Patriot", "la sueca Saab": a
		// demonym next to equipment or a maker names the supplier; "à
		// l'armée ukrainienne" names the recipient
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, m.tok0-2); n == 1 && m.tok0 >= 2 {
			return sc.firmDemonym(m), !sc.firmDemonym(m) // fr_firm.go, es_company.go
		}
		for _, p := range sc.cuePositions("aggregate") {
			if p >= m.tok0-3 && p < m.tok0 || p >= m.tok1 && p <= m.tok1+2 {
				return true, false // "équipements militaires américains", "American arms"
			}
		}
		for _, o := range sc.mentions {
			if o.kind == mSystem && sc.describes(m, o) {
				// "missiles Harpoon américains" names the maker's country;
				// "les Rafale grecs" the owner's
				if s, ok := d.x.lex.System(o.id); ok && s.Origin != "" && s.Origin != m.id {
					return true, true // an owner: see pair
				}
				return true, false
			}
			if (o.kind == mGeneric || o.kind == mNamed && (o.sub == "maker" || o.sub == "program")) && sc.describes(m, o) {
				return true, false
			}
		}
		// "Turkish-made", "de fabricación china", "aus deutscher
		// Produktion", "تركية الصنع": the demonym names the maker's state
		if sc.madeNear(m) || sc.frSellerDemonym(m) { // fr_sellerdemonym.go: "l'apport pakistanais"
			return true, false
		}
		if sc.deStockOwner(m) { // de_stockowner.go: "Aus niederländischen Beständen erhält Estland"
			return true, false
		}
		// "recibido de su homóloga australiana", "received from the
		// Australian navy": a demonym of the party it came from
		if sc.fromAfterVerb(m) || sc.giftDemonym(m) { // all_roles_r5_gift.go: "la donación taiwanesa"
			return true, false
		}
		return false, false
	}
	next := ""
	if m.tok1 < len(sc.toks) {
		next = sc.toks[m.tok1].norm
	}
	if next == "supplied" || sc.madeNear(m) || sc.fromAfterVerb(m) {
		return true, false
	}
	// "Denmark's former F-16s", "que pertenecían a Dinamarca", "d'occasion
	// de la Norvège", "procedentes de Dinamarca": the former owner or the
	// source gives
	if sc.formerOwner(m) || sc.formerForces(m) || sc.longSupplierPrep(m) || sc.esEmbassyOf(m) || sc.frRelativeGiver(m) || sc.forcesOwner(m) || sc.r13DeRelativeOwner(m) { // es_embassy.go: "la Embajada de Estados Unidos"; fr_relgiver.go; all_roles_owner.go: "from the Royal Netherlands Air Force"
		return true, false
	}
	// "Perú firmó con Corea del Sur un contrato", "signed a contract with
	// South Korea": the state signed with sells (enfres_with.go)
	if sc.makerSignedWith(m) { // fr_maker.go: "Dassault a signé avec l'Indonésie"
		return false, true
	}
	if s, r, ok := sc.signedWith(m); ok {
		if s && d.originSignsBefore(sc, m) { // all_r8_fres_originsigns.go: "La France a signé avec l'Égypte, le Qatar et l'Inde"
			return false, true
		}
		return s, r
	}
	// "recibió 14 F-16 de Bélgica" (enfres_conj.go)
	if sc.systemFrom(m) {
		return true, false
	}
	// "arrived in Argentina", "sont arrivés en Argentine": where weapons
	// arrive is who gets them
	if sc.arrivedIn(m) {
		return false, true
	}
	// "compró en Italia", "bought in France": after a buying verb, the
	// place names the seller
	if sc.boughtIn(m) {
		return true, false
	}
	if sc.boughtByFrom(m) { // es_passive.go
		return true, false
	}
	if sc.chosenBy(m) { // all_roles_chosen.go: "escogido también por Hungría"
		return false, true
	}
	if sup, rec, ok := sc.conjoinedAgent(m); ok { // es_passive.go: "encargado por Portugal y por Hungría"
		return sup, rec
	}
	if sc.deRequestAddressee(m) { // de_r4_requestto.go: "Anfrage ... an Deutschland"
		return true, false
	}
	if n, _ := sc.lw.set("recipient-prep").at([]token{{norm: prev(1)}}, 0); n == 1 && !sc.r14ParticleBefore(m) { // all_r14_roles_particle.go: "kündigte an, Deutschland werde"
		// "Por lo que respecta a España", "en cuanto a", "as for",
		// "quant à": a topic, not a buyer
		if sc.topic(m) {
			// "En cuanto a España, se enviarán seis Leopard", "As for
			// Spain, it will send": the topic of a sending verb sends
			for k := m.tok1; k < len(sc.toks); k++ {
				if _, s := verbRole(sc, k); s {
					return true, false
				}
			}
			return false, false
		}
		if sc.visitBefore(m) {
			return false, false // "during his visit to France"
		}
		// "adquiere a Dinamarca", "acheté à la France": after a buying
		// verb the preposition names the seller
		w := []token{{norm: prev(2)}}
		if n, _ := sc.lw.set("buy-verb").at(w, 0); n > 0 && prev(1) != "to" && prev(1) != "for" {
			return true, false
		}
		// "la compra de 24 aviones F-16 a Dinamarca", "l'achat de 26
		// Rafale à la France", "compró seis helicópteros a China": "a"/"à"
		// after a purchase and its object names the seller
		if sc.purchaseBefore(m) {
			return true, false
		}
		// "A China, Bolivia le compró": the clitic before a buying verb
		// takes up the seller named first
		if prev(1) == "a" || prev(1) == "al" {
			for k := m.tok1; k+1 < len(sc.toks) && k < m.tok1+6; k++ {
				if w := sc.toks[k].norm; w == "le" || w == "les" {
					if n, _ := sc.lw.set("buy-verb").at(sc.toks, k+1); n > 0 {
						return true, false
					}
				}
			}
		}
		return false, true
	}
	// "la compra de ocho helicópteros por parte de México", "la vente de
	// Rafale de la part de la France": the party of a purchase buys, of a
	// sale sells
	if sup, rec, ok := sc.onBehalfOf(m); ok {
		return sup, rec
	}
	// an Arabic preposition attached to the name: "للمغرب", "لقطر"; or to
	// the state's forces before it: "للبحرية السعودية", "لسلاح الجو المصري"
	if s, r, ok := sc.arLamSubject(m); ok { // "سبق لفرنسا أن باعت" (ar_sabaqa.go)
		return s, r
	}
	if s, r, ok := sc.fresh3ArGiverForces(m); ok { // all_r10_fresh3_arforces.go: "قدمتها القوات الجوية لدولة الإمارات"
		return s, r
	}
	if lam, ok := sc.arabicForcesBefore(m); ok && lam && !sc.visitBefore(m) {
		return false, true
	}
	if strings.HasSuffix(m.prefix, "ل") && !sc.visitBefore(m) {
		return false, true
	}
	if sc.deInto(m) { // de_into.go: "Rüstungsexporte in die Türkei"
		return false, true
	}
	if sc.deOrderAus(m) { // de_orderaus.go: "einen Großauftrag aus Ungarn"
		return false, true
	}
	if sc.deStockOwner(m) { // de_stockowner.go: "Aus Beständen der Bundeswehr erhält die Ukraine"
		return true, false
	}
	if sc.deJoinedSource(m) { // de_roles2_lists.go: "aus Deutschland und den Niederlanden"
		return true, false
	}
	if s, r, ok := sc.arEachOf(m); ok { // ar_r4_eachof.go: "لكل من المغرب والجزائر"
		return s, r
	}
	// "من الولايات المتحدة", "desde Francia", "aus Deutschland"
	if n, _ := sc.lw.set("supplier-prep").at([]token{{norm: prev(1)}}, 0); n == 1 && !sc.lw.isWord("agent-prep", prev(1)) {
		return true, false
	}
	if (prev(1) == "of" || prev(1) == "du" || prev(1) == "de") && (prev(2) == "government" || prev(2) == "gouvernement") && !sc.frGovernmentSubject(m) && !sc.r15GovernmentGiver(m) { // fr_govsubject.go; all_r15_lead_govgiver.go: "The government of the United States has given"
		return false, true
	}
	if prev(1) == "from" || prev(1) == "aupres" {
		return true, false
	}
	// "von Deutschland an die Ukraine", "de la France à l'Inde", "de
	// España a Ucrania": from one state to another
	if (prev(1) == "von" || prev(1) == "vom" || prev(1) == "de" || prev(1) == "desde") && !sc.forcesOfState(m) { // es_forces.go
		for k := m.tok1; k < len(sc.toks) && k <= m.tok1+2; k++ {
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, k); n > 0 {
				j := k + n
				if j < len(sc.toks) && sc.lw.isTok("article", &sc.toks[j]) {
					j++
				}
				if sc.countryAt(j) {
					return true, false
				}
			}
		}
	}
	// "Polen hat von Deutschland 12 Hubschrauber erhalten": with the verb
	// last, "von" before a receiving or buying verb names the source; in
	// the passive ("wurde von Polen bestellt") it names the agent
	if sc.lw.code == "de" && (prev(1) == "von" || prev(1) == "vom") {
		if sup, rec, ok := sc.germanVon(m); ok {
			return sup, rec
		}
	}
	if sc.lw.isWord("agent-prep", prev(1)) {
		// "bought by India" names the buyer; "delivered by France" the
		// seller; "flown by the Romanian Air Force" the user
		switch prev(2) {
		case "flown", "operated", "used", "fielded", "employed", "utilises", "utilisees", "exploites", "operes":
			return false, true
		}
		w := []token{{norm: prev(2)}}
		// "achetés par l'Argentine", "comprados por la Argentina": the
		// agent of a buying participle buys
		for _, kind := range []string{"stage-ordered", "stage-requested", "buy-verb"} {
			if n, _ := sc.lw.set(kind).at(w, 0); n > 0 {
				return false, true
			}
		}
		if sc.purchaseAgent(m) { // fr_roles.go: "la commande de 24 Rafale par l'Égypte"
			return false, true
		}
		return true, false
	}
	// "Deutschland liefert der Ukraine", "haben dem Irak ... geliefert":
	// the dative names the recipient
	if sc.deZuDative(m) { // de_willing.go: "beschlossen, Katar 24 Eurofighter zu verkaufen"
		return false, true
	}
	if sc.deDecisionGenitive(m) { // de_willing.go: "den Beschluss Dänemarks, der Ukraine … zu überlassen"
		return true, false
	}
	if sc.r13DeListRecipient(m) { // all_r13_detrans_relative.go: "an Katar und Ungarn geliefert"
		return false, true
	}
	if s, r, ok := sc.deMainVerbRole(m); ok { // de_roles.go: "überlässt Deutschland Israel"
		return s, r
	}
	if sc.germanDative(m) || sc.germanIndirectObject(m) || sc.dePassiveReceiver(m) { // de_passive.go: "Griechenland wurden 40 Marder zugesagt"
		return false, true
	}
	// "destined for three African countries: Burkina Faso, Angola and
	// Mauritania": a list announced after "to"/"for"
	if sc.listAfterRecipientPrep(m) {
		return false, true
	}
	// "joins Myanmar and Nigeria among the buyers of JF-17", "already
	// operated by Chile, Peru and Colombia": a list of buyers
	if sc.listedBuyer(m) {
		return false, true
	}
	// subject of a buying or receiving verb: "Poland has signed", "L'Inde a
	// signé", "Brazil received"
	// Arabic puts the verb first: "تسلمت الكويت", "وقعت قطر"
	if sc.toks[m.tok0].arabic {
		for k := m.tok0 - 1; k >= 0 && k >= m.tok0-2; k-- {
			if r, s := verbRole(sc, k); r || s {
				// "بتسليم الأردن 26 ألف بندقية": after a verbal noun of
				// handing over, the state is the one handed to, unless a
				// "لـ" or "إلى" names that one after it ("تسليم روسيا للهند")
				if s && k == m.tok0-1 && sc.arabicHandOverNoun(k) && !sc.recipientMarkedAfter(m.tok1) {
					return false, true
				}
				// "إيران أمدّت روسيا": with its subject before it, the
				// verb's state after it is the object, the recipient
				if s && k > 0 && (sc.endsCountry(k) || sc.arSharedSubject(k)) { // "، فسلّمت الجيش اللبناني" (ar_roles.go)
					return false, true
				}
				return s, r
			}
		}
	}
	// "Taiwan's first batch of Abrams tanks", "Poland's new K2 tanks": a
	// state's own batch or new weapons are what it gets
	if k := m.tok1; k+1 < len(sc.toks) && sc.toks[k].norm == "s" && strings.ContainsAny(sc.toks[k].gap, "'’") {
		switch sc.toks[k+1].norm {
		case "first", "second", "new", "latest", "initial", "last":
			return false, true
		}
	}
	// German puts the verb last: "Die Niederlande haben der Ukraine 18
	// F-16 übergeben"
	window := 5
	if sc.lw.code == "de" {
		_, window = sc.clauseOf(m.tok0)
		// "Tschechien hat beschlossen, Panzer an die Ukraine zu liefern":
		// after a decision or pledge, the infinitive clause with "zu" is
		// the subject's too
		if last := window - 1; last >= m.tok1 && window < len(sc.toks) { // all_r10_fresh3: "Zuvor hatte Dänemark beschlossen, … abzugeben", the participle right after the subject
			if n, _ := sc.lw.set("stage-approved").at(sc.toks, last); n == 1 {
				if _, to := sc.clauseOf(window); to-2 > window && sc.deZuInfinitive(window, to) { // de_willing.go: "zu liefern", "abzugeben"
					window = to
				}
			}
		}
		window -= m.tok1
	}
	window += sc.frApprovalSpan(m.tok1) // fr_r4_approval.go: "a donné son feu vert à la livraison"
	for k := m.tok1; k < len(sc.toks) && k < m.tok1+window && !sc.arFaClause(k); k++ {
		if k == m.tok1 && sc.arNounCue(k) {
			continue // "الجيش اللبناني شحنة": a noun, no verb (ar_roles.go)
		}
		// the verb after another state is that state's, unless that
		// state is a German dative ("haben der Ukraine ... übergeben")
		if sc.countryAt(k) {
			if c, ok := sc.countryMentionAt(k); ok && (sc.germanDative(c) || sc.germanIndirectObject(c) || sc.germanPrepObject(c) || sc.deZuDative(c) || sc.deSourceObject(c) || sc.r13DeListRecipient(c)) { // all_r13_detrans_relative.go: "an Katar und Ungarn"; all_roles_r5_source.go: "hatte die Ukraine Haubitzen aus den USA erhalten" // arde_roles.go: "Spanien hat Kiew 10 Leopard geliefert"
				continue
			}
			break
		}
		// past the first words, only a verb (in lower case) counts, not a
		// noun ("Verträge über die Lieferung")
		if k >= m.tok1+5 || sc.lw.code == "de" {
			if r, _ := utf8.DecodeRuneInString(sc.toks[k].raw); !unicode.IsLower(r) {
				continue
			}
		}
		if rec, sup := verbRole(sc, k); rec || sup {
			return sup, rec
		}
		// "The Netherlands will supply 18 F-16s": the subject gives
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 || sc.deZuGiving(k) || sc.deSplitCue(sc.lw.set("supply-verb"), k) > 0 { // de_willing.go: "abzugeben"; de_r4_splitverbs.go: "stellt ... zur Verfügung"
			return true, false
		}
	}
	return false, false
}

// germanDative reports whether a German state name is in the dative after
// a verb ("liefert der Ukraine", "hat dem Irak"): "der"/"dem" after a
// word in lower case, which is no noun (a genitive follows a noun: "die
// Armee der Ukraine").
func (sc *sentScan) germanDative(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 2 {
		return false
	}
	art := sc.toks[m.tok0-1]
	if art.norm != "der" && art.norm != "dem" {
		return false
	}
	before := sc.toks[m.tok0-2]
	if strings.ContainsAny(art.gap, ",;:()") || before.digit {
		return false
	}
	// "die Deutschland der Ukraine geliefert hat": after the subject
	// state, a state in "der"/"dem" is the dative, not a genitive
	if sc.countryAt(m.tok0 - 2) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(before.raw)
	return unicode.IsLower(r)
}

// germanPrepObject reports whether a German state name is the object of a
// preposition that marks the receiving end ("hat 30 T-72 an die Ukraine
// geliefert", "nach Saudi-Arabien genehmigt"): the verb at the clause's end
// still belongs to the subject before it.
func (sc *sentScan) germanPrepObject(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 1 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	n, _ := sc.lw.set("recipient-prep").at(sc.toks, k)
	return n == 1
}

// countryMentionAt returns the country mention starting at token k.
func (sc *sentScan) countryMentionAt(k int) (mention, bool) {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.tok0 == k {
			return m, true
		}
	}
	return mention{}, false
}

// verbRole tells whether the verb at token k makes its subject the
// recipient ("received", "ordered") or the supplier ("delivered").
func verbRole(sc *sentScan, k int) (rec, sup bool) {
	if sc.r13HistoryClause("stage-ordered", k) { // all_r13_detrans_relative.go: "40 BMP-1, die es einst gekauft hatte, an die Ukraine": no role of the main clause
		return false, false
	}
	if sc.deGetsDelivered(k) { // de_receive.go: "geliefert bekommen"
		return true, false
	}
	if rec, sup, ok := sc.deSeparableRole(k); ok { // de_particles.go: "gab ... an die Ukraine ab"
		return rec, sup
	}
	if sc.r16FutureReceives(k) { // all_r16_parties_future.go: "L'Ukraine recevra des canons Caesar danois"
		return true, false
	}
	if sc.arHandsOver(k) { // ar_r4_handover.go: "فرنسا تسلم الجزائر طائرتي نقل"
		return false, true
	}
	if n, _ := sc.lw.set("stage-received").at(sc.toks, k); n > 0 {
		return true, false
	}
	// "Portugal sold", "Rusia vendió": selling is supplying
	if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 && !receiving(sc.toks[k:k+n]) {
		return false, true
	}
	if sc.esSignsSale(k) { // es_r4_salewith.go: "España firmó con Egipto la venta de"
		return false, true
	}
	for _, kind := range []string{"stage-requested", "stage-ordered"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
			return true, false
		}
	}
	if n, _ := sc.lw.set("stage-delivered").at(sc.toks, k); n > 0 {
		if receiving(sc.toks[k : k+n]) {
			return true, false
		}
		return false, true
	}
	return false, false
}

// countryAt reports whether a country mention starts at token k.
func (sc *sentScan) countryAt(k int) bool {
	return k >= 0 && k < len(sc.toks) && sc.countryTokens()[k] == countryStart
}

// Tokens of a sentence as countryTokens marks them.
const (
	countryNone = iota
	countryStart
	countryInside
)

// countryTokens marks, once per sentence, the tokens that start or
// continue a state's name, so that asking about a token costs nothing.
func (sc *sentScan) countryTokens() []uint8 {
	if sc.countryTok == nil {
		sc.countryTok = make([]uint8, len(sc.toks))
		for _, m := range sc.mentions {
			if m.kind != mCountry {
				continue
			}
			for k := m.tok0; k < m.tok1 && k < len(sc.toks); k++ {
				if sc.countryTok[k] == countryNone {
					sc.countryTok[k] = countryInside
				}
			}
			if m.tok0 < len(sc.toks) {
				sc.countryTok[m.tok0] = countryStart
			}
		}
	}
	return sc.countryTok
}

// focus returns the document's main supplier and recipient from the facts
// found so far, else from how often countries are named.
func (d *docScan) focus() (sup, rec string) {
	if d.notice {
		return "US", d.buyer
	}
	fc := &d.focusCount
	// the counts follow the facts as rules add them (parties of a fact
	// are not changed once added), so that asking costs no pass over them
	for ; fc.seen < len(d.facts); fc.seen++ {
		f := d.facts[fc.seen]
		// a candidate the strict rules would drop (it carries a doubt, a
		// rival reading among them) does not make the document's pair
		if fc.seen < len(d.meta) && len(d.meta[fc.seen].flags) > 0 {
			continue
		}
		sp := f.Supplier
		if sp == nil && f.Type == domain.TypeAssistance && f.Provider != nil && f.Provider.Code != "" {
			sp = f.Provider // "Washington octroie une aide militaire à Niamey": the giver of what follows (fr_aidgoods.go)
		}
		if sp != nil && f.Recipient != nil {
			fc.pair.add(sp.String(), roleSup)
			fc.pair.add(f.Recipient.String(), roleRec)
		}
	}
	// a tie goes to the state of the earliest fact (the headline's)
	sup, rec = fc.pair.top(roleSup, ""), fc.pair.top(roleRec, "")
	if rec == "" {
		rec = d.mostNamed(tallyNamed, mostOpts{except: sup}) // "the Philippine Navy" names its state as "the Philippines" does
	}
	return sup, rec
}

// focusCounts are the running counts focus reads.
type focusCounts struct {
	seen int       // facts counted
	pair roleTally // facts per supplier, per recipient
}

// pair resolves supplier and recipient in a sentence, given a default
// supplier (a system's country of origin).
func (d *docScan) pair(sc *sentScan, origin string) (sup, rec string) {
	return d.pairFor(sc, origin, nil)
}

// pairFor is pair for one system mention of the sentence: in a list of
// systems each with its own buyer ("16 Su-30MKI an Algerien sowie sechs
// Su-30MK2 an Uganda"), the buyer is the one named with that system.
func (d *docScan) pairFor(sc *sentScan, origin string, sys *mention) (sup, rec string) {
	var sups, recs, others, owners, places []string
	var recMs, otherMs, supMs []mention
	var listedRecs []string // all_roles_lists.go
	var listMemo []int8     // all_roles_lists.go: listedRecipientIn
	sourced := map[string]bool{}
	for _, m := range sc.countries() {
		if sc.inCurrency(m) {
			continue // "3,6 Milliarden US-Dollar"
		}
		if sc.adversary(m) {
			continue // "frente a ataques de adversarios como Irán"
		}
		if sc.deAfterState(m) {
			continue // de_after.go: "Nach Polen hat auch Deutschland ... geliefert"
		}
		if sc.arRivalState(m) {
			continue // "نظيرة الطائرة الأمريكية": a rival's state (ar_notraded.go)
		}
		if sc.r14AttribPlace(m) {
			continue // all_r14_roles_attribplace.go: "Nach Angaben aus Kiew": where the news came from
		}
		if sc.mediaDemonym(m) {
			continue // all_r7_roles_media.go: "selon la presse allemande"
		}
		if sc.coProducer(m) || sc.coPartner(m) { // all_roles_r5_coproducer.go: "desarrollado por China junto con Pakistán"
			continue // "producida en colaboración con Estados Unidos" (enfres_coproducer.go)
		}
		if origin == "" && (sc.builtIn(m) || sc.builtInAny(m)) { // all_roles_r5_builtin.go: "construidas por Hyundai en Corea del Sur"
			sups, supMs = append(sups, m.id), append(supMs, m) // en_r2_builtin.go: "four frigates built for it in China"
			continue
		}
		if sc.transitState(m) {
			continue // "reached Armenia by way of Iran": a route, not a party (en_r2_transit.go)
		}
		s, r := d.roleCues(sc, m)
		if sc.servedWith(m) {
			s, r = true, false // "que se incorporaron a la Armada Real Australiana" (enfres_served.go)
		}
		if !r && sc.sourcePrep(m) {
			// "12 AH-1Z from the United States and six T129s from
			// Turkey": a state named as where goods come from is a
			// source, never the buyer of another system of the sentence
			sourced[m.id] = true
		}
		if s && !sc.placeOnly(m) {
			supMs = append(supMs, m)
		}
		if r && !s && !sc.placeOnly(m) {
			recMs = append(recMs, m)
		} else if !s && !r && !sc.placeOnly(m) {
			otherMs = append(otherMs, m)
		}
		switch {
		case sc.placeOnly(m):
			// "firmó en Dinamarca", "signed in Copenhagen": where, not who
			places = append(places, m.id)
		case s && r:
			owners = append(owners, m.id)
		case s:
			sups = append(sups, m.id)
		case r:
			recs = append(recs, m.id)
		case d.listedRecipientIn(sc, m, &listMemo): // all_roles_lists.go: "Niger, Äthiopien und Marokko haben TB2 gekauft": a buyer, after the marked ones
			listedRecs = append(listedRecs, m.id)
		default:
			others = append(others, m.id)
		}
	}
	recs = append(recs, listedRecs...) // all_roles_lists.go
	if len(sups)+len(recs)+len(others)+len(owners) == 0 {
		others = places
	}
	sups, others = sc.notSelfSupplier(sups, recs), sc.notSelfSupplier(others, recs) // fr_roles.go
	// ar_asked.go: "ما إذا كانت تيرانا تتجه إلى شراء": asked about, not buying
	recs, others = sc.arUnasked(recs), sc.arUnasked(others)
	// "Mientras el submarino español ..., Brasil recibió los Scorpène": a
	// demonym on another piece of equipment, in another clause, is not
	// the seller of a system whose origin is known
	if sys != nil && origin != "" {
		for _, m := range supMs {
			if m.sub == "demonym" && sc.describesOther(m, *sys) {
				sups = without(sups, m.id)
			}
		}
	}
	// "Baykar delivered", "bestellt bei Diehl Defence", "من نافانتيا": a
	// company names its state as the supplier of a system whose origin
	// the lexicon does not give (a generic "five warships")
	if origin == "" && len(sups) == 0 {
		if c := d.makerSupplier(sc); c != "" {
			sups = append(sups, c)
		} else if c := d.leadMakerSupplier(sc); c != "" { // fr_maker.go: "Piriou a livré"
			sups = append(sups, c)
		} else if c := d.makerWinsOrder(sc); c != "" { // all_roles_r5_makerwins.go: "Navantia won a contract"
			sups = append(sups, c)
		}
	}
	// "24 F-16 daneses" bought by Argentina: the former owner sells; "les
	// Rafale grecs" with no other buyer: the owner received them, unless
	// the document is about another buyer ("livraisons de F-16
	// néerlandais" in a story on Ukraine)
	_, focusRec := d.focus()
	for _, o := range owners {
		if len(recs) > 0 || focusRec != "" && focusRec != o && !sc.names(focusRec) && sc.has("stage-delivered") {
			sups = append(sups, o)
		} else {
			recs = append(recs, o)
		}
	}
	sups = sc.r14MadeSubjectGiver(sys, origin, sups, recs, others) // all_r14_roles_madesubject.go: "Polen hat der Ukraine Leopard aus deutscher Produktion geliefert"
	// all_r8_fres_madeorigin.go: "de origen ruso que el Perú recibió de
	// Bielorrusia", "compró a Dinamarca F-16 fabricados en Estados Unidos"
	sups, madeOnly := sc.madeOriginOnly(sups, origin)
	named := false
	for _, m := range sc.countries() {
		if m.id == origin && !madeOnly && !sc.mediaDemonym(m) { // all_r7_roles_media.go
			named = true
		}
	}
	if c := d.deSoldBackBy(sc, origin, sups, recs, others); c != "" { // de_seat.go: "Der Bundesrat hat den Verkauf von Leopard 2 an Deutschland genehmigt"
		sups = append(sups, c)
	}
	if d.soldBackToMaker(origin, sups, recs) {
		named = false
	}
	switch {
	case origin != "" && (len(sups) == 0 || named):
		sup = origin
	case len(sups) > 0:
		sup = sups[0] // "Le Royaume-Uni a livré ... des Storm Shadow"
	default:
		sup = origin
	}
	sup, recs, others = sc.esBuySeller(sys, sup, origin, supMs, recs, others) // es_boughtfrom.go: "la compra de los cazas F-16 a Dinamarca"
	sup, recs = d.buySellerToDocBuyer(sc, sys, sup, origin, supMs, recs)      // all_roles_secondhand.go: no buyer named, the document's buys
	// "des F-16 néerlandais et des Mirage 2000 français": in a list, the
	// demonym on the system itself names its seller (its owner for a
	// second-hand system)
	if sys != nil && len(sups) > 1 {
		if c := sc.demonymOn(*sys); c != "" && !contains(recs, c) {
			sup = c
		} else if c := sc.sellerAfter(*sys, supMs); c != "" {
			sup = c // "des F-16 fournis par les Pays-Bas"
		} else if c := sc.sellerBefore(*sys, supMs); c != "" {
			sup = c // all_roles_r5_sellers.go: "…, while Italy supplied two FREMM frigates"
		}
	}
	sup = sc.frRelativeGiverSup(sup, sups, supMs) // fr_relgiver.go: "de fabrication américaine qu'Ottawa s'est engagé à fournir"
	// "the country has received", "la vente au pays de 12 AH-1Z": a
	// word for a state stands for the document's buyer or seller
	recs = d.deAnaphorAntecedent(sc, sup, recs) // de_roles2_anaphor.go: "das Geschäft mit Israel: Zwei U-Boote soll das Land erhalten"
	if len(recs) == 0 || len(sups) == 0 && origin == "" {
		if asSup, asRec := sc.anaphorRole(); asSup || asRec {
			fs, fr := d.focus()
			if asRec && len(recs) == 0 && fr != "" && fr != sup && !sc.names(fr) {
				recs = append(recs, fr)
				if rec == "" || rec == sup {
					rec = ""
				}
			}
			if asSup && sup == "" && fs != "" && !sc.names(fs) {
				sup = fs
			}
		}
	}
	if sys != nil {
		if c := sc.buyerOf(*sys, recMs, sup); c != "" {
			rec = c
		} else {
			all := append(append([]mention{}, recMs...), otherMs...)
			slices.SortFunc(all, func(a, b mention) int { return a.tok0 - b.tok0 }) // by position; no reflection (sort.Slice's swapper allocates)
			rec = sc.buyerOf(*sys, all, sup)
		}
	}
	for _, lists := range [][]string{recs, others, sups} {
		for _, c := range lists {
			if c != sup && rec == "" && !sourced[c] {
				rec = c
			}
		}
	}
	if sys != nil {
		if c := sc.deClauseBuyer(*sys, recMs, rec, sup); c != "" { // de_clausebuyer.go: "Togo bekam Drohnen, und Marokko hat TB2 gekauft"
			rec = c
		}
	}
	fs, fr := d.focus()
	if sup == "" && len(others) > 0 {
		// no cue: the document's usual supplier if named here, else the
		// first state named (the subject: "Washington a soutenu Rabat")
		for _, c := range others {
			if c == fs {
				sup = c
			}
		}
		if sup == "" {
			sup = others[0]
		}
		if rec == sup {
			rec = ""
			for _, lists := range [][]string{recs, others} {
				for _, c := range lists {
					if c != sup && rec == "" {
						rec = c
					}
				}
			}
		}
	}
	if d.notice {
		fs, fr = "US", d.buyer
	} else {
		sup, rec = d.prevSentencePair(sc, origin, sup, rec) // all_r8_enar_prevpair.go: "… signed with South Korea. The deal covers 180 K2 tanks."
	}
	if sup == "" && fs != rec {
		sup = fs
	}
	if rec == "" && len(sourced) > 0 && (fr == sup || sourced[fr]) {
		// "18 Leopard 2 aus Deutschland und Challenger aus
		// Großbritannien sind im Land": the goods come into the state
		// the document names most among those the sentence gives as no
		// source
		rec = d.mostNamedOutside(sourced, sup)
	} else if rec == "" && fr != sup {
		rec = fr
	} else if rec == "" && origin != "" && sup == origin {
		rec = d.frForcesFocus(sup) // fr_forcesdemonym.go: "L'armée burkinabè reçoit … tous fabriqués en Chine"
	}
	rec = d.makerNotBuyer(sc, sys, origin, sup, rec) // all_roles_secondhand.go: "los F-16 que se le compraron a Dinamarca"
	if sup == rec {
		return "", ""
	}
	return sup, rec
}

// inCurrency reports whether a country mention only names a currency:
// "US-Dollar", "dollars américains", "dólares estadounidenses", "dollars
// australiens".
func (sc *sentScan) inCurrency(m mention) bool {
	isMoney := func(w string) bool {
		switch w {
		case "dollar", "dollars", "dolares", "dolar", "dollari", "دولار", "دولارا", "دولارات":
			return true
		}
		return false
	}
	if m.tok1 < len(sc.toks) && isMoney(sc.toks[m.tok1].norm) {
		return true
	}
	if m.sub == "demonym" && m.tok0 > 0 && isMoney(sc.toks[m.tok0-1].norm) {
		return true
	}
	// "dólares de EE. UU.", "dólares de los Estados Unidos", "dollars des
	// États-Unis": the money word, then "of" and perhaps an article
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	return k >= 1 && sc.lw.isTok("currency-of", &sc.toks[k]) && isMoney(sc.toks[k-1].norm)
}

// names reports whether the sentence names a country.
func (sc *sentScan) names(code string) bool {
	for _, m := range sc.countries() {
		if m.id == code {
			return true
		}
	}
	return false
}

// settleSuppliers: a transfer whose supplier was only the system's country
// of origin ("Nigeria takes delivery of Super Tucanos") takes the supplier
// that another sentence states for the same system and recipient ("from the
// United States").
func (d *docScan) settleSuppliers() {
	// the first fact with a stated supplier per system and recipient,
	// found in one pass (a look-up per fact would make long documents
	// quadratic)
	var stated map[[2]string]int
	for i := range d.facts {
		if d.implicitSup[i] {
			if stated == nil {
				stated = map[[2]string]int{}
				for j := range d.facts {
					g := d.facts[j]
					if d.implicitSup[j] || g.Type != domain.TypeTransfer || g.System == nil {
						continue
					}
					k := [2]string{g.System.ID, g.Recipient.String()}
					if _, ok := stated[k]; !ok {
						stated[k] = j
					}
				}
			}
			break
		}
	}
	for i := range d.facts {
		f := &d.facts[i]
		if !d.implicitSup[i] || f.Type != domain.TypeTransfer {
			continue
		}
		if j, ok := stated[[2]string{f.System.ID, f.Recipient.String()}]; ok {
			f.Supplier = d.facts[j].Supplier
		}
	}
	for i := range d.facts {
		if f := &d.facts[i]; f.Type == domain.TypeTransfer && f.System != nil && f.Supplier.String() == f.System.Origin {
			d.settleFormerOwner(i) // enfres_source.go
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// names reports whether the document names a country anywhere.
func (d *docScan) names(code string) bool {
	return d.stateCounts(tallyMentions)[code] > 0
}

// receiveStems are the stems of delivery words whose subject is the
// recipient ("received", "a réceptionné", "took delivery", "recibió",
// "تسلم"); the subject of the other delivery words is the supplier.
var receiveStems = []string{"receiv", "recu", "recev", "recoi", "reception", "took", "takes", "take", "recib", "recep", "inducted", "commissioned", "tsl", "تسلم", "استلم", "erhielt", "erhalt", "empfang", "recebeu"}

func receiving(toks []token) bool {
	for _, t := range toks {
		for _, st := range receiveStems {
			if strings.HasPrefix(t.norm, st) {
				return true
			}
		}
	}
	return false
}

// conjoinedWith returns the other states named in a list with code ("A and
// B", "A, B et C"), leaving out except.
func (d *docScan) conjoinedWith(sc *sentScan, code, except string) []string {
	cs := sc.countries()
	// groups of mentions joined only by commas, conjunctions and articles
	group := make([]int, len(cs))
	for k := 1; k < len(cs); k++ {
		group[k] = group[k-1]
		if !sc.listJoined(cs[k-1], cs[k]) || sc.deClauseSubject(cs[k]) || sc.closingComma(cs, k) || sc.r15ClauseAfterJoin(cs[k-1], cs[k]) { // all_r8_fres_closingcomma.go // de_clauses.go; all_roles_lists.go: also an attached Arabic 'و'
			group[k] = group[k-1] + 1
		}
	}
	g := -1
	for k, c := range cs {
		if c.id == code && c.sub != "demonym" {
			g = group[k]
		}
	}
	// only a list that is itself the buyer: "Slovakia and Bulgaria
	// ordered", not "the leaders of Australia, Britain and the US"
	cued := false
	for k, c := range cs {
		if group[k] == g {
			if _, r := d.roleCues(sc, c); r {
				cued = true
			}
		}
	}
	if !cued {
		return nil
	}
	var out []string
	for k, c := range cs {
		if group[k] == g && c.id != code && c.id != except && c.sub != "demonym" && c.sub != "agency" && !contains(out, c.id) && !sc.topic(c) {
			out = append(out, c.id)
		}
	}
	return out
}

// nameConj reports a word that joins the names of a list (and-conj and
// name-joiner of lang_<code>.tsv: "and", "y", "sowie", a detached Arabic
// "و").
func (sc *sentScan) nameConj(w string) bool {
	return sc.lw.isWord("and-conj", w) || sc.lw.isWord("name-joiner", w)
}

// joined reports whether the tokens in [a, b) only join two names: "and",
// "et", "y", "und", "و", articles, and commas between them.
func (sc *sentScan) joined(a, b int) bool {
	if b <= a || b-a > 3 {
		return b == a && strings.ContainsAny(sc.toks[b].gap, ",،")
	}
	conj := false
	for t := a; t < b; t++ {
		// "l'Égypte, le Qatar et l'Inde": a comma before an article
		if strings.ContainsAny(sc.toks[t].gap, ",،") {
			conj = true
		}
		switch w := sc.toks[t].norm; {
		case sc.nameConj(w):
			conj = true
		case sc.lw.isWord("article", w) || w == "les" || w == "der" || w == "die":
		case sc.lw.isWord("agent-prep", w) && t > a && sc.lw.isTok("and-conj", &sc.toks[t-1]): // es_passive.go: "por Portugal y por Hungría"
		default:
			return false
		}
	}
	return conj
}

// adjectiveAfter are the languages whose adjectives follow the noun ("des
// missiles américains", "الفرقاطة الفرنسية"); elsewhere they precede it
// ("American missiles", "amerikanische Raketen").
var adjectiveAfter = map[string]bool{"fr": true, "es": true, "ar": true, "pt": true, "it": true}

// describes reports whether the demonym m qualifies the mention o: right
// after it in languages whose adjectives follow the noun, right before it
// elsewhere (either side within two words for compounds like "US-made").
func (sc *sentScan) describes(m, o mention) bool {
	after := o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 2
	before := o.tok0 >= m.tok1 && o.tok0-m.tok1 <= 2
	if adjectiveAfter[sc.lw.code] {
		// "armes de fabrication américaine" and "الفرقاطة الفرنسية": after;
		// a demonym before the noun belongs to the words before it
		// ("القوات البحرية المصرية الفرقاطة")
		return after
	}
	return before || after && m.tok0 == o.tok1
}

// describesOther reports whether demonym m describes equipment other than
// sys in a clause apart from it.
func (sc *sentScan) describesOther(m, sys mention) bool {
	if sc.describes(m, sys) {
		return false
	}
	a, b := m.tok0, sys.tok0
	if a > b {
		a, b = b, a
	}
	if !sc.boundaryBetween(a+1, b) {
		return false
	}
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 != sys.tok0 && sc.describes(m, o) {
			return true
		}
	}
	return false
}

// without returns list less every s.
func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// adversary reports whether a state is named as what the weapons are
// against: "against Iran", "contre la Russie", "frente a ataques de
// adversarios como Irán", "gegen Russland", "ضد إيران".
func (sc *sentScan) adversary(m mention) bool {
	if sc.arAttackBy(m) {
		return true // "خشية ضربات يمنية" (ar_exercise.go)
	}
	// the word right before the state, an article skipped
	k := m.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 || strings.ContainsAny(sc.toks[m.tok0].gap, ",;:()،؛") {
		return false
	}
	if w := sc.toks[k].norm; againstWords[w] || w == "a" && k > 0 && sc.toks[k-1].norm == "frente" {
		return true
	}
	// "adversaries such as Iran", "adversarios como Irán"
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-3; k-- {
		if sc.lw.isTok("adversary-word", &sc.toks[k]) {
			return true
		}
		if strings.ContainsAny(sc.toks[k].gap, ",;:()،؛") {
			break
		}
	}
	return false
}

// againstWords and adversaryWords name what weapons are used against.
var againstWords = map[string]bool{"against": true, "contre": true, "contra": true, "gegen": true, "ضد": true}

// placeOnly reports whether a state is named after a preposition of place
// ("in", "en", "في") rather than as a party.
func (sc *sentScan) placeOnly(m mention) bool {
	if m.sub == "demonym" || m.tok0 == 0 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	n, _ := sc.lw.set("location-prep").at(sc.toks, k)
	if sc.cityCountry(m) { // all_r9_fresh_place.go: "in Baranovichi, Belarus"
		return true
	}
	return (n > 0 || strings.HasSuffix(m.prefix, "في")) && !sc.arrivedIn(m) && !sc.boughtIn(m) && !sc.deInto(m) && !sc.deMinistryIn(m) && !sc.deMakerSeat(m) // de_into.go; de_seat.go: "das Verteidigungsministerium in Vilnius"; de_tomaker.go: "Rheinmetall Landsysteme GmbH in Deutschland"
}

// boughtIn reports whether a state is named as the place something was
// bought: "adquiridos en Italia", "compró en Italia".
func (sc *sentScan) boughtIn(m mention) bool {
	if sc.deBoughtIn(m) { // de_roles.go: "in Deutschland bestellt"
		return true
	}
	if m.sub == "demonym" || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 1 {
		k--
	}
	if n, _ := sc.lw.set("location-prep").at(sc.toks, k); n == 0 || strings.ContainsAny(sc.toks[k].gap, ",;:،؛") {
		return false
	}
	n, _ := sc.lw.set("buy-verb").at(sc.toks, k-1)
	return n > 0 || sc.r15BoughtObjectIn(k) // all_r15_lead_boughtin.go: "bought 20 used Leopard 2 tanks in Spain"
}

// germanVon reads the state after "von" by the verb that ends its clause:
// active, a receiving or buying verb makes it the source (supplier);
// passive, a buying verb makes it the buyer and a delivering verb the
// supplier. ok is false when the clause tells neither.
func (sc *sentScan) germanVon(m mention) (sup, rec, ok bool) {
	if sup, rec, ok := sc.deOrderFrom(m); ok { // de_roles.go: "von Ungarn einen Auftrag erhalten"
		return sup, rec, ok
	}
	if sup, rec, ok := sc.deVonAfterVerb(m); ok { // de_roles.go: "erhielt 12 M777 von den USA"
		return sup, rec, ok
	}
	from, to := sc.clauseOf(m.tok0)
	passive := false
	for k := from; k < to; k++ {
		switch sc.toks[k].norm {
		case "wurde", "wurden", "worden", "wird", "werden":
			passive = true
		}
	}
	after := func(kinds ...string) bool {
		for _, kind := range kinds {
			if sc.cueIn(kind, m.tok1, to) {
				return true
			}
		}
		return false
	}
	if !passive {
		if after("stage-received", "buy-verb") {
			return true, false, true
		}
		return false, false, false
	}
	if after("buy-verb", "stage-ordered") {
		return false, true, true
	}
	if after("stage-delivered", "supply-verb") {
		return true, false, true
	}
	return false, false, false
}

// madeNear reports whether a demonym stands beside a word for making
// ("Turkish-made", "de fabrication turque", "aus deutscher Produktion",
// "تركية الصنع").
func (sc *sentScan) madeNear(m mention) bool {
	for _, p := range sc.cuePositions("made") {
		if p >= m.tok1 && p-m.tok1 <= 1 && !sc.boundaryBetween(m.tok1, p) {
			return true
		}
		if p < m.tok0 && m.tok0-p <= 2 && !sc.boundaryBetween(p+1, m.tok0) {
			return true
		}
	}
	return false
}

// fromAfterVerb reports whether a state follows "from" after a receiving
// or buying verb, with only a few words between: "received from the
// Australian navy", "recibido de su homóloga australiana", "reçu de la
// France", "von der Bundeswehr erhalten" is not covered (verb last).
func (sc *sentScan) fromAfterVerb(m mention) bool {
	for k := m.tok0 - 1; k >= 1 && k >= m.tok0-4; k-- {
		if k+1 <= m.tok0 && k+1 < len(sc.toks) && strings.ContainsAny(sc.toks[k+1].gap, ",;:()،؛") {
			return false
		}
		if sc.countryAt(k) {
			return false
		}
		switch sc.toks[k].norm {
		case "from", "von", "vom", "من", "desde":
			if r, _ := verbRole(sc, k-1); r {
				return true
			}
			n, _ := sc.lw.set("buy-verb").at(sc.toks, k-1)
			return n > 0
		case "de", "d", "del":
			// "de" is also a genitive ("la commande de la Pologne"): only
			// after a receiving verb, not a noun ("la réception de")
			n, _ := sc.lw.set("stage-received").at(sc.toks, k-1)
			return (n > 0 || sc.esBoughtFrom(k)) && (k < 2 || !sc.lw.isTok("determiner", &sc.toks[k-2])) || sc.frReceivedFrom(k) // es_boughtfrom.go: "adquirió de los Países Bajos"; fr_received.go: "a reçu de l'Égypte"
		case "du", "des":
			return sc.frReceivedFrom(k) // fr_received.go: "ont reçu du Brésil"
		}
	}
	return false
}

// mostNamedExcept returns the state the document names most, leaving out
// one (the provider of a program, say).
func (d *docScan) mostNamedExcept(except string) string {
	return d.mostNamed(tallyAll, mostOpts{except: except})
}

// makerCountries caches the state of each maker, per lexicon: lexicon ->
// *makerCache (a pointer key and a map lookup by string: no allocation
// per call).
var makerCountries sync.Map

type makerCache struct {
	mu     sync.RWMutex
	m      map[string]string
	once   sync.Once     // makers (all_r14_speed_makers.go)
	makers []makerOrigin // the systems' makers, lower case, by origin
}

// makerCountry returns the state of a maker: the origin most of the
// lexicon's systems by that maker share, or "" for a maker spread over
// several states (MBDA, Airbus).
func (d *docScan) makerCountry(id string) string {
	v, ok := makerCountries.Load(d.x.lex)
	if !ok {
		v, _ = makerCountries.LoadOrStore(d.x.lex, &makerCache{m: map[string]string{}})
	}
	cache := v.(*makerCache)
	cache.mu.RLock()
	c, ok := cache.m[id]
	cache.mu.RUnlock()
	if ok {
		return c
	}
	c = ""
	if n, ok := d.x.lex.NamedEntry(id); ok && n.Kind == "maker" {
		if n.Country != "" { // named.tsv: a maker whose systems come from several states, but whose seat is one (Thales, Damen, Rostec)
			c = n.Country
		} else {
			names := []string{strings.ToLower(n.Name)}
			for _, a := range n.Aliases {
				if len([]rune(a)) >= 4 {
					names = append(names, strings.ToLower(a))
				}
			}
			forms := make([][3]string, len(names))
			for k, nm := range names {
				forms[k] = [3]string{nm + " ", " " + nm, nm + "/"}
			}
			cnt, total := map[string]int{}, 0
			for _, s := range cache.origins(d.x.lex) { // all_r14_speed_makers.go
				mk := s.maker
				for k, nm := range names {
					if mk == nm || strings.HasPrefix(mk, forms[k][0]) || strings.Contains(mk, forms[k][1]) || strings.HasPrefix(mk, forms[k][2]) {
						cnt[s.origin] += s.n
						total += s.n
						break
					}
				}
			}
			if best := mostOf(cnt, mostOpts{}); best != "" && cnt[best]*4 >= total*3 && !multinational(n.Name) { // mostOf (all_r8_quality_mostnamed.go): a tie to the first in alphabetical order
				c = best
			}
		}
	}
	cache.mu.Lock()
	cache.m[id] = c
	cache.mu.Unlock()
	return c
}

// makerSupplier returns the state of a maker the sentence names as the
// seller: after "from", "by", "with", as the subject of a supply verb, or
// after "a"/"à" following a buying verb ("encargó a Navantia").
func (d *docScan) makerSupplier(sc *sentScan) string {
	if c := d.deMakerSubject(sc); c != "" { // de_roles.go: "Rheinmetall liefert ..."
		return c
	}
	for _, m := range sc.mentions {
		if m.kind != mNamed || m.sub != "maker" || m.tok0 == 0 {
			continue
		}
		c := d.makerCountry(m.id)
		if c == "" {
			continue
		}
		// the word before, articles and words for a company skipped: "a
		// la empresa Navantia", "from the firm Saab"
		k := m.tok0 - 1
		for k > 0 && (sc.lw.isTok("article", &sc.toks[k]) || sc.lw.isTok("company-word", &sc.toks[k]) || sc.makerDemonymAt(k)) { // all_roles_maker.go: "with the South Korean firm KAI"
			k--
		}
		prev := sc.toks[k].norm
		if n, _ := sc.lw.set("supplier-prep").at(sc.toks, k); n > 0 {
			return c
		}
		switch prev {
		case "from", "by", "with", "par", "avec", "aupres", "por", "con", "mit", "bei", "von", "من", "مع":
			return c
		}
		// "encargó cinco corbetas a Navantia", "a commandé 12 navires à
		// Naval Group": after a buying verb in the clause, the company
		// sells
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, k); n > 0 {
			from, _ := sc.clauseOf(k)
			if _, ok := sc.lw.set("buy-verb").any(sc.toks, from, k); ok {
				return c
			}
		}
		if sc.suppliesAfter(m) {
			return c
		}
	}
	return ""
}

// suppliesAfter reports whether a verb of supplying follows a maker's name
// within three words: "Piriou a livré", "Saab delivered".
func (sc *sentScan) suppliesAfter(m mention) bool {
	for j := m.tok1; j < len(sc.toks) && j < m.tok1+3; j++ {
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, j); n > 0 {
			return true
		}
		if _, sup := verbRole(sc, j); sup {
			return true
		}
	}
	return false
}

// buyerOf picks, among several states named as buyers in a sentence that
// lists several systems, the one that goes with the system sys: named
// after it before the next system ("K2 an Polen, K9 an Rumänien"), else
// the nearest before it ("mit Algerien einen Vertrag über 16 Su-30 und
// mit Uganda einen über sechs Su-30"). "" when the sentence lists one
// system or names one buyer.
func (sc *sentScan) buyerOf(sys mention, cands []mention, except string) string {
	distinct := map[string]bool{}
	for _, c := range cands {
		if c.id != except && c.sub != "demonym" {
			distinct[c.id] = true
		}
	}
	nsys := 0
	next := len(sc.toks)
	prev := -1
	for _, o := range sc.mentions {
		// generic words next to a name ("Kampfjets der Version Su-30")
		// describe it: only names bound the stretch of a system
		if o.kind != mSystem && (o.kind != mGeneric || sys.kind != mGeneric) {
			continue
		}
		nsys++
		if o.tok0 > sys.tok0 && o.tok0 < next {
			next = o.tok0
		}
		if o.tok1 <= sys.tok0 && o.tok1 > prev {
			prev = o.tok1
		}
	}
	if len(distinct) < 2 || nsys < 2 {
		return ""
	}
	// the list names each buyer before its system when the first buyer
	// comes before the first system
	first := len(sc.toks)
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == sys.kind) && o.tok0 < first {
			first = o.tok0
		}
	}
	before := false
	for _, c := range cands {
		if c.id != except && c.sub != "demonym" {
			before = c.tok0 < first
			break
		}
	}
	for _, c := range cands {
		if before {
			break
		}
		if c.id != except && c.sub != "demonym" && c.tok0 >= sys.tok1 && c.tok0 < next {
			return c.id
		}
	}
	best := ""
	for _, c := range cands {
		if c.id != except && c.sub != "demonym" && c.tok1 <= sys.tok0 && c.tok0 >= prev {
			best = c.id
		}
	}
	return best
}

// anaphorRole tells whether a word for a state ("the country", "el
// país", "البلاد") is marked as the buyer or the seller: after "to" or
// "from", or as the subject of a receiving or supplying verb.
func (sc *sentScan) anaphorRole() (sup, rec bool) {
	ps := sc.lw.set("anaphor")
	for p := 0; p < len(sc.toks); p++ {
		n, _ := ps.at(sc.toks, p)
		if n == 0 {
			continue
		}
		if p > 0 {
			w := []token{sc.toks[p-1]}
			if k, _ := sc.lw.set("recipient-prep").at(w, 0); k > 0 {
				return false, true
			}
			if k, _ := sc.lw.set("supplier-prep").at(w, 0); k > 0 && !sc.lw.isTok("agent-prep", &sc.toks[p-1]) {
				return true, false
			}
		}
		for k := p + n; k < len(sc.toks) && k < p+n+5; k++ {
			if sc.countryAt(k) {
				break
			}
			if r, s := verbRole(sc, k); r || s {
				return s, r
			}
			if m, _ := sc.lw.set("supply-verb").at(sc.toks, k); m > 0 {
				return true, false
			}
		}
		p += n - 1
	}
	return false, false
}

// listedBuyer reports whether a state is named in a list next to a word
// for buyers or users: "Myanmar and Nigeria among the buyers of",
// "operated by Chile, Peru and Colombia", "clientes como Chile y Perú".
func (sc *sentScan) listedBuyer(m mention) bool {
	ps := sc.lw.set("buyer-noun")
	for _, p := range sc.cuePositions("buyer-noun") {
		n, _ := ps.at(sc.toks, p)
		end := p + n
		if p >= m.tok1 && p-m.tok1 <= 3 && !sc.boundaryBetween(m.tok1, p) {
			return true // the list, then the word
		}
		if sc.esCopulaBuyer(m, p) { // es_buyers.go: "pasó a ser el tercer cliente"
			return true
		}
		if sc.listedAfterSystem(m, end) { // all_r8_fres_customers.go: "Parmi les clients du Rafale figurent l'Égypte, ..."
			return true
		}
		if m.tok0 >= end && m.tok0-end <= 8 {
			// the word, then the list: only names, commas and "and",
			// "such as", "like" between
			ok := true
			for k := end; k < m.tok0; k++ {
				w := sc.toks[k].norm
				if sc.countryAt(k) || w == "and" || w == "et" || w == "y" || w == "und" || w == "like" || w == "as" || w == "such" || w == "including" || w == "comme" || w == "como" || w == "wie" || w == "dont" || w == "notamment" || w == "entre" || w == "among" || sc.lw.isWord("article", w) {
					continue
				}
				if k > end && sc.countryAt(k-1) {
					continue // the rest of a country's name
				}
				ok = false
				break
			}
			if ok {
				return true
			}
		}
	}
	return sc.esListedBeforeBuyer(m) // es_buyers.go: "Tras Myanmar y Nigeria, Azerbaiyán pasó a ser ..."
}

// demonymOn returns the country of a demonym that qualifies the system
// mention itself ("F-16 néerlandais", "Dutch F-16s").
func (sc *sentScan) demonymOn(sys mention) string {
	for _, c := range sc.countries() {
		if c.sub == "demonym" && sc.describes(c, sys) {
			return c.id
		}
	}
	return ""
}

// sellerAfter returns a state marked as seller that follows the system
// closely, with no other system between: "des chasseurs F-16 fournis par
// les Pays-Bas".
func (sc *sentScan) sellerAfter(sys mention, sups []mention) string {
	for _, c := range sups {
		if c.tok0 < sys.tok1 || c.tok0-sys.tok1 > 5 || sc.boundaryBetween(sys.tok1, c.tok0) {
			continue
		}
		between := false
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok0 >= sys.tok1 && o.tok0 < c.tok0 {
				between = true
			}
		}
		if !between {
			return c.id
		}
	}
	return ""
}

// forcesBeside reports whether a demonym qualifies a word for armed
// forces (after it in English and German, before it elsewhere).
func (sc *sentScan) forcesBeside(m mention) bool {
	if adjectiveAfter[sc.lw.code] {
		if m.tok0 > 0 && sc.toks[m.tok0-1].arabic {
			_, ok := sc.arabicForcesBefore(m)
			return ok
		}
		// "nationale" and "sécurité" alone are no forces ("l'Assemblée
		// nationale française"): their phrases are the lexicon's
		// armed-forces ("la garde nationale", "les forces de sécurité")
		return m.tok0 > 0 && (sc.lw.isTok("force-word", &sc.toks[m.tok0-1]) || sc.forcesBefore(m))
	}
	return m.tok1 < len(sc.toks) && sc.lw.isTok("force-word", &sc.toks[m.tok1])
}

// listAfterRecipientPrep reports whether a state belongs to a list that
// follows a colon announced by a recipient preposition: "for three African
// countries: Burkina Faso, Angola and Mauritania", "à trois pays : ...".
func (sc *sentScan) listAfterRecipientPrep(m mention) bool {
	// back to the start of the list
	s := m.tok0
	for s > 0 && !strings.Contains(sc.toks[s].gap, ":") {
		w := sc.toks[s-1].norm
		if sc.countryAt(s-1) || w == "and" || w == "et" || w == "y" || w == "und" || w == "e" || sc.lw.isWord("article", w) || sc.inCountry(s-1) {
			s--
			continue
		}
		return false
	}
	if s == 0 || !strings.Contains(sc.toks[s].gap, ":") {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}

// inCountry reports whether token k is inside a country mention.
func (sc *sentScan) inCountry(k int) bool {
	return k >= 0 && k < len(sc.toks) && sc.countryTokens()[k] != countryNone
}

// topic reports whether a state is named as the topic of the sentence:
// "As for Spain, ...", "En cuanto a España", "Por lo que respecta a
// España", "Quant à la France".
func (sc *sentScan) topic(m mention) bool {
	k := m.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 {
		return false
	}
	if n, _ := sc.lw.set("recipient-prep").at(sc.toks, k); n == 0 {
		return false
	}
	switch sc.toks[k-1].norm {
	case "respecta", "cuanto", "refiere", "as", "quant", "regards":
		return true
	}
	return false
}

// visitBefore reports whether a word for a visit comes within a few
// words before the state.
func (sc *sentScan) visitBefore(m mention) bool {
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-6; k-- {
		if sc.lw.isTok("visit-word", &sc.toks[k]) {
			return true
		}
		if k < m.tok0-1 && strings.ContainsAny(sc.toks[k+1].gap, ";:()") {
			return false
		}
	}
	return false
}

// endsCountry reports whether a country mention ends right before token k.
func (sc *sentScan) endsCountry(k int) bool {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.tok1 == k {
			return true
		}
	}
	return false
}

// handOverNouns are Arabic verbal nouns of handing over or supplying.
var handOverNouns = map[string]bool{"تسليم": true, "تزويد": true, "امداد": true}

// arabicHandOverNoun reports whether token k is a verbal noun of handing
// over ("تسليم", "بتسليم", "وتزويد"), whose genitive state receives.
func (sc *sentScan) arabicHandOverNoun(k int) bool {
	var vb [maxArabicVariants]string
	for _, v := range appendArabicVariants(vb[:0], sc.toks[k].norm) {
		if handOverNouns[v] {
			return true
		}
	}
	return false
}

// recipientMarkedAfter reports whether one of the two tokens from k is a
// recipient preposition or a word with "ل" attached ("للهند", "إلى").
func (sc *sentScan) recipientMarkedAfter(k int) bool {
	for j := k; j < len(sc.toks) && j < k+2; j++ {
		n := sc.toks[j].norm
		if n == "الي" || n == "ل" || strings.HasPrefix(n, "لل") {
			return true
		}
		if sc.countryAt(j) && strings.HasPrefix(n, "ل") {
			return true
		}
	}
	return false
}

// arabicForceWord reports whether an Arabic token names armed forces, with
// or without its article and an attached conjunction or preposition; lam
// tells whether "ل" is attached ("للبحرية", "لسلاح").
func (sc *sentScan) arabicForceWord(t token) (ok, lam bool) {
	var vb [maxArabicVariants]string
	for i, v := range appendArabicVariants(vb[:0], t.norm) {
		w := stripArticle(v)
		if sc.lw.isWord("force-word", v) || sc.lw.isWord("force-word", w) || arabicForceStems[w] {
			return true, i > 0 && (strings.HasPrefix(t.norm, "ل") || strings.HasPrefix(t.norm, "ول"))
		}
	}
	return false, false
}

// arabicForceStems are Arabic words for armed forces without the article,
// normalised.
var arabicForceStems = map[string]bool{"قوات": true, "جويه": true, "بحريه": true, "جيش": true, "سلاح": true, "جو": true, "بحر": true, "مسلحه": true, "بريه": true}

// arabicForcesBefore reports whether words for armed forces stand right
// before a state mention ("القوات الجوية المغربية", "للبحرية السعودية",
// "لسلاح الجو الإسرائيلي"), and whether the first of them carries "ل".
func (sc *sentScan) arabicForcesBefore(m mention) (lam, ok bool) {
	k := m.tok0 - 1
	for ; k >= 0 && k >= m.tok0-3; k-- {
		if k == m.tok0-1 && arRoyalWord(sc.toks[k]) { // ar_royal.go: "الجوية الملكية السعودية"
			continue
		}
		f, l := sc.arabicForceWord(sc.toks[k])
		if !f {
			break
		}
		ok, lam = true, l
		if k < m.tok0-1 && strings.TrimSpace(sc.toks[k+1].gap) != "" {
			break
		}
	}
	return lam, ok
}

// purchaseBefore reports whether a buying verb or a word for a purchase
// stands a few words before m, in its clause, with the preposition "a"/"à"
// right before m and no other state between: "la compra de 24 F-16 a
// Dinamarca", "l'achat de 26 Rafale à la France".
func (sc *sentScan) purchaseBefore(m mention) bool {
	p := sc.wordBefore(m)
	if p < 0 {
		return false
	}
	switch sc.toks[p].norm {
	case "a", "al", "au", "aux":
	default:
		return false
	}
	lo := p - 8
	for k := p - 1; k >= 0 && k >= lo; k-- {
		if gapBreaks(sc.toks[k+1].gap) && !sc.inMoney(k+1) || sc.countryAt(k) {
			return false
		}
		if sc.inMoney(k) {
			lo-- // an amount counts as one word (fr_price.go)
		}
		switch sc.toks[k].norm {
		case "para", "pour":
			if sc.numAt(k+1) != nil || sc.moneyAt(k+1) {
				continue // "a acheté pour 1,4 milliard d'euros d'armes à la France": a price (fr_price.go)
			}
			return false // "compró aviones para Ucrania"
		case "destinados", "destinadas", "destinado", "destinada", "destines", "destinees", "destine", "destinee", "entregar", "livrer", "vender", "vendre":
			return false // "achat de chars destinés à l'Ukraine"
		}
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 {
			return false
		}
		if sc.lw.isTok("purchase-noun", &sc.toks[k]) {
			nx := sc.toks[k+1].norm
			return k+1 == p || nx == "de" || nx == "d" || nx == "del" || nx == "des"
		}
		if n, _ := sc.lw.set("buy-verb").at(sc.toks, k); n > 0 && k+n < p {
			return true
		}
	}
	return false
}

// formerOwnerBefore are the words right before a state that name it as a
// system's former owner.
var formerOwnerBefore = [][]string{
	{"pertenecian", "a"}, {"pertenecientes", "a"}, {"pertenecieron", "a"}, {"belonged", "to"}, {"appartenaient", "a"}, {"appartenant", "a"},
	{"previously", "operated", "by"}, {"formerly", "operated", "by"}, {"previously", "used", "by"}, {"formerly", "used", "by"}, {"retired", "by"},
	{"d", "occasion", "de"}, {"occasion", "de"}, {"segunda", "mano", "de"}, {"usados", "de"}, {"usadas", "de"}, {"excedentes", "de"},
	{"anciens", "de"}, {"ex", "de"},
}

// formerOwner reports whether m names the state that owned the system
// before: "Denmark's former F-16s", "los F-16 que pertenecían a
// Dinamarca", "trois F-16 d'occasion de la Norvège".
func (sc *sentScan) formerOwner(m mention) bool {
	// "Denmark's former F-16s", "Norway's used F-16s"
	if k := m.tok1; k+1 < len(sc.toks) && sc.toks[k].norm == "s" && strings.ContainsAny(sc.toks[k].gap, "'’") && sc.lw.isTok("former-word", &sc.toks[k+1]) {
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 > k+1 && o.tok0 <= k+5 {
				return true
			}
		}
	}
	start := m.tok0
	if start > 0 && sc.lw.isTok("article", &sc.toks[start-1]) {
		start--
	}
	for _, ph := range formerOwnerBefore {
		if spells(sc.toks, start-len(ph), ph) {
			return true
		}
	}
	return false
}

// longSupplierPrep reports whether a supplier preposition of several
// words ends right before m: "procedentes de", "en provenance de".
func (sc *sentScan) longSupplierPrep(m mention) bool {
	start := m.tok0
	if start > 0 && sc.lw.isTok("article", &sc.toks[start-1]) {
		start--
	}
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if n, _ := sc.lw.set("supplier-prep").at(sc.toks, k); n > 1 && k+n == start {
			return true
		}
	}
	return false
}

// arrivalWords are verbs of arriving after which "in"/"en" names the
// state that gets the weapons.
var arrivalWords = map[string]bool{"arrived": true, "arrive": true, "arrives": true, "landed": true, "arrivent": true, "arrivee": true,
	"arrivees": true, "atterri": true, "llegaron": true, "llego": true, "aterrizaron": true, "aterrizo": true, "arribaron": true, "arribo": true}

// arrivedIn reports whether m follows "arrived in", "sont arrivés en",
// "landed in" (a date or a few words may stand between).
func (sc *sentScan) arrivedIn(m mention) bool {
	k := m.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 {
		return false
	}
	switch sc.toks[k].norm {
	case "in", "en", "a", "al", "au", "im", "nach":
	default:
		return false
	}
	return sc.clauseWordBefore(k, 2, func(w string) bool { return arrivalWords[w] }) || sc.goodsArrivedIn(m, k) // all_negation_idioms.go; all_roles_r5_arrived.go: "sind in der Ukraine eingetroffen"
}

// onBehalfOf reads "por parte de", "de la part de", "on the part of"
// before m: after a purchase the party buys, after a sale it sells.
func (sc *sentScan) onBehalfOf(m mention) (sup, rec, ok bool) {
	start := m.tok0
	if start > 0 && sc.lw.isTok("article", &sc.toks[start-1]) {
		start--
	}
	var n int
	switch {
	case start >= 3 && sc.toks[start-3].norm == "por" && sc.toks[start-2].norm == "parte" && sc.toks[start-1].norm == "de":
		n = 3
	case start >= 4 && sc.toks[start-4].norm == "de" && sc.toks[start-3].norm == "la" && sc.toks[start-2].norm == "part" && (sc.toks[start-1].norm == "de" || sc.toks[start-1].norm == "du" || sc.toks[start-1].norm == "des" || sc.toks[start-1].norm == "d"):
		n = 4
	case start >= 4 && sc.toks[start-4].norm == "on" && sc.toks[start-3].norm == "the" && sc.toks[start-2].norm == "part" && sc.toks[start-1].norm == "of":
		n = 4
	default:
		acc := sc.frForAccountOf(m) // fr_account.go: "pour le compte de l'Arménie": the party receives
		return false, acc, acc
	}
	for k := start - n - 1; k >= 0 && k >= start-n-10; k-- {
		if gapBreaks(sc.toks[k+1].gap) || sc.countryAt(k) {
			break
		}
		if sc.lw.isTok("purchase-noun", &sc.toks[k]) || sc.toks[k].norm == "purchase" {
			return false, true, true
		}
		if b, _ := sc.lw.set("buy-verb").at(sc.toks, k); b > 0 {
			return false, true, true
		}
		if sc.lw.isTok("sale-noun", &sc.toks[k]) || sc.frGiving(k) { // fr_giver.go
			return true, false, true
		}
	}
	return false, false, false
}

// sourcePrep reports whether a state name follows a preposition of origin
// ("from the United States", "aus Großbritannien", "desde Francia"), articles
// skipped; an agent ("by", "par", "por") is not an origin.
func (sc *sentScan) sourcePrep(m mention) bool {
	k := m.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 || m.sub == "demonym" {
		return false
	}
	w := sc.toks[k].norm
	if sc.lw.isWord("agent-prep", w) {
		return false
	}
	if w == "from" {
		return true
	}
	// "from", "aus", or a phrase ending there: "auprès de", "procedentes de"
	for i := max(k-2, 0); i <= k; i++ {
		if n, _ := sc.lw.set("supplier-prep").at(sc.toks, i); n > 0 && i+n == k+1 {
			return true
		}
	}
	return false
}

// mostNamedOutside is the state the document names most (demonyms aside),
// leaving out the states of skip and except; ties go to the first in
// alphabetical order.
func (d *docScan) mostNamedOutside(skip map[string]bool, except string) string {
	if d.notice {
		return "" // a notice's pair is its own (focus), and no count was made for it
	}
	return d.mostNamed(tallyNamed, mostOpts{except: except, skip: func(k string) bool { return skip[k] }})
}
