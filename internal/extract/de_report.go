package extract

import "strings"

// deReportExporter finds the exporting state of a German export report
// whose opening sentence carries the national total, so that soleExporter
// (sentences with no amount) finds none: "Die Bundesregierung hat 2017
// Rüstungsexporte im Wert von 6,2 Milliarden Euro genehmigt", "Die Schweiz
// hat im vergangenen Jahr Kriegsmaterial für 664,7 Millionen Franken
// exportiert". A government that approved exports (deApprovingExporter)
// comes first; else a sentence before i that names one state as its
// subject (among its first three words), speaks of exports ("Export",
// "Ausfuhr", "exportiert", "ausgeführt") and names no buyer or rank
// ("größter Abnehmer"). It returns "" when there is none.
func (d *docScan) deReportExporter(i int) string {
	if d.lw.code != "de" {
		return ""
	}
	if c := d.deApprovingExporter(i, ""); c != "" {
		return c
	}
	for j := 0; j < i && j < len(d.sents); j++ {
		s := d.sents[j]
		pc := s.partyCodes()
		if len(pc) != 1 || s.has("ranking") || s.has("buyer-noun") || !deExportStem(s) {
			continue
		}
		for _, m := range s.countries() {
			if m.tok0 <= 2 {
				return m.id
			}
		}
	}
	return ""
}

// deExportStem reports whether a German sentence names exporting itself:
// "Export", "Rüstungsexporte", "Ausfuhr", "exportiert", "ausgeführt".
func deExportStem(sc *sentScan) bool {
	for _, t := range sc.toks {
		w := t.norm
		if strings.HasPrefix(w, "export") || strings.HasPrefix(w, "ausfuhr") || strings.HasPrefix(w, "ausgefuhrt") || strings.Contains(w, "exporte") {
			return true
		}
	}
	return false
}
