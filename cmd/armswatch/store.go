package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/armswatch/armswatch/internal/csvsafe"
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/samples"
	"github.com/armswatch/armswatch/internal/store/postgres"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

const defaultDB = "armswatch.db"

// dbFlag defines the --db flag every command that opens the register
// takes: its default is $ARMSWATCH_DB, else defaultDB (envDB).
func dbFlag(fs *flag.FlagSet) *string {
	db := fs.String("db", envDB(), "SQLite database file, or a postgres:// DSN (default: $"+envDBName+", else "+defaultDB+")")
	// -h shows the default without a password the DSN may carry
	fs.Lookup("db").DefValue = redactDSN(*db)
	return db
}

// register is what every command needs from a database: SQLite (a file)
// and PostgreSQL (a postgres:// DSN) both provide all of it.
type register = domain.FullRegister

func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openRegister opens --db, creating an empty register where there is
// none: a postgres:// or postgresql:// DSN selects the PostgreSQL adapter,
// anything else is a SQLite file.
func openRegister(ctx context.Context, db string) (register, error) {
	return openDB(ctx, db, false)
}

// openDB is the one place where cmd/ names a register adapter. With
// mustExist a SQLite path that holds no file is an error, not a new
// register.
func openDB(ctx context.Context, db string, mustExist bool) (register, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	st, err := sqlite.OpenWith(ctx, db, sqlite.Options{MustExist: mustExist})
	if err != nil {
		return nil, notExistHint(db, err)
	}
	return st, nil
}

func cmdIngest(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	langs := fs.String("lang", "", "extract only from these languages (comma-separated)")
	workers := fs.Int("workers", 0, "documents processed at once (0: one per CPU)")
	sopts := sourceFlags(fs)
	useQueue := fs.Bool("queue", false, "enqueue a job per input for `armswatch worker` instead of ingesting here")
	segment := fs.Int("segment", 100, "web archive records per job (with --queue)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch ingest [--db FILE] [--workers N] [--queue] PATH|URL|FILE.warc.gz|- ...")
		return errUsage
	}
	if *useQueue {
		return enqueueIngest(ctx, e, *db, *segment, fs.Args())
	}
	sopts.Stdin = e.stdin
	return ingestParallel(ctx, e, *db, *langs, *sopts, *workers, fs.Args())
}

// filterFlags are the register's filters, shared by query and demo.
type filterFlags struct {
	typ, supplier, recipient, region, system, category, stage, lang, text string
	since, until, limit, offset                                           int
	minConf                                                               confidence
}

// confidence is a flag's value between 0 and 1.
type confidence float64

func (c *confidence) String() string { return strconv.FormatFloat(float64(*c), 'g', -1, 64) }

func (c *confidence) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v >= 0 && v <= 1) {
		return fmt.Errorf("want a number from 0 to 1")
	}
	*c = confidence(v)
	return nil
}

// minConfidenceFlag registers --min-confidence on fs.
func minConfidenceFlag(fs *flag.FlagSet, c *confidence) {
	fs.Var(c, "min-confidence", "only facts extracted with at least this confidence (0 to 1)")
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.typ, "type", "", "fact type: transfer, aggregate, assistance, agreement, membership, exercise")
	fs.StringVar(&f.supplier, "supplier", "", "supplier country code (or region)")
	fs.StringVar(&f.recipient, "recipient", "", "recipient country code (or region)")
	fs.StringVar(&f.region, "region", "", "recipient region: africa, northern-africa, mena, nato, ...")
	fs.StringVar(&f.system, "system", "", "system name or designation (substring)")
	fs.StringVar(&f.category, "category", "", "system category: aircraft, missiles, sensors, ...")
	fs.StringVar(&f.stage, "stage", "", "requested, approved, ordered, delivered")
	fs.StringVar(&f.lang, "lang", "", "document language")
	fs.StringVar(&f.text, "q", "", "full-text search in documents")
	fs.IntVar(&f.since, "since", 0, "from this year")
	fs.IntVar(&f.until, "until", 0, "up to this year")
	fs.IntVar(&f.limit, "limit", 100, "rows at most")
	fs.IntVar(&f.offset, "offset", 0, "rows to skip")
	minConfidenceFlag(fs, &f.minConf)
}

