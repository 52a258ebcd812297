package extract

import "github.com/armswatch/armswatch/internal/domain"

// Membership features, round 7, in every language: what the model needs to
// tell "Finland joined NATO" from a state merely named near an
// organisation ("the NATO summit in Vilnius", "NATO partner Ukraine",
// "Germany passed the stocks on to NATO partners"):
//   - the kind of word of membership the sentence has: a strong one
//     (member, joined: member-strong), an accession (became, admitted), a
//     status named alone (major non-NATO ally), or only a weak one
//     (partner, participation, designated);
//   - a word of a role short of membership in the sentence (candidate,
//     host, guest, partner country: member-not-yet);
//   - how far the state stands from the organisation, and on which side;
//   - whether the state is the document's most named one;
//   - the organisation itself (its own weight: a status, an alliance, a
//     coalition are said differently).

// memberFeatures adds the membership features of f, read in sentence sc.
func (d *docScan) memberFeatures(sc *sentScan, f domain.Fact, add func(string)) {
	if f.Type != domain.TypeMembership || f.Member == nil || f.Organization == nil {
		return
	}
	switch {
	case sc.has("member-strong"):
		add("mcue=strong")
	case sc.has("accession"):
		add("mcue=accession")
	case statusOrgs[f.Organization.ID]:
		add("mcue=status")
	case sc.has("membership"):
		add("mcue=weak")
	default:
		add("mcue=none")
	}
	if sc.has("member-not-yet") {
		add("mrole=not-yet")
	}
	add("org=" + f.Organization.ID)
	add("okind=" + orgKind(f.Organization.ID))
	o := -1
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "organization" && m.id == f.Organization.ID {
			o = m.tok0
			break
		}
	}
	c := -1
	for _, m := range sc.countries() {
		if m.id == f.Member.Code && (c < 0 || o >= 0 && absInt(m.tok0-o) < absInt(c-o)) {
			c = m.tok0
		}
	}
	switch {
	case o < 0 || c < 0:
		add("mdist=unknown")
	case c > o:
		add("mdist=after-" + distBucket(c-o))
	default:
		add("mdist=before-" + distBucket(o-c))
	}
	if d.mostNamed(tallyMentions, mostOpts{}) == f.Member.Code {
		add("member=doc-top")
	}
}

func distBucket(n int) string {
	switch {
	case n <= 3:
		return "near"
	case n <= 8:
		return "mid"
	}
	return "far"
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// orgKinds: the organisations whose membership is said differently from an
// alliance's or a bloc's: a status or a partnership framework, a mission
// or an operation (a state it works in is no member), a treaty or an
// export-control regime.
var orgKinds = map[string]string{
	"mnna": "status", "mediterranean-dialogue": "status", "partnership-for-peace": "status",
	"istanbul-cooperation-initiative": "status",
	"atmis":                           "mission", "minurso": "mission", "minusca": "mission", "minusma": "mission",
	"monusco": "mission", "unifil": "mission", "mfo": "mission", "eunavfor-aspides": "mission",
	"eunavfor-atalanta": "mission", "operation-barkhane": "mission", "operation-chammal": "mission",
	"operation-prosperity-guardian": "mission", "task-force-takuba": "mission", "cjtf-hoa": "mission",
	"cjtf-oir": "mission", "ctf-150": "mission", "ctf-151": "mission", "ctf-152": "mission",
	"ctf-153": "mission", "emasoh": "mission", "mnjtf": "mission",
	"att": "treaty", "australia-group": "treaty", "hcoc": "treaty", "mtcr": "treaty", "nsg": "treaty",
	"wassenaar-arrangement": "treaty",
	"un":                    "un", "unsc": "un",
}

func orgKind(id string) string {
	if k, ok := orgKinds[id]; ok {
		return k
	}
	return "bloc"
}
