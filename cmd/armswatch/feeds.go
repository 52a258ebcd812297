package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"iter"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/armswatch/armswatch/internal/csvsafe"
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/feeds"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/source"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// Usage lines of the commands in this file (main.go's usage lists them).
const feedsUsage = `  armswatch feeds add|list|remove|import|export|status [--db FILE] ...
  armswatch watch [--db FILE] [--once] [--interval 15m] [--host-delay 1s]   poll the feeds, store new articles
  armswatch deals [--supplier US] [--recipient MA] [--type transfer|all] [--new] [--format table|json|csv|sipri]
  armswatch deals import SIPRI.csv                 load a SIPRI trade register as the reference layer
`

// ingestParallel is `ingest --workers N`: the pipeline on N workers, web
// archives streamed record by record, a progress line on stderr, a summary
// with the archives' counts, and near-duplicates grouped at the end. The
// lead's cmdIngest calls it with its parsed flags.
func ingestParallel(ctx context.Context, e *env, db, langs string, sopts source.Options, workers int, specs []string) error {
	st, err := openRegister(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	p := newPipeline(langs)
	var stats source.WARCStats
	warcs := 0
	inputs := func(yield func(*source.Raw, error) bool) {
		for _, spec := range specs {
			var seq iter.Seq2[*source.Raw, error]
			if source.IsWARC(spec) {
				warcs++
				seq = source.OpenWARCFile(ctx, spec, sopts, &stats)
			} else {
				seq = source.Open(ctx, []string{spec}, sopts)
			}
			for raw, err := range seq {
				if !yield(raw, err) {
					return
				}
			}
		}
	}
	start := time.Now()
	progress := func(s pipeline.Summary) {
		el := time.Since(start).Seconds()
		fmt.Fprintf(e.stderr, "\r%d inputs, %d stored, %d failed, %d facts (%.0f docs/s)   ", s.Inputs, s.Stored, s.Failed, s.Facts, float64(s.Inputs)/max(el, 0.001))
	}
	sum := p.IngestSeq(ctx, st, inputs, pipeline.ParallelOptions{
		Workers:  workers,
		OnErr:    func(err error) { fmt.Fprintf(e.stderr, "\rarmswatch: %v\n", err) },
		Progress: progress,
		Every:    time.Second,
	})
	fmt.Fprintln(e.stderr)
	if warcs > 0 {
		fmt.Fprintln(e.stdout, stats.String())
	}
	fmt.Fprintln(e.stdout, sum.String())
	if ctx.Err() != nil {
		return errInterrupted
	}
	type nearDuplicates interface {
		UpdateNearDuplicates(context.Context, func(string) uint64, func([]domain.DocHash) map[string]string) (int, error)
	}
	if nd, ok := st.(nearDuplicates); ok && ctx.Err() == nil {
		if n, err := nd.UpdateNearDuplicates(ctx, resolve.SimHash, groupDups); err != nil {
			fmt.Fprintf(e.stderr, "armswatch: near-duplicates: %v\n", err)
		} else if n > 0 {
			fmt.Fprintf(e.stdout, "%d documents are near-duplicate copies of others\n", n)
		}
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

func groupDups(d []domain.DocHash) map[string]string {
	return resolve.GroupNearDuplicates(d, resolve.DefaultMaxDistance)
}

func cmdFeeds(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, "usage:\n"+feedsUsage)
		return errUsage
	}
	sub := args[0]
	fs := flag.NewFlagSet("feeds "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "SQLite database file")
	asJSON := fs.Bool("json", false, "print JSON (list, status)")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub {
	case "add":
		if fs.NArg() == 0 {
			fmt.Fprintln(e.stderr, "usage: armswatch feeds add URL ...")
			return errUsage
		}
		for _, u := range fs.Args() {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				return fmt.Errorf("%s: a feed is an http(s) URL", u)
			}
			if source.HasCredentials(u) {
				return fmt.Errorf("%s: credentials in a feed URL (user:password@) are not stored; follow a public feed URL", source.RedactURL(u))
			}
			f, created, err := st.AddFeed(ctx, u, "")
			if err != nil {
				return err
			}
			if created {
				fmt.Fprintf(e.stdout, "added feed %d: %s\n", f.ID, f.URL)
			} else {
				fmt.Fprintf(e.stdout, "already following %s (feed %d)\n", f.URL, f.ID)
			}
		}
		return nil
	case "remove", "rm":
		if fs.NArg() == 0 {
			fmt.Fprintln(e.stderr, "usage: armswatch feeds remove ID|URL ...")
			return errUsage
		}
		for _, a := range fs.Args() {
			if err := st.RemoveFeed(ctx, a); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "removed %s\n", a)
		}
		return nil
	case "import":
		if fs.NArg() != 1 {
			fmt.Fprintln(e.stderr, "usage: armswatch feeds import FILE.opml")
			return errUsage
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		outs, err := feeds.ReadOPML(f)
		if err != nil {
			return err
		}
		added := 0
		for _, o := range outs {
			if source.HasCredentials(o.URL) {
				fmt.Fprintf(e.stderr, "skipped %s: credentials in a feed URL (user:password@) are not stored\n", source.RedactURL(o.URL))
				continue
			}
			if _, created, err := st.AddFeed(ctx, o.URL, o.Title); err != nil {
				return err
			} else if created {
				added++
			}
		}
		fmt.Fprintf(e.stdout, "%d feeds in %s, %d new\n", len(outs), fs.Arg(0), added)
		return nil
	case "export":
		list, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		if fs.NArg() == 1 {
			f, err := os.Create(fs.Arg(0))
			if err != nil {
				return err
			}
			if err := feeds.WriteOPML(f, list); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		}
		return feeds.WriteOPML(e.stdout, list)
	case "list", "status":
		list, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		if sub == "list" {
			fmt.Fprintln(tw, "ID\tURL\tTITLE")
			for _, f := range list {
				fmt.Fprintf(tw, "%d\t%s\t%s\n", f.ID, f.URL, f.Title)
			}
			return tw.Flush()
		}
		fmt.Fprintln(tw, "ID\tURL\tLAST OK\tNEXT POLL\tITEMS\tSTORED\tITEM ERRORS\tFAILURES\tLAST ERROR")
		for _, f := range list {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", f.ID, f.URL, ago(f.LastOK), ago(f.NextPoll),
				f.Items, f.Documents, f.ItemErrors, f.Failures, clip(f.LastError, 80))
		}
		return tw.Flush()
	}
	fmt.Fprintf(e.stderr, "armswatch feeds: unknown subcommand %q\n%s", sub, feedsUsage)
	return errUsage
}

