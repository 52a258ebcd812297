package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/tablefmt"
)

func cmdTable(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("table", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	supplier := fs.String("supplier", "", "rows: the recipients of this supplier")
	recipient := fs.String("recipient", "", "rows: the suppliers of this recipient (with --supplier: one row)")
	since := fs.Int("since", 0, "first year (default: the first year with a fact)")
	until := fs.Int("until", 0, "last year (default: the last year with a fact)")
	by := fs.String("by", "value", "cells: value (US dollars) or count (facts)")
	format := fs.String("format", "table", "table, csv or xlsx")
	out := fs.String("out", "", "write to this file instead of standard output (xlsx needs it unless stdout is redirected)")
	constant := fs.Int("constant", 0, "values in constant US dollars of this year (US CPI)")
	var minConf confidence
	minConfidenceFlag(fs, &minConf)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || (*supplier == "" && *recipient == "") {
		fmt.Fprintln(e.stderr, "usage: armswatch table (--supplier CODE | --recipient CODE) [--since Y] [--until Y] [--by value|count] [--format table|csv|xlsx] [--out F] [--constant Y]")
		return errUsage
	}
	if err := checkChoice("by", *by, "value", "count"); err != nil {
		return err
	}
	if err := checkChoice("format", *format, "table", "csv", "xlsx"); err != nil {
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
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	tb, ok := st.(domain.Tabler)
	if !ok {
		return errors.New("this register cannot make tables")
	}
	q := domain.TableQuery{Supplier: *supplier, Recipient: *recipient,
		Since: *since, Until: *until, By: *by, Constant: *constant, MinConfidence: float64(minConf)}
	t, err := tb.Table(ctx, q)
	if err != nil {
		return err
	}
	lex := lexicon.Default()
	m := tableMeta(lex, q)
	m.Source = "armswatch table " + strings.Join(args, " ")
	var w io.Writer = e.stdout
	if *out != "" {
		f, err := os.Create(filepath.Clean(*out))
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	switch *format {
	case "csv":
		err = tablefmt.WriteCSV(w, t, m)
	case "xlsx":
		err = tablefmt.WriteXLSX(w, t, m)
	default:
		err = printTable(e, w, t, m)
	}
	if err != nil {
		return err
	}
	if f, ok := w.(*os.File); ok && *out != "" {
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "wrote %s: %d partners, %d years\n", *out, len(t.Rows), len(t.Years))
	}
	return nil
}

// tableMeta names a table's partners and says what it is.
func tableMeta(lex *lexicon.Lexicon, q domain.TableQuery) tablefmt.Meta {
	country := func(code string) string {
		if c, ok := lex.Country(code); ok {
			return c.Name
		}
		return code
	}
	m := tablefmt.Meta{Name: country, Constant: q.Constant, Side: "Recipient"}
	switch {
	case q.Supplier != "" && q.Recipient != "":
		m.Title = "Transfers from " + country(q.Supplier) + " to " + country(q.Recipient) + " by year"
	case q.Supplier != "":
		m.Title = "Recipients of arms from " + country(q.Supplier) + " by year"
	default:
		m.Side = "Supplier"
		m.Title = "Suppliers of arms to " + country(q.Recipient) + " by year"
	}
	if q.By == "count" {
		m.Title += " (facts)"
	}
	return m
}

// printTable prints a table for the terminal: values in short form.
func printTable(e *env, w io.Writer, t *domain.Table, m tablefmt.Meta) error {
	fmt.Fprintf(w, "%s — %s\n", m.Title, tablefmt.Unit(t, m.Constant))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	cell := func(v float64) string {
		switch {
		case v == 0:
			return "-"
		case t.By == "count":
			return fmt.Sprintf("%.0f", v)
		}
		return humanMoney(v)
	}
	h := tablefmt.Header(t, m)
	fmt.Fprintln(tw, strings.Join(h[1:], "\t")+"\t")
	for _, r := range t.Rows {
		row := []string{r.Party}
		for _, v := range r.Cells {
			row = append(row, cell(v))
		}
		fmt.Fprintln(tw, strings.Join(append(row, cell(r.Total)), "\t")+"\t")
	}
	row := []string{"Total"}
	for _, v := range t.Totals {
		row = append(row, cell(v))
	}
	fmt.Fprintln(tw, strings.Join(append(row, cell(t.Total)), "\t")+"\t")
	if err := tw.Flush(); err != nil {
		return err
	}
	if n := tablefmt.LeftOutNote(t); n != "" {
		fmt.Fprintln(w, n)
	}
	return nil
}
