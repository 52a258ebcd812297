package extract

import "strings"

// arSignedSupply gives the roles of an Arabic sentence where a state signs
// a contract whose object is a verbal noun of supplying or of buying, the
// verb first and the system often generic:
//   - "وقّعت كوريا الجنوبية اتفاقا يقضي بتوريد منظومة دفاع جوي إلى
//     أبوظبي": the signer supplies, the state after "إلى" receives;
//   - "وقعت الإمارات عقدا مع كوريا الجنوبية لشراء منظومة دفاع جوي": the
//     signer buys, the state after "مع" sells.
//
// The signer is the first state after the sign verb ("وقّع رئيس كوريا
// الجنوبية" signs for Korea). Other sentences keep the roles they had.
func (d *docScan) arSignedSupply(sc *sentScan, sup, rec string) (string, string) {
	if sc.lw.code != "ar" {
		return sup, rec
	}
	v := -1
	if signs := sc.cuePositions("agreement-sign"); len(signs) > 0 {
		v = signs[0]
	}
	for k, t := range sc.toks {
		if (v < 0 || k < v) && t.arabic && arInSet(arContractVerbs, t.norm) {
			v = k
			break
		}
	}
	if v < 0 {
		return sup, rec
	}
	cs := sc.countries()
	signer, at := "", -1
	for _, c := range cs {
		if c.tok0 > v && c.tok0 <= v+3 && c.sub != "demonym" && c.sub != "agency" && sc.toks[c.tok0-1].norm != "مع" {
			signer, at = c.id, c.tok1
			break
		}
		// "الإمارات تتعاقد مع كوريا": the subject before the verb
		if c.tok1 == v && c.sub != "demonym" && c.sub != "agency" {
			signer, at = c.id, v+1
			break
		}
	}
	if signer == "" {
		return sup, rec
	}
	for k := at; k < len(sc.toks); k++ {
		w := sc.toks[k].norm
		switch {
		case arInSet(arSupplyNouns, w):
			for _, c := range cs {
				if c.tok0 > k && c.tok0 <= k+12 && c.id != signer && c.sub != "demonym" && sc.arToState(c) {
					return signer, c.id
				}
			}
			return sup, rec
		case arInSet(arPurchaseNouns, w):
			for _, c := range cs {
				if c.tok0 > at && c.id != signer && c.sub != "demonym" && c.tok0 > 0 && sc.toks[c.tok0-1].norm == "مع" {
					return c.id, signer
				}
			}
			return sup, rec
		}
	}
	return sup, rec
}

// arToState reports whether a state is named after "إلى" (to) or with an
// attached "ل" ("للإمارات").
func (sc *sentScan) arToState(c mention) bool {
	if c.tok0 > 0 {
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, c.tok0-1); n == 1 && sc.toks[c.tok0-1].norm != "ل" {
			return true
		}
	}
	return strings.HasSuffix(c.prefix, "ل") // attached, not the name's own first letter ("لبنان")
}

// arSupplyNouns, arPurchaseNouns: verbal nouns of supplying ("بتوريد",
// "لبيع") and of buying ("لشراء", "لاقتناء").
var (
	arSupplyNouns   = arWordSet("توريد", "تزويد", "بيع", "تسليم", "إمداد")
	arPurchaseNouns = arWordSet("شراء", "اقتناء", "اقتنائها", "شرائها")
)

// arContractVerbs: "تعاقد" (to contract), in the forms news use.
var arContractVerbs = arWordSet("تعاقد", "تتعاقد", "تعاقدت", "يتعاقد")