func (f *filterFlags) filter() (domain.Filter, error) {
	lex := lexicon.Default()
	out := domain.Filter{Type: f.typ, System: f.system, Category: f.category, Stage: f.stage,
		Language: f.lang, Since: f.since, Until: f.until, Text: f.text, Limit: f.limit, Offset: f.offset,
		MinConfidence: float64(f.minConf)}
	side := func(v string) (string, []string, error) {
		if v == "" {
			return "", nil, nil
		}
		if code, ok := lex.CountryCode(v); ok {
			return code, nil, nil
		}
		if m := lex.Members(v); len(m) > 0 {
			return "", m, nil
		}
		return "", nil, fmt.Errorf("unknown country or region %q (a code such as US, a country's name in en/fr/ar/es/de, or a region: %s, ...)", v, strings.Join(lex.Regions()[:8], ", "))
	}
	if err := checkChoice("type", f.typ, factTypes...); err != nil {
		return out, err
	}
	if err := checkChoice("stage", f.stage, stages...); err != nil {
		return out, err
	}
	if err := checkYears(f.since, f.until); err != nil {
		return out, err
	}
	var err error
	if out.Supplier, out.Suppliers, err = side(f.supplier); err != nil {
		return out, err
	}
	if out.Recipient, out.Countries, err = side(f.recipient); err != nil {
		return out, err
	}
	if f.region != "" {
		m := lex.Members(f.region)
		if len(m) == 0 {
			return out, fmt.Errorf("unknown region %q (try: %s)", f.region, strings.Join(lex.Regions()[:8], ", "))
		}
		out.Countries = m
	}
	if f.category != "" && !domain.IsCategory(f.category) {
		return out, fmt.Errorf("unknown category %q (one of %s)", f.category, strings.Join(domain.Categories, ", "))
	}
	return out, nil
}

