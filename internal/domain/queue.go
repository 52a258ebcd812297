package domain

import (
	"context"
	"time"
)

// HostLeaser keeps per-host politeness across ingest workers on any number
// of machines: at most one lease per host at a time, held while a request
// is made and extended by the crawl delay when it is released. A lease
// whose holder died ends by itself when its hold runs out.
type HostLeaser interface {
	// LeaseHost takes host for holder for at most hold when no one else
	// holds it (no lease, or an ended one). When it is taken by someone
	// else, ok is false and wait says how long until the lease ends.
	LeaseHost(ctx context.Context, host, holder string, hold time.Duration) (ok bool, wait time.Duration, err error)
	// ReleaseHost ends holder's lease on host after delay (the crawl
	// delay): no one takes the host before then.
	ReleaseHost(ctx context.Context, host, holder string, delay time.Duration) error
}
