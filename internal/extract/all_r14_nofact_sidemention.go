package extract

import "github.com/armswatch/armswatch/internal/domain"

// Systems a sentence names beside the goods, not as goods (round 14,
// helper nofact): soft doubts for the model to weigh.
//
//   - r14nofact-in-use: a fleet told by what follows the system: "Los
//     Mirage 2000P ... en operación desde hace cuarenta años", "Les 14
//     CP-140 Aurora sont en service", "MiG-29, which were retired in 2015"
//     (kind r14nofact-in-use at most eight words after the system).
//   - r14nofact-also-covers: a category word with no count of its own
//     after "also covers", "comprend également", "incluye también",
//     "umfasst auch", "وتضم الصفقة أيضا": the rest of a package whose main
//     system the document states, its parts, support and munitions.

// r14nofactSideFlags adds the side-mention doubts of the system m.
func (d *docScan) r14nofactSideFlags(sc *sentScan, m mention) {
	if m.kind != mSystem && m.kind != mGeneric {
		return
	}
	for _, p := range sc.cuePositions("r14nofact-in-use") {
		if p >= m.tok1 && p-m.tok1 <= 8 {
			d.flag("r14nofact-in-use")
			break
		}
	}
	if m.kind == mGeneric && (m.tok0 == 0 || sc.numAt(m.tok0-1) == nil) {
		for _, p := range sc.cuePositions("r14nofact-also-covers") {
			if p < m.tok0 && m.tok0-p <= 12 {
				d.flag("r14nofact-also-covers")
				break
			}
		}
	}
}

// r14nofactFeatures adds the feature r14nofact-generic-extra to a transfer
// of a category word with no count and no amount of its own when the
// document has a named system, of another category, going between the
// same two states with a count or an amount: "وتضم الصفقة أيضا محركات
// ورادارات ومدافع وذخائر" beside "12 F-16", "the notification also covers
// recovery vehicles, bridging equipment, ammunition and training". The
// annotation rules make the parts, support and munitions sold with a
// system no fact of their own unless the text gives them their own
// quantity or value; the model weighs it.
func (d *docScan) r14nofactFeatures(f domain.Fact, add func(string)) {
	if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" || f.Quantity > 0 || f.Value != nil || f.Supplier == nil || f.Recipient == nil {
		return
	}
	for _, g := range d.facts {
		if g.Type != domain.TypeTransfer || g.System == nil || g.System.ID == "" || g.Supplier == nil || g.Recipient == nil {
			continue
		}
		if g.System.Category != f.System.Category && (g.Quantity > 0 || g.Value != nil) &&
			*g.Supplier == *f.Supplier && *g.Recipient == *f.Recipient {
			add("r14nofact-generic-extra")
			return
		}
	}
}
