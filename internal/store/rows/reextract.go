package rows

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file holds the part of re-extraction (domain.Reextractor) that runs
// no SQL: matching a document's new facts to its stored ones and planning
// the writes.

// Key is a fact's key as the sqlite adapter's review join computes it:
// type, giving side (supplier, provider or member), recipient, system (id,
// name or category), program, organisation or name, and the parties' JSON,
// joined by '|' and lower-cased (ASCII letters only, as SQL lower() does).
// Reviews follow a fact across re-extraction by this key.
func Key(f *domain.Fact) (string, error) {
	v, err := Fact("", 0, f)
	if err != nil {
		return "", err
	}
	return keyOf(v), nil
}

func keyOf(v []any) string {
	first := func(idx ...int) string {
		for _, i := range idx {
			if s, ok := v[i].(string); ok {
				return s
			}
		}
		return ""
	}
	k := strings.Join([]string{first(2), first(3, 5, 6), first(4), first(8, 9, 10), first(12, 13, 14), first(7)}, "|")
	return asciiLower(k)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// OldFact is a stored fact of the document being re-extracted.
type OldFact struct {
	ID      int64
	Ordinal int
	Fact    domain.Fact
	Review  string // its review status, "" when nobody reviewed it
}

// Step is what becomes of one fact of the document.
type Step struct {
	Old     *OldFact // the stored fact; nil: a new fact to insert
	New     int      // index of the new fact it now holds; -1: kept as it was
	Ordinal int      // its position in the document from now on
	Update  bool     // its columns must be rewritten from the new fact
}

// Moves reports whether the step changes a stored fact's position.
func (s Step) Moves() bool { return s.Old != nil && s.Old.Ordinal != s.Ordinal }

// ReplacePlan is what replacing a document's facts writes.
type ReplacePlan struct {
	Steps   []Step  // the document's facts from now on, in ordinal order
	Removed []int64 // ids of stored facts to delete
	Report  domain.Reextraction
}

// Writes reports whether the plan changes anything in the database.
func (p *ReplacePlan) Writes() bool {
	if len(p.Removed) > 0 {
		return true
	}
	for _, s := range p.Steps {
		if s.Old == nil || s.Update || s.Moves() {
			return true
		}
	}
	return false
}

// PlanReplace matches the new facts of document docID to its stored ones
// (old, in ordinal order) and plans the writes. Within one key a new fact
// takes first a stored fact identical to it (the earliest), then a
// reviewed one, then any, in ordinal order; so that the same facts again
// plan no write. New facts come first in their order, then the reviewed
// stored facts nothing matched, kept as they were; unreviewed stored facts
// nothing matched are removed.
func PlanReplace(docID string, old []OldFact, facts []domain.Fact) (*ReplacePlan, error) {
	type newFact struct {
		key  string
		body []byte
	}
	nf := make([]newFact, len(facts))
	for i := range facts {
		v, err := Fact(docID, i, &facts[i])
		if err != nil {
			return nil, fmt.Errorf("fact %d: %w", i, err)
		}
		nf[i] = newFact{keyOf(v), []byte(v[BodyIndex].(string))}
	}
	oldKey := make([]string, len(old))
	oldBody := make([][]byte, len(old))
	for i := range old {
		v, err := Fact(docID, old[i].Ordinal, &old[i].Fact)
		if err != nil {
			return nil, fmt.Errorf("stored fact %d: %w", old[i].ID, err)
		}
		oldKey[i], oldBody[i] = keyOf(v), []byte(v[BodyIndex].(string))
	}
	match := make([]int, len(facts)) // new fact -> index in old, or -1
	taken := make([]bool, len(old))
	pick := func(i int, ok func(j int) bool) {
		for j := range old {
			if !taken[j] && oldKey[j] == nf[i].key && ok(j) {
				match[i], taken[j] = j, true
				return
			}
		}
	}
	for i := range facts {
		match[i] = -1
		pick(i, func(j int) bool { return bytes.Equal(oldBody[j], nf[i].body) })
	}
	for _, ok := range []func(int) bool{
		func(j int) bool { return old[j].Review != "" },
		func(int) bool { return true },
	} {
		for i := range facts {
			if match[i] < 0 {
				pick(i, ok)
			}
		}
	}

	p := &ReplacePlan{Report: domain.Reextraction{DocumentID: docID}}
	r := &p.Report
	for i := range facts {
		st := Step{New: i, Ordinal: i}
		ch := domain.FactChange{Type: facts[i].Type, Key: nf[i].key}
		if j := match[i]; j >= 0 {
			st.Old = &old[j]
			ch.FactID, ch.Review = old[j].ID, old[j].Review
			if old[j].Review != "" {
				r.ReviewsKept++
			}
			if !bytes.Equal(oldBody[j], nf[i].body) {
				st.Update = true
				ch.Kind = domain.ChangeChanged
				ch.Fields = diffFields(oldBody[j], nf[i].body)
				r.Changed++
			}
		} else {
			ch.Kind = domain.ChangeAdded
			r.Added++
		}
		p.Steps = append(p.Steps, st)
		if ch.Kind != "" {
			r.Changes = append(r.Changes, ch)
		}
	}
	for j := range old {
		if taken[j] {
			continue
		}
		ch := domain.FactChange{FactID: old[j].ID, Type: old[j].Fact.Type, Key: oldKey[j], Review: old[j].Review}
		if old[j].Review != "" {
			r.ReviewsKept++
			p.Steps = append(p.Steps, Step{Old: &old[j], New: -1, Ordinal: len(p.Steps)})
			ch.Kind = domain.ChangeKept
			r.Changes = append(r.Changes, ch)
			continue
		}
		ch.Kind = domain.ChangeRemoved
		r.Removed++
		p.Removed = append(p.Removed, old[j].ID)
		r.Changes = append(r.Changes, ch)
	}
	return p, nil
}

// diffFields names the top-level JSON fields that differ between two
// encoded facts.
func diffFields(a, b []byte) []string {
	var ma, mb map[string]json.RawMessage
	if json.Unmarshal(a, &ma) != nil || json.Unmarshal(b, &mb) != nil {
		return nil
	}
	var out []string
	for k, va := range ma {
		if vb, ok := mb[k]; !ok || !bytes.Equal(va, vb) {
			out = append(out, k)
		}
	}
	for k := range mb {
		if _, ok := ma[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}
