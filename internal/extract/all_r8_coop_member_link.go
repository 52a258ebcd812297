package extract

// Membership features, round 8: does a word of membership link the state
// and the organisation, in the stretch of the sentence between them?
//
// Class of error fixed: the round-7 features (all_r7_member_feats.go) ask
// whether the sentence has a word of membership anywhere. In long news
// sentences ("Ahead of the NATO summit hosted by Lithuania, Finland's
// accession was celebrated", "Poland, which sits on NATO's eastern flank,
// ... partner countries") a word of membership tied to another state, or a
// weak one far from the pair, made a state merely named near an
// organisation look like a member. The model now sees where the cue
// stands: between the state and the organisation (or right around them),
// with no other state and no sentence break in between, or not.

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// memberLinkFeatures adds the link features of membership f read in sc.
func (d *docScan) memberLinkFeatures(sc *sentScan, f domain.Fact, add func(string)) {
	if f.Type != domain.TypeMembership || f.Member == nil || f.Organization == nil {
		return
	}
	var o, c *mention
	for k := range sc.mentions {
		m := &sc.mentions[k]
		if m.kind == mNamed && m.sub == "organization" && m.id == f.Organization.ID && o == nil {
			o = m
		}
	}
	cs := sc.countries()
	states := map[string]bool{}
	for k := range cs {
		states[cs[k].id] = true
	}
	add("mstates=" + bucket(len(states), 4))
	for k := range cs {
		m := &cs[k]
		if m.id != f.Member.Code {
			continue
		}
		if c == nil || o != nil && absInt(m.tok0-o.tok0) < absInt(c.tok0-o.tok0) {
			c = m
		}
	}
	if o == nil || c == nil {
		add("mlink=unknown")
		return
	}
	lo, hi := min(c.tok0, o.tok0), max(c.tok1, o.tok1)
	// a cue between the two, or in the two tokens before or the three
	// after them ("Finland joined NATO", "NATO member Turkey", "Sweden and
	// NATO: the accession", "Kenya became a major non-NATO ally")
	from, to := max(lo-2, 0), min(hi+3, len(sc.toks))
	link := "none"
	for _, kind := range []string{"member-strong", "accession", "membership"} {
		if _, ok := sc.lw.set(kind).any(sc.toks, from, to); ok {
			link = strings.TrimPrefix(kind, "member-")
			break
		}
	}
	if link == "none" && orgKind(f.Organization.ID) == "status" && hi-lo <= 8 {
		link = "status"
	}
	add("mlink=" + link)
	if _, ok := sc.lw.set("member-not-yet").any(sc.toks, from, to); ok {
		add("mrole=not-yet-near")
	}
	// another state or a break between the pair: the cue may be another
	// state's
	apart := false
	for k := range cs {
		if cs[k].id != f.Member.Code && cs[k].tok0 >= min(c.tok1, o.tok1) && cs[k].tok1 <= max(c.tok0, o.tok0) && cs[k].sub != "demonym" {
			apart = true
		}
	}
	for k := lo + 1; k < hi && k < len(sc.toks); k++ {
		if strings.ContainsAny(sc.toks[k].gap, ";:()") {
			apart = true
		}
	}
	if apart {
		add("mpair=apart")
	} else {
		add("mpair=close")
	}
	add("mlink-pair=" + link + "-" + map[bool]string{true: "apart", false: "close"}[apart])
}
