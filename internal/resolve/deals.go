package resolve

import (
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Options tune deal resolution.
type Options struct {
	// GapDays is the largest gap between two consecutive reports of one
	// deal; a longer silence starts a new deal. 0: DefaultGapDays.
	GapDays int
	// Groups maps a near-duplicate copy's document id to its group's first
	// document (as stored by the near-duplicate pass); documents absent
	// from it are their own group. Sources are counted by group.
	Groups map[string]string
}

// DefaultGapDays is three years: deliveries of a contract often trail the
// order by that much, and news in between keeps a deal alive.
const DefaultGapDays = 3 * 365

// stageRank orders the stages of a transfer; other stages are -1.
func stageRank(s string) int {
	switch s {
	case domain.StageRequested:
		return 0
	case domain.StageApproved:
		return 1
	case domain.StageOrdered:
		return 2
	case domain.StageDelivered:
		return 3
	}
	return -1
}

// stageSlot is a stage's index in a [5] array: the four stages, then
// anything else.
func stageSlot(s string) int {
	if r := stageRank(s); r >= 0 {
		return r
	}
	return 4
}

var stageNames = []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered}

// Deals merges facts into deals with the default options; see Resolve.
func Deals(facts []domain.StoredFact) []domain.Deal { return Resolve(facts, Options{}) }

// Resolve merges facts into deals. Facts with the same key — a transfer's
// supplier, recipient and system (its lexicon id, else its category), an
// aggregate's pair, an assistance program's provider, recipient and
// program, an agreement's parties and name, a membership's member and
// organisation — belong to one deal unless reports of it fall silent for
// longer than the gap, or a transfer already delivered is requested,
// approved or ordered again more than a year later (a new batch).
// Exercises are not deals and are ignored.
//
// The work is linear in the number of facts plus a sort within each key:
// facts are bucketed by key in a map, never compared pairwise.
func Resolve(facts []domain.StoredFact, opts Options) []domain.Deal {
	gap := int32(opts.GapDays)
	if gap <= 0 {
		gap = DefaultGapDays
	}
	type item struct {
		idx  int32
		day  int32 // days since 1970 of the event; 0 unknown
		seen int32 // publication day; 0 unknown
	}
	buckets := map[string][]item{}
	var keys []string
	pkgKey, roles := packages(facts)
	for i := range facts {
		k, ok := pkgKey[int32(i)]
		if !ok {
			k = dealKey(&facts[i].Fact)
		}
		if k == "" {
			continue
		}
		day, seen := factDays(&facts[i])
		b, ok := buckets[k]
		if !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(b, item{int32(i), day, seen})
	}
	deals := make([]domain.Deal, 0, len(keys)) // at least one per key: no regrowing of large structs
	for _, k := range keys {
		items := buckets[k]
		sort.SliceStable(items, func(a, b int) bool {
			if items[a].day != items[b].day {
				return items[a].day < items[b].day
			}
			return facts[items[a].idx].ID < facts[items[b].idx].ID
		})
		start := 0
		lastDay := int32(0)
		delivered := int32(0) // day a delivery was first reported in the current deal
		furthest := -1        // furthest stage of the current deal
		transfer := strings.HasPrefix(k, domain.TypeTransfer+"|")
		noGap := strings.HasPrefix(k, domain.TypeMembership+"|")
		for j, it := range items {
			if j > start && it.day != 0 && lastDay != 0 && !noGap {
				split := it.day-lastDay > gap
				// A deal moving on to a further stage may be silent for
				// longer: deliveries often come years after the order.
				if split && transfer && stageRank(facts[it.idx].Stage) > furthest && it.day-lastDay <= 3*gap {
					split = false
				}
				if transfer && delivered != 0 {
					r := stageRank(facts[it.idx].Stage)
					if r >= 0 && r < 3 && it.day-delivered > 365 {
						split = true
					}
				}
				if split {
					deals = append(deals, buildDeal(k, facts, idxs(items[start:j], func(x item) int32 { return x.idx }), opts.Groups, roles))
					start, delivered, furthest = j, 0, -1
				}
			}
			furthest = max(furthest, stageRank(facts[it.idx].Stage))
			if it.day != 0 {
				lastDay = it.day
			}
			if transfer && facts[it.idx].Stage == domain.StageDelivered && delivered == 0 && it.day != 0 {
				delivered = it.day
			}
		}
		deals = append(deals, buildDeal(k, facts, idxs(items[start:], func(x item) int32 { return x.idx }), opts.Groups, roles))
	}
	// sort an index, not the deals: a Deal is large, and swapping them
	// was most of the sort's time
	order := make([]int32, len(deals))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool {
		da, db := &deals[order[a]], &deals[order[b]]
		if da.LastSeen != db.LastSeen {
			return da.LastSeen > db.LastSeen
		}
		return da.ID < db.ID
	})
	out := make([]domain.Deal, len(deals))
	for i, j := range order {
		out[i] = deals[j]
	}
	return out
}

