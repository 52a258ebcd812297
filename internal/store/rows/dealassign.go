package rows

import (
	"fmt"
	"maps"
	"slices"
	"sync/atomic"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
)

// This file is the deal assignment both adapters run inside a writer's
// transaction (their dealid.go): which keys and positions a write
// touches (PlanDeals), the window of deals around them resolved again
// (ResolveWindow), or a whole key (ResolveKey). The adapter runs the SQL
// through a DealTx; what differs (statements, batches, locks) stays in
// the adapter.

// DealWindow selects the facts of deal key Key from From (when HasFrom)
// up to, not including, To (when HasTo), in resolution order.
type DealWindow struct {
	Key            string
	From, To       DealPos
	HasFrom, HasTo bool
}

// DealTx is what deal assignment reads and writes in an adapter's
// transaction.
type DealTx interface {
	DealWalker
	// WindowFacts reads the facts w selects, as reviewed.
	WindowFacts(w DealWindow) ([]domain.StoredFact, error)
	// WindowGroups reads the near-duplicate groups (document id → dup_of)
	// of the documents of facts, read by WindowFacts(w).
	WindowGroups(w DealWindow, facts []domain.StoredFact) (map[string]string, error)
	// KeyFacts reads every fact of deal key k, as reviewed, in id order.
	KeyFacts(k string) ([]domain.StoredFact, error)
	// KeyGroups reads the near-duplicate groups of the documents with
	// facts of deal key k.
	KeyGroups(k string) (map[string]string, error)
	// KeyDocCount is how many facts of document doc have deal key k.
	KeyDocCount(k, doc string) (int, error)
	// StoreDeals writes each fact's deal, its value and year.
	StoreDeals(deals []domain.Deal) error
}

// DealKeys is each fact's deal key; "" for a rejected fact or one that
// makes no deal.
func DealKeys(rfs []domain.RegisterFact) []string {
	sfs := make([]domain.StoredFact, 0, len(rfs))
	var at []int
	for i := range rfs {
		if rfs[i].ReviewStatus == domain.ReviewRejected {
			continue
		}
		sfs = append(sfs, rfs[i].StoredFact)
		at = append(at, i)
	}
	keys := make([]string, len(rfs))
	for j, k := range resolve.Keys(sfs) {
		keys[at[j]] = k
	}
	return keys
}

// DealPlan is what a write changes in the deals: the keys it touches, in
// order, with the span of positions it changes in each, and the facts it
// changes.
type DealPlan struct {
	Spans   DealSpans
	Touched []string // the keys of Spans, sorted
	Changed map[int64]bool
	Days    []any // each fact's deal day (resolve.EventDay); nil without key
}

// PlanDeals plans the deals of the facts rfs of the documents a write
// changed, with their new keys (DealKeys), the keys and positions those
// documents' facts had before (old, read before a write that removes
// facts) and have now before the keys are set again (before).
func PlanDeals(rfs []domain.RegisterFact, keys []string, old, before []DealRef) DealPlan {
	p := DealPlan{Spans: DealSpans{}, Changed: make(map[int64]bool, len(rfs)), Days: make([]any, len(rfs))}
	for _, r := range old {
		p.Spans.Add(r.Key, r.DealPos)
	}
	for _, r := range before {
		p.Spans.Add(r.Key, r.DealPos)
	}
	for i := range rfs {
		p.Changed[rfs[i].ID] = true
		if keys[i] != "" {
			d := resolve.EventDay(&rfs[i].StoredFact)
			p.Days[i] = d
			p.Spans.Add(keys[i], DealPos{Day: d, ID: rfs[i].ID})
		}
	}
	p.Touched = slices.Sorted(maps.Keys(p.Spans))
	return p
}

// ResolveTouched resolves again, in every key p touches, the window of
// deals around the positions it changes (ResolveWindow).
func (p DealPlan) ResolveTouched(tx DealTx, work *atomic.Int64) error {
	for _, k := range p.Touched {
		if err := ResolveWindow(tx, k, *p.Spans[k], p.Changed, work); err != nil {
			return fmt.Errorf("deal key %q: %w", k, err)
		}
	}
	return nil
}

