package resolve

import (
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/csvsafe"
	"github.com/armswatch/armswatch/internal/domain"
)

// SIPRIColumns is the column layout of SIPRI's trade-register CSV. Export
// writes these first, then armswatch's own columns (SIPRIExtraColumns), so
// the file opens wherever a SIPRI export does.
var SIPRIColumns = []string{
	"SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description",
	"Armament category", "Order date", "Order date is estimate", "Numbers delivered",
	"Numbers delivered is estimate", "Delivery year", "Delivery year is estimate",
	"Status", "SIPRI estimate", "TIV deal unit", "TIV delivery values", "Local production",
}

// SIPRIExtraColumns follow SIPRIColumns in an export.
var SIPRIExtraColumns = []string{
	"armswatch deal", "Stage", "Numbers ordered", "Value (USD)", "Sources", "Conflicts",
	"First seen", "Last seen", "Reference", "Signed order", "Stages", "Notices",
}

// sipriCategory maps the contract's categories to SIPRI's names.
var sipriCategory = map[string]string{
	"aircraft": "Aircraft", "air-defence": "Air defence systems", "anti-submarine": "Anti-submarine warfare",
	"armoured-vehicles": "Armoured vehicles", "artillery": "Artillery", "engines": "Engines",
	"missiles": "Missiles", "naval-weapons": "Naval weapons", "satellites": "Satellites",
	"sensors": "Sensors", "ships": "Ships", "small-arms": "Other", "ammunition": "Other", "other": "Other",
}

// categoryFromSIPRI is the inverse of sipriCategory (SIPRI's "Other" maps
// to "other").
func categoryFromSIPRI(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for k, v := range sipriCategory {
		if strings.ToLower(v) == s && k != "small-arms" && k != "ammunition" {
			return k
		}
	}
	return s
}

// stageYear is the year a stage of d happened: its event year, or, with
// estimate set, the year it was first reported when no source dates the
// event. "" when d did not reach the stage.
func stageYear(d domain.Deal, stage string) (year string, estimate bool) {
	for _, s := range d.Stages {
		if s.Stage != stage {
			continue
		}
		if len(s.Date) >= 4 {
			return s.Date[:4], false
		}
		if len(s.First) >= 4 {
			return s.First[:4], true
		}
	}
	return "", false
}

// Signed reports whether a transfer deal reached a signed order: a
// contract was reported, or deliveries (which follow one). An approval or
// a request alone is not an order.
func Signed(d domain.Deal) bool {
	for _, s := range d.Stages {
		if s.Stage == domain.StageOrdered || s.Stage == domain.StageDelivered {
			return true
		}
	}
	return false
}

// stageFigure is the figure reported for a stage: the most reported one
// (reported lists them by stage, most sources first); 0 when none.
func stageFigure(rs []domain.Reported, stage string) float64 {
	for _, r := range rs {
		if r.Stage == stage {
			return r.Value
		}
	}
	return 0
}

