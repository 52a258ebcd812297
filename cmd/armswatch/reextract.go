package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// extractFunc extracts the facts of a stored document; unsupported means
// its language has no extraction and its facts are left alone.
type extractFunc func(doc *domain.Document) (facts []domain.Fact, unsupported bool, err error)

func cmdReextract(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("reextract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	dryRun := fs.Bool("dry-run", false, "report what would change, write nothing")
	langs := fs.String("lang", "", "re-extract only documents in these languages (comma-separated)")
	verbose := fs.Bool("v", false, "list each fact added, removed, changed or kept")
	useQueue := fs.Bool("queue", false, "enqueue jobs of 200 documents for `armswatch worker` instead")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *useQueue {
		return enqueueReextract(ctx, e, *db)
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch reextract [--db FILE|postgres://…] [--dry-run] [--lang en,fr] [-v]")
		return errUsage
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return reextract(ctx, e, st, newPipeline(*langs).Extract, *dryRun, *verbose)
}

// reextractTotals add up a batch's Reextractions.
type reextractTotals struct {
	docs, changedDocs, unsupported, failed int
	added, removed, changed, reviewsKept   int
}

// reextract runs extract over every stored document and replaces its
// facts, one transaction per document, printing the documents that change
// and the totals. A document that fails is reported and skipped; the
// batch goes on and ends with errFailed.
func reextract(ctx context.Context, e *env, st register, extract extractFunc, dryRun, verbose bool) error {
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	var t reextractTotals
	bar := newProgress(e, "reextract", len(ids))
	defer bar.clear()
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		bar.update(t.docs, fmt.Sprintf("%d changed", t.changedDocs))
		t.docs++
		r, unsupported, err := reextractOne(ctx, st, id, extract, dryRun)
		if err != nil {
			t.failed++
			bar.clear()
			fmt.Fprintf(e.stderr, "armswatch: reextract %s: %v\n", id, err)
			continue
		}
		if unsupported {
			t.unsupported++
			continue
		}
		t.added += r.Added
		t.removed += r.Removed
		t.changed += r.Changed
		t.reviewsKept += r.ReviewsKept
		if r.Count() > 0 {
			t.changedDocs++
		}
		if r.Count() > 0 {
			bar.clear()
			printReextraction(e, r, verbose)
		}
	}
	bar.clear()
	note := ""
	if dryRun {
		note = " (dry run: nothing written)"
	}
	fmt.Fprintf(e.stdout, "%d documents, %d changed: %d facts added, %d removed, %d changed, %d reviews kept; %d unsupported, %d failed%s\n",
		t.docs, t.changedDocs, t.added, t.removed, t.changed, t.reviewsKept, t.unsupported, t.failed, note)
	if t.failed > 0 {
		return errFailed
	}
	return nil
}

func reextractOne(ctx context.Context, st register, id string, extract extractFunc, dryRun bool) (domain.Reextraction, bool, error) {
	doc, err := st.Document(ctx, id)
	if err != nil {
		return domain.Reextraction{}, false, err
	}
	facts, unsupported, err := extract(doc)
	if err != nil || unsupported {
		return domain.Reextraction{}, unsupported, err
	}
	r, err := st.ReplaceFacts(ctx, id, facts, dryRun)
	return r, false, err
}

var changeMarks = map[string]string{
	domain.ChangeAdded: "+", domain.ChangeRemoved: "-", domain.ChangeChanged: "~", domain.ChangeKept: "=",
}

// printReextraction prints one document's line: "SOURCE: +a -r ~c (k reviews
// kept)", then with verbose a line per fact.
func printReextraction(e *env, r domain.Reextraction, verbose bool) {
	name := r.Source
	if name == "" {
		name = r.DocumentID
	}
	fmt.Fprintf(e.stdout, "%s: +%d -%d ~%d (%d reviews kept)\n", name, r.Added, r.Removed, r.Changed, r.ReviewsKept)
	if !verbose {
		return
	}
	for _, c := range r.Changes {
		var b strings.Builder
		fmt.Fprintf(&b, "  %s %s", changeMarks[c.Kind], c.Key)
		if c.FactID != 0 {
			fmt.Fprintf(&b, " #%d", c.FactID)
		}
		if len(c.Fields) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(c.Fields, ", "))
		}
		if c.Review != "" {
			fmt.Fprintf(&b, " (%s)", c.Review)
		}
		fmt.Fprintln(e.stdout, b.String())
	}
}
