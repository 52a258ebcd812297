// Package domain holds armswatch's data model — documents, mentions, facts —
// and the storage interfaces that the pipeline and the reports use. It owns
// no I/O: adapters (internal/store/sqlite, later PostgreSQL) implement the
// interfaces declared here, and nothing in this package imports them.
package domain

import (
	"context"
	"time"
)

// Fact types of the facts contract (v1).
const (
	TypeTransfer   = "transfer"
	TypeAggregate  = "aggregate"
	TypeAssistance = "assistance"
	TypeAgreement  = "agreement"
	TypeMembership = "membership"
	TypeExercise   = "exercise"
)

// Stages of a transfer, in the order a deal goes through them.
const (
	StageRequested = "requested"
	StageApproved  = "approved"
	StageOrdered   = "ordered"
	StageDelivered = "delivered"
	StageOther     = "other"
)

// Categories are the contract's system categories (SIPRI's plus small arms
// and ammunition).
var Categories = []string{
	"aircraft", "air-defence", "anti-submarine", "armoured-vehicles",
	"artillery", "engines", "missiles", "naval-weapons", "satellites",
	"sensors", "ships", "small-arms", "ammunition", "other",
}

// IsCategory reports whether c is one of Categories.
func IsCategory(c string) bool {
	for _, x := range Categories {
		if x == c {
			return true
		}
	}
	return false
}

// Document is one cleaned input document.
type Document struct {
	ID        string    `json:"id"` // sha256 of the raw bytes, hex
	Source    string    `json:"source"`
	Title     string    `json:"title,omitempty"`
	Site      string    `json:"site,omitempty"`
	Language  string    `json:"language"`
	Published string    `json:"published,omitempty"` // YYYY-MM-DD when known
	Fetched   time.Time `json:"-"`
	Format    string    `json:"format,omitempty"` // "html" or "text"
	Text      string    `json:"text,omitempty"`   // cleaned body; evidence offsets point here
}

// Party is a side of a fact: a state (ISO 3166-1 alpha-2 code) or an
// organisation that is not a state. It marshals as "US" or {"org":"NATO"}.
type Party struct {
	Code string `json:"-"`
	Org  string `json:"-"`
}

// IsZero reports whether p names nobody.
func (p Party) IsZero() bool { return p.Code == "" && p.Org == "" }

// String is the code, or the organisation's name.
func (p Party) String() string {
	if p.Code != "" {
		return p.Code
	}
	return p.Org
}

