package extract

import (
	"strings"
	"unicode"
)

// Memberships, round 5, in every language:
//   - a status is itself the membership: "Kenya became a major non-NATO
//     ally", "Morocco, a major non-NATO ally since 2004", "Kenia ist nun
//     ein wichtiger Verbündeter außerhalb der NATO" name no word of
//     membership, the status is one (statusOrgs);
//   - an organisation named inside another's name is not a second
//     membership: "NATO's Mediterranean Dialogue", "شريك للناتو في إطار
//     الحوار المتوسطي", "the UN Security Council" give the Dialogue and the
//     Council, not NATO or the UN (partOfOrg);
//   - a status or a membership only intended is none yet: "Washington
//     intends to designate Qatar a major non-NATO ally", "واشنطن تعمل على
//     إعلان قطر حليفا رئيسيا" (memberIntended, the lexicon's member-intent
//     in the eight words before the state);
//   - a relation with an organisation is no membership: "Ukraine's
//     partnership with NATO", "Georgien kooperiert mit der NATO",
//     "coopera con la OTAN" (relationWith).

// statusOrgs are statuses a state holds, which the text names without a
// word of membership.
var statusOrgs = map[string]bool{"mnna": true}

// namesStatus reports whether one of the organisations is a status.
func namesStatus(orgs []mention) bool {
	for _, o := range orgs {
		if statusOrgs[o.id] {
			return true
		}
	}
	return false
}

// partOfOrg reports whether organisation o is named as part of another
// organisation of the sentence: one of o's names is a word sequence of the
// other's name or aliases ("NATO" in "NATO Mediterranean Dialogue", "United
// Nations" in "United Nations Security Council").
func (d *docScan) partOfOrg(o mention, orgs []mention) bool {
	n, ok := d.x.lex.NamedEntry(o.id)
	if !ok {
		return false
	}
	names := append([]string{n.Name}, n.Aliases...)
	for _, o2 := range orgs {
		if o2.id == o.id || statusOrgs[o2.id] {
			continue // "major non-NATO ally" names NATO as what the state is outside
		}
		// named together: "NATO's Mediterranean Dialogue", "شريكا للناتو
		// منذ عام 1995 في إطار الحوار المتوسطي"; apart, each its own
		if o2.tok0-o.tok1 > 6 || o.tok0-o2.tok1 > 6 {
			continue
		}
		n2, ok := d.x.lex.NamedEntry(o2.id)
		if !ok {
			continue
		}
		for _, big := range append([]string{n2.Name}, n2.Aliases...) {
			for _, small := range names {
				if len([]rune(small)) >= 2 && len(small) < len(big) && containsWords(big, small) {
					return true
				}
			}
		}
	}
	return false
}

// containsWords reports whether small occurs in big as whole words, case
// as written (acronyms stay acronyms).
func containsWords(big, small string) bool {
	for from := 0; ; {
		i := strings.Index(big[from:], small)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(small)
		before := i == 0 || !orgNameLetter(big, i-1)
		after := j == len(big) || !orgNameLetter(big, j)
		if before && after {
			return true
		}
		from = i + 1
	}
}

func orgNameLetter(s string, i int) bool {
	r := rune(s[i])
	if r >= 0x80 {
		return true // inside a multi-byte letter
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// relationWith reports whether organisation o follows a relation
// preposition (an article skipped) in a sentence with no word of
// membership proper (member-strong, accession): "Ukraine's partnership
// with NATO".
func (sc *sentScan) relationWith(o mention) bool {
	if sc.has("member-strong") || sc.has("accession") {
		return false
	}
	for k := o.tok0 - 1; k >= 0 && k >= o.tok0-2; k-- {
		w := sc.toks[k].norm
		if sc.lw.isWord("relation-prep", w) { // "with", "avec", "mit", "con", "مع"
			return true
		}
		if !sc.lw.isWord("article", w) {
			break
		}
	}
	return false
}

// membershipOrgs drops from the sentence's organisations those named as
// part of another one (partOfOrg) or as the other side of a relation
// (relationWith), before the states are read: what remains bounds the
// stretch of states before each.
func (d *docScan) membershipOrgs(sc *sentScan, orgs []mention) []mention {
	var out []mention
	for _, o := range orgs {
		if d.partOfOrg(o, orgs) || !statusOrgs[o.id] && sc.relationWith(o) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// memberIntended reports whether a word of intention (the lexicon's
// member-intent: "intends to", "تعتزم", "beabsichtigt") stands within the
// eight words before the state's last mention ahead of the organisation
// o (or before o when the state follows it), with no hard break between.
func (sc *sentScan) memberIntended(code string, o mention) bool {
	at := sc.lastMentionBefore(code, o)
	if at < 0 {
		at = o.tok0
	}
	set := sc.lw.set("member-intent")
	if set == nil {
		return false
	}
	p, ok := set.any(sc.toks, max(0, at-8), at)
	return ok && !hardBreakBetween(sc.toks, p, at)
}