func idxs[T any](xs []T, f func(T) int32) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func partyStr(p *domain.Party) string {
	if p == nil || p.IsZero() {
		return "?"
	}
	if p.Code != "" {
		return strings.ToUpper(p.Code)
	}
	return strings.ToLower(p.Org)
}

// SystemKey is what tells one weapon system from another in a deal: the
// lexicon id, else the category, else the words used.
func SystemKey(s *domain.System) string {
	switch {
	case s == nil:
		return "?"
	case s.ID != "":
		return "id:" + s.ID
	case s.Category != "":
		return "cat:" + s.Category
	case s.Name != "":
		return "name:" + strings.ToLower(s.Name)
	case s.Mention != "":
		return "name:" + strings.ToLower(s.Mention)
	}
	return "?"
}

func namedKey(n *domain.Named) string {
	if n == nil {
		return "?"
	}
	if n.ID != "" {
		return n.ID
	}
	return strings.ToLower(strings.TrimSpace(n.Name))
}

// dealKey is the bucket a fact belongs to; "" for facts that make no deal.
func dealKey(f *domain.Fact) string {
	switch f.Type {
	case domain.TypeTransfer:
		return "transfer|" + partyStr(f.Supplier) + "|" + partyStr(f.Recipient) + "|" + SystemKey(f.System)
	case domain.TypeAggregate:
		return "aggregate|" + partyStr(f.Supplier) + "|" + partyStr(f.Recipient)
	case domain.TypeAssistance:
		return "assistance|" + partyStr(f.Provider) + "|" + partyStr(f.Recipient) + "|" + namedKey(f.Program)
	case domain.TypeAgreement:
		ps := make([]string, len(f.Parties))
		for i := range f.Parties {
			ps[i] = partyStr(&f.Parties[i])
		}
		slices.Sort(ps)
		ps = slices.Compact(ps)
		return "agreement|" + strings.Join(ps, "+") + "|" + strings.ToLower(strings.TrimSpace(f.Name))
	case domain.TypeMembership:
		return "membership|" + partyStr(f.Member) + "|" + namedKey(f.Organization)
	}
	return ""
}

// days converts a date to days since 1970-01-01 (civil calendar).
func days(y, m, d int) int32 {
	// Howard Hinnant's days_from_civil
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// parseDay reads YYYY-MM-DD (or YYYY-MM, YYYY); 0 when absent.
func parseDay(s string) int32 {
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1900 {
		return 0
	}
	m, d := 7, 1
	if len(s) >= 7 {
		if v, err := strconv.Atoi(s[5:7]); err == nil && v >= 1 && v <= 12 {
			m, d = v, 15
		}
	}
	if len(s) >= 10 {
		if v, err := strconv.Atoi(s[8:10]); err == nil && v >= 1 && v <= 31 {
			d = v
		}
	}
	return days(y, m, d)
}

// EventDate is when a fact's stage event happened, as finely as the
// sources say: its month or day (Fact.Date), else the date of the notice
// it comes from, else its year; "" when only the publication date is
// known. It is never the publication date.
func EventDate(f *domain.Fact) string {
	y := ""
	if f.Year > 1900 {
		y = strconv.Itoa(f.Year)
	}
	if len(f.Date) >= 7 && (y == "" || strings.HasPrefix(f.Date, y)) && parseDay(f.Date) != 0 {
		return f.Date
	}
	if f.Notice != nil && len(f.Notice.Date) >= 4 && (y == "" || strings.HasPrefix(f.Notice.Date, y)) && parseDay(f.Notice.Date) != 0 {
		return f.Notice.Date
	}
	return y
}

// factDays is when the fact's event happened (its own month or day; its
// own year when it names one other than the publication's; else the
// publication day) and when it was published.
func factDays(f *domain.StoredFact) (event, seen int32) {
	seen = parseDay(f.Published)
	event = seen
	if ev := EventDate(&f.Fact); len(ev) >= 7 {
		event = parseDay(ev)
	} else if f.Year > 1900 && (seen == 0 || !strings.HasPrefix(f.Published, strconv.Itoa(f.Year))) {
		event = days(f.Year, 7, 1)
	}
	return event, seen
}

// earlierDate is the earlier of two event dates (YYYY, YYYY-MM or
// YYYY-MM-DD, "" unknown), comparing years first and, within a year, the
// finer date first: "2021-11" rather than "2021".
func earlierDate(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case a[:4] != b[:4]:
		return min(a, b)
	case len(a) != len(b):
		if len(a) > len(b) {
			return a
		}
		return b
	}
	return min(a, b)
}

