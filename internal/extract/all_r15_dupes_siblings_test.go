package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func r15Transfer(sup, rec, sys, stage string, qty, year, start int) domain.Fact {
	return domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: rec},
		System: &domain.System{ID: sys, Category: "aircraft"}, Stage: stage, Quantity: qty, Year: year,
		Evidence: domain.Evidence{Start: start}}
}

func TestR15DupesSiblingFeatures(t *testing.T) {
	// "Kenya ordered 12 Hawks in 2021. … The Hawks it bought will replace its trainers."
	cs := []Candidate{
		{Fact: r15Transfer("GB", "KE", "hawk", domain.StageOrdered, 12, 2021, 0), Features: []string{}},
		{Fact: r15Transfer("GB", "KE", "hawk", domain.StageApproved, 0, 0, 80), Features: []string{}},
		{Fact: r15Transfer("GB", "KE", "tucano", domain.StageOrdered, 4, 2021, 0), Features: []string{}},
		{Fact: r15Transfer("GB", "KE", "hawk", domain.StageDelivered, 3, 2024, 160), Features: []string{}},
	}
	r15DupesSiblingFeatures(cs)
	cases := []struct {
		i         int
		has, lack []string
	}{
		{0, []string{"sib", "sib-stage-above"}, []string{"sib-later", "sib-nothing-own", "sib-noqty"}},
		{1, []string{"sib", "sib-later", "sib-noqty", "sib-noyear", "sib-stage-below", "sib-nothing-own", "sib-nothing-own&later", "sib-nothing-own&below"}, nil},
		{2, nil, []string{"sib"}},
		{3, []string{"sib", "sib-later", "sib-stage-above"}, []string{"sib-nothing-own", "sib-sameqty"}},
	}
	for _, c := range cases {
		for _, h := range c.has {
			if !slices.Contains(cs[c.i].Features, "transfer|r15dupes-"+h) {
				t.Errorf("candidate %d lacks %s: %v", c.i, h, cs[c.i].Features)
			}
		}
		for _, h := range c.lack {
			if slices.Contains(cs[c.i].Features, "transfer|r15dupes-"+h) {
				t.Errorf("candidate %d has %s: %v", c.i, h, cs[c.i].Features)
			}
		}
	}
}
