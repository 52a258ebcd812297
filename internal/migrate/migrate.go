// Package migrate copies a whole register from one database to another —
// `armswatch migrate --from armswatch.db --to postgres://…` — without loss:
// documents with their facts (machine facts and those reviewers added, at
// their positions, so that reviews still find them; fact ids mapped to the
// target's), reviewers' decisions and corrections and their audit trail,
// feeds with the items seen of them, watchlists and the reference deals.
//
// It owns the order of the copy and the mapping of ids; it reads and writes
// only through domain interfaces (domain.RegisterExporter and
// RegisterImporter, FeedExporter and FeedImporter, and the register's own
// watchlist and reference methods), so any pair of adapters that implement
// them works. A kind the target cannot keep is reported as skipped, not
// failed. Every import is keyed, so running a migration again moves
// nothing more.
package migrate

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Kind names, in the order they are copied.
const (
	KindDocuments  = "documents"
	KindFacts      = "facts"
	KindReviews    = "reviews"
	KindAudit      = "review audit lines"
	KindFeeds      = "feeds"
	KindFeedItems  = "feed items"
	KindWatchlists = "watchlists"
	KindReference  = "reference deals"
)

// Count is what was found of one kind in the source and moved (newly
// stored in the target); Skipped says why a kind was not copied.
type Count struct {
	Kind    string
	Found   int
	Moved   int
	Skipped string
}

// Report is the migration's counts per kind, in copy order.
type Report []Count

