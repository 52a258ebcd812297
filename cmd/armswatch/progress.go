package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/armswatch/armswatch/internal/source"
)

// progress is a status line on a terminal for long commands (ingest,
// reextract, watch): done and total, rate, time left when the total is
// known. It is silent when stderr is not a terminal (a pipe, a file, a
// test), so logs and scripts see only the summary lines.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	label string
	total int // 0: unknown
	start time.Time
	last  time.Time
	shown bool
	now   func() time.Time
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts a status line on e's stderr if it is a terminal.
func newProgress(e *env, label string, total int) *progress {
	return &progress{w: e.stderr, on: isTerminal(e.stderr), label: label, total: total, start: time.Now(), now: time.Now}
}

// update shows done (and a detail such as "12 facts") at most four times
// a second.
func (p *progress) update(done int, detail string) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if p.shown && now.Sub(p.last) < 250*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.w, "\r\033[K%s", progressLine(p.label, done, p.total, now.Sub(p.start), detail))
}

// clear removes the status line, before an error line or the summary.
func (p *progress) clear() {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// progressLine is the status text: "ingest: 120/400 documents (30%), 12.5/s,
// 22s left; 340 facts".
func progressLine(label string, done, total int, elapsed time.Duration, detail string) string {
	var b strings.Builder
	b.WriteString(label + ": ")
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d (%d%%)", done, total, done*100/total)
	} else {
		fmt.Fprintf(&b, "%d", done)
	}
	if s := elapsed.Seconds(); s >= 0.5 && done > 0 {
		rate := float64(done) / s
		fmt.Fprintf(&b, ", %.1f/s", rate)
		if total > done {
			left := time.Duration(float64(total-done) / rate * float64(time.Second))
			fmt.Fprintf(&b, ", %s left", left.Round(time.Second))
		}
	}
	if detail != "" {
		b.WriteString("; " + detail)
	}
	return b.String()
}

// countInputs counts the documents specs name when that is known without
// reading them: files, and the files of folders walked as source.Open
// walks them. Standard input, URLs and web archives make it unknown (0).
func countInputs(specs []string) int {
	n := 0
	for _, spec := range specs {
		if spec == "-" || strings.Contains(spec, "://") || source.IsWARC(spec) {
			return 0
		}
		fi, err := os.Stat(spec)
		if err != nil || !fi.IsDir() {
			n++ // a file, or an error reported as one input
			continue
		}
		unknown := false
		filepath.WalkDir(spec+string(filepath.Separator), func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				n++
			case strings.HasPrefix(d.Name(), ".") && filepath.Clean(p) != filepath.Clean(spec):
				if d.IsDir() {
					return fs.SkipDir
				}
			case d.IsDir():
			case source.IsWARC(p):
				unknown = true
				return fs.SkipAll
			default:
				n++
			}
			return nil
		})
		if unknown {
			return 0
		}
	}
	return n
}
