// Command armswatch reads news articles and official documents and keeps a
// sourced register of arms transfers and security cooperation. It only
// parses flags and wires the internal packages together.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

const usage = `armswatch — a sourced register of arms transfers and security cooperation

Usage:
  armswatch demo [--db FILE]                     ingest the bundled sample articles and print the register
  armswatch ingest [--db FILE] PATH|URL|- ...    store documents and their facts
  armswatch facts --json [--text] PATH|URL|- ... print facts per document (facts contract), store nothing
  armswatch reextract [--db FILE] [--dry-run] [-v]  extract the stored documents again, keeping reviews
  armswatch query [filters] [--format table|json|csv]
  armswatch rank --supplier US --region africa [--by value|count] [--since 2015] [--constant 2024]
  armswatch table --supplier US [--since 2015] [--by value|count] [--format table|csv|xlsx]   partners by year
  armswatch rates list|refresh [--out DIR]       exchange rates and CPI used to convert amounts to US dollars
  armswatch stats [--db FILE]
  armswatch serve [--db FILE] [--addr HOST:PORT] [--token T]  browse the register and its API
  armswatch feeds add|list|remove|import|export|status [--db FILE] ...   follow RSS, Atom and JSON feeds
  armswatch watch [--db FILE] [--once] [--interval 15m]   poll the feeds and store new articles
  armswatch deals [--supplier US] [--recipient MA] [--new] [--format table|json|csv|sipri]
  armswatch deals import SIPRI.csv               load a SIPRI trade register as the reference layer
  armswatch train [--shared ../shared] [--cv-out F]   fit the extractor's decision model from the gold files
` + queueUsage + migrateUsage + `  armswatch help [topics]                        this list, or what the register's figures mean before you cite one

Run 'armswatch COMMAND -h' for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr, log: log}
	var err error
	switch args[0] {
	case "facts":
		err = cmdFacts(ctx, env, args[1:])
	case "ingest":
		err = cmdIngest(ctx, env, args[1:])
	case "reextract":
		err = cmdReextract(ctx, env, args[1:])
	case "query":
		err = cmdQuery(ctx, env, args[1:])
	case "rank":
		err = cmdRank(ctx, env, args[1:])
	case "stats":
		err = cmdStats(ctx, env, args[1:])
	case "demo":
		err = cmdDemo(ctx, env, args[1:])
	case "serve":
		err = cmdServe(ctx, env, args[1:])
	case "feeds":
		err = cmdFeeds(ctx, env, args[1:])
	case "watch":
		err = cmdWatch(ctx, env, args[1:])
	case "deals":
		err = cmdDeals(ctx, env, args[1:])
	case "train":
		err = cmdTrain(ctx, env, args[1:])
	case "rates":
		err = cmdRates(ctx, env, args[1:])
	case "table":
		err = cmdTable(ctx, env, args[1:])
	case "worker":
		err = cmdWorker(ctx, env, args[1:])
	case "jobs":
		err = cmdJobs(ctx, env, args[1:])
	case "migrate":
		err = cmdMigrate(ctx, env, args[1:])
	case "help", "-h", "-help", "--help":
		err = cmdHelp(env, args[1:])
	default:
		fmt.Fprintf(stderr, "armswatch: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err == errHelp {
		return 0
	}
	if err != nil {
		if err != errFailed {
			fmt.Fprintf(stderr, "armswatch %s: %v\n", args[0], err)
		}
		if err == errUsage {
			return 2
		}
		return 1
	}
	return 0
}

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}