func dayString(d int32) string {
	if d == 0 {
		return ""
	}
	// civil_from_days
	z := int(d) + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// report collects one figure's reports: value → sources (groups).
type report struct {
	stage  string
	value  float64
	groups []string // distinct
	last   int32
	first  int32  // first reported (publication day)
	date   string // the event's date (EventDate), the earliest reported
}

func addReport(rs []*report, stage string, v float64, group string, day int32, date string, tol float64) []*report {
	for _, r := range rs {
		if r.stage == stage && math.Abs(r.value-v) <= tol*math.Max(math.Abs(r.value), math.Abs(v)) {
			if !slices.Contains(r.groups, group) {
				r.groups = append(r.groups, group)
			}
			r.last = max(r.last, day)
			if day != 0 && (r.first == 0 || day < r.first) {
				r.first = day
			}
			r.date = earlierDate(r.date, date)
			return rs
		}
	}
	return append(rs, &report{stage: stage, value: v, groups: []string{group}, last: day, first: day, date: date})
}

// Roles of a fact in a notice's package (see packages).
const (
	roleItem  = 1 // an item after the first: listed in Deal.Items
	roleTotal = 2 // the notice's estimated total: the package's value
)

// packages finds the official notices of one sale among facts (facts
// whose Notice is set, grouped by document, transmittal and pair) and
// makes each one package: the notice's transfers and its estimated total
// (an aggregate fact) all go to the deal of its first item, so that the
// total is the value of the notified sale, counted once, and not a
// separate aggregate deal beside the items. The first item gives the
// deal its system and quantity; the others are listed in Deal.Items with
// their quantities; the total is reported as the deal's value at the
// approved stage (a notice is a notification to Congress), and the items'
// own values, which the total covers, are not counted. A notice with no
// transfer keeps its total as an aggregate deal. It returns the deal key
// of each fact in a package and the role of each one that is not the
// first item.
func packages(facts []domain.StoredFact) (map[int32]string, map[int32]uint8) {
	groups := map[string][]int32{}
	var order []string
	for i := range facts {
		f := &facts[i].Fact
		if f.Notice == nil || f.Type != domain.TypeTransfer && f.Type != domain.TypeAggregate {
			continue
		}
		g := facts[i].DocumentID + "|" + f.Notice.Transmittal + "|" + partyStr(f.Supplier) + "|" + partyStr(f.Recipient)
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], int32(i))
	}
	keys, roles := map[int32]string{}, map[int32]uint8{}
	for _, g := range order {
		idx := groups[g]
		main := int32(-1)
		for _, i := range idx { // the first item the notice lists
			if facts[i].Type == domain.TypeTransfer && (main < 0 || facts[i].ID < facts[main].ID) {
				main = i
			}
		}
		if main < 0 {
			continue
		}
		k := dealKey(&facts[main].Fact)
		for _, i := range idx {
			keys[i] = k
			switch {
			case i == main:
			case facts[i].Type == domain.TypeAggregate:
				roles[i] = roleTotal
			default:
				roles[i] = roleItem
			}
		}
	}
	return keys, roles
}

