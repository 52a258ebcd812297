package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// The founder named inside the organisation's description: "Österreich
// und die Schweiz haben ihren Beitritt zu dem von Deutschland angestoßenen
// Schutzschirm European Sky Shield besiegelt", "Austria and Switzerland
// signed their accession to the initiative launched by Germany",
// "l'adhésion de la Suède à l'initiative lancée par l'Allemagne". The state
// after a preposition of the agent (lexicon kind `founder-agent`: "by", "par",
// "por", "von", "من قبل"), between the joining word and the organisation,
// started the organisation; it was taken as the member (the state named
// last before the organisation), and the states that joined were lost.

// orgInitiator reports whether the state c, named before the organisation
// o, is the agent of a participle that describes o.
func (sc *sentScan) orgInitiator(c, o mention) bool {
	if c.tok1 > o.tok0 || o.tok0-c.tok1 > 6 {
		return false
	}
	ps := sc.lw.set("founder-agent")
	// the preposition right before the state, or before its article
	prep := -1
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-3; k-- {
		if n, _ := ps.at(sc.toks, k); n > 0 && (k+n == c.tok0 || k+n == c.tok0-1) {
			prep = k
			break
		}
	}
	if prep < 0 {
		return false
	}
	// a joining word before it: the participle describes what is joined
	for _, kind := range []string{"accession", "membership"} {
		if _, ok := sc.lw.set(kind).any(sc.toks, 0, prep); ok {
			return true
		}
	}
	return false
}

// withoutInitiators drops from the list l of states before the
// organisation o those that started it (orgInitiator): "Österreich und die
// Schweiz haben ihren Beitritt zu dem von Deutschland angestoßenen ..." is
// a list of two before a founder, not the list "Deutschland".
func (sc *sentScan) withoutInitiators(l []string, o mention) []string {
	var out []string
	for _, code := range l {
		founder := false
		for _, c := range sc.countries() {
			if c.id == code && sc.orgInitiator(c, o) {
				founder = true
			}
		}
		if !founder {
			out = append(out, code)
		}
	}
	return out
}

// The organisation named again by a common noun: "Neben Deutschland und
// Großbritannien haben sich ... der Initiative angeschlossen" after
// "European Sky Shield Initiative" and then "Beide Länder sind keine
// Nato-Mitglieder". ruleMembership (cooperation.go) took the organisation
// named last (NATO); the noun says which one: the last organisation named
// before whose name or aliases hold the noun ("Initiative", "alliance",
// "coalición", "التحالف"). With none, the organisation named last stays.

// anaphorOrg returns the organisation the org-anaphor at token p of
// sentence i names; last is the organisation named last.
func (d *docScan) anaphorOrg(i int, sc *sentScan, p int, last string) string {
	n, _ := sc.lw.set("org-anaphor").at(sc.toks, p)
	if n == 0 || last == "" {
		return last
	}
	// the head noun: the last word of the phrase, less an Arabic article
	head := sc.toks[p+n-1].norm
	if len([]rune(head)) < 4 {
		return last
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		ms := d.sents[j].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.kind != mNamed || m.sub != "organization" {
				continue
			}
			if e, ok := d.x.lex.NamedEntry(m.id); ok && namedHolds(e.Name, e.Aliases, head) {
				return m.id
			}
		}
	}
	return last
}

// namedHolds reports whether a name or an alias holds the word w.
func namedHolds(name string, aliases []string, w string) bool {
	for _, s := range append([]string{name}, aliases...) {
		for _, f := range strings.Fields(strings.NewReplacer("-", " ", "'", " ").Replace(s)) {
			if normWord(f) == w {
				return true
			}
		}
	}
	return false
}

// The document of a joining: "Österreich und die Schweiz haben ihren
// Beitritt zu ... European Sky Shield besiegelt. ... unterzeichneten die
// österreichische Verteidigungsministerin ... und ihre Schweizer
// Amtskollegin ... eine entsprechende Absichtserklärung", "Austria and
// Switzerland joined the initiative. Their ministers signed a
// corresponding declaration". The states sign what makes them members;
// they sign no agreement with each other. An agreement whose parties all
// joined an organisation in the sentence before, in a sentence with a word
// of kind `agreement-same` ("entsprechende", "corresponding",
// "correspondante", "correspondiente", "بهذا الشأن"), is dropped.

// accessionInstrument reports whether the agreement f of sentence i is
// the document of the joining the sentence before told.
func (d *docScan) accessionInstrument(i int, sc *sentScan, f domain.Fact) bool {
	if f.Type != domain.TypeAgreement || i == 0 || len(f.Parties) < 2 {
		return false
	}
	if _, ok := sc.lw.set("agreement-same").any(sc.toks, 0, len(sc.toks)); !ok {
		return false
	}
	joined := map[string]bool{}
	for _, k := range d.bySent[d.sents[i-1].s.start] {
		if g := d.facts[k]; g.Type == domain.TypeMembership && g.Member != nil {
			joined[g.Member.String()] = true
		}
	}
	for _, p := range f.Parties {
		if !joined[p.String()] {
			return false
		}
	}
	return true
}

// Members listed after the organisation: "Sixteen other countries hold
// major non-NATO ally status, among them South Korea, Australia,
// Argentina and Kuwait", "Seize autres pays ont ce statut, dont la Corée
// du Sud et l'Australie", "darunter Südkorea und Australien", "entre ellos
// Corea del Sur y Australia". arMembersAfter (ar_mnna.go) read this list
// in Arabic only; the other languages lost every member of it.

// membersAfter returns the states listed after a `list-intro` word within
// eight words after the organisation o, when no state stands before it.
func (sc *sentScan) membersAfter(o mention) []string {
	if sc.lw.code == "ar" {
		return sc.arMembersAfter(o)
	}
	intro := -1
	for k := o.tok1; k < len(sc.toks) && k < o.tok1+8; k++ {
		if sc.lw.isTok("list-intro", &sc.toks[k]) {
			intro = k
			break
		}
	}
	if intro < 0 {
		return nil
	}
	var out []string
	var prev *mention
	for _, c := range sc.countries() {
		if c.tok0 <= intro || c.sub == "demonym" || c.sub == "agency" || sc.officialOf(c) {
			continue
		}
		if prev == nil && !sc.introJoined(intro, c.tok0) {
			return nil // "NATO members, including the hosts, met Ukraine"
		}
		if prev != nil && !sc.listJoined(*prev, c) { // all_roles_lists.go
			break
		}
		prev = &c
		if grantedBy[o.id] != c.id && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// introJoined reports whether only words that open a list ("among them",
// "entre ellos", "unter anderem") or articles stand between the intro at
// token from and the first state at token to, with no punctuation.
func (sc *sentScan) introJoined(from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from + 1; k <= to && k < len(sc.toks); k++ {
		if g := strings.TrimSpace(sc.toks[k].gap); g != "" && g != "'" && g != "’" {
			return false
		}
		if w := sc.toks[k].norm; k < to && !sc.lw.isWord("list-intro", w) && !sc.lw.isWord("article", w) {
			return false
		}
	}
	return true
}
