package extract

import "github.com/armswatch/armswatch/internal/domain"

// Doubts on an agreement candidate read from the candidate itself, in
// every language (asked by ruleAgreement right before it adds the fact, so
// that in relaxed mode the flags travel with this candidate only):
//   - agreement-ended: the agreement word's stretch (up to punctuation)
//     tells it expired, was rejected, terminated or left (the lexicon's
//     agreement-ended: "expired", "a rejeté", "rechazó", "lief … aus",
//     "انتهت"): an agreement nobody signs now, or whose year is its end;
//   - agreement-company-party: a party is a state the sentence names only
//     as a company's nationality ("signed an agreement with the US company
//     Lockheed Martin", "avec l'entreprise américaine", "mit dem
//     US-Konzern", "مع شركة لوكهيد مارتن الأمريكية"): an agreement between
//     a state and a company is none between states;
//   - agreement-domestic: a ministry's agreement "with" a university, an
//     institute or a town in a sentence that names fewer than two states
//     (agreementWithInstitution): its parties would come from elsewhere;
//   - agreement-deal: the sentence tells a purchase of arms besides the
//     agreement word (agreementIsDeal);
//   - agreement-contract: a plain agreement word that also means a
//     contract, with no word of cooperation, between two states the
//     document has a transfer for (agreementIsContract, pairTransfer).

// agreementR3Doubts asks the doubts above of the agreement word at pos and
// its parties; true drops the candidate (strict mode).
func (d *docScan) agreementR3Doubts(sc *sentScan, pos int, parties []domain.Party) bool {
	if from, to := sc.punctStretch(pos); sc.cueIn("agreement-ended", from, to) && !sc.cueIn("agreement-sign", from, to) && d.doubt("agreement-ended") {
		return true
	}
	for _, p := range parties {
		if p.Code != "" && sc.companyNationalityOnly(p.Code) && d.doubt("agreement-company-party") {
			return true
		}
	}
	if sc.agreementWithInstitution() && d.doubt("agreement-domestic") {
		return true
	}
	if sc.agreementIsDeal(pos) && (sc.namesWeapon() || len(parties) == 2 && d.pairTransfer(parties[0].Code, parties[1].Code)) && d.doubt("agreement-deal") {
		return true
	}
	if len(parties) == 2 && sc.agreementIsContract(pos) && d.pairTransfer(parties[0].Code, parties[1].Code) && d.doubt("agreement-contract") {
		return true
	}
	return false
}

// agreementIsDeal reports whether the sentence of the agreement word at
// pos tells a purchase after it, as its content: a deal word other than the
// agreement word, or a buy verb, after the agreement word and not right
// after an "and" ("El convenio, firmado el martes, abarca la compra de los 195
// vehículos", "the memorandum covers the purchase of 12 jets"; not "Ce
// contrat s'inscrit dans le sillage du partenariat stratégique", nor "an
// agreement and a contract"). With a weapon named in the sentence or a
// transfer between the parties in the document, the agreement is the sale,
// and a sale agreement for systems is the transfer.
func (sc *sentScan) agreementIsDeal(pos int) bool {
	agr := sc.lw.set("agreement")
	n, _ := agr.at(sc.toks, pos)
	deal := -1
	for _, kind := range []string{"deal", "buy-verb"} {
		for _, p := range sc.cuePositions(kind) {
			if m, _ := agr.at(sc.toks, p); m == 0 && p >= pos+n && (deal < 0 || p < deal) {
				deal = p
			}
		}
	}
	if deal < 0 {
		return false
	}
	for k := max(pos+n, deal-3); k < deal; k++ {
		if sc.nameConj(sc.toks[k].norm) { // roles.go
			return false
		}
	}
	return true
}

// agreementIsContract reports whether the agreement word at pos is a plain
// word that also means a contract ("Vertrag", "agreement", "accord",
// "acuerdo", "اتفاق": the lexicon's deal words) in a sentence with no word
// of defence cooperation (agreement-coop, agreement-military): "Der
// Vertrag, den Vilnius 2015 mit dem Verteidigungsministerium geschlossen
// hatte, sei damit erfüllt" is the contract of the sale.
func (sc *sentScan) agreementIsContract(pos int) bool {
	if n, _ := sc.lw.set("deal").at(sc.toks, pos); n == 0 {
		return false
	}
	return !sc.has("agreement-coop") && !sc.has("agreement-military")
}

// pairTransfer reports whether the document has already given a transfer
// between the two states, either way.
func (d *docScan) pairTransfer(a, b string) bool {
	for _, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		s, r := f.Supplier.Code, f.Recipient.Code
		if s == a && r == b || s == b && r == a {
			return true
		}
	}
	return false
}

// companyNationalityOnly reports whether every mention of the state code in
// the sentence is a company's nationality: a name or demonym within two
// words of a company noun ("the US company", "la empresa estadounidense",
// "US-Konzern"), right before a maker's name ("Spain's Navantia") or right
// after one ("لوكهيد مارتن الأمريكية"). A state the sentence does not name
// is not.
func (sc *sentScan) companyNationalityOnly(code string) bool {
	found := false
	cn := sc.lw.set("company-noun")
	for _, c := range sc.countries() {
		if c.id != code {
			continue
		}
		found = true
		company := sc.makerAfter(c.tok1) || sc.makerBefore(c.tok0)
		for k := max(0, c.tok0-2); k < len(sc.toks) && k <= c.tok1+1 && !company; k++ {
			if k >= c.tok0 && k < c.tok1 {
				continue
			}
			if n, _ := cn.at(sc.toks, k); n > 0 {
				company = true
			}
		}
		if !company {
			return false
		}
	}
	return found
}

// makerBefore reports whether a maker's name ends right before token t
// (one word between at most).
func (sc *sentScan) makerBefore(t int) bool {
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "maker" && m.tok1 <= t && m.tok1 >= t-1 {
			return true
		}
	}
	return false
}

// agreementWithInstitution reports whether the sentence names fewer than
// two states and its agreement is signed with an institution: a word of
// agreement-institution within three words after "with" ("firmó un
// convenio con la Universidad de Granada", "eine Vereinbarung mit der
// Universität der Bundeswehr", "اتفاقية تعاون مع جامعة محمد الخامس").
func (sc *sentScan) agreementWithInstitution() bool {
	states := map[string]bool{}
	for _, c := range sc.countries() {
		if c.sub != "agency" && !sc.datelinePlace(c) { // "MADRID, 3 may (EFE) -"
			states[c.id] = true
		}
	}
	if len(states) >= 2 {
		return false
	}
	for _, p := range sc.cuePositions("agreement-institution") {
		for k := max(0, p-3); k < p; k++ {
			if sc.lw.isTok("relation-prep", &sc.toks[k]) {
				return true
			}
		}
	}
	return false
}
