package extract

// conjoinedSuppliers returns the other states of a list that the sentence
// gives as where a system comes from ("from Germany and Denmark", "desde
// Alemania y Dinamarca", "Germany and Denmark delivered"), leaving out the
// recipient: each is a supplier of its own.
func (d *docScan) conjoinedSuppliers(sc *sentScan, sup, rec string) []string {
	cs := sc.countries()
	group := make([]int, len(cs))
	for k := 1; k < len(cs); k++ {
		group[k] = group[k-1]
		if !sc.joined(cs[k-1].tok1, cs[k].tok0) {
			group[k] = group[k-1] + 1
		}
	}
	g, first := -1, -1
	for k, c := range cs {
		if c.id == sup && c.sub != "demonym" && g < 0 {
			g = group[k]
		}
	}
	if g < 0 {
		return nil
	}
	for k := range cs {
		if group[k] == g {
			first = k
			break
		}
	}
	// the list opens on a word for a source ("from", "desde") or is the
	// subject of a supplying verb ("Germany and Denmark delivered")
	cued := sc.sourcePrep(cs[first])
	for k, c := range cs {
		if group[k] == g && !cued {
			if s, r := d.roleCues(sc, c); s && !r {
				cued = true
			}
		}
	}
	if !cued {
		return nil
	}
	var out []string
	for k, c := range cs {
		if group[k] == g && c.id != sup && c.id != rec && c.sub != "demonym" && c.sub != "agency" && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}
