package extract

import "strings"

// The government, capital or licensing body that approves an export is
// its supplier, not the maker's state: "Berlin a autorisé l'exportation de
// deux systèmes Patriot", "El Gobierno alemán autorizó la exportación",
// "Der Bundessicherheitsrat hat zugestimmt, … in den USA gebaute M60".

// approverExports reads an export licence: a state's government, its
// capital or its licensing body approves the export of weapons made
// elsewhere. "The German government approved the export of two Patriot
// systems to Saudi Arabia", "Berlin a autorisé l'exportation de deux
// systèmes Patriot vers l'Arabie saoudite", "El Gobierno alemán autorizó
// la exportación de …", "Der Bundessicherheitsrat hat zugestimmt, 120 in
// den USA gebaute M60 nachzurüsten": the goods leave the approving state,
// which sells them, not the maker's state. It applies when the supplier so
// far is only the system's origin (named at most as where it was made, by
// a demonym on it, or with no role of its own), the sentence speaks of an export (a licensing body
// approves nothing else; a German document on exports counts too), and
// nothing is handed on (a re-export approval names its seller: "Estland die
// Weitergabe … erlaubt"). The approving body is never the buyer: a buyer
// that is the approving state gives way to another state of the sentence,
// else to the state the document names most. sup and rec are returned
// unchanged otherwise.
func (d *docScan) approverExports(i int, sc *sentScan, origin, sup, rec string) (string, string) {
	if origin == "" || sup != origin {
		return sup, rec
	}
	approving := sc.has("stage-approved")
	approver, agency := "", false
	for _, m := range sc.countries() {
		if m.id == origin {
			if m.sub == "demonym" || sc.madeNear(m) || sc.placeOnly(m) {
				continue
			}
			if s, r := d.roleCues(sc, m); !s && !r {
				continue // "in den USA gebaute": where made, no party
			}
			return sup, rec // the origin's state is a party here
		}
		if approver != "" || !approving || !sc.approvingBody(m) {
			continue
		}
		from, to := sc.clauseOf(m.tok0)
		if !sc.cueIn("stage-approved", from, to) {
			continue
		}
		approver, agency = m.id, m.sub == "agency"
	}
	if approver == "" && d.lw.code == "de" && rec != "" && sc.names(rec) && !reexportIn(sc) {
		// "Die Bundesregierung hat Ausfuhren erlaubt. … Danach bekommt
		// Niger zwei King Air 360": a German export report goes on with the
		// licences, naming the buyer only
		if c, at := d.reportExporter(); c != "" && at < i && c != rec {
			return c, rec
		}
	}
	if approver == "" || reexportIn(sc) {
		return sup, rec
	}
	if !agency && !exportIn(sc) && !(d.lw.code == "de" && d.exportDoc()) && !sc.r13ApprovedDelivery(approver, rec) { // all_r13_detrans_approver.go: "die Lieferung von 500 Stinger an die Ukraine genehmigt"
		return sup, rec
	}
	if rec == approver || rec == "" {
		rec = ""
		for _, m := range sc.countries() {
			if m.id != approver && m.id != origin && m.sub != "demonym" && !sc.placeOnly(m) && !sc.approvingBody(m) {
				rec = m.id
				break
			}
		}
		if rec == "" {
			if _, fr := d.focus(); fr != "" && fr != approver && fr != origin {
				rec = fr
			} else {
				rec = d.mostNamedOutside(map[string]bool{approver: true}, "") // not d.counts(): those are made after the rules
			}
		}
		if rec == "" || rec == origin {
			return sup, ""
		}
	}
	return approver, rec
}

// approvingBody reports whether a state mention names its government, its
// capital or a licensing body ("die Bundesregierung", "der
// Bundessicherheitsrat", "Berlin", "le gouvernement allemand", "el
// Gobierno alemán", "the German government").
func (sc *sentScan) approvingBody(m mention) bool {
	switch m.sub {
	case "agency", "metonym", "capital":
		return true
	case "demonym":
		for _, k := range []int{m.tok0 - 1, m.tok1} {
			if k >= 0 && k < len(sc.toks) && sc.lw.isTok("government", &sc.toks[k]) {
				return true
			}
		}
	}
	return false
}

// exportIn reports whether the sentence speaks of an export: "export",
// "exportation", "exportación", "Ausfuhr", "Rüstungsexporte", "تصدير".
func exportIn(sc *sentScan) bool {
	if exportWordIn(sc) {
		return true
	}
	for _, t := range sc.toks { // exportWordIn reads the Latin scripts' words
		if strings.Contains(t.norm, "تصدير") {
			return true
		}
	}
	return false
}

// reexportIn reports a word for handing weapons on: "Weitergabe",
// "réexportation", "reexportación", "re-export".
func reexportIn(sc *sentScan) bool {
	for k, t := range sc.toks {
		w := t.norm
		if strings.HasPrefix(w, "weitergabe") || strings.HasPrefix(w, "reexport") || strings.HasPrefix(w, "weiterzugeben") || strings.HasPrefix(w, "weitergeben") {
			return true
		}
		if w == "re" && k+1 < len(sc.toks) && strings.HasPrefix(sc.toks[k+1].norm, "export") {
			return true
		}
	}
	return false
}

// exportDoc reports whether a document speaks of exports anywhere, found
// once per document.
func (d *docScan) exportDoc() bool {
	if d.r6ExportDoc == 0 {
		d.r6ExportDoc = 2
		for _, sc := range d.sents {
			if exportIn(sc) {
				d.r6ExportDoc = 1
				break
			}
		}
	}
	return d.r6ExportDoc == 1
}

// reportExporter returns the state whose government or licensing body
// approves exports in a German document, and the sentence that first says
// so ("Die Bundesregierung hat erneut mehrere größere Ausfuhren von
// Rüstungsgütern ins Ausland erlaubt"); "" when no sentence does. Found
// once per document.
func (d *docScan) reportExporter() (string, int) {
	if !d.r6ReportDone {
		d.r6ReportDone = true
		for j, sc := range d.sents {
			if !sc.has("stage-approved") || !exportIn(sc) || reexportIn(sc) {
				continue
			}
			for _, m := range sc.countries() {
				if m.sub == "agency" || m.sub == "metonym" {
					d.r6Report, d.r6ReportAt = m.id, j
					return m.id, j
				}
			}
		}
	}
	return d.r6Report, d.r6ReportAt
}