func ago(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	d := time.Until(t).Round(time.Second)
	if d > 0 {
		return "in " + d.String()
	}
	return (-d).String() + " ago"
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func cmdWatch(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "SQLite database file")
	once := fs.Bool("once", false, "poll every feed once, then exit")
	interval := fs.Duration("interval", feeds.DefaultInterval, "time between two polls of a feed")
	hostDelay := fs.Duration("host-delay", feeds.DefaultHostDelay, "pause between two requests to one host")
	timeout := fs.Duration("timeout", source.DefaultTimeout, "per request, body included")
	langs := fs.String("lang", "", "extract only from these languages (comma-separated)")
	verbose := fs.Bool("v", false, "log every stored article")
	sopts := sourceFlags(fs)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	sopts.Timeout = *timeout
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p := newPipeline(*langs)
	w := feeds.New(st, func(ctx context.Context, raw *source.Raw) (domain.IngestResult, error) {
		return p.IngestRaw(ctx, st, raw)
	}, feeds.Options{Source: *sopts, HostDelay: *hostDelay, Interval: *interval})
	w.Log = func(format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if *verbose || !strings.HasPrefix(msg, "stored ") {
			fmt.Fprintln(e.stderr, "armswatch: "+msg)
		}
	}
	round := func(rep feeds.Report) {
		fmt.Fprintf(e.stdout, "%s %s\n", time.Now().Format("15:04:05"), rep)
		if rep.Stored > 0 {
			if _, err := st.UpdateNearDuplicates(ctx, resolve.SimHash, groupDups); err != nil {
				fmt.Fprintf(e.stderr, "armswatch: near-duplicates: %v\n", err)
			}
		}
	}
	if *once {
		rep, err := w.PollOnce(ctx, true)
		if err != nil {
			return err
		}
		round(rep)
		if rep.Failed > 0 {
			return errFailed
		}
		return nil
	}
	return w.Run(ctx, 10*time.Second, round)
}