func (r Report) String() string {
	var b strings.Builder
	for _, c := range r {
		if c.Skipped != "" {
			fmt.Fprintf(&b, "%-19s skipped: %s\n", c.Kind+":", c.Skipped)
			continue
		}
		fmt.Fprintf(&b, "%-19s %d moved", c.Kind+":", c.Moved)
		if c.Found != c.Moved {
			fmt.Fprintf(&b, " (%d found, %d already there)", c.Found, c.Found-c.Moved)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Get returns the count of kind.
func (r Report) Get(kind string) Count {
	for _, c := range r {
		if c.Kind == kind {
			return c
		}
	}
	return Count{Kind: kind}
}

// Options tune Run.
type Options struct {
	// Progress, when set, is called after each document copied.
	Progress func(documents int)
}

// watchlists is what watchlists are copied through: the web register's
// methods.
type watchlists interface {
	Watchlists(ctx context.Context) ([]domain.Watchlist, error)
	SaveWatchlist(ctx context.Context, w *domain.Watchlist) error
}

// referenceSaver stores a reference register (replacing it).
type referenceSaver interface {
	domain.ReferenceRegister
	SaveReference(ctx context.Context, refs []domain.RefDeal) error
}

// Run copies from into to and reports what it moved per kind. On error,
// what was copied stays copied (each document is its own transaction)
// and a second run completes it.
func Run(ctx context.Context, from, to domain.Store, opts Options) (Report, error) {
	if from == nil || to == nil {
		return nil, errors.New("migrate: no source or no target")
	}
	exp, ok := from.(domain.RegisterExporter)
	if !ok {
		return nil, errors.New("migrate: the source register cannot export its documents")
	}
	m := &migration{ids: map[int64]int64{}, byPlace: map[string]map[int]int64{}}
	var rep Report
	if imp, ok := to.(domain.RegisterImporter); ok {
		c, err := m.register(ctx, exp, imp, opts)
		rep = append(rep, c...)
		if err != nil {
			return rep, err
		}
	} else {
		for _, k := range []string{KindDocuments, KindFacts, KindReviews, KindAudit} {
			rep = append(rep, Count{Kind: k, Skipped: "target does not support importing " + k})
		}
	}

	c, err := m.feeds(ctx, from, to)
	rep = append(rep, c...)
	if err != nil {
		return rep, err
	}
	cw, err := m.watchlists(ctx, from, to)
	rep = append(rep, cw)
	if err != nil {
		return rep, err
	}
	cr, err := m.reference(ctx, from, to)
	rep = append(rep, cr)
	return rep, err
}

// migration keeps the fact ids of the source mapped to the target's.
type migration struct {
	ids     map[int64]int64          // source fact id -> target fact id
	byPlace map[string]map[int]int64 // target fact ids by document and ordinal
}

func (m *migration) register(ctx context.Context, exp domain.RegisterExporter, imp domain.RegisterImporter, opts Options) ([]Count, error) {
	docs := Count{Kind: KindDocuments}
	facts := Count{Kind: KindFacts}
	err := exp.ExportDocuments(ctx, func(d domain.ExportedDocument) error {
		created, ids, err := imp.ImportDocument(ctx, d)
		if err != nil {
			return err
		}
		docs.Found++
		facts.Found += len(d.Facts)
		if created {
			docs.Moved++
			facts.Moved += len(d.Facts)
		}
		for _, f := range d.Facts {
			id, ok := ids[f.Ordinal]
			if !ok {
				return fmt.Errorf("migrate: document %s: the target has no fact %d after the import", d.Document.ID, f.Ordinal)
			}
			m.ids[f.ID] = id
		}
		m.byPlace[d.Document.ID] = ids
		if opts.Progress != nil {
			opts.Progress(docs.Found)
		}
		return nil
	})
	if err != nil {
		return []Count{docs, facts}, fmt.Errorf("migrate: documents: %w", err)
	}

	reviews := Count{Kind: KindReviews}
	var (
		batch []domain.ExportedReview
		doc   string
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := imp.ImportReviews(ctx, doc, batch)
		if err != nil {
			return err
		}
		reviews.Found += len(batch)
		reviews.Moved += n
		batch = batch[:0]
		return nil
	}
	err = exp.ExportReviews(ctx, func(r domain.ExportedReview) error {
		if r.DocumentID != doc {
			if err := flush(); err != nil {
				return err
			}
			doc = r.DocumentID
		}
		batch = append(batch, r)
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return []Count{docs, facts, reviews}, fmt.Errorf("migrate: reviews: %w", err)
	}

	audit := Count{Kind: KindAudit}
	err = exp.ExportAudit(ctx, func(a domain.ExportedAudit) error {
		a.FactID = m.factID(a.FactID, a.DocumentID, a.Ordinal)
		created, err := imp.ImportAudit(ctx, a)
		if err != nil {
			return err
		}
		audit.Found++
		if created {
			audit.Moved++
		}
		return nil
	})
	if err != nil {
		return []Count{docs, facts, reviews, audit}, fmt.Errorf("migrate: audit: %w", err)
	}
	return []Count{docs, facts, reviews, audit}, nil
}

// factID maps a source fact id to the target's: by id, else by the
// fact's place (document, ordinal); an audit line of a fact that is gone
// (re-extracted away) keeps its old id.
func (m *migration) factID(id int64, doc string, ordinal int) int64 {
	if t, ok := m.ids[id]; ok {
		return t
	}
	if t, ok := m.byPlace[doc][ordinal]; ok {
		return t
	}
	return id
}

func (m *migration) feeds(ctx context.Context, from, to domain.Store) ([]Count, error) {
	feeds, items := Count{Kind: KindFeeds}, Count{Kind: KindFeedItems}
	exp, ok := from.(domain.FeedExporter)
	if !ok {
		feeds.Skipped, items.Skipped = "source does not export feeds", "source does not export feeds"
		return []Count{feeds, items}, nil
	}
	imp, ok := to.(domain.FeedImporter)
	if !ok {
		feeds.Skipped, items.Skipped = "target does not support feeds", "target does not support feeds"
		return []Count{feeds, items}, nil
	}
	err := exp.ExportFeeds(ctx, func(f domain.ExportedFeed) error {
		created, n, err := imp.ImportFeed(ctx, f)
		if err != nil {
			return err
		}
		feeds.Found++
		items.Found += len(f.Items)
		items.Moved += n
		if created {
			feeds.Moved++
		}
		return nil
	})
	if err != nil {
		return []Count{feeds, items}, fmt.Errorf("migrate: feeds: %w", err)
	}
	return []Count{feeds, items}, nil
}

func (m *migration) watchlists(ctx context.Context, from, to domain.Store) (Count, error) {
	c := Count{Kind: KindWatchlists}
	src, ok := from.(watchlists)
	if !ok {
		c.Skipped = "source does not keep watchlists"
		return c, nil
	}
	dst, ok := to.(watchlists)
	if !ok {
		c.Skipped = "target does not support watchlists"
		return c, nil
	}
	list, err := src.Watchlists(ctx)
	if err != nil {
		return c, fmt.Errorf("migrate: watchlists: %w", err)
	}
	have, err := dst.Watchlists(ctx)
	if err != nil {
		return c, fmt.Errorf("migrate: watchlists: %w", err)
	}
	c.Found = len(list)
	for _, w := range list {
		if slices.ContainsFunc(have, func(h domain.Watchlist) bool { return h.ID == w.ID }) {
			continue
		}
		w.LastFact = m.lastFact(w.LastFact)
		if err := dst.SaveWatchlist(ctx, &w); err != nil {
			return c, fmt.Errorf("migrate: watchlist %s: %w", w.ID, err)
		}
		c.Moved++
	}
	return c, nil
}

// lastFact maps a watchlist's "highest fact id sent" (src): to just
// below the lowest target id of the source facts not sent yet (ids above
// src), so that the watchlist misses none of them; when the copy kept the
// facts' order (it copies documents in the order they were stored), no
// sent fact is sent again either. With every fact sent, it is the highest
// target id.
func (m *migration) lastFact(src int64) int64 {
	if src <= 0 {
		return src
	}
	var highest, firstUnsent int64
	for s, t := range m.ids {
		highest = max(highest, t)
		if s > src && (firstUnsent == 0 || t < firstUnsent) {
			firstUnsent = t
		}
	}
	if firstUnsent == 0 {
		return highest
	}
	return firstUnsent - 1
}

func (m *migration) reference(ctx context.Context, from, to domain.Store) (Count, error) {
	c := Count{Kind: KindReference}
	src, ok := from.(domain.ReferenceRegister)
	if !ok {
		c.Skipped = "source does not keep reference deals"
		return c, nil
	}
	dst, ok := to.(referenceSaver)
	if !ok {
		c.Skipped = "target does not support reference deals"
		return c, nil
	}
	refs, err := src.Reference(ctx)
	if err != nil {
		return c, fmt.Errorf("migrate: reference deals: %w", err)
	}
	have, err := dst.Reference(ctx)
	if err != nil {
		return c, fmt.Errorf("migrate: reference deals: %w", err)
	}
	c.Found = len(refs)
	ids := map[string]bool{}
	for _, r := range have {
		ids[r.ID] = true
	}
	merged := slices.Clone(have)
	for _, r := range refs {
		if !ids[r.ID] {
			merged = append(merged, r)
			c.Moved++
		}
	}
	if c.Moved == 0 {
		return c, nil
	}
	if err := dst.SaveReference(ctx, merged); err != nil {
		return c, fmt.Errorf("migrate: reference deals: %w", err)
	}
	return c, nil
}
