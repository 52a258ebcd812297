package web

import "github.com/armswatch/armswatch/internal/domain"

// A system's aliases (every name the lexicon knows it by, in every
// language) are listed once, on /api/v1/systems and /api/v1/systems/{id},
// not repeated in each fact the API, the exports and the webhooks send.

// withoutAliases returns the facts with their systems' alias lists left
// out. The facts are copied: a cached or shared slice is not changed.
func withoutAliases(fs []domain.RegisterFact) []domain.RegisterFact {
	if fs == nil {
		return []domain.RegisterFact{}
	}
	out := make([]domain.RegisterFact, len(fs))
	for i, f := range fs {
		out[i] = withoutAlias(f)
	}
	return out
}

func withoutAlias(f domain.RegisterFact) domain.RegisterFact {
	if f.System != nil && f.System.Aliases != nil {
		sys := *f.System
		sys.Aliases = nil
		f.System = &sys
	}
	return f
}

func nonNilStrings(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// dealsWithoutAliases is withoutAliases for deals.
func dealsWithoutAliases(ds []domain.Deal) []domain.Deal {
	out := make([]domain.Deal, len(ds))
	for i, d := range ds {
		if d.System != nil && d.System.Aliases != nil {
			sys := *d.System
			sys.Aliases = nil
			d.System = &sys
		}
		out[i] = d
	}
	return out
}