func cmdDeals(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return cmdDealsImport(ctx, e, args[1:])
	}
	fs := flag.NewFlagSet("deals", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "SQLite database file")
	supplier := fs.String("supplier", "", "supplier or provider (country code or organisation)")
	recipient := fs.String("recipient", "", "recipient country code")
	typ := fs.String("type", domain.TypeTransfer, "deal type: transfer, aggregate, assistance, agreement, membership or all")
	onlyNew := fs.Bool("new", false, "only deals missing from the reference register (see 'deals import')")
	format := fs.String("format", "table", "table, json, csv or sipri")
	limit := fs.Int("limit", 0, "at most this many deals (0: all)")
	gap := fs.Int("gap-days", resolve.DefaultGapDays, "a silence longer than this starts a new deal")
	var minConf confidence
	minConfidenceFlag(fs, &minConf)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	deals, err := loadDeals(ctx, st, strings.ToUpper(*supplier), strings.ToUpper(*recipient), *gap, float64(minConf))
	if err != nil {
		return err
	}
	refs, err := st.Reference(ctx)
	if err != nil {
		return err
	}
	if len(refs) > 0 {
		resolve.MarkReference(deals, refs)
	} else if *onlyNew {
		return errors.New("--new needs a reference register: run 'armswatch deals import SIPRI.csv' first")
	}
	var out []domain.Deal
	for _, d := range deals {
		if *typ != "all" && d.Type != *typ {
			continue
		}
		if *onlyNew && d.Reference != "new" {
			continue
		}
		out = append(out, d)
	}
	if *limit > 0 && len(out) > *limit {
		out = out[:*limit]
	}
	return printDeals(e, out, *format)
}

// loadDeals regroups near-duplicates and resolves the register's facts
// (those extracted with at least minConf confidence).
func loadDeals(ctx context.Context, st *sqlite.Store, supplier, recipient string, gap int, minConf float64) ([]domain.Deal, error) {
	if _, err := st.UpdateNearDuplicates(ctx, resolve.SimHash, groupDups); err != nil {
		return nil, err
	}
	groups, err := st.DupGroups(ctx)
	if err != nil {
		return nil, err
	}
	facts, err := st.DealFacts(ctx, supplier, recipient)
	if err != nil {
		return nil, err
	}
	if minConf > 0 {
		facts = slices.DeleteFunc(facts, func(f domain.StoredFact) bool { return f.Confidence < minConf })
	}
	return resolve.Resolve(facts, resolve.Options{GapDays: gap, Groups: groups}), nil
}

func countryName(code string) string {
	if c, ok := lexicon.Default().Country(code); ok && c.Name != "" {
		return c.Name
	}
	return code
}

// countryCode maps an English country name (as SIPRI writes it) to its code.
func countryCode() func(string) string {
	lex := lexicon.Default()
	byName := map[string]string{}
	for _, c := range lex.Countries {
		byName[strings.ToLower(c.Name)] = c.Code
	}
	for _, a := range lex.CountryNames {
		if a.Lang == "en" || a.Lang == "*" {
			if _, ok := byName[strings.ToLower(a.Text)]; !ok && (a.Kind == "name" || a.Kind == "variant") {
				byName[strings.ToLower(a.Text)] = a.ID
			}
		}
	}
	return func(name string) string {
		n := strings.ToLower(strings.TrimSpace(name))
		if c, ok := byName[n]; ok {
			return c
		}
		if len(n) == 2 {
			return strings.ToUpper(n)
		}
		return strings.TrimSpace(name)
	}
}

