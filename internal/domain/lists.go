package domain

import "context"

// This file holds the optional listings of the web API: documents and
// paged full-text search. Stores that implement them get the
// /api/v1/documents list and search totals.

// SearchCountCap bounds the counting of search hits, as FactCountCap does
// for facts.
const SearchCountCap = 10000

// SearchQuery asks for one page of full-text search hits.
type SearchQuery struct {
	Text   string
	Limit  int
	Offset int
}

// SearchPage is one page of hits, best first. Total counts every hit (at
// most SearchCountCap, then Capped is true).
type SearchPage struct {
	Total  int
	Capped bool
	Hits   []SearchHit
}

// SearchPager is implemented by registers that page full-text search.
type SearchPager interface {
	SearchPage(ctx context.Context, q SearchQuery) (SearchPage, error)
}

// DocumentQuery selects documents for a listing, newest published first.
type DocumentQuery struct {
	Language string // "" for any
	Limit    int
	Offset   int
}

// DocumentSummary is a document in a listing: no text.
type DocumentSummary struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published,omitempty"`
	Facts     int    `json:"facts"` // facts stored from it, rejected ones included
}

// DocumentPage is one page of a DocumentQuery.
type DocumentPage struct {
	Total     int
	Documents []DocumentSummary
}

// DocumentLister is implemented by registers that list their documents.
type DocumentLister interface {
	ListDocuments(ctx context.Context, q DocumentQuery) (DocumentPage, error)
}