// System is a weapon system as the contract prints it.
type System struct {
	ID          string   `json:"id,omitempty"` // lexicon id; empty for a generic mention
	Name        string   `json:"name,omitempty"`
	Designation string   `json:"designation,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
	Category    string   `json:"category,omitempty"`
	Origin      string   `json:"origin,omitempty"`
	Maker       string   `json:"maker,omitempty"`
	Mention     string   `json:"mention,omitempty"` // the words used in the text
}

// Named is a program, an organisation or an exercise.
type Named struct {
	ID      string   `json:"id,omitempty"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// Money is an amount in a currency (ISO 4217).
type Money struct {
	Amount    float64 `json:"amount"`
	Currency  string  `json:"currency"`
	Qualifier string  `json:"qualifier,omitempty"` // over, about, exact, up-to
}

// Notice identifies an official notice of one sale.
type Notice struct {
	Transmittal string `json:"transmittal,omitempty"` // "22-45"
	// Date is when the notice was made (the report delivered to
	// Congress, else the notice's own date), YYYY-MM-DD or shorter.
	Date string `json:"date,omitempty"`
}

// Evidence is the sentence a fact was read from: rune offsets into
// Document.Text.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Fact is one statement of the facts contract. Which fields are set depends
// on Type.
type Fact struct {
	Type string `json:"type"`

	Supplier  *Party  `json:"supplier,omitempty"`
	Recipient *Party  `json:"recipient,omitempty"`
	Provider  *Party  `json:"provider,omitempty"`
	Member    *Party  `json:"member,omitempty"`
	Parties   []Party `json:"parties,omitempty"`

	System       *System `json:"system,omitempty"`
	Program      *Named  `json:"program,omitempty"`
	Organization *Named  `json:"organization,omitempty"`
	Name         string  `json:"name,omitempty"` // agreement or exercise name

	Quantity int     `json:"quantity,omitempty"`
	Value    *Money  `json:"value,omitempty"`
	ValueUSD float64 `json:"value_usd,omitempty"`
	// USDBasis says how ValueUSD was had when armswatch converted it:
	// "EUR@2021" is Value converted at the euro's 2021 yearly average
	// rate (internal/money). Empty when the text stated dollars.
	USDBasis      string `json:"usd_basis,omitempty"`
	Stage         string `json:"stage,omitempty"`
	Year          int    `json:"year,omitempty"`
	DurationYears int    `json:"duration_years,omitempty"`

	// Date is the month or day of the stage event when the text gives it
	// ("2023-04", "2023-04-12"), in Year; empty when only the year is
	// known. It is never the publication date (StoredFact.Published).
	Date string `json:"event_date,omitempty"`
	// Notice is set on the facts read from an official notice of one sale
	// (DSCA, State, Federal Register): the transfers it lists and its
	// estimated total are one priced package (see internal/resolve).
	Notice *Notice `json:"notice,omitempty"`

	Evidence    Evidence `json:"evidence"`
	Attribution string   `json:"attribution,omitempty"`
	Confidence  float64  `json:"confidence"`
	Rule        string   `json:"rule,omitempty"` // id of the extraction rule that made it
}

// StoredFact is a fact as the register holds it.
type StoredFact struct {
	ID         int64  `json:"id"`
	DocumentID string `json:"document_id"`
	Source     string `json:"source"`
	Language   string `json:"language"`
	Published  string `json:"published,omitempty"`
	Fact
}

// Filter selects facts from the register. Empty fields match anything.
type Filter struct {
	Type      string
	Supplier  string // country code or organisation
	Recipient string
	Countries []string // recipient in this set (a region), when not empty
	Suppliers []string // supplier in this set, when not empty
	System    string   // substring of the system's name, designation or aliases
	Category  string
	Stage     string
	Language  string
	Since     int // year >= Since (fact year, else publication year)
	Until     int
	Text      string // full-text search over documents
	// MinConfidence, when above 0, keeps facts whose extraction
	// confidence is at least this.
	MinConfidence float64
	Limit         int
	Offset        int
}

// IngestResult says what storing one document did.
type IngestResult struct {
	DocumentID string
	Created    bool // false when the same content was already stored
	Facts      int
}

// Stats are the register's counts.
type Stats struct {
	Documents  int            `json:"documents"`
	Facts      int            `json:"facts"`
	ByType     map[string]int `json:"by_type"`
	ByLanguage map[string]int `json:"by_language"`
	Suppliers  int            `json:"suppliers"`
	Recipients int            `json:"recipients"`
}

// Store is what the pipeline and the reports need from a database. Each
// SaveDocument is one transaction: the document and its facts are stored
// together or not at all, and saving the same content twice changes nothing.
type Store interface {
	SaveDocument(ctx context.Context, doc *Document, facts []Fact) (IngestResult, error)
	Facts(ctx context.Context, f Filter) ([]StoredFact, error)
	Document(ctx context.Context, id string) (*Document, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// RankQuery asks for the partners of one side ranked by value or count:
// "recipients of US arms in Africa by value".
type RankQuery struct {
	Supplier  string   // fixed supplier (rank recipients), or
	Recipient string   // fixed recipient (rank suppliers)
	Within    []string // partner country codes allowed (a region); empty: all
	By        string   // "value" or "count"
	Since     int
	Until     int
	Limit     int
	// MinConfidence, when above 0, counts only facts whose confidence is
	// at least this.
	MinConfidence float64
	// Constant, when above 0, counts values in constant US dollars of
	// this year (through the US CPI, internal/money) instead of dollars of
	// each fact's year.
	Constant int
}

// RankRow is one partner in a ranking.
type RankRow struct {
	Party    string  `json:"party"`
	ValueUSD float64 `json:"value_usd"`
	Facts    int     `json:"facts"`
	Systems  int     `json:"systems"`
	// LeftOut counts the partner's facts that state an amount the value
	// leaves out: no exchange rate for its currency or year (or no CPI for
	// its year in constant dollars).
	LeftOut int `json:"left_out,omitempty"`
}

// Ranker ranks partners; stores that can aggregate in SQL implement it.
type Ranker interface {
	Rank(ctx context.Context, q RankQuery) ([]RankRow, error)
}

// TableQuery asks for one side's partners by year: "recipients of US arms
// by year since 2015, by value".
type TableQuery struct {
	Supplier  string // fixed supplier (rows: its recipients), or
	Recipient string // fixed recipient (rows: its suppliers); both: one row
	Since     int    // first year (0: the first year with a fact)
	Until     int    // last year (0: the last year with a fact)
	By        string // "value" (US dollars) or "count" (facts); orders the rows
	Constant  int    // see RankQuery.Constant
	// MinConfidence, when above 0, counts only facts whose confidence is
	// at least this.
	MinConfidence float64
}

// Table is a partner-by-year table: Rows in order of their totals,
// Years its columns, Totals the column totals. Cells count as RankRow's
// value and facts do, per year (a fact's own year, else its document's).
type Table struct {
	By      string     `json:"by"`
	Years   []int      `json:"years"`
	Rows    []TableRow `json:"rows"`
	Totals  []float64  `json:"totals"`
	Total   float64    `json:"total"`
	LeftOut int        `json:"left_out"` // stated amounts with no dollar value (by value)
}

// TableRow is one partner's line of a Table: one cell per year.
type TableRow struct {
	Party   string    `json:"party"`
	Cells   []float64 `json:"cells"`
	Total   float64   `json:"total"`
	LeftOut int       `json:"left_out,omitempty"`
}

// Tabler makes partner-by-year tables; stores that can aggregate in SQL
// implement it.
type Tabler interface {
	Table(ctx context.Context, q TableQuery) (*Table, error)
}

// Kinds of FactChange.
const (
	ChangeAdded   = "added"
	ChangeRemoved = "removed"
	ChangeChanged = "changed"
	ChangeKept    = "kept" // a reviewed fact the extractor no longer finds, kept as it was
)

// FactChange is one difference that re-extracting a document makes to its
// stored facts.
type FactChange struct {
	Kind   string   `json:"kind"`
	FactID int64    `json:"fact_id,omitempty"` // 0 for a fact a dry run would add
	Type   string   `json:"type"`
	Key    string   `json:"key"`              // type|giver|recipient|system|named|parties, lower case
	Fields []string `json:"fields,omitempty"` // the attributes that differ (changed)
	Review string   `json:"review,omitempty"` // the fact's review status, if reviewed
}

// Reextraction says what replacing one document's machine facts did (or,
// in a dry run, would do).
type Reextraction struct {
	DocumentID  string       `json:"document_id"`
	Source      string       `json:"source,omitempty"`
	Added       int          `json:"added"`
	Removed     int          `json:"removed"`
	Changed     int          `json:"changed"`
	ReviewsKept int          `json:"reviews_kept"`
	Changes     []FactChange `json:"changes,omitempty"`
}

// Count is the number of facts added, removed or changed.
func (r Reextraction) Count() int { return r.Added + r.Removed + r.Changed }

// Reextractor is implemented by stores whose facts can be extracted again
// from their stored documents.
type Reextractor interface {
	// DocumentIDs lists every stored document, oldest first.
	DocumentIDs(ctx context.Context) ([]string, error)
	// ReplaceFacts replaces the machine facts of document id by facts, in
	// one transaction, and keeps reviewers' decisions: a new fact is matched
	// to the stored one with the same key (type, parties, system, program,
	// organisation or name), whose id and review it takes over; a reviewed
	// fact the new facts no longer hold is kept as it was. Facts the same
	// as the stored ones change nothing. With dryRun it writes nothing and
	// reports what it would do.
	ReplaceFacts(ctx context.Context, id string, facts []Fact, dryRun bool) (Reextraction, error)
}
