package domain

import (
	"context"
	"errors"
	"time"
)

// This file holds what the web register (internal/web) needs beyond Store
// and Ranker: paged and sorted fact queries, aggregates for the overview and
// the map, full-text search hits, reviews of facts and watchlists.

// Markers around the matched words in SearchHit.Snippet: control characters,
// so that a caller escapes the snippet first and then swaps them for its own
// markup.
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
)

// Review statuses of a fact. A fact nobody reviewed has status "".
const (
	ReviewConfirmed = "confirmed"
	ReviewRejected  = "rejected"
	ReviewCorrected = "corrected"
)

// RuleReviewer is the Rule of a fact a reviewer added (the extractor had
// missed it). Such a fact is stored with a confirmed review, so that
// re-extracting its document keeps it.
const RuleReviewer = "reviewer"

// ReviewAdded is the audit trail's action for a fact a reviewer added.
const ReviewAdded = "added"

// FactQuery is a Filter with the register's extras: sorting, a party
// involved on any side, and whether rejected facts are shown.
type FactQuery struct {
	Filter
	// Party matches a fact in which the country or organisation takes
	// part on any side: supplier, recipient, provider, member or party.
	Party string
	// Pair, when both are set, selects what a bilateral fact sheet shows:
	// transfers, aggregates and assistance from PairSupplier to
	// PairRecipient, agreements and exercises with both among the parties,
	// and the memberships of PairRecipient.
	PairSupplier, PairRecipient string
	SystemID                    string // exact lexicon id of the system
	DocumentID                  string
	MinID                       int64 // facts with ID > MinID only (feeds, webhooks)
	Sort                        string
	Desc                        bool
	IncludeRejected             bool
}

// SortFields are the accepted values of FactQuery.Sort ("" is "date").
var SortFields = []string{"date", "year", "value", "quantity", "supplier", "recipient", "system", "stage", "type", "id"}

// RegisterFact is a stored fact with where it sits in its document and its
// review. When a correction applies, Fact already holds the corrected
// values.
type RegisterFact struct {
	StoredFact
	Ordinal      int    `json:"ordinal"`
	Key          string `json:"key"`
	ReviewStatus string `json:"review_status,omitempty"`
}

// FactCountCap bounds the counting of a FactQuery's results: counting a
// million matches costs more than showing a page of them.
const FactCountCap = 10000

// FactPage is one page of a FactQuery's results.
type FactPage struct {
	// Total is how many facts the query selects; when more than
	// FactCountCap do, it is FactCountCap and Capped is true ("10,000+").
	Total  int            `json:"total"`
	Capped bool           `json:"total_capped,omitempty"`
	Facts  []RegisterFact `json:"facts"`
}

// YearCount counts facts of one year and stage ("" for facts without one).
type YearCount struct {
	Year  int    `json:"year"`
	Stage string `json:"stage"`
	Facts int    `json:"facts"`
}

// Flow is what one supplier sent one recipient (transfers and aggregates),
// value counted as Ranker counts it.
type Flow struct {
	Supplier  string  `json:"supplier"`
	Recipient string  `json:"recipient"`
	ValueUSD  float64 `json:"value_usd"`
	Facts     int     `json:"facts"`
	LeftOut   int     `json:"left_out,omitempty"` // stated amounts ValueUSD leaves out (no dollar value)
}

// SearchHit is a document found by full-text search; the matches in Snippet
// are between HighlightStart and HighlightEnd.
type SearchHit struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Title    string `json:"title"`
	Language string `json:"language"`
	// Published is the document's publication date (YYYY-MM-DD) when
	// known; filled by SearchPager stores.
	Published string `json:"published,omitempty"`
	Snippet   string `json:"snippet"`
}

// Correction holds the attributes a reviewer corrects; nil fields keep the
// extracted value. Value and Currency correct the amount as the text states
// it; ValueUSD is the amount in US dollars that totals count (Normalize
// fills it from a corrected USD amount).
type Correction struct {
	Supplier  *string  `json:"supplier,omitempty"`
	Recipient *string  `json:"recipient,omitempty"`
	Quantity  *int     `json:"quantity,omitempty"`
	Value     *float64 `json:"value,omitempty"`    // amount in Currency
	Currency  *string  `json:"currency,omitempty"` // ISO 4217
	ValueUSD  *float64 `json:"value_usd,omitempty"`
	Stage     *string  `json:"stage,omitempty"`
	Year      *int     `json:"year,omitempty"`
	System    *System  `json:"system,omitempty"` // the system the fact is about
}