func buildDeal(key string, facts []domain.StoredFact, idx []int32, groups map[string]string, roles map[int32]uint8) domain.Deal {
	first := &facts[idx[0]].Fact
	d := domain.Deal{Type: first.Type}
	if t, _, ok := strings.Cut(key, "|"); ok {
		d.Type = t // a package's total is an aggregate fact in a transfer deal
	}
	var minID int64 = math.MaxInt64
	docs := make([]string, 0, len(idx))
	srcs := make([]string, 0, len(idx))
	type stageSeen struct {
		first, last int32
		date        string
		facts       int
	}
	var stages [5]*stageSeen // by stageSlot
	var qty, val []*report
	var firstSeen, lastSeen int32
	var minYear int
	sysScore := -1
	for _, i := range idx {
		sf := &facts[i]
		f := &sf.Fact
		minID = min(minID, sf.ID)
		d.FactIDs = append(d.FactIDs, sf.ID)
		docs = append(docs, sf.DocumentID)
		g := sf.DocumentID
		if x, ok := groups[g]; ok {
			g = x
		}
		srcs = append(srcs, g)
		role := roles[i]
		event, seen := factDays(sf)
		evDate := EventDate(f)
		if f.Notice != nil && !slices.Contains(d.Notices, *f.Notice) {
			d.Notices = append(d.Notices, *f.Notice)
		}
		if seen != 0 {
			if firstSeen == 0 || seen < firstSeen {
				firstSeen = seen
			}
			lastSeen = max(lastSeen, seen)
		}
		y := f.Year
		if y == 0 && len(evDate) >= 4 {
			y, _ = strconv.Atoi(evDate[:4])
		}
		if y == 0 && len(sf.Published) >= 4 {
			y, _ = strconv.Atoi(sf.Published[:4])
		}
		if y > 0 && (minYear == 0 || y < minYear) {
			minYear = y
		}
		if role == roleItem && f.System != nil {
			d.Items = addItem(d.Items, f.System, f.Quantity)
		} else if f.System != nil {
			score := 0
			if f.System.ID != "" {
				score = 2
			}
			if score > sysScore {
				sysScore = score
				s := *f.System
				d.System = &s
			}
		}
		switch f.Type {
		case domain.TypeTransfer, domain.TypeAggregate:
			d.Supplier, d.Recipient = firstNonEmpty(d.Supplier, f.Supplier), firstNonEmpty(d.Recipient, f.Recipient)
		case domain.TypeAssistance:
			d.Supplier, d.Recipient = firstNonEmpty(d.Supplier, f.Provider), firstNonEmpty(d.Recipient, f.Recipient)
		case domain.TypeMembership:
			d.Member = firstNonEmpty(d.Member, f.Member)
		case domain.TypeAgreement:
			if d.Parties == nil {
				for _, p := range f.Parties {
					d.Parties = append(d.Parties, p.String())
				}
				slices.Sort(d.Parties)
				d.Parties = slices.Compact(d.Parties)
			}
		}
		if f.Program != nil && d.Program == "" {
			d.Program = f.Program.Name
		}
		if f.Organization != nil && d.Organization == "" {
			d.Organization = f.Organization.Name
		}
		if f.Name != "" && d.Name == "" {
			d.Name = f.Name
		}
		st := f.Stage
		if f.Type == domain.TypeTransfer && st != "" {
			s := stages[stageSlot(st)]
			if s == nil {
				s = &stageSeen{}
				stages[stageSlot(st)] = s
			}
			when := seen
			if when == 0 {
				when = event
			}
			if when != 0 && (s.first == 0 || when < s.first) {
				s.first = when
			}
			s.last = max(s.last, when)
			s.date = earlierDate(s.date, evDate)
			s.facts++
		}
		switch role {
		case roleItem: // the package's total covers it
		case roleTotal:
			if f.ValueUSD > 0 {
				val = addReport(val, domain.StageApproved, f.ValueUSD, g, seen, evDate, 0.05)
			}
		default:
			if f.Quantity > 0 {
				qty = addReport(qty, st, float64(f.Quantity), g, seen, evDate, 0)
			}
			if f.ValueUSD > 0 {
				val = addReport(val, st, f.ValueUSD, g, seen, evDate, 0.05)
			}
		}
	}
	d.ID = dealID(key, minID)
	d.Year = minYear
	d.FirstSeen, d.LastSeen = dayString(firstSeen), dayString(lastSeen)
	furthest := -1
	for _, name := range append(stageNames, domain.StageOther) {
		s := stages[stageSlot(name)]
		if s == nil {
			continue
		}
		d.Stages = append(d.Stages, domain.DealStage{Stage: name, Date: s.date, First: dayString(s.first), Last: dayString(s.last), Facts: s.facts})
		if r := stageRank(name); r > furthest {
			furthest, d.Stage = r, name
		}
	}
	if d.Stage == "" && len(d.Stages) > 0 {
		d.Stage = d.Stages[0].Stage
	}
	d.Quantities, d.Conflicts = reported(qty, "quantity", func(v float64) string { return strconv.Itoa(int(v)) }, d.Conflicts)
	d.Values, d.Conflicts = reported(val, "value", humanUSD, d.Conflicts)
	d.Quantity = int(best(qty))
	d.ValueUSD = best(val)
	slices.Sort(docs)
	d.Documents = slices.Compact(docs)
	slices.Sort(srcs)
	d.Sources = len(slices.Compact(srcs))
	return d
}

// addItem adds a package's item, once per system (the largest quantity
// reported).
func addItem(items []domain.DealItem, sys *domain.System, q int) []domain.DealItem {
	k := SystemKey(sys)
	for i := range items {
		if SystemKey(&items[i].System) == k {
			items[i].Quantity = max(items[i].Quantity, q)
			return items
		}
	}
	return append(items, domain.DealItem{System: *sys, Quantity: q})
}

