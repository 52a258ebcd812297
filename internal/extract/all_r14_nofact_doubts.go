package extract

// Transfers kept where there is no transfer (round 14, helper nofact).
//
//   - A state's own territory: "Deux patrouilleurs P400 ont été livrés à
//     Nouméa, en Nouvelle-Calédonie, pour la Marine nationale" is France
//     equipping its own forces, not France selling to New Caledonia; the
//     annotation rules make a state's own purchases no transfer. A
//     recipient that is a dependent territory of the supplier (or the
//     other way round) is a hard doubt, "r14nofact-territory".
//   - A rival in a competition ("competing against the F-16 and the
//     Rafale", "en concurrence avec", "gegen den letzten verbliebenen
//     Mitbewerber durchgesetzt, die Super Hornet"): the system named after a
//     word of rivalry (lexicon kind r14nofact-rival) is the one that lost or
//     is offered, a soft doubt "r14nofact-rival" the model weighs.
//   - Training on a system ("Ukrainische Soldaten werden ... an den
//     Panzerhaubitzen ausgebildet", "trained on the Leopard", "formés sur
//     Rafale", "التدريب على"): a soft doubt "r14nofact-trained-on".

func init() {
	hardDoubts["r14nofact-territory"] = true
}

// r14nofactTerritory returns the hard doubt of a transfer between a state
// and one of its own territories (countries.tsv's sovereign column), or "".
func (d *docScan) r14nofactTerritory(sup, rec string) string {
	if c, ok := d.x.lex.Country(rec); ok && c.Sovereign != "" && c.Sovereign == sup {
		return "r14nofact-territory"
	}
	if c, ok := d.x.lex.Country(sup); ok && c.Sovereign != "" && c.Sovereign == rec {
		return "r14nofact-territory"
	}
	return ""
}

// r14nofactFlags adds the soft doubts of the system m: a rival's system
// named after a word of rivalry, a system the sentence trains soldiers on.
func (d *docScan) r14nofactFlags(sc *sentScan, m mention) {
	if m.kind != mSystem && m.kind != mGeneric {
		return
	}
	for _, p := range sc.cuePositions("r14nofact-rival") {
		if p < m.tok0 && m.tok0-p <= 10 {
			d.flag("r14nofact-rival")
			break
		}
	}
	trained := false
	for _, p := range sc.cuePositions("r14nofact-trained-on") {
		if p < m.tok0 && m.tok0-p <= 5 {
			trained = true
		}
	}
	if trained || sc.lw.code == "de" && sc.r14nofactDeTrainedOn(m) {
		d.flag("r14nofact-trained-on")
	}
	d.r14nofactSideFlags(sc, m) // all_r14_nofact_sidemention.go
}

// r14nofactDeTrainedOn: German puts the verb last, "an den Haubitzen
// ausgebildet": "an" within three words before the system and a word of
// training (ausgebildet, geschult, Ausbildung) in its clause.
func (sc *sentScan) r14nofactDeTrainedOn(m mention) bool {
	an := false
	for k := max(0, m.tok0-3); k < m.tok0; k++ {
		if sc.toks[k].norm == "an" {
			an = true
		}
	}
	if !an {
		return false
	}
	from, to := sc.clauseOf(m.tok0)
	for k := from; k < to; k++ {
		switch sc.toks[k].norm {
		case "ausgebildet", "geschult", "ausbildung", "schulung", "auszubilden", "ausbilden":
			return true
		}
	}
	return false
}

// r14nofactDomestic reports whether the candidate between sup and rec
// drops as a state's own territory (the hook in ruleTransfer).
func (d *docScan) r14nofactDomestic(sup, rec string) bool {
	why := d.r14nofactTerritory(sup, rec)
	return why != "" && d.doubt(why)
}