// IsZero reports whether c corrects nothing.
func (c *Correction) IsZero() bool {
	return c == nil || (c.Supplier == nil && c.Recipient == nil && c.Quantity == nil &&
		c.Value == nil && c.Currency == nil && c.ValueUSD == nil && c.Stage == nil && c.Year == nil && c.System == nil)
}

// Normalize completes a correction of fact f before it is stored, so that
// the stores read every corrected attribute from it alone: a corrected
// amount or currency without a USD value gets one, the amount itself when
// the (corrected or extracted) currency is USD, else what toUSD (the
// exchange rates, in dollars of the year; may be nil) says: 0, "not known
// in dollars", when it cannot say.
func (c *Correction) Normalize(f *Fact, toUSD func(amount float64, currency string, year int) (float64, bool)) {
	if c == nil || c.ValueUSD != nil || (c.Value == nil && c.Currency == nil) {
		return
	}
	var m Money
	if f != nil && f.Value != nil {
		m = *f.Value
	}
	if c.Value != nil {
		m.Amount = *c.Value
	}
	if c.Currency != nil {
		m.Currency = *c.Currency
	}
	year := 0
	if f != nil {
		year = f.Year
	}
	if c.Year != nil {
		year = *c.Year
	}
	usd := 0.0
	switch {
	case m.Currency == "USD":
		usd = m.Amount
	case toUSD != nil:
		if v, ok := toUSD(m.Amount, m.Currency, year); ok {
			usd = v
		}
	}
	c.ValueUSD = &usd
}

// Apply writes the corrected attributes into f. A corrected supplier of an
// assistance fact is its provider.
func (c *Correction) Apply(f *Fact) {
	if c == nil {
		return
	}
	if c.Supplier != nil {
		if f.Supplier == nil && f.Provider != nil {
			f.Provider = &Party{Code: *c.Supplier}
		} else {
			f.Supplier = &Party{Code: *c.Supplier}
		}
	}
	if c.Recipient != nil {
		f.Recipient = &Party{Code: *c.Recipient}
	}
	if c.Quantity != nil {
		f.Quantity = *c.Quantity
	}
	if c.Value != nil || c.Currency != nil {
		m := Money{}
		if f.Value != nil {
			m = *f.Value
		}
		if c.Value != nil {
			m.Amount = *c.Value
		}
		if c.Currency != nil {
			m.Currency = *c.Currency
		}
		f.Value = &m
	}
	if c.ValueUSD != nil {
		f.ValueUSD = *c.ValueUSD
	}
	if c.Stage != nil {
		f.Stage = *c.Stage
	}
	if c.Year != nil {
		f.Year = *c.Year
	}
	if c.System != nil {
		sys := *c.System
		f.System = &sys
	}
}

// ReviewInput is one reviewer's decision on a fact.
type ReviewInput struct {
	FactID     int64
	Action     string // confirmed, rejected or corrected
	Correction *Correction
	Who        string
	Note       string
	Client     string // the client's address, for the audit trail
}

// Review is one entry of the audit trail. A review is keyed by the document
// id, the fact's ordinal in it and the fact's key, so that it still applies
// when the same document is ingested and extracted again.
type Review struct {
	ID         int64       `json:"id"`
	At         time.Time   `json:"at"`
	Who        string      `json:"who"`
	Action     string      `json:"action"`
	FactID     int64       `json:"fact_id"`
	DocumentID string      `json:"document_id"`
	Ordinal    int         `json:"ordinal"`
	FactKey    string      `json:"fact_key"`
	Correction *Correction `json:"correction,omitempty"`
	Note       string      `json:"note,omitempty"`
	Client     string      `json:"client,omitempty"`
}

// Watchlist is a saved register query (URL query syntax of /register) with
// an Atom feed and an optional webhook.
type Watchlist struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Query     string    `json:"query"`
	Webhook   string    `json:"webhook,omitempty"`
	Created   time.Time `json:"created"`
	LastFact  int64     `json:"last_fact"` // highest fact id sent to the webhook
	LastError string    `json:"last_error,omitempty"`
}

