package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/source"
)

var (
	errUsage  = errors.New("usage error")
	errFailed = errors.New("some inputs failed")
	// errInterrupted ends a batch stopped by a signal: what was stored
	// stays, and running the same command again finishes the work.
	errInterrupted = errors.New("interrupted: the documents counted above are stored; run the same command again to finish")
)

func newPipeline(langs string) *pipeline.Pipeline {
	p := &pipeline.Pipeline{Extractor: extract.New(lexicon.Default())}
	if langs != "" {
		p.Langs = strings.Split(langs, ",")
	}
	return p
}

func sourceFlags(fs *flag.FlagSet) *source.Options {
	o := &source.Options{}
	fs.BoolVar(&o.AllowPrivate, "allow-private", false, "allow URLs on loopback, private and link-local addresses")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 0, "largest input in bytes (default 20 MiB)")
	return o
}

// factsDoc is one line of `facts --json`: the facts contract.
type factsDoc struct {
	Document factsMeta     `json:"document"`
	Facts    []domain.Fact `json:"facts"`
	Status   string        `json:"status,omitempty"`
}

type factsMeta struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title,omitempty"`
	Language  string `json:"language"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
}

func cmdFacts(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("facts", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print JSON Lines (the facts contract)")
	withText := fs.Bool("text", false, "include the cleaned text in each document")
	langs := fs.String("lang", "", "extract only from these languages (comma-separated)")
	rulesOnly := fs.Bool("rules-only", false, "keep every fact the strict rules make, without the learned decision model")
	sopts := sourceFlags(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch facts --json [--text] PATH|URL|- ...")
		return errUsage
	}
	sopts.Stdin = e.stdin
	p := newPipeline(*langs)
	if *rulesOnly {
		p.Extractor.SetModel(nil)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for raw, err := range source.Open(ctx, fs.Args(), *sopts) {
		var res *pipeline.Result
		if err == nil {
			res, err = p.Process(raw)
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "armswatch: %v\n", err)
			continue
		}
		out := factsDoc{Document: factsMeta{ID: res.Doc.ID, Source: res.Doc.Source, Title: res.Doc.Title,
			Language: res.Doc.Language, Published: res.Doc.Published}, Facts: res.Facts}
		if out.Facts == nil {
			out.Facts = []domain.Fact{}
		}
		if *withText {
			out.Document.Text = res.Doc.Text
		}
		if res.Unsupported {
			out.Status = "language not yet supported: " + res.Doc.Language
			fmt.Fprintf(e.stderr, "armswatch: %s: language %q not yet supported for extraction\n", res.Doc.Source, res.Doc.Language)
		}
		if *asJSON {
			if err := enc.Encode(out); err != nil {
				return err
			}
		} else {
			printFactsText(e, out)
		}
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

func printFactsText(e *env, d factsDoc) {
	fmt.Fprintf(e.stdout, "# %s (%s) %s\n", d.Document.Source, d.Document.Language, d.Document.Title)
	if d.Status != "" {
		fmt.Fprintf(e.stdout, "  %s\n", d.Status)
	}
	for _, f := range d.Facts {
		fmt.Fprintf(e.stdout, "  %s\n", describe(f))
	}
}

// describe renders a fact on one line.
func describe(f domain.Fact) string {
	var b strings.Builder
	p := func(x *domain.Party) string {
		if x == nil {
			return "?"
		}
		return x.String()
	}
	b.WriteString(f.Type + ": ")
	switch f.Type {
	case domain.TypeTransfer:
		name := f.System.Name
		if name == "" {
			name = "(" + f.System.Category + ")"
		}
		fmt.Fprintf(&b, "%s -> %s %s", p(f.Supplier), p(f.Recipient), name)
	case domain.TypeAggregate:
		fmt.Fprintf(&b, "%s -> %s", p(f.Supplier), p(f.Recipient))
	case domain.TypeAssistance:
		fmt.Fprintf(&b, "%s from %s to %s", f.Program.Name, p(f.Provider), p(f.Recipient))
	case domain.TypeAgreement, domain.TypeExercise:
		var ps []string
		for _, x := range f.Parties {
			ps = append(ps, x.String())
		}
		fmt.Fprintf(&b, "%s %s", f.Name, strings.Join(ps, "+"))
	case domain.TypeMembership:
		fmt.Fprintf(&b, "%s in %s", p(f.Member), f.Organization.Name)
	}
	if f.Quantity > 0 {
		fmt.Fprintf(&b, " x%d", f.Quantity)
	}
	if f.Value != nil {
		fmt.Fprintf(&b, " %s %s", f.Value.Currency, humanMoney(f.Value.Amount))
	}
	if f.Stage != "" {
		fmt.Fprintf(&b, " [%s]", f.Stage)
	}
	if f.Date != "" {
		fmt.Fprintf(&b, " %s", f.Date) // the event's month or day
	} else if f.Year > 0 {
		fmt.Fprintf(&b, " %d", f.Year)
	}
	if f.Notice != nil && f.Notice.Transmittal != "" {
		fmt.Fprintf(&b, " (notice %s)", f.Notice.Transmittal)
	}
	if f.DurationYears > 0 {
		fmt.Fprintf(&b, " (%d years)", f.DurationYears)
	}
	return b.String()
}

func humanMoney(v float64) string {
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%.2fbn", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.1fm", v/1e6)
	}
	return fmt.Sprintf("%.0f", v)
}
