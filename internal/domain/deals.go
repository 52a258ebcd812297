package domain

import (
	"context"
	"time"
)

// DocHash is a document's near-duplicate fingerprint (a 64-bit SimHash of
// its text), in ingestion order.
type DocHash struct {
	ID      string
	SimHash uint64
}

// SimHashSetter is implemented by stores that keep documents'
// fingerprints; the parallel ingest sets one per new document.
type SimHashSetter interface {
	SetSimHash(ctx context.Context, docID string, h uint64) error
}

// Reported is one value reported for a deal and how many independent
// sources reported it.
type Reported struct {
	Value   float64 `json:"value"`
	Stage   string  `json:"stage,omitempty"`
	Sources int     `json:"sources"`
	// Date is when the event the figure belongs to happened, as the
	// sources state it (YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown);
	// First is when it was first reported (publication date).
	Date  string `json:"date,omitempty"`
	First string `json:"first_reported,omitempty"`
}

// DealStage is one stage of a deal: when it happened (Date: the earliest
// event date its facts state — YYYY, YYYY-MM or YYYY-MM-DD — else empty)
// and when it was first and last reported (First, Last: publication dates,
// YYYY-MM-DD, or the fact's year for an undated document).
type DealStage struct {
	Stage string `json:"stage"`
	Date  string `json:"date,omitempty"`
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	Facts int    `json:"facts"`
}

// Label says a stage as the deal views print it: "ordered 2021 (reported
// 2024-04-26)", "approved 2023-04", "delivered (reported 2024-04-26)".
func (s DealStage) Label() string {
	out := s.Stage
	if s.Date != "" {
		out += " " + s.Date
	}
	if s.First != "" && s.First != s.Date {
		out += " (reported " + s.First + ")"
	}
	return out
}

// DealItem is one more system of a deal that is a package (an official
// notice lists several items under one estimated total).
type DealItem struct {
	System   System `json:"system"`
	Quantity int    `json:"quantity,omitempty"`
}