// ResolveWindow resolves again the deals of key k that a write changing
// its facts at positions span (the facts changed) may change: from the
// first fact of the stored deal before the span (WindowStart) to a
// stored cut after it (NewCutter) at which the new resolution cuts too,
// so that the deals on both sides stay as stored. When the new resolution
// runs over the first cut, the window grows to the next; at the last, to
// the key's end. A notice's package that the window would split (its
// facts dated apart) makes it resolve the whole key. work counts the rows
// read (walked and resolved).
func ResolveWindow(tx DealTx, k string, span DealSpan, changed map[int64]bool, work *atomic.Int64) error {
	start, bounded, read, err := WindowStart(tx, k, span.Lo, changed)
	if err != nil {
		return err
	}
	work.Add(int64(read))
	cuts := NewCutter(tx, k, span.Hi, changed)
	for i := 0; ; i++ {
		w := DealWindow{Key: k, From: start, HasFrom: bounded}
		check, okCheck, err := cuts.Cut(i)
		if err != nil {
			return err
		}
		end, okEnd, err := cuts.Cut(i + 1)
		if err != nil {
			return err
		}
		work.Add(int64(cuts.Read()))
		if okEnd {
			w.To, w.HasTo = end, true
		}
		facts, err := tx.WindowFacts(w)
		if err != nil {
			return err
		}
		work.Add(int64(len(facts)))
		if bounded || okEnd {
			split, err := splitsPackage(tx, k, facts)
			if err != nil {
				return err
			}
			if split {
				return ResolveKey(tx, k, work)
			}
		}
		groups, err := tx.WindowGroups(w, facts)
		if err != nil {
			return err
		}
		deals := resolve.Resolve(facts, resolve.Options{Groups: groups})
		if okEnd && okCheck && !startsDeal(deals, check.ID) {
			continue // the new resolution does not cut there: a larger window
		}
		return tx.StoreDeals(deals)
	}
}

// startsDeal says whether a deal's first fact (in resolution order) is id.
func startsDeal(deals []domain.Deal, id int64) bool {
	for i := range deals {
		if len(deals[i].FactIDs) > 0 && deals[i].FactIDs[0] == id {
			return true
		}
	}
	return false
}

// ResolveKey resolves the facts stored with deal key k into deals and
// stores each fact's deal, its value and year.
func ResolveKey(tx DealTx, k string, work *atomic.Int64) error {
	facts, err := tx.KeyFacts(k)
	if err != nil {
		return err
	}
	work.Add(int64(len(facts)))
	groups, err := tx.KeyGroups(k)
	if err != nil {
		return err
	}
	return tx.StoreDeals(resolve.Resolve(facts, resolve.Options{Groups: groups}))
}

// splitsPackage says whether a notice's package (resolve.Keys: the facts
// of one notice of one document share their key) has facts of key k
// outside facts, so that resolving facts alone would give its facts other
// roles.
func splitsPackage(tx DealTx, k string, facts []domain.StoredFact) (bool, error) {
	in := map[string]int{}
	for i := range facts {
		if facts[i].Notice != nil {
			in[facts[i].DocumentID] = 0
		}
	}
	if len(in) == 0 {
		return false, nil
	}
	for i := range facts {
		if _, ok := in[facts[i].DocumentID]; ok {
			in[facts[i].DocumentID]++
		}
	}
	for doc, n := range in {
		all, err := tx.KeyDocCount(k, doc)
		if err != nil {
			return false, err
		}
		if all != n {
			return true, nil
		}
	}
	return false, nil
}

// DealValues are a deal's value and year as the deal_value and deal_year
// columns keep them: NULL (nil) when unknown.
func DealValues(d *domain.Deal) (value, year any) {
	if d.ValueUSD > 0 {
		value = d.ValueUSD
	}
	if d.Year > 0 {
		year = d.Year
	}
	return value, year
}