func printDeals(e *env, deals []domain.Deal, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, d := range deals {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	case "sipri":
		return resolve.WriteSIPRI(e.stdout, deals, countryName)
	case "csv":
		w := csvsafe.NewWriter(e.stdout)
		w.Write([]string{"id", "type", "supplier", "recipient", "system", "stage", "stages", "quantity", "value_usd", "conflicts", "sources", "documents", "first_seen", "last_seen", "reference", "fact_ids"})
		for _, d := range deals {
			w.Write([]string{d.ID, d.Type, dealSide(d), d.Recipient, dealWhat(d), d.Stage, stagesString(d), itoa0(d.Quantity),
				fmtUSD(d.ValueUSD), strings.Join(d.Conflicts, "; "), strconv.Itoa(d.Sources), strconv.Itoa(len(d.Documents)),
				d.FirstSeen, d.LastSeen, d.Reference, joinIDs(d.FactIDs)})
		}
		w.Flush()
		return w.Error()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DEAL\tTYPE\tPARTIES\tWHAT\tSTAGES\tQTY\tVALUE\tSOURCES\tSEEN\tREF\tCONFLICTS")
		for _, d := range deals {
			parties := dealSide(d)
			if d.Recipient != "" {
				parties += ">" + d.Recipient
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", d.ID, d.Type, parties, clip(dealWhat(d), 40), stagesString(d),
				itoa0(d.Quantity), money0(d.ValueUSD), d.Sources, seen(d), d.Reference, strings.Join(d.Conflicts, "; "))
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown format %q (table, json, csv, sipri)", format)
}

func dealSide(d domain.Deal) string {
	switch {
	case d.Supplier != "":
		return d.Supplier
	case d.Member != "":
		return d.Member
	}
	return strings.Join(d.Parties, "+")
}

func dealWhat(d domain.Deal) string {
	switch {
	case d.System != nil:
		return firstNonBlank(d.System.Name, d.System.Mention, d.System.Category)
	case d.Program != "":
		return d.Program
	case d.Organization != "":
		return d.Organization
	}
	return d.Name
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func stagesString(d domain.Deal) string {
	var parts []string
	for _, s := range d.Stages {
		w := s.First
		if len(w) >= 7 {
			w = w[:7]
		}
		parts = append(parts, s.Stage+" "+w)
	}
	return strings.Join(parts, " → ")
}

func seen(d domain.Deal) string {
	if d.FirstSeen == d.LastSeen {
		return d.FirstSeen
	}
	return d.FirstSeen + ".." + d.LastSeen
}

func itoa0(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func money0(v float64) string {
	if v == 0 {
		return ""
	}
	return "$" + humanMoney(v)
}

func fmtUSD(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, " ")
}

func cmdDealsImport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("deals import", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "SQLite database file")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "usage: armswatch deals import [--db FILE] SIPRI.csv")
		return errUsage
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	refs, err := resolve.ReadSIPRI(f, countryCode())
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SaveReference(ctx, refs); err != nil {
		return err
	}
	deals, err := loadDeals(ctx, st, "", "", resolve.DefaultGapDays, 0)
	if err != nil {
		return err
	}
	resolve.MarkReference(deals, refs)
	var present, fresh int
	for _, d := range deals {
		switch d.Reference {
		case "present":
			present++
		case "new":
			fresh++
		}
	}
	fmt.Fprintf(e.stdout, "%d reference rows imported; transfer deals: %d present in it, %d new (armswatch deals --new)\n", len(refs), present, fresh)
	return nil
}