// Register is what the web register needs from a store.
type Register interface {
	Store
	Ranker
	QueryFacts(ctx context.Context, q FactQuery) (FactPage, error)
	Fact(ctx context.Context, id int64) (RegisterFact, error)
	Timeline(ctx context.Context, q FactQuery) ([]YearCount, error)
	Flows(ctx context.Context, q FactQuery) ([]Flow, error)
	Search(ctx context.Context, q string, limit int) ([]SearchHit, error)
	ReviewFact(ctx context.Context, in ReviewInput) (Review, error)
	Reviews(ctx context.Context, factID int64, limit int) ([]Review, error)
	SaveWatchlist(ctx context.Context, w *Watchlist) error
	Watchlist(ctx context.Context, id string) (Watchlist, error)
	Watchlists(ctx context.Context) ([]Watchlist, error)
	DeleteWatchlist(ctx context.Context, id string) error
	MarkWatchlist(ctx context.Context, id string, lastFact int64, lastError string) error
}

// DealRegister is implemented by registers that can feed deal resolution
// (internal/resolve) for the web register's deal views.
type DealRegister interface {
	// DealSelection returns the reviewed facts deals are made of that q
	// selects, ignoring q's stage and years (they apply to whole deals),
	// at most max of them (max <= 0: all); true when there are more.
	DealSelection(ctx context.Context, q FactQuery, max int) ([]RegisterFact, bool, error)
	// DealGroups maps each near-duplicate copy's document id to its
	// group's first document.
	DealGroups(ctx context.Context) (map[string]string, error)
}

// ReferenceRegister is implemented by registers that keep an imported
// reference register (SIPRI layout) to mark deals present or new.
type ReferenceRegister interface {
	Reference(ctx context.Context) ([]RefDeal, error)
}

// PairSystem is one line of a pair's fact sheet: the transfers of one
// system from a supplier to a recipient, aggregated.
type PairSystem struct {
	ID       string   `json:"id,omitempty"`
	Name     string   `json:"name"`
	Category string   `json:"category,omitempty"`
	Quantity int      `json:"quantity,omitempty"`  // largest stated
	ValueUSD float64  `json:"value_usd,omitempty"` // largest stated
	Stages   []string `json:"stages"`
	Facts    int      `json:"facts"`
	Cites    []RegisterFact
}

// PairSheet is a pair's fact sheet as a register aggregates it.
type PairSheet struct {
	Systems []PairSystem
	// Timeline counts the pair's transfers, aggregates and assistance per
	// year (the fact's, else its document's) and stage.
	Timeline []YearCount
	// ValueUSD and Facts are what Ranker.Rank reports for the supplier's
	// line of the recipient (near-duplicate copies count once).
	ValueUSD float64
	Facts    int
}

// PairSheetReader is implemented by registers that aggregate a pair's
// fact sheet themselves instead of handing over every fact.
type PairSheetReader interface {
	// PairSheet aggregates what supplier sent recipient; each system line
	// cites its latest cites facts.
	PairSheet(ctx context.Context, supplier, recipient string, cites int) (PairSheet, error)
}

// VersionedRegister is implemented by registers that count their writes.
// RegisterVersion changes, in the same transaction, with every write that
// can change what the register shows (documents, facts, reviews, the
// reference register): an aggregate computed at one version is still right
// while the version is unchanged, so a reader may cache it per version.
type VersionedRegister interface {
	RegisterVersion(ctx context.Context) (int64, error)
}

// AddFactInput is a fact a reviewer adds to a document (one the extractor
// missed), with its evidence chosen in the document's text.
type AddFactInput struct {
	DocumentID string
	Fact       Fact // Evidence.Start/End are rune offsets into the document's text
	Who        string
	Note       string
	Client     string
}

// ErrBadEvidence is wrapped by FactAdder.AddFact when the evidence offsets
// do not lie within the document's text.
var ErrBadEvidence = errors.New("evidence offsets outside the document's text")

// FactAdder is implemented by registers where reviewers can add facts. The
// fact is stored with Rule RuleReviewer, the evidence text cut from the
// document at the offsets, a confirmed review (so that re-extraction keeps
// it) and an "added" line in the audit trail, in one transaction.
type FactAdder interface {
	AddFact(ctx context.Context, in AddFactInput) (RegisterFact, error)
}
