package extract

import "strings"

// deExporter reads German export-licence news, where the approving
// government is named once and the licences follow in the passive with no
// seller: "Der Bundessicherheitsrat hat ein Rüstungsgeschäft mit
// Saudi-Arabien abgesegnet. Genehmigt wurde die Ausfuhr von 48
// Patrouillenbooten", "Zugelassen wurde auch der Export von sieben
// gepanzerten Fahrzeugen". A sentence that approves an export and names no
// seller takes the state whose government or licensing body (a metonym,
// "Bundesregierung", or an agency, "Bundessicherheitsrat") approved
// something in this sentence or an earlier one. When the buyer came from the document
// and is that state, the other state the approval names buys. sup and rec
// are returned unchanged otherwise.
func (d *docScan) deExporter(i int, sc *sentScan, sup, rec string) (string, string) {
	if sc.lw.code != "de" {
		return sup, rec
	}
	if sup != "" {
		return sup, rec
	}
	if !sc.has("stage-approved") || !exportWordIn(sc) {
		return d.deExportReport(i, sc, rec), rec
	}
	for j := i; j >= 0; j-- {
		s := d.sents[j]
		if !s.has("stage-approved") {
			continue
		}
		for _, m := range s.countries() {
			if m.sub != "agency" && m.sub != "metonym" {
				continue
			}
			// the buyer taken from the document may be the approving
			// state itself, named most: then the buyer is the state the
			// approval names beside it ("ein Rüstungsgeschäft mit
			// Saudi-Arabien abgesegnet")
			if rec == "" || rec == m.id && !sc.names(rec) {
				rec = ""
				for _, o := range s.countries() {
					if o.id != m.id && o.sub != "agency" && o.sub != "metonym" && o.sub != "demonym" && !s.placeOnly(o) {
						rec = o.id
						break
					}
				}
			}
			if rec == "" || rec == m.id {
				return sup, ""
			}
			return m.id, rec
		}
	}
	return sup, rec
}

// exportWordIn reports whether a German sentence names an export: "die
// Ausfuhr", "der Export", "Exportgenehmigung", "Rüstungsexporte",
// "Rüstungsgüter", the Swiss "Kriegsmaterial".
func exportWordIn(sc *sentScan) bool {
	for _, t := range sc.toks {
		if strings.HasPrefix(t.norm, "ausfuhr") || strings.HasPrefix(t.norm, "export") || strings.Contains(t.norm, "exporte") || strings.HasPrefix(t.norm, "rustungsgut") || strings.HasPrefix(t.norm, "kriegsmaterial") {
			return true
		}
	}
	return false
}

// deExportReport reads the rest of a German export report, once a
// government or licensing body has approved exports ("Die Bundesregierung
// hat im vergangenen Jahr mehr Rüstungsexporte genehmigt", "Mit
// Bewilligung des Seco ging Kriegsmaterial ins Ausland"): a later sentence
// that names a buyer and no seller ("Katar erhalte Kampfpanzer für 1,6
// Milliarden Euro", "nach Dänemark gingen gepanzerte Radfahrzeuge") is that
// state's export. It returns the exporting state, or "".
func (d *docScan) deExportReport(i int, sc *sentScan, rec string) string {
	if rec == "" || !sc.names(rec) {
		return ""
	}
	return d.deApprovingExporter(i, rec)
}

// deApprovingExporter returns the state whose government or licensing
// body approved something in sentences 0..i of a German document that
// speaks of exports there, leaving out the state except; else "".
func (d *docScan) deApprovingExporter(i int, except string) string {
	if d.lw.code != "de" {
		return ""
	}
	exporter, export := "", false
	for j := 0; j <= i && j < len(d.sents); j++ {
		s := d.sents[j]
		if exportWordIn(s) {
			export = true
		}
		if exporter != "" || !s.has("stage-approved") {
			continue
		}
		for _, m := range s.countries() {
			if (m.sub == "agency" || m.sub == "metonym") && m.id != except {
				exporter = m.id
				break
			}
		}
	}
	if !export {
		return ""
	}
	return exporter
}

// deRankingExporter gives a German ranking of buyers ("Größtes
// Empfängerland war Ungarn mit 1,8 Milliarden Euro, gefolgt von Ägypten mit
// 802 Millionen Euro") the seller of the export report it stands in: the
// state whose government approved the exports, rather than the state the
// document names most. sup is returned unchanged otherwise.
func (d *docScan) deRankingExporter(i int, sup string) string {
	if c := d.deApprovingExporter(i, ""); c != "" {
		return c
	}
	return sup
}

// deTransferExporter is deExporter for a transfer: a seller taken from the
// export report around the sentence (deExportReport) is flagged, so that
// the model weighs such candidates on their own.
func (d *docScan) deTransferExporter(i int, sc *sentScan, sup, rec string) (string, string) {
	s, r := d.deExporter(i, sc, sup, rec)
	if sup == "" && s != "" && (!sc.has("stage-approved") || !exportWordIn(sc)) {
		d.flag("de-export-report")
	}
	return s, r
}