// Deal is one transaction (or program, agreement, membership, stated
// total) merged from every fact that reports it.
type Deal struct {
	ID   string `json:"id"` // stable: derived from the key and the first fact
	Type string `json:"type"`

	Supplier  string   `json:"supplier,omitempty"` // supplier or provider
	Recipient string   `json:"recipient,omitempty"`
	Member    string   `json:"member,omitempty"`
	Parties   []string `json:"parties,omitempty"`

	System       *System `json:"system,omitempty"` // the most specific system reported
	Program      string  `json:"program,omitempty"`
	Organization string  `json:"organization,omitempty"`
	Name         string  `json:"name,omitempty"`

	Stages []DealStage `json:"stages,omitempty"` // in deal order
	Stage  string      `json:"stage,omitempty"`  // the furthest stage seen

	Quantity   int        `json:"quantity,omitempty"`  // best figure (most sources, then latest)
	ValueUSD   float64    `json:"value_usd,omitempty"` // best figure
	Quantities []Reported `json:"quantities,omitempty"`
	Values     []Reported `json:"values_usd,omitempty"`
	Conflicts  []string   `json:"conflicts,omitempty"` // "quantity ordered: 18 vs 24 reported"

	// Items are the other systems of a package deal (an official notice
	// of one sale): the deal's value is the package's estimated total and
	// covers them; their quantities are theirs, not the deal's.
	Items []DealItem `json:"items,omitempty"`
	// Notices are the official notices of the sale (transmittal number
	// and date).
	Notices []Notice `json:"notices,omitempty"`

	Year      int    `json:"year,omitempty"` // earliest year of the deal
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`

	Sources   int      `json:"sources"` // independent sources: near-duplicate groups
	Documents []string `json:"documents"`
	FactIDs   []int64  `json:"fact_ids"`

	// Reference is "present" or "new" once compared with a reference
	// layer (an imported SIPRI register); RefID is the matching row's id.
	Reference string `json:"reference,omitempty"`
	RefID     string `json:"ref_id,omitempty"`
	// RefTIV is the matching reference row's SIPRI trend-indicator value
	// (millions of TIV) of the whole order, and RefTIVDelivered of what was
	// delivered, when the reference gives them (beside the deal's own
	// values, which are money).
	RefTIV          float64 `json:"ref_tiv,omitempty"`
	RefTIVDelivered float64 `json:"ref_tiv_delivered,omitempty"`
}

// Values of Deal.Reference.
const (
	RefPresent = "present" // the reference register has the deal
	RefNew     = "new"     // it does not
)

// RefDeal is one row of a reference register (SIPRI trade-register layout).
type RefDeal struct {
	ID             string `json:"id"` // SIPRI AT Database ID
	Supplier       string `json:"supplier"`
	Recipient      string `json:"recipient"`
	Designation    string `json:"designation"`
	Description    string `json:"description,omitempty"`
	Category       string `json:"category,omitempty"`
	OrderYear      int    `json:"order_year,omitempty"`
	OrderEstimate  bool   `json:"order_estimate,omitempty"`
	Ordered        int    `json:"ordered,omitempty"`
	Delivered      int    `json:"delivered,omitempty"`
	DeliveredEst   bool   `json:"delivered_estimate,omitempty"`
	DeliveryYears  string `json:"delivery_years,omitempty"`
	DeliveryYearEs bool   `json:"delivery_year_estimate,omitempty"`
	Status         string `json:"status,omitempty"`
	Comment        string `json:"comment,omitempty"`
	OrderedEst     bool   `json:"ordered_estimate,omitempty"`
	// TIVUnit, TIVTotal and TIVDelivered are SIPRI's trend-indicator
	// values (millions): per unit, of the whole order and of the weapons
	// delivered, when the register gives them.
	TIVUnit      float64 `json:"tiv_unit,omitempty"`
	TIVTotal     float64 `json:"tiv_total,omitempty"`
	TIVDelivered float64 `json:"tiv_delivered,omitempty"`
}

// OrderTIV is the row's TIV of the whole order: as stated, else the unit
// value times the number ordered; 0 when the row gives neither.
func (r RefDeal) OrderTIV() float64 {
	if r.TIVTotal > 0 {
		return r.TIVTotal
	}
	if r.TIVUnit > 0 && r.Ordered > 0 {
		return r.TIVUnit * float64(r.Ordered)
	}
	return 0
}

// Feed is a subscription.
type Feed struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	Added        time.Time `json:"added"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPolled   time.Time `json:"last_polled,omitzero"`
	LastOK       time.Time `json:"last_ok,omitzero"`
	LastError    string    `json:"last_error,omitempty"`
	Failures     int       `json:"failures"` // consecutive
	NextPoll     time.Time `json:"next_poll,omitzero"`
	Items        int       `json:"items"`       // items seen
	Documents    int       `json:"documents"`   // items stored as documents
	ItemErrors   int       `json:"item_errors"` // items whose page could not be stored (yet)
}

// FeedItem is one entry of a feed, remembered so that it is fetched once.
type FeedItem struct {
	FeedID     int64
	Key        string // guid, else link
	Link       string
	Title      string
	Published  time.Time
	DocumentID string // set once stored
	Error      string
}

// FeedStore keeps subscriptions and what was seen of them.
type FeedStore interface {
	AddFeed(ctx context.Context, url, title string) (Feed, bool, error) // bool: created
	RemoveFeed(ctx context.Context, idOrURL string) error
	Feeds(ctx context.Context) ([]Feed, error)
	UpdateFeed(ctx context.Context, f Feed) error
	// SeenItem reports whether the item with key was already handled.
	SeenItem(ctx context.Context, feedID int64, key string) (bool, error)
	SaveItem(ctx context.Context, it FeedItem) error
}
