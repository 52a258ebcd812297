// Package learn fits the extractor's decision model (extract.Model) from
// the gold files: it runs the pipeline over the annotated documents, asks
// the extractor for its candidate facts, labels each candidate by matching
// it against the gold the way the team's scorer does (../shared/eval/
// score.py), and fits a logistic regression over the candidates' features.
// It also cross-validates by document (repeatedly, with shuffled folds, to
// tell a real difference from the noise of one split) and tabulates how
// well the model's probabilities are calibrated. Everything is deterministic: the same gold
// and code give the same weights.
package learn

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/armswatch/armswatch/internal/domain"
)

// GoldDoc is one line of a gold file: a document and its facts, in the
// facts contract's JSON (kept as generic maps, as the scorer reads them).
type GoldDoc struct {
	Doc   string           `json:"doc"`
	Lang  string           `json:"lang"`
	Facts []map[string]any `json:"facts"`
}

// ReadGold reads gold files (JSON Lines) into documents by name.
func ReadGold(paths ...string) (map[string]*GoldDoc, error) {
	out := map[string]*GoldDoc{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var g GoldDoc
			if err := json.Unmarshal([]byte(line), &g); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", p, n, err)
			}
			out[g.Doc] = &g
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return out, nil
}

// Label marks each candidate 1 (it states a required gold fact), 0 (it
// states none: a wrong fact) or -1 (it states only an optional gold fact,
// which the scorer neither rewards nor penalises). Each gold fact takes one
// candidate, required facts first, as the scorer pairs them; a second
// candidate for the same gold fact is wrong.
func Label(g *GoldDoc, facts []domain.Fact) []int {
	labels, _ := Match(g, facts)
	return labels
}

// Match is Label with, for each candidate, the index in g.Facts of the
// gold fact it states (-1 for none).
func Match(g *GoldDoc, facts []domain.Fact) (labels, gold []int) {
	preds := make([]map[string]any, len(facts))
	for i, f := range facts {
		b, _ := json.Marshal(f)
		json.Unmarshal(b, &preds[i])
	}
	labels = make([]int, len(facts))
	gold = make([]int, len(facts))
	for i := range gold {
		gold[i] = -1
	}
	used := make([]bool, len(facts))
	for _, optional := range []bool{false, true} {
		for gi, gf := range g.Facts {
			if isTrue(gf["optional"]) != optional {
				continue
			}
			t, _ := gf["type"].(string)
			for i, pf := range preds {
				if used[i] || pf["type"] != t || !keyMatch(t, gf, pf) {
					continue
				}
				used[i] = true
				gold[i] = gi
				labels[i] = 1
				if optional {
					labels[i] = -1
				}
				break
			}
		}
	}
	swapToAgree(g, preds, gold)
	return labels, gold
}

// swapToAgree: two candidates of one deal, each stating one of two gold
// facts of like keys ("ordered 24 … the first 6 arrived"), state the gold
// facts they agree with most, as score.py pairs them (attributes, stage
// among them); which candidates state a gold fact, and so the labels, stay
// as Match's order gave them.
func swapToAgree(g *GoldDoc, preds []map[string]any, gold []int) {
	var m []int
	for i, gi := range gold {
		if gi >= 0 {
			m = append(m, i)
		}
	}
	for changed, n := true, 0; changed && n < len(m); n++ {
		changed = false
		for x, i := range m {
			for _, j := range m[x+1:] {
				a, b := g.Facts[gold[i]], g.Facts[gold[j]]
				if isTrue(a["optional"]) != isTrue(b["optional"]) || preds[i]["type"] != preds[j]["type"] {
					continue
				}
				t, _ := preds[i]["type"].(string)
				if !keyMatch(t, b, preds[i]) || !keyMatch(t, a, preds[j]) {
					continue
				}
				if attrsRight(b, preds[i])+attrsRight(a, preds[j]) > attrsRight(a, preds[i])+attrsRight(b, preds[j]) {
					gold[i], gold[j] = gold[j], gold[i]
					changed = true
				}
			}
		}
	}
}

// attrsRight counts the attributes gold states that the prediction has
// right, as score.py's attrs does: the value (dollars within 2%, or the
// amount in the text's currency), quantity, year, duration and stage.
func attrsRight(g, p map[string]any) int {
	right := 0
	gv, gvOK := usdOf(g)
	gm, gmOK := g["value"].(map[string]any)
	if gvOK || gmOK {
		pv, pvOK := usdOf(p)
		pm, _ := p["value"].(map[string]any)
		sameUSD := gvOK && pvOK && math.Abs(pv-gv) <= 0.02*gv
		ga, gaOK := gm["amount"].(float64)
		pa, paOK := pm["amount"].(float64)
		sameCur := gmOK && gaOK && pm != nil && paOK && currencyOf(pm) == currencyOf(gm) && math.Abs(pa-ga) <= 0.02*ga
		if sameUSD || sameCur {
			right++
		}
	}
	for _, k := range []string{"quantity", "year", "duration_years", "stage"} {
		if g[k] != nil && p[k] == g[k] {
			right++
		}
	}
	return right
}

