package domain

import (
	"context"
	"encoding/json"
	"time"
)

// This file is what `armswatch migrate` (internal/migrate) needs to copy
// a register from one database to another without loss: each kind
// exported with what its domain type leaves out (creation times, the
// position and id of each fact, review rows as stored) and imported
// idempotently (a second import of the same rows changes nothing).

// ExportedDocument is a stored document with all its facts (machine ones
// and those reviewers added), as the register keeps them.
type ExportedDocument struct {
	Document Document
	// Created is when the document was first stored (zero: unknown).
	Created time.Time
	// SimHash is the text's fingerprint (0: none computed); DupOf the
	// first document of its near-duplicate group ("": none).
	SimHash uint64
	DupOf   string
	Facts   []ExportedFact
}

// ExportedFact is a fact with its place in the register it comes from.
type ExportedFact struct {
	ID      int64 // the source register's id
	Ordinal int   // position in its document's facts (reviews refer to it)
	Fact    Fact
}

// ExportedReview is a reviewer's decision on a fact as stored: keyed by
// the fact's document, ordinal and review key.
type ExportedReview struct {
	DocumentID string
	Ordinal    int
	FactKey    string
	Status     string
	Correction json.RawMessage // nil: none
	UpdatedAt  time.Time
	UpdatedBy  string
}

// ExportedAudit is one line of the reviews' audit trail.
type ExportedAudit struct {
	At         time.Time
	Who        string
	Action     string
	FactID     int64 // the register's fact id (the importer's once mapped)
	DocumentID string
	Ordinal    int
	FactKey    string
	Correction json.RawMessage // nil: none
	Note       string
	Client     string
}

// RegisterExporter reads a register's documents, facts and reviews in a
// stable order: documents in the order they were stored.
type RegisterExporter interface {
	ExportDocuments(ctx context.Context, yield func(ExportedDocument) error) error
	ExportReviews(ctx context.Context, yield func(ExportedReview) error) error
	ExportAudit(ctx context.Context, yield func(ExportedAudit) error) error
}

// RegisterImporter writes what a RegisterExporter read. Each call is one
// transaction and idempotent.
type RegisterImporter interface {
	// ImportDocument stores d with its facts at their ordinals when no
	// document with its id is stored, and returns whether it did and the
	// importer's fact ids by ordinal (of the stored document's facts,
	// also when it was there already).
	ImportDocument(ctx context.Context, d ExportedDocument) (created bool, ids map[int]int64, err error)
	// ImportReviews stores the reviews of one document that it lacks,
	// and returns how many it stored.
	ImportReviews(ctx context.Context, documentID string, rs []ExportedReview) (int, error)
	// ImportAudit stores an audit line (its FactID already the
	// importer's) unless an identical one is there.
	ImportAudit(ctx context.Context, a ExportedAudit) (bool, error)
}

// ExportedFeed is a subscription with everything seen of it.
type ExportedFeed struct {
	Feed  Feed
	Items []ExportedFeedItem
}

// ExportedFeedItem is a feed item with when it was first seen and how
// many polls tried to fetch it.
type ExportedFeedItem struct {
	FeedItem
	SeenAt   time.Time
	Attempts int
}

// FeedExporter reads every feed and its items.
type FeedExporter interface {
	ExportFeeds(ctx context.Context, yield func(ExportedFeed) error) error
}

// FeedImporter stores a feed (keyed by URL) and the items it lacks;
// Feed.ID and FeedItem.FeedID are ignored (the importer's own apply).
type FeedImporter interface {
	ImportFeed(ctx context.Context, f ExportedFeed) (created bool, items int, err error)
}
