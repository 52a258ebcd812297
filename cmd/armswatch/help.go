package main

import (
	"fmt"
	"strings"

	"github.com/armswatch/armswatch/internal/helptext"
)

// cmdHelp is `armswatch help` (the commands), `armswatch help topics`
// (what the register's figures mean: the text of the web's /help page) and
// `armswatch help COMMAND` (that command's flags).
func cmdHelp(e *env, args []string) error {
	if len(args) == 0 || helpArg(args) {
		fmt.Fprint(e.stdout, usage)
		fmt.Fprintln(e.stdout, "Run 'armswatch help topics' for what the fact types, stages, values and confidence mean before you cite a figure.")
		return errHelp
	}
	if args[0] == "topics" {
		fmt.Fprint(e.stdout, strings.ReplaceAll(helptext.Text(), "**", ""))
		return errHelp
	}
	if u := usageOf(args[0]); u != "" {
		fmt.Fprintf(e.stdout, "usage:\n%s\n\nRun 'armswatch %s -h' for its flags.\n", u, args[0])
		return errHelp
	}
	fmt.Fprintf(e.stderr, "armswatch help: no command or topic %q (try: armswatch help topics)\n", args[0])
	return errUsage
}
