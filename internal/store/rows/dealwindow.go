package rows

// This file finds the window of a deal key's facts that a write must
// resolve again (see the adapters' dealid.go). resolve.Resolve orders a
// key's facts by (resolve.EventDay, id) and cuts them into runs, one deal
// each; at each cut its state starts afresh. So when a write changes facts
// at positions lo..hi of the order, the facts before the stored deal that
// holds lo keep their deals, and so do the facts from the first stored cut
// after hi at which the new resolution cuts too: only the window between
// needs resolving, not the whole key.

// DealPos is a fact's place in the order a key's facts are resolved in.
type DealPos struct {
	Day int32 // resolve.EventDay
	ID  int64
}

// Less orders positions by day, then id.
func (p DealPos) Less(q DealPos) bool {
	if p.Day != q.Day {
		return p.Day < q.Day
	}
	return p.ID < q.ID
}

// DealRow is a stored fact's position and deal.
type DealRow struct {
	DealPos
	Deal string
}

// DealRef is a fact's deal key and position as stored before a write.
type DealRef struct {
	Key string
	DealPos
}

// DealWalker reads a key's stored facts in resolution order, a few at a
// time.
type DealWalker interface {
	// Before returns up to n facts of key strictly before p, nearest first.
	Before(key string, p DealPos, n int) ([]DealRow, error)
	// After returns up to n facts of key strictly after p, nearest first.
	After(key string, p DealPos, n int) ([]DealRow, error)
}

// firstStep is how many rows a walk reads in its first query; each next
// query reads twice as many, up to maxStep.
const firstStep, maxStep = 16, 1024

// DealSpan is the range of positions a write changes in one key.
type DealSpan struct{ Lo, Hi DealPos }

// Add widens the span to p.
func (s *DealSpan) Add(p DealPos) {
	if p.Less(s.Lo) {
		s.Lo = p
	}
	if s.Hi.Less(p) {
		s.Hi = p
	}
}

// DealSpans groups positions by key.
type DealSpans map[string]*DealSpan

// Add records that the write changes key's facts at p; an empty key is
// no deal.
func (ss DealSpans) Add(key string, p DealPos) {
	if key == "" {
		return
	}
	if s, ok := ss[key]; ok {
		s.Add(p)
		return
	}
	ss[key] = &DealSpan{Lo: p, Hi: p}
}

// WindowStart is the first fact of the stored deal of the last unchanged
// fact before lo: resolving from it gives the deals the whole key would.
// ok is false when no unchanged fact precedes lo (resolve from the key's
// beginning). changed holds the ids of the facts the write changes; it
// also returns how many rows it read.
func WindowStart(w DealWalker, key string, lo DealPos, changed map[int64]bool) (start DealPos, ok bool, read int, err error) {
	deal := ""
	at := lo
	for step := firstStep; ; step = min(2*step, maxStep) {
		rs, err := w.Before(key, at, step)
		if err != nil {
			return DealPos{}, false, read, err
		}
		read += len(rs)
		for _, r := range rs {
			at = r.DealPos
			if changed[r.ID] {
				continue
			}
			if ok && r.Deal != deal {
				return start, true, read, nil
			}
			deal, start, ok = r.Deal, r.DealPos, true
		}
		if len(rs) < step {
			return start, ok, read, nil
		}
	}
}

// Cutter lists the stored deal cuts after a position, as many as asked
// for: the first fact of each stored deal after the one that holds the
// first unchanged fact after it.
type Cutter struct {
	w       DealWalker
	key     string
	at      DealPos // the last row read
	changed map[int64]bool
	deal    string // the deal of the last unchanged row read
	seen    bool   // an unchanged row was read
	cuts    []DealPos
	done    bool // the key's end was reached
	read    int
	step    int
}

// NewCutter lists the cuts of key after hi; changed holds the ids of the
// facts a write changes, whose stored deals are stale.
func NewCutter(w DealWalker, key string, hi DealPos, changed map[int64]bool) *Cutter {
	return &Cutter{w: w, key: key, at: hi, changed: changed, step: firstStep}
}

// Cut is the i-th cut (from 0); ok is false when the key ends before it.
func (c *Cutter) Cut(i int) (p DealPos, ok bool, err error) {
	for len(c.cuts) <= i && !c.done {
		rs, err := c.w.After(c.key, c.at, c.step)
		if err != nil {
			return DealPos{}, false, err
		}
		c.read += len(rs)
		c.done = len(rs) < c.step
		c.step = min(2*c.step, maxStep)
		for j, r := range rs {
			c.at = r.DealPos
			if c.changed[r.ID] {
				continue
			}
			if c.seen && r.Deal != c.deal {
				c.cuts = append(c.cuts, r.DealPos)
				if len(c.cuts) > i {
					c.deal = r.Deal
					c.done = c.done && j == len(rs)-1
					break
				}
			}
			c.deal, c.seen = r.Deal, true
		}
	}
	if i < len(c.cuts) {
		return c.cuts[i], true, nil
	}
	return DealPos{}, false, nil
}

// Read is how many rows it has read since the last call.
func (c *Cutter) Read() int {
	n := c.read
	c.read = 0
	return n
}
