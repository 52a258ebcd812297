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
)

// Usage lines of the commands in this file (main.go's usage lists them).
const feedsUsage = `  armswatch feeds add|list|remove|import|export|status [--db FILE] ...
  armswatch watch [--db FILE] [--once] [--interval 15m] [--host-delay 1s]   poll the feeds, store new articles
  armswatch deals [--supplier US] [--recipient MA] [--type transfer|all] [--reference new|present] [--format table|json|csv|sipri]
  armswatch deals import SIPRI.csv                 load a SIPRI trade register (classic or current layout) as the reference layer
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
	bar := newProgress(e, "ingest", 0)
	if bar.on {
		bar.total = countInputs(specs)
	}
	sum := p.IngestSeq(ctx, st, inputs, pipeline.ParallelOptions{
		Workers: workers,
		OnErr: func(err error) {
			bar.clear()
			fmt.Fprintf(e.stderr, "armswatch: %v\n", err)
		},
		Progress: func(s pipeline.Summary) {
			bar.update(s.Inputs, fmt.Sprintf("%d stored, %d failed, %d facts", s.Stored, s.Failed, s.Facts))
		},
		Every: 250 * time.Millisecond,
	})
	bar.clear()
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
	if helpArg(args) {
		return printUsageOf(e, "feeds")
	}
	sub := args[0]
	fs := flag.NewFlagSet("feeds "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON (list, status)")
	if err := parseFlags(e, fs, args[1:]); err != nil {
		return err
	}
	open := openRegister
	switch sub {
	case "add", "remove", "rm", "import":
	case "list", "status", "export":
		open = openExistingRegister
	default:
		fmt.Fprintf(e.stderr, "armswatch feeds: unknown subcommand %q\n%s", sub, feedsUsage)
		return errUsage
	}
	st, err := open(ctx, *db)
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
	db := dbFlag(fs)
	once := fs.Bool("once", false, "poll every feed once, then exit")
	interval := fs.Duration("interval", feeds.DefaultInterval, "time between two polls of a feed")
	hostDelay := fs.Duration("host-delay", feeds.DefaultHostDelay, "pause between two requests to one host")
	timeout := fs.Duration("timeout", source.DefaultTimeout, "per request, body included")
	langs := fs.String("lang", "", "extract only from these languages (comma-separated)")
	verbose := fs.Bool("v", false, "log every stored article")
	useQueue := fs.Bool("queue", false, "schedule feed polls as jobs on the queue and work them (see armswatch worker)")
	var qf queueFlags
	sopts := qf.registerWatch(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	sopts.Timeout = *timeout
	if *useQueue {
		qf.timeout, qf.hostDelay, qf.langs = *timeout, *hostDelay, *langs
		return watchQueue(ctx, e, *db, *once, feeds.Options{Interval: *interval}, 10*time.Second, &qf)
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p := newPipeline(*langs)
	w := feeds.New(st, func(ctx context.Context, raw *source.Raw) (domain.IngestResult, error) {
		return p.IngestRaw(ctx, st, raw)
	}, feeds.Options{Source: *sopts, HostDelay: *hostDelay, Interval: *interval})
	bar := newProgress(e, "watch", 0)
	stored := 0
	w.Log = func(format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if strings.HasPrefix(msg, "stored ") {
			stored++
			bar.update(stored, "documents stored this round")
		}
		if *verbose || !strings.HasPrefix(msg, "stored ") {
			bar.clear()
			fmt.Fprintln(e.stderr, "armswatch: "+msg)
		}
	}
	round := func(rep feeds.Report) {
		bar.clear()
		stored = 0
		fmt.Fprintf(e.stdout, "%s %s\n", time.Now().Format("15:04:05"), rep)
		if !*once {
			printNextPoll(ctx, e, st)
		}
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
	printNextPoll(ctx, e, st)
	return w.Run(ctx, 10*time.Second, round)
}

// printNextPoll says when watch next polls a feed, or that there is none.
func printNextPoll(ctx context.Context, e *env, st register) {
	list, err := st.Feeds(ctx)
	if err != nil {
		return
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no feeds to watch yet: add one with 'armswatch feeds add URL' (watch polls the feeds added meanwhile)")
		return
	}
	next := list[0]
	for _, f := range list[1:] {
		if f.NextPoll.Before(next.NextPoll) {
			next = f
		}
	}
	if next.NextPoll.IsZero() || !next.NextPoll.After(time.Now()) {
		fmt.Fprintf(e.stdout, "watching %d feeds: polling now\n", len(list))
		return
	}
	fmt.Fprintf(e.stdout, "watching %d feeds: next poll at %s (in %s), %s\n", len(list), next.NextPoll.Format("15:04:05"),
		time.Until(next.NextPoll).Round(time.Second), source.RedactURL(next.URL))
}

func cmdDeals(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return cmdDealsImport(ctx, e, args[1:])
	}
	fs := flag.NewFlagSet("deals", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	supplier := fs.String("supplier", "", "supplier or provider (country code or organisation)")
	recipient := fs.String("recipient", "", "recipient country code")
	typ := fs.String("type", domain.TypeTransfer, "deal type: transfer, aggregate, assistance, agreement, membership or all")
	onlyNew := fs.Bool("new", false, "only deals missing from the reference register (see 'deals import'); --reference new")
	refFilter := fs.String("reference", "", "new: only deals missing from the reference register; present: only those in it")
	signedOnly := fs.Bool("signed", false, "only transfers with a signed order (contract or deliveries), not approvals or requests")
	format := fs.String("format", "table", "table, json, csv or sipri")
	limit := fs.Int("limit", 0, "at most this many deals (0: all)")
	gap := fs.Int("gap-days", resolve.DefaultGapDays, "a silence longer than this starts a new deal")
	constant := fs.Int("constant", 0, "values in constant US dollars of this year (US CPI)")
	var minConf confidence
	minConfidenceFlag(fs, &minConf)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if err := checkConstant(*constant); err != nil {
		return err
	}
	if err := checkChoice("format", *format, "table", "json", "csv", "sipri"); err != nil {
		return err
	}
	if err := checkChoice("type", *typ, append(factTypes, "all")...); err != nil {
		return err
	}
	if code, ok := lexicon.Default().CountryCode(*supplier); ok {
		*supplier = code // else an organisation's name
	}
	var err error
	if *recipient, err = countryFlag("recipient", *recipient); err != nil {
		return err
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	deals, err := loadDeals(ctx, st, strings.ToUpper(*supplier), strings.ToUpper(*recipient), *gap, float64(minConf))
	if err != nil {
		return err
	}
	if *onlyNew {
		if *refFilter != "" && *refFilter != domain.RefNew {
			return errors.New("--new and --reference " + *refFilter + " contradict each other")
		}
		*refFilter = domain.RefNew
	}
	if *refFilter != "" && *refFilter != domain.RefNew && *refFilter != domain.RefPresent {
		return fmt.Errorf("--reference must be new or present, not %q", *refFilter)
	}
	refs, err := st.Reference(ctx)
	if err != nil {
		return err
	}
	if len(refs) > 0 {
		resolve.MarkReference(deals, refs)
	} else if *refFilter != "" {
		return errors.New("--new and --reference need a reference register: run 'armswatch deals import SIPRI.csv' first")
	}
	var out []domain.Deal
	for _, d := range deals {
		if *typ != "all" && d.Type != *typ {
			continue
		}
		if *refFilter != "" && d.Reference != *refFilter {
			continue
		}
		if *signedOnly && (d.Type != domain.TypeTransfer || !resolve.Signed(d)) {
			continue
		}
		out = append(out, d)
	}
	if *limit > 0 && len(out) > *limit {
		out = out[:*limit]
	}
	if *constant > 0 {
		if n := constantDeals(out, *constant); n > 0 {
			fmt.Fprintf(e.stderr, "values in constant US dollars of %d; %d deal value(s) left out (no year or no CPI for it)\n", *constant, n)
		}
	}
	return printDeals(e, out, *format)
}

// loadDeals regroups near-duplicates and resolves the register's facts
// (those extracted with at least minConf confidence).
func loadDeals(ctx context.Context, st register, supplier, recipient string, gap int, minConf float64) ([]domain.Deal, error) {
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
		w.Write([]string{"id", "type", "supplier", "recipient", "system", "stage", "stages", "quantity", "value_usd", "conflicts", "sources", "documents", "first_seen", "last_seen", "reference", "fact_ids", "ref_id", "ref_tiv", "ref_tiv_delivered"})
		for _, d := range deals {
			w.Write([]string{d.ID, d.Type, dealSide(d), d.Recipient, dealWhat(d), d.Stage, stagesString(d), itoa0(d.Quantity),
				fmtUSD(d.ValueUSD), strings.Join(d.Conflicts, "; "), strconv.Itoa(d.Sources), strconv.Itoa(len(d.Documents)),
				d.FirstSeen, d.LastSeen, d.Reference, joinIDs(d.FactIDs), d.RefID, tiv(d.RefTIV), tiv(d.RefTIVDelivered)})
		}
		w.Flush()
		return w.Error()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DEAL\tTYPE\tPARTIES\tWHAT\tSTAGES\tQTY\tVALUE\tSIPRI TIV (ORDER/DELIVERED)\tSOURCES\tSEEN\tREF\tCONFLICTS")
		for _, d := range deals {
			parties := dealSide(d)
			if d.Recipient != "" {
				parties += ">" + d.Recipient
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", d.ID, d.Type, parties, clip(dealWhat(d), 40), stagesString(d),
				itoa0(d.Quantity), money0(d.ValueUSD), tivCell(d), d.Sources, seen(d), d.Reference, strings.Join(d.Conflicts, "; "))
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

// stagesString says each stage with when it happened and when it was
// first reported: "ordered 2021 (reported 2024-04-26) → delivered 2024".
func stagesString(d domain.Deal) string {
	var parts []string
	for _, s := range d.Stages {
		parts = append(parts, s.Label())
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

// tivCell is SIPRI's TIV of a deal's reference row: the order's, and
// what was delivered after a slash ("1008", "300/150", "/150").
func tivCell(d domain.Deal) string {
	if d.RefTIVDelivered == 0 {
		return tiv(d.RefTIV)
	}
	return tiv(d.RefTIV) + "/" + tiv(d.RefTIVDelivered)
}

// tiv prints a SIPRI trend-indicator value (millions), "" for none.
func tiv(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// cmdDealsImport loads a SIPRI trade register (classic or current layout)
// as the reference layer and reports what it read and matched. It fails
// when the file cannot be read as a trade register, when no row could be
// read, or when the register holds transfer deals and none matches a row.
func cmdDealsImport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("deals import", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "usage: armswatch deals import [--db FILE] SIPRI.csv")
		return errUsage
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	reg, err := resolve.ReadSIPRIRegister(f, lexicon.Default().CountryNamed)
	if reg != nil {
		reportSIPRI(e, path, reg)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	st, err := openRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SaveReference(ctx, reg.Rows); err != nil {
		return err
	}
	deals, err := loadDeals(ctx, st, "", "", resolve.DefaultGapDays, 0)
	if err != nil {
		return err
	}
	resolve.MarkReference(deals, reg.Rows)
	var present, fresh int
	rowsMatched := map[string]bool{}
	for _, d := range deals {
		switch d.Reference {
		case domain.RefPresent:
			present++
			rowsMatched[d.RefID] = true
		case domain.RefNew:
			fresh++
		}
	}
	fmt.Fprintf(e.stdout, "%d reference rows imported (%s layout); transfer deals: %d present in it, %d new (armswatch deals --reference new); %d rows matched by a deal\n",
		len(reg.Rows), reg.Layout, present, fresh, len(rowsMatched))
	if present == 0 && fresh > 0 {
		return fmt.Errorf("%s: none of the register's %d transfer deals matched a row of the reference (same supplier, recipient and weapon designation); check the countries and designations above", path, fresh)
	}
	return nil
}

// reportSIPRI tells what reading a register found: columns it ignored,
// rows it could not read, parties that are no known state.
func reportSIPRI(e *env, path string, reg *resolve.SIPRIRegister) {
	if len(reg.UnknownColumns) > 0 {
		fmt.Fprintf(e.stderr, "armswatch: %s: columns not recognised (ignored): %s\n", path, strings.Join(quoteAll(reg.UnknownColumns), ", "))
	}
	if n := len(reg.Problems); n > 0 {
		fmt.Fprintf(e.stderr, "armswatch: %s: %d rows could not be read:\n", path, n)
		for i, p := range reg.Problems {
			if i == 20 {
				fmt.Fprintf(e.stderr, "  … and %d more\n", n-i)
				break
			}
			fmt.Fprintf(e.stderr, "  %s\n", p)
		}
	}
	if len(reg.NonStates) > 0 {
		names := make([]string, 0, len(reg.NonStates))
		for k, v := range reg.NonStates {
			names = append(names, fmt.Sprintf("%q (%d)", k, v))
		}
		slices.Sort(names)
		fmt.Fprintf(e.stderr, "armswatch: %s: parties kept by name, not a state armswatch knows: %s\n", path, strings.Join(names, ", "))
	}
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}
