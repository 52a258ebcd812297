package queue

import (
	"context"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// The host lease of both registers: one holder at a time, the same holder
// again, a release that keeps the host for the delay, and a dead holder's
// lease that runs out.
func TestHostLeases(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			l := b.open(t).(domain.HostLeaser)
			ctx := context.Background()
			steps := []struct {
				name, do, host, holder string
				d                      time.Duration // hold, or delay for a release
				ok                     bool
				minWait, maxWait       time.Duration
				sleep                  time.Duration // after the step
			}{
				{name: "free host", do: "lease", host: "a.example", holder: "w1", d: time.Minute, ok: true},
				{name: "taken", do: "lease", host: "a.example", holder: "w2", d: time.Minute, minWait: 50 * time.Second, maxWait: time.Minute},
				{name: "same holder again", do: "lease", host: "a.example", holder: "w1", d: time.Minute, ok: true},
				{name: "another host", do: "lease", host: "b.example", holder: "w2", d: 150 * time.Millisecond, ok: true},
				{name: "release with a delay", do: "release", host: "a.example", holder: "w1", d: time.Second},
				{name: "within the delay", do: "lease", host: "a.example", holder: "w2", d: time.Minute, minWait: time.Millisecond, maxWait: time.Second, sleep: 1100 * time.Millisecond},
				{name: "after the delay", do: "lease", host: "a.example", holder: "w2", d: time.Minute, ok: true},
				{name: "a stranger's release changes nothing", do: "release", host: "a.example", holder: "w1"},
				{name: "still held", do: "lease", host: "a.example", holder: "w3", d: time.Minute, minWait: 50 * time.Second, maxWait: time.Minute},
				{name: "dead holder's lease ran out", do: "lease", host: "b.example", holder: "w3", d: time.Minute, ok: true},
			}
			for _, s := range steps {
				switch s.do {
				case "lease":
					ok, wait, err := l.LeaseHost(ctx, s.host, s.holder, s.d)
					if err != nil {
						t.Fatalf("%s: %v", s.name, err)
					}
					if ok != s.ok || (!ok && (wait < s.minWait || wait > s.maxWait)) {
						t.Fatalf("%s: ok %v wait %s; want ok %v, wait in [%s, %s]", s.name, ok, wait, s.ok, s.minWait, s.maxWait)
					}
				case "release":
					if err := l.ReleaseHost(ctx, s.host, s.holder, s.d); err != nil {
						t.Fatalf("%s: %v", s.name, err)
					}
				}
				time.Sleep(s.sleep)
			}
		})
	}
}
