package domain

import "context"

// NearDuplicateGrouper is implemented by registers that group their
// near-duplicate documents: UpdateNearDuplicates fingerprints the
// documents without a fingerprint (hash), regroups them all (group maps
// a copy's id to its group's first document, given the documents in
// ingestion order) and returns the number of copies; DupGroups maps each
// copy to its group's first document.
type NearDuplicateGrouper interface {
	UpdateNearDuplicates(ctx context.Context, hash func(text string) uint64, group func([]DocHash) map[string]string) (int, error)
	DupGroups(ctx context.Context) (map[string]string, error)
}

// DealFactReader is implemented by registers that hand over every fact
// deals are made of, reviewed, optionally of one supplier and recipient.
type DealFactReader interface {
	DealFacts(ctx context.Context, supplier, recipient string) ([]StoredFact, error)
}

// ReferenceImporter is implemented by registers that keep a reference
// register: SaveReference replaces it, in one transaction.
type ReferenceImporter interface {
	SaveReference(ctx context.Context, refs []RefDeal) error
}

// FullRegister is every capability of a register adapter that the CLI
// and the web server use; the SQLite and PostgreSQL adapters both
// implement it, so that every command works on either.
type FullRegister interface {
	Register
	Tabler
	Reextractor
	FactAdder
	DealRegister
	DealFactReader
	ReferenceRegister
	ReferenceImporter
	PairSheetReader
	VersionedRegister
	SearchPager
	DocumentLister
	FeedStore
	SimHashSetter
	NearDuplicateGrouper
	HostLeaser
}