// WriteSIPRI writes the transfer deals as a SIPRI-layout CSV. name turns a
// party code into the name SIPRI uses (nil: codes as they are).
//
// Dates are the events' own, never the reports': the order date is the
// year the order was signed (the ordered stage's event year; when no
// source dates it, the year it was first reported, marked as an
// estimate), and the delivery year likewise. A deal with no signed order
// (only requested or approved) is written with an empty order date and
// "No" in the "Signed order" column: it is not an order. Numbers ordered
// and delivered come from the figures reported at those stages; values
// are in US dollars (the deal's ValueUSD). "Stages" says each stage with
// its event date and first report; "Notices" the official notices'
// transmittal numbers.
func WriteSIPRI(w io.Writer, deals []domain.Deal, name func(string) string) error {
	if name == nil {
		name = func(s string) string { return s }
	}
	cw := csvsafe.NewWriter(w)
	if err := cw.Write(append(append([]string{}, SIPRIColumns...), SIPRIExtraColumns...)); err != nil {
		return err
	}
	yn := func(b bool) string {
		if b {
			return "Yes"
		}
		return "No"
	}
	for _, d := range deals {
		if d.Type != domain.TypeTransfer {
			continue
		}
		var desig, desc, cat string
		if d.System != nil {
			desig = firstOf(d.System.Designation, d.System.Name, d.System.Mention)
			desc = firstOf(d.System.Name, d.System.Mention)
			cat = sipriCategory[d.System.Category]
		}
		signed := Signed(d)
		var order string
		var orderEst bool
		if signed {
			order, orderEst = stageYear(d, domain.StageOrdered)
		}
		var delivered int
		for _, r := range d.Quantities {
			if r.Stage == domain.StageDelivered {
				delivered += int(r.Value)
			}
		}
		ordered := 0
		if signed {
			ordered = int(stageFigure(d.Quantities, domain.StageOrdered))
		}
		delYear, delEst := stageYear(d, domain.StageDelivered)
		num := func(n int) string {
			if n == 0 {
				return ""
			}
			return strconv.Itoa(n)
		}
		val := ""
		if d.ValueUSD > 0 {
			val = strconv.FormatFloat(d.ValueUSD, 'f', 0, 64)
		}
		var stages, notices []string
		for _, s := range d.Stages {
			stages = append(stages, s.Label())
		}
		for _, n := range d.Notices {
			if n.Transmittal != "" {
				notices = append(notices, n.Transmittal)
			}
		}
		row := []string{
			d.RefID, name(d.Supplier), name(d.Recipient), desig, desc, cat,
			order, yn(orderEst), num(delivered), yn(false), delYear, yn(delEst),
			"", "", "", "", "",
			d.ID, d.Stage, num(ordered), val, strconv.Itoa(d.Sources), strings.Join(d.Conflicts, "; "),
			d.FirstSeen, d.LastSeen, d.Reference, yn(signed), strings.Join(stages, " → "), strings.Join(notices, " "),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// norm keeps letters and digits, lower-cased: "F-16C Block 70" → "f16cblock70".
func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// MarkReference marks each transfer deal "present" when the reference
// register has a row with the same supplier and recipient and the same
// system (designation or name, compared without punctuation; for a deal
// known only by its category, the same category ordered within two years),
// and "new" otherwise. Of several matching rows it takes the one ordered
// closest to the deal's year. A present deal gets the row's id and SIPRI
// TIVs (order and delivered). Other deals are left unmarked.
func MarkReference(deals []domain.Deal, refs []domain.RefDeal) {
	byPair := map[string][]int{}
	for i, r := range refs {
		k := strings.ToUpper(r.Supplier) + "|" + strings.ToUpper(r.Recipient)
		byPair[k] = append(byPair[k], i)
	}
	for i := range deals {
		d := &deals[i]
		if d.Type != domain.TypeTransfer {
			continue
		}
		d.Reference, d.RefID, d.RefTIV, d.RefTIVDelivered = domain.RefNew, "", 0, 0
		var names []string
		if d.System != nil {
			for _, n := range append([]string{d.System.Designation, d.System.Name, d.System.Mention}, d.System.Aliases...) {
				if n := norm(n); len(n) >= 2 {
					names = append(names, n)
				}
			}
		}
		best, bestGap := -1, 0
		for _, ri := range byPair[strings.ToUpper(d.Supplier)+"|"+strings.ToUpper(d.Recipient)] {
			r := refs[ri]
			match := false
			for _, rd := range []string{norm(r.Designation), norm(r.Description)} {
				for _, n := range names {
					if rd != "" && (n == rd || len(rd) >= 3 && strings.Contains(n, rd) || len(n) >= 3 && strings.Contains(rd, n)) {
						match = true
						break
					}
				}
				if match || r.Designation != "" {
					break // the description counts only for a row without a designation
				}
			}
			if !match && d.System != nil && d.System.ID == "" && d.System.Category != "" &&
				r.Category == d.System.Category && r.OrderYear > 0 && d.Year > 0 && abs(r.OrderYear-d.Year) <= 2 {
				match = true
			}
			if !match {
				continue
			}
			gap := 1 << 20
			if r.OrderYear > 0 && d.Year > 0 {
				gap = abs(r.OrderYear - d.Year)
			}
			if best < 0 || gap < bestGap {
				best, bestGap = ri, gap
			}
		}
		if best >= 0 {
			r := refs[best]
			d.Reference, d.RefID, d.RefTIV, d.RefTIVDelivered = domain.RefPresent, r.ID, r.OrderTIV(), r.TIVDelivered
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
