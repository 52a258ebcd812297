// Package pipeline wires the stages of one document's way through armswatch:
// source bytes are decoded, cleaned, their facts extracted and, when a store
// is given, saved in one transaction. It owns no stage's logic; it owns the
// order of the stages and the per-document error handling that lets a batch
// go on past a bad input.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/armswatch/armswatch/internal/clean"
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/source"
)

// Pipeline processes documents.
type Pipeline struct {
	Extractor *extract.Extractor
	Clean     clean.Options
	// Langs restricts extraction to these languages when not empty.
	Langs []string
}

// Result is one processed document.
type Result struct {
	Doc         *domain.Document
	Facts       []domain.Fact
	Unsupported bool // stored, but its language has no extraction yet
}

// Process decodes, cleans and extracts one raw input.
func (p *Pipeline) Process(raw *source.Raw) (res *Result, err error) {
	// a bug in a stage must cost one document, not the batch
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: internal error: %v", raw.Source, r)
		}
	}()
	dec, err := source.Decode(raw)
	if err != nil {
		return nil, err
	}
	cl, err := clean.Document(clean.Input{Source: raw.Source, URL: raw.URL, Text: dec.Text, Format: dec.Format}, p.Clean)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw.Body)
	doc := &domain.Document{
		ID:       hex.EncodeToString(sum[:]),
		Source:   raw.Source,
		Title:    cl.Title,
		Site:     cl.Site,
		Language: cl.Language,
		Fetched:  raw.Fetched,
		Format:   dec.Format,
		Text:     cl.Text,
	}
	if !cl.Published.IsZero() {
		doc.Published = cl.Published.Format("2006-01-02")
	} else if t := p.Extractor.PublishedDate(headOf(dec, cl.Text), cl.Language); !t.IsZero() {
		doc.Published = t.Format("2006-01-02")
	}
	res = &Result{Doc: doc}
	if !p.allowed(doc.Language) || !p.Extractor.Supports(doc.Language) {
		res.Unsupported = true
		return res, nil
	}
	facts, err := p.Extractor.Facts(doc)
	if err != nil {
		if errors.Is(err, extract.ErrUnsupportedLanguage) {
			res.Unsupported = true
			return res, nil
		}
		return nil, err
	}
	res.Facts = facts
	return res, nil
}

// Extract runs the extractor again over a stored document: its cleaned
// text, language and publication date, and returns its facts as they are
// stored (amounts priced in US dollars, see Price). unsupported is true
// when the document's language has no extraction (or is not in Langs);
// then there are no facts and its stored ones are to be left alone.
func (p *Pipeline) Extract(doc *domain.Document) (facts []domain.Fact, unsupported bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			facts, unsupported, err = nil, false, fmt.Errorf("%s: internal error: %v", doc.Source, r)
		}
	}()
	if !p.allowed(doc.Language) || !p.Extractor.Supports(doc.Language) {
		return nil, true, nil
	}
	facts, err = p.Extractor.Facts(doc)
	if errors.Is(err, extract.ErrUnsupportedLanguage) {
		return nil, true, nil
	}
	Price(doc, facts)
	return facts, false, err
}

func (p *Pipeline) allowed(lang string) bool {
	if len(p.Langs) == 0 {
		return true
	}
	for _, l := range p.Langs {
		if l == lang {
			return true
		}
	}
	return false
}

// Summary counts what a batch did.
type Summary struct {
	Inputs, Stored, Unchanged, Unsupported, Failed, Facts int
	Errors                                                []error
}

// String is a one-line report.
func (s Summary) String() string {
	return fmt.Sprintf("%d inputs: %d stored, %d unchanged, %d not yet supported (language), %d failed; %d facts",
		s.Inputs, s.Stored, s.Unchanged, s.Unsupported, s.Failed, s.Facts)
}

// Ingest runs the pipeline over inputs and saves each document in store.
// A failing input is reported through onErr and the batch goes on.
func (p *Pipeline) Ingest(ctx context.Context, st domain.Store, specs []string, sopts source.Options, onErr func(error)) Summary {
	var sum Summary
	for raw, err := range source.Open(ctx, specs, sopts) {
		if ctx.Err() != nil {
			break
		}
		sum.Inputs++
		if err == nil {
			err = p.ingestOne(ctx, st, raw, &sum)
		}
		if err != nil {
			sum.Failed++
			sum.Errors = append(sum.Errors, err)
			if onErr != nil {
				onErr(err)
			}
		}
	}
	return sum
}

func (p *Pipeline) ingestOne(ctx context.Context, st domain.Store, raw *source.Raw, sum *Summary) error {
	res, err := p.ProcessContext(ctx, raw, 0)
	if err != nil {
		return err
	}
	_, err = p.saveDetached(ctx, st, res, sum)
	return err
}

// headOf is where a dateline is looked for: the raw text of a plain-text
// document (cleaning drops "Published ..." lines), else the cleaned text.
func headOf(dec *source.Decoded, cleaned string) string {
	if dec.Format == source.FormatText {
		return dec.Text
	}
	return cleaned
}