func firstNonEmpty(cur string, p *domain.Party) string {
	if cur != "" || p == nil {
		return cur
	}
	return p.String()
}

func dealID(key string, minID int64) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	fmt.Fprintf(h, "|%d", minID)
	x := h.Sum64() // splitmix64 finaliser: spread similar keys apart
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return fmt.Sprintf("%016x", x)[:12]
}

// reported lists the figures reported, in stage order then by sources,
// and flags stages that were reported with different figures (deliveries
// come in batches, so differing delivered figures are not a conflict).
func reported(rs []*report, what string, format func(float64) string, conflicts []string) ([]domain.Reported, []string) {
	sort.SliceStable(rs, func(a, b int) bool {
		ra, rb := stageRank(rs[a].stage), stageRank(rs[b].stage)
		if ra != rb {
			return ra < rb
		}
		if len(rs[a].groups) != len(rs[b].groups) {
			return len(rs[a].groups) > len(rs[b].groups)
		}
		return rs[a].value < rs[b].value
	})
	var out []domain.Reported
	byStage := map[string][]string{}
	var order []string
	for _, r := range rs {
		out = append(out, domain.Reported{Value: r.value, Stage: r.stage, Sources: len(r.groups), Date: r.date, First: dayString(r.first)})
		if r.stage == domain.StageDelivered {
			continue
		}
		if _, ok := byStage[r.stage]; !ok {
			order = append(order, r.stage)
		}
		byStage[r.stage] = append(byStage[r.stage], format(r.value))
	}
	for _, st := range order {
		if vs := byStage[st]; len(vs) > 1 {
			label := what
			if st != "" {
				label += " " + st
			}
			conflicts = append(conflicts, fmt.Sprintf("%s: %s reported", label, strings.Join(vs, " vs ")))
		}
	}
	return out, conflicts
}

// best is the figure to show: the furthest contractual stage's (ordered,
// else approved, else requested, else unstaged) most reported figure, the
// latest on a tie; deliveries only when nothing else was reported, as their
// total.
func best(rs []*report) float64 {
	var pick *report
	rank := func(r *report) int {
		switch r.stage {
		case domain.StageOrdered:
			return 4
		case domain.StageApproved:
			return 3
		case domain.StageRequested:
			return 2
		case domain.StageDelivered:
			return 0
		}
		return 1
	}
	for _, r := range rs {
		if pick == nil || rank(r) > rank(pick) ||
			rank(r) == rank(pick) && (len(r.groups) > len(pick.groups) ||
				len(r.groups) == len(pick.groups) && (r.last > pick.last || r.last == pick.last && r.value > pick.value)) {
			pick = r
		}
	}
	if pick == nil {
		return 0
	}
	if pick.stage == domain.StageDelivered {
		var sum float64
		for _, r := range rs {
			sum += r.value
		}
		return sum
	}
	return pick.value
}

func humanUSD(v float64) string {
	switch {
	case v >= 1e9:
		return strconv.FormatFloat(v/1e9, 'f', -1, 64) + "bn USD"
	case v >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', -1, 64) + "m USD"
	}
	return strconv.FormatFloat(v, 'f', 0, 64) + " USD"
}

// Keys is the deal key of each fact, as Resolve buckets them: a notice's
// items and estimated total get the key of its first item (packages),
// every other fact its own key; "" for a fact that makes no deal. Resolve
// over the facts of one key (with every fact of a notice's package, which
// all share it) makes the same deals as Resolve over all facts, so a store
// can keep each fact's key, indexed, and resolve only the keys a write
// touches.
func Keys(facts []domain.StoredFact) []string {
	pkgKey, _ := packages(facts)
	out := make([]string, len(facts))
	for i := range facts {
		if k, ok := pkgKey[int32(i)]; ok {
			out[i] = k
			continue
		}
		out[i] = dealKey(&facts[i].Fact)
	}
	return out
}

// KindAggregate is the prefix of the key of an aggregate deal (a stated
// total over several items): totals weigh it against the item deals of
// the same partner and year instead of adding it to them.
const KindAggregate = domain.TypeAggregate + "|"

// EventDay is the day (since 1970-01-01; 0 unknown) Resolve orders a fact
// by within its key: its event's day, else its publication's. A store
// keeps it beside the deal key, indexed, so that a write resolves again
// only the deals around the facts it changes (see Resolve: a deal is a run
// of its key's facts in (EventDay, ID) order).
func EventDay(f *domain.StoredFact) int32 {
	d, _ := factDays(f)
	return d
}
