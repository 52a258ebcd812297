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
	"strings"

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

// Process decodes, cleans and extracts one raw input. It holds the raw
// body only until the text is cleaned, so that on a long document the body
// and the cleaned text are not both kept through extraction (callers that
// drop their reference let it be collected).
func (p *Pipeline) Process(raw *source.Raw) (res *Result, err error) {
	src := raw.Source
	// a bug in a stage must cost one document, not the batch
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: internal error: %v", src, r)
		}
	}()
	doc, err := p.prepare(raw)
	if err != nil {
		return nil, err
	}
	return p.extract(doc)
}

// prepare decodes and cleans raw into a document, its date from the
// metadata or the text's head. Nothing it returns shares raw's body.
func (p *Pipeline) prepare(raw *source.Raw) (*domain.Document, error) {
	dec, err := source.Decode(raw)
	if err != nil {
		return nil, err
	}
	// what is needed of the body after cleaning is taken before it, so
	// that the body can be collected while the text is cleaned and read
	sum := sha256.Sum256(raw.Body)
	src, fetched, format := raw.Source, raw.Fetched, dec.Format
	if format == source.FormatText {
		// a long plain text's cleaning copies it twice over (normalised
		// and joined); an HTML page's tree is held by go-trafilatura, and
		// its size is not a multiple of the body's to bound
		defer holdMemory(len(dec.Text))()
	}
	head := "" // where a dateline is looked for when the metadata has no date
	if format == source.FormatText {
		head = extract.DateHead(dec.Text) // cleaning drops "Published ..." lines
	}
	in := clean.Input{Source: src, URL: raw.URL, Text: dec.Text, Format: format}
	raw, dec = nil, nil
	cl, err := clean.Document(in, p.Clean)
	if err != nil {
		return nil, err
	}
	if format != source.FormatText {
		head = cl.Text
	}

	doc := &domain.Document{
		ID:       hex.EncodeToString(sum[:]),
		Source:   src,
		Title:    strings.Clone(cl.Title), // not a slice of the body
		Site:     strings.Clone(cl.Site),
		Language: cl.Language,
		Fetched:  fetched,
		Format:   format,
		Text:     cl.Text,
	}
	if !cl.Published.IsZero() {
		doc.Published = cl.Published.Format("2006-01-02")
	} else if t := p.Extractor.PublishedDate(head, cl.Language); !t.IsZero() {
		doc.Published = t.Format("2006-01-02")
	}
	return doc, nil
}

// extract runs the extractor over a prepared document.
func (p *Pipeline) extract(doc *domain.Document) (res *Result, err error) {
	res = &Result{Doc: doc}
	if !p.allowed(doc.Language) || !p.Extractor.Supports(doc.Language) {
		res.Unsupported = true
		return res, nil
	}
	release := holdMemory(len(doc.Text))
	facts, err := p.Extractor.Facts(doc)
	release()
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
