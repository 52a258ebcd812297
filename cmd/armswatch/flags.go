package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// errHelp ends a command asked for its help (-h): exit status 0.
var errHelp = errors.New("help requested")

// parseFlags parses a command's arguments with fs, flags accepted before
// and after the paths ("ingest DIR --db x.db" is "ingest --db x.db DIR");
// "--" ends the flags (a path that starts with "-" goes after it). -h,
// -help or --help prints the command's usage and flags on standard output
// and returns errHelp; a bad flag prints them on standard error and
// returns errUsage. Every command parses through it.
func parseFlags(e *env, fs *flag.FlagSet, args []string) error {
	var msg bytes.Buffer
	fs.SetOutput(&msg)
	fs.Usage = func() {
		if u := usageOf(fs.Name()); u != "" {
			fmt.Fprintf(&msg, "usage:\n%s\n", u)
		}
		fmt.Fprintf(&msg, "flags of armswatch %s (before or after the paths):\n", fs.Name())
		fs.PrintDefaults()
	}
	var pos []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				io.Copy(e.stdout, &msg)
				return errHelp
			}
			io.Copy(e.stderr, &msg)
			if strings.Contains(err.Error(), "provided but not defined") {
				fmt.Fprintf(e.stderr, "(a path that starts with \"-\" goes after \"--\": armswatch %s [flags] -- PATH)\n", fs.Name())
			}
			return errUsage
		}
		left := fs.Args()
		consumed := rest[:len(rest)-len(left)]
		if len(left) == 0 {
			break
		}
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			pos = append(pos, left...) // everything after "--" is a path
			break
		}
		pos = append(pos, left[0])
		rest = left[1:]
	}
	fs.SetOutput(e.stderr)
	// Parse once more so that fs.Args() is the paths, in their order.
	return fs.Parse(append([]string{"--"}, pos...))
}

// usageOf returns the lines of the main usage that describe a command
// ("feeds add" finds the feeds lines).
func usageOf(name string) string {
	cmd, _, _ := strings.Cut(name, " ")
	var out []string
	for _, l := range strings.Split(usage, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "armswatch "+cmd+" ") || strings.TrimSpace(l) == "armswatch "+cmd {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// helpArg reports whether args ask for help before any path: the commands
// with subcommands (feeds, rates, deals import) check it first.
func helpArg(args []string) bool {
	return len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help")
}

// printUsageOf prints a command's usage lines on standard output and
// returns errHelp.
func printUsageOf(e *env, name string) error {
	fmt.Fprintf(e.stdout, "usage:\n%s\n\nRun 'armswatch %s SUBCOMMAND -h' for a subcommand's flags.\n", usageOf(name), name)
	return errHelp
}

// countryFlag turns a --supplier/--recipient value into a country code: a
// code ("MA") or a country's name in any supported language ("Morocco",
// "Maroc", "المغرب", "Marruecos", "Marokko"). Empty stays empty.
func countryFlag(flagName, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if code, ok := lexicon.Default().CountryCode(v); ok {
		return code, nil
	}
	return "", fmt.Errorf("--%s %q: not a country armswatch knows (give an ISO code such as US, MA, FR, or a country's name in English, French, Arabic, Spanish or German)", flagName, v)
}

// checkYears refuses --since after --until and years no register holds.
func checkYears(since, until int) error {
	for _, y := range []struct {
		name string
		v    int
	}{{"since", since}, {"until", until}} {
		if y.v != 0 && (y.v < 1900 || y.v > 2100) {
			return fmt.Errorf("--%s %d: give a year between 1900 and 2100", y.name, y.v)
		}
	}
	if since != 0 && until != 0 && since > until {
		return fmt.Errorf("--since %d is after --until %d: swap them", since, until)
	}
	return nil
}

// checkChoice refuses a value that is not one of choices (empty passes).
func checkChoice(flagName, v string, choices ...string) error {
	if v == "" {
		return nil
	}
	for _, c := range choices {
		if v == c {
			return nil
		}
	}
	return fmt.Errorf("--%s %s: not one of %s", flagName, strconv.Quote(v), strings.Join(choices, ", "))
}

// factTypes and stages are the choices of --type and --stage.
var (
	factTypes = []string{domain.TypeTransfer, domain.TypeAggregate, domain.TypeAssistance, domain.TypeAgreement, domain.TypeMembership, domain.TypeExercise}
	stages    = []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered, domain.StageOther}
)