func cmdQuery(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	format := fs.String("format", "table", "table, json or csv")
	var ff filterFlags
	ff.register(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	flt, err := ff.filter()
	if err != nil {
		return err
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	facts, err := st.Facts(ctx, flt)
	if err != nil {
		return err
	}
	return printFacts(e, facts, *format)
}

func printFacts(e *env, facts []domain.StoredFact, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, f := range facts {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		w := csvsafe.NewWriter(e.stdout)
		w.Write([]string{"id", "type", "supplier", "recipient", "system", "category", "quantity", "value", "currency", "stage", "year", "program", "organization", "parties", "source", "evidence"})
		for _, f := range facts {
			w.Write(row(f))
		}
		w.Flush()
		return w.Error()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tTYPE\tFACT\tSOURCE")
		for _, f := range facts {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", f.ID, f.Type, strings.TrimPrefix(describe(f.Fact), f.Type+": "), filepath.Base(f.Source))
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown format %q (table, json, csv)", format)
}

func row(f domain.StoredFact) []string {
	p := func(x *domain.Party) string {
		if x == nil {
			return ""
		}
		return x.String()
	}
	sys, cat, val, cur, prog, org := "", "", "", "", "", ""
	if f.System != nil {
		sys, cat = f.System.Name, f.System.Category
	}
	if f.Value != nil {
		val, cur = strconv.FormatFloat(f.Value.Amount, 'f', -1, 64), f.Value.Currency
	}
	if f.Program != nil {
		prog = f.Program.Name
	}
	if f.Organization != nil {
		org = f.Organization.Name
	}
	var parties []string
	for _, x := range f.Parties {
		parties = append(parties, x.String())
	}
	sup := p(f.Supplier)
	if sup == "" {
		sup = p(f.Provider)
	}
	rec := p(f.Recipient)
	if rec == "" {
		rec = p(f.Member)
	}
	q := ""
	if f.Quantity > 0 {
		q = strconv.Itoa(f.Quantity)
	}
	y := ""
	if f.Year > 0 {
		y = strconv.Itoa(f.Year)
	}
	return []string{strconv.FormatInt(f.ID, 10), f.Type, sup, rec, sys, cat, q, val, cur, f.Stage, y, prog, org,
		strings.Join(parties, " "), f.Source, f.Evidence.Text}
}

func cmdRank(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("rank", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	supplier := fs.String("supplier", "", "rank the recipients of this supplier")
	recipient := fs.String("recipient", "", "rank the suppliers of this recipient")
	region := fs.String("region", "", "only partners in this region (africa, mena, nato, ...)")
	by := fs.String("by", "value", "value or count")
	since := fs.Int("since", 0, "from this year")
	until := fs.Int("until", 0, "up to this year")
	limit := fs.Int("limit", 20, "rows at most")
	format := fs.String("format", "table", "table or json")
	constant := fs.Int("constant", 0, "values in constant US dollars of this year (US CPI)")
	var minConf confidence
	minConfidenceFlag(fs, &minConf)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if (*supplier == "") == (*recipient == "") {
		fmt.Fprintln(e.stderr, "usage: armswatch rank (--supplier CODE | --recipient CODE) [--region R] [--by value|count]")
		return errUsage
	}
	if err := checkChoice("by", *by, "value", "count"); err != nil {
		return err
	}
	if err := checkChoice("format", *format, "table", "json"); err != nil {
		return err
	}
	if err := checkConstant(*constant); err != nil {
		return err
	}
	if err := checkYears(*since, *until); err != nil {
		return err
	}
	var err error
	if *supplier, err = countryFlag("supplier", *supplier); err != nil {
		return err
	}
	if *recipient, err = countryFlag("recipient", *recipient); err != nil {
		return err
	}
	lex := lexicon.Default()
	q := domain.RankQuery{Supplier: *supplier, Recipient: *recipient, By: *by, Since: *since, Until: *until, Limit: *limit,
		MinConfidence: float64(minConf), Constant: *constant}
	if *region != "" {
		q.Within = lex.Members(*region)
		if len(q.Within) == 0 {
			return fmt.Errorf("unknown region %q (try: %s, ...)", *region, strings.Join(lex.Regions()[:8], ", "))
		}
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Rank(ctx, q)
	if err != nil {
		return err
	}
	if *format == "json" {
		return json.NewEncoder(e.stdout).Encode(rows)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "#\tPARTNER\tNAME\t%s\tFACTS\tSYSTEMS\n", usdHeading(*constant))
	leftOut := 0
	for i, r := range rows {
		c, _ := lex.Country(r.Party)
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\n", i+1, r.Party, c.Name, humanMoney(r.ValueUSD), r.Facts, r.Systems)
		leftOut += r.LeftOut
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	printLeftOut(e, leftOut)
	return nil
}

func cmdStats(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "documents: %d\nfacts: %d\nsuppliers: %d\nrecipients: %d\n", s.Documents, s.Facts, s.Suppliers, s.Recipients)
	printCounts(e, "by type", s.ByType)
	printCounts(e, "documents by language", s.ByLanguage)
	return nil
}

func printCounts(e *env, title string, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(e.stdout, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(e.stdout, "  %-12s %d\n", k, m[k])
	}
}

func cmdDemo(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve the register on")
	noServe := fs.Bool("no-serve", false, "print the register and exit instead of serving it")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "armswatch-samples-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := samples.WriteTo(dir); err != nil {
		return err
	}
	st, err := openRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p := newPipeline("")
	sum := p.Ingest(ctx, st, []string{dir}, *sourceFlags(flag.NewFlagSet("", flag.ContinueOnError)), func(err error) { fmt.Fprintf(e.stderr, "armswatch: %v\n", err) })
	fmt.Fprintf(e.stdout, "Ingested the bundled samples into %s: %s\n", *db, sum.String())
	if stats, err := st.Stats(ctx); err == nil { // what it holds, on a second run too
		fmt.Fprintf(e.stdout, "%s holds %d documents and %d facts.\n", *db, stats.Documents, stats.Facts)
	}
	fmt.Fprintln(e.stdout)
	facts, err := st.Facts(ctx, domain.Filter{Limit: 1000})
	if err != nil {
		return err
	}
	if err := printFacts(e, facts, "table"); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "\nLargest African buyers of US arms (armswatch rank --supplier US --region africa):")
	if err := cmdRank(ctx, e, []string{"--db", *db, "--supplier", "US", "--region", "africa"}); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	fmt.Fprintln(e.stdout)
	st.Close()
	return cmdServe(ctx, e, []string{"--db", *db, "--addr", *addr})
}