// usdOf is score.py's usd: value_usd, else a value in dollars.
func usdOf(f map[string]any) (float64, bool) {
	if v, ok := f["value_usd"].(float64); ok {
		return v, true
	}
	if v, ok := f["value"].(map[string]any); ok {
		if a, ok := v["amount"].(float64); ok && currencyOf(v) == "USD" {
			return a, true
		}
	}
	return 0, false
}

func currencyOf(v map[string]any) string {
	c, _ := v["currency"].(string)
	if c == "" {
		return "USD"
	}
	return strings.ToUpper(c)
}

func isTrue(v any) bool { b, _ := v.(bool); return b }

// The rest of this file follows score.py's key_match and names_match.

var keepRe = regexp.MustCompile(`[^0-9a-z\x{0600}-\x{06ff}]+`)

func normText(s string) string {
	s = strings.ToLower(norm.NFKD.String(s))
	var b strings.Builder
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return keepRe.ReplaceAllString(b.String(), "")
}

func rawNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = append(out, rawNames(e)...)
		}
	case map[string]any:
		for _, k := range []string{"name", "designation", "code", "org"} {
			if s, ok := x[k].(string); ok && s != "" {
				out = append(out, s)
			}
		}
		if al, ok := x["aliases"].([]any); ok {
			for _, a := range al {
				if s, ok := a.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// containsAtWord: short (normalised) occurs in long (raw) where a word of
// long starts.
func containsAtWord(short, long string) bool {
	s := strings.ToLower(norm.NFKD.String(long))
	var text []rune
	starts := map[int]bool{}
	prevSep := true
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 0x600 && r <= 0x6ff {
			if prevSep {
				starts[len(text)] = true
			}
			text = append(text, r)
			prevSep = false
		} else {
			prevSep = true
		}
	}
	t, sh := string(text), short
	for off := 0; off <= len(t); {
		i := strings.Index(t[off:], sh)
		if i < 0 {
			return false
		}
		if starts[len([]rune(t[:off+i]))] {
			return true
		}
		off += i + 1
	}
	return false
}

func namesMatch(gold, pred any) bool {
	for _, a := range rawNames(gold) {
		na := normText(a)
		for _, b := range rawNames(pred) {
			nb := normText(b)
			if na == "" || nb == "" {
				continue
			}
			if na == nb {
				return true
			}
			if len([]rune(na)) <= len([]rune(nb)) {
				if len([]rune(na)) >= 3 && containsAtWord(na, b) {
					return true
				}
			} else if len([]rune(nb)) >= 3 && containsAtWord(nb, a) {
				return true
			}
		}
	}
	return false
}

func partyOf(v any) string {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range []string{"code", "org", "name"} {
			if s, ok := x[k].(string); ok && s != "" {
				return normText(s)
			}
		}
		return ""
	case string:
		return normText(x)
	}
	return ""
}

func partySet(v any) map[string]bool {
	out := map[string]bool{}
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out[partyOf(x)] = true
		}
	}
	return out
}

func keyMatch(t string, g, p map[string]any) bool {
	switch t {
	case domain.TypeTransfer:
		if partyOf(g["supplier"]) != partyOf(p["supplier"]) || partyOf(g["recipient"]) != partyOf(p["recipient"]) {
			return false
		}
		if g["system"] != nil {
			return namesMatch(g["system"], p["system"])
		}
		cat, _ := g["category"].(string)
		sys, _ := p["system"].(map[string]any)
		return cat != "" && sys != nil && sys["category"] == cat
	case domain.TypeAggregate:
		return partyOf(g["supplier"]) == partyOf(p["supplier"]) && partyOf(g["recipient"]) == partyOf(p["recipient"])
	case domain.TypeAssistance:
		if partyOf(g["recipient"]) != partyOf(p["recipient"]) {
			return false
		}
		if g["provider"] != nil && p["provider"] != nil && partyOf(g["provider"]) != partyOf(p["provider"]) {
			return false
		}
		return namesMatch(g["program"], p["program"])
	case domain.TypeAgreement:
		a, b := partySet(g["parties"]), partySet(p["parties"])
		if len(a) != len(b) {
			return false
		}
		for k := range a {
			if !b[k] {
				return false
			}
		}
		return true
	case domain.TypeMembership:
		return partyOf(g["member"]) == partyOf(p["member"]) && namesMatch(g["organization"], p["organization"])
	case domain.TypeExercise:
		return namesMatch(g["name"], p["name"])
	}
	return false
}
