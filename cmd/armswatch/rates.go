package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/money"
)

// usdHeading is the heading of a value column: current or constant dollars.
func usdHeading(constant int) string {
	if constant > 0 {
		return fmt.Sprintf("VALUE (USD %d)", constant)
	}
	return "VALUE (USD)"
}

// checkConstant refuses a base year the CPI does not cover.
func checkConstant(base int) error {
	if base == 0 {
		return nil
	}
	c := money.DefaultCPI()
	if _, _, ok := c.Index(base); !ok {
		return fmt.Errorf("--constant %d: no US CPI for that year (covered: %d to %d)", base, c.First, c.Last)
	}
	return nil
}

// constantDeals turns the deals' dollar values into constant dollars of
// base, each from the deal's year; a valued deal with no year (or none the
// CPI covers) loses its value. It returns how many did.
func constantDeals(deals []domain.Deal, base int) (leftOut int) {
	for i := range deals {
		d := &deals[i]
		if d.ValueUSD <= 0 && len(d.Values) == 0 {
			continue
		}
		f, ok := money.DefaultCPI().Factor(d.Year, base)
		if !ok {
			d.ValueUSD, d.Values = 0, nil
			leftOut++
			continue
		}
		d.ValueUSD = math.Round(d.ValueUSD * f)
		for j := range d.Values {
			d.Values[j].Value = math.Round(d.Values[j].Value * f)
		}
	}
	return leftOut
}

// printLeftOut says how many stated amounts a total left out.
func printLeftOut(e *env, n int) {
	if n > 0 {
		fmt.Fprintf(e.stdout, "left out: %d stated amount(s) with no US dollar value (no exchange rate or CPI for their currency or year)\n", n)
	}
}

func cmdRates(ctx context.Context, e *env, args []string) error {
	const use = "usage: armswatch rates list | armswatch rates refresh [--out DIR] [--timeout 60s]"
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, use)
		return errUsage
	}
	if helpArg(args) {
		return printUsageOf(e, "rates")
	}
	switch args[0] {
	case "list":
		if helpArg(args[1:]) {
			fmt.Fprintln(e.stdout, "usage: armswatch rates list   # print the exchange rates and their series (no flags)")
			return errHelp
		}
		first, last := money.Years()
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "CURRENCY\tSERIES\t%d\t%d\t%d\n", first, last-2, last)
		for _, c := range money.Currencies() {
			r := money.Default()
			cell := func(y int) string {
				v, p, ok := r.Rate(c, y)
				if !ok {
					return "-"
				}
				s := fmt.Sprintf("%.6g", v)
				if p {
					s += " (provisional)"
				}
				return s
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c, r.Series(c), cell(first), cell(last-2), cell(last))
		}
		return tw.Flush()
	case "refresh":
		fs := flag.NewFlagSet("rates refresh", flag.ContinueOnError)
		fs.SetOutput(e.stderr)
		out := fs.String("out", "internal/money/data", "directory to write rates.tsv and cpi.tsv into")
		timeout := fs.Duration("timeout", 60*time.Second, "time limit of each download")
		if err := parseFlags(e, fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 0 {
			fmt.Fprintln(e.stderr, use)
			return errUsage
		}
		res, err := money.Refresh(ctx, &http.Client{Timeout: *timeout}, *out, time.Now(), *timeout)
		if err != nil {
			return err
		}
		for _, n := range res.Notes {
			fmt.Fprintln(e.stderr, "note:", n)
		}
		fmt.Fprintf(e.stdout, "wrote %s (%d World Bank countries) and %s (%d CPI years); rebuild armswatch to embed them\n",
			res.RatesFile, res.Countries, res.CPIFile, res.Years)
		return nil
	}
	fmt.Fprintf(e.stderr, "armswatch rates: unknown subcommand %q\n%s\n", args[0], strings.TrimPrefix(use, "usage: "))
	return errUsage
}
