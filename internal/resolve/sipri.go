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
	"First seen", "Last seen", "Reference",
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

func stageYear(d domain.Deal, stages ...string) (string, bool) {
	for _, want := range stages {
		for _, s := range d.Stages {
			if s.Stage == want && len(s.First) >= 4 {
				return s.First[:4], true
			}
		}
	}
	return "", false
}

// WriteSIPRI writes the transfer deals as a SIPRI-layout CSV. name turns a
// party code into the name SIPRI uses (nil: codes as they are).
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
		order, exact := stageYear(d, domain.StageOrdered)
		if !exact {
			order, _ = stageYear(d, domain.StageApproved, domain.StageRequested)
			if order == "" && d.Year > 0 {
				order = strconv.Itoa(d.Year)
			}
		}
		var delivered, ordered int
		for _, r := range d.Quantities {
			switch r.Stage {
			case domain.StageDelivered:
				delivered += int(r.Value)
			}
		}
		if d.Stage != domain.StageDelivered {
			ordered = d.Quantity
		} else {
			for _, r := range d.Quantities {
				if r.Stage == domain.StageOrdered && ordered == 0 {
					ordered = int(r.Value)
				}
			}
		}
		delYear, _ := stageYear(d, domain.StageDelivered)
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
		row := []string{
			d.RefID, name(d.Supplier), name(d.Recipient), desig, desc, cat,
			order, yn(!exact && order != ""), num(delivered), yn(false), delYear, yn(false),
			"", "", "", "", "",
			d.ID, d.Stage, num(ordered), val, strconv.Itoa(d.Sources), strings.Join(d.Conflicts, "; "),
			d.FirstSeen, d.LastSeen, d.Reference,
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
