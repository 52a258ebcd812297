package web

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// timelineChart is a stacked bar chart of facts per year by stage, laid out
// for an SVG template (viewBox 0 0 W H).
type timelineChart struct {
	Title          string
	W, H           int
	Bars           []bar
	XLabels        []axisLabel
	YTicks         []axisLabel
	Legend         []legendItem
	X0, X1, Y0, Y1 float64 // plot area
	Empty          bool
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type axisLabel struct {
	X, Y float64
	Text string
}

type legendItem struct {
	X     float64
	Class string
	Text  string
}

// stageOrder is the stacking order; facts without a stage stack last.
var stageOrder = []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered, domain.StageOther, ""}

func stageLabel(s string) string {
	if s == "" {
		return "no stage"
	}
	return s
}

func newTimeline(title string, counts []domain.YearCount) *timelineChart {
	c := &timelineChart{Title: title, W: 640, H: 240, X0: 48, X1: 630, Y0: 200, Y1: 16}
	if len(counts) == 0 {
		c.Empty = true
		return c
	}
	per := map[int]map[string]int{}
	lo, hi := math.MaxInt, 0
	for _, y := range counts {
		if per[y.Year] == nil {
			per[y.Year] = map[string]int{}
		}
		st := y.Stage
		if !slices.Contains(stageOrder, st) {
			st = domain.StageOther
		}
		per[y.Year][st] += y.Facts
		lo, hi = min(lo, y.Year), max(hi, y.Year)
	}
	if hi-lo > 60 {
		lo = hi - 60
	}
	maxN := 1
	for _, m := range per {
		n := 0
		for _, v := range m {
			n += v
		}
		maxN = max(maxN, n)
	}
	step := niceStep(maxN)
	top := ((maxN + step - 1) / step) * step
	years := hi - lo + 1
	slot := (c.X1 - c.X0) / float64(years)
	bw := math.Max(2, slot*0.7)
	scale := (c.Y0 - c.Y1) / float64(top)
	used := map[string]bool{}
	labelEvery := max(1, years/10)
	for i := 0; i < years; i++ {
		y := lo + i
		x := c.X0 + float64(i)*slot + (slot-bw)/2
		base := c.Y0
		for _, st := range stageOrder {
			n := per[y][st]
			if n == 0 {
				continue
			}
			h := float64(n) * scale
			base -= h
			used[st] = true
			c.Bars = append(c.Bars, bar{X: round1(x), Y: round1(base), W: round1(bw), H: round1(h),
				Class: "st-" + cmpStage(st), Title: fmt.Sprintf("%d, %s: %d facts", y, stageLabel(st), n)})
		}
		if i%labelEvery == 0 {
			c.XLabels = append(c.XLabels, axisLabel{X: round1(x + bw/2), Y: c.Y0 + 16, Text: strconv.Itoa(y)})
		}
	}
	for v := 0; v <= top; v += step {
		c.YTicks = append(c.YTicks, axisLabel{X: c.X0 - 6, Y: round1(c.Y0 - float64(v)*scale), Text: strconv.Itoa(v)})
	}
	x := c.X0
	for _, st := range stageOrder {
		if used[st] {
			c.Legend = append(c.Legend, legendItem{X: x, Class: "st-" + cmpStage(st), Text: stageLabel(st)})
			x += 92
		}
	}
	return c
}

func cmpStage(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func niceStep(maxN int) int {
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000} {
		if maxN/s <= 5 {
			return s
		}
	}
	return 100000
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// worldMap holds the country shapes of mapdata/world-110m.tsv.
type worldMap struct {
	codes  []string
	shapes map[string]shape
}

type shape struct {
	X, Y float64
	D    string
}

func loadWorld() (*worldMap, error) {
	b, err := assets.ReadFile("mapdata/world-110m.tsv")
	if err != nil {
		return nil, err
	}
	m := &worldMap{shapes: map[string]shape{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("web: world map: bad line %.20q", line)
		}
		x, err1 := strconv.ParseFloat(f[1], 64)
		y, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("web: world map: bad centre for %s", f[0])
		}
		m.codes = append(m.codes, f[0])
		m.shapes[f[0]] = shape{X: x, Y: y, D: f[3]}
	}
	return m, sc.Err()
}

type mapCountry struct {
	Code, Name, D, Class, Link string
}

type mapFlow struct {
	D, Title, Link string
	Width          float64
	Flow           domain.Flow
	SupplierName   string
	RecipientName  string
}

type mapData struct {
	Q         listQuery
	Form      url.Values
	By        string
	Countries []mapCountry
	Flows     []mapFlow
	Table     []mapFlow
	Regions   []string
	Missing   int // flows with a party the map cannot place
}

func (s *Server) mapData(r *http.Request) (mapData, error) {
	q := r.URL.Query()
	lq, err := s.parseList(q, 500)
	if err != nil {
		return mapData{}, err
	}
	by, err := oneOf(q, "by", []string{"value", "count"})
	if err != nil {
		return mapData{}, err
	}
	if by == "" {
		by = "count"
	}
	flows, err := cachedQuery(r.Context(), s, "flows", lq.FactQuery, s.st.Flows)
	if err != nil {
		return mapData{}, err
	}
	flows = slices.Clone(flows) // sorted below; the cached slice is shared
	d := mapData{Q: lq, Form: q, By: by, Regions: regionChoices(s.lex)}
	role := map[string]string{}
	weight := func(f domain.Flow) float64 {
		if by == "value" {
			return f.ValueUSD
		}
		return float64(f.Facts)
	}
	slices.SortStableFunc(flows, func(a, b domain.Flow) int { return cmp.Compare(weight(b), weight(a)) })
	maxW := 0.0
	for _, f := range flows {
		maxW = math.Max(maxW, weight(f))
	}
	for i, f := range flows {
		mf := mapFlow{Flow: f, SupplierName: s.countryName(f.Supplier), RecipientName: s.countryName(f.Recipient),
			Link: "/pairs/" + url.PathEscape(f.Supplier) + "/" + url.PathEscape(f.Recipient)}
		mf.Title = fmt.Sprintf("%s → %s: %d facts", mf.SupplierName, mf.RecipientName, f.Facts)
		if f.ValueUSD > 0 {
			mf.Title += ", " + money(f.ValueUSD)
		}
		d.Table = append(d.Table, mf)
		a, okA := s.world.shapes[f.Supplier]
		b, okB := s.world.shapes[f.Recipient]
		if !okA || !okB || f.Supplier == f.Recipient || i >= 300 || weight(f) <= 0 {
			if !okA || !okB {
				d.Missing++
			}
			continue
		}
		role[f.Supplier] += "s"
		role[f.Recipient] += "r"
		mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
		dx, dy := b.X-a.X, b.Y-a.Y
		// Bend every arc to the left of its direction, so that A→B and B→A
		// do not overlap.
		cx, cy := mx-dy*0.25, my+dx*0.25
		mf.D = fmt.Sprintf("M%.1f,%.1fQ%.1f,%.1f %.1f,%.1f", a.X, a.Y, cx, cy, b.X, b.Y)
		mf.Width = round1(1 + 7*math.Sqrt(weight(f)/maxW))
		d.Flows = append(d.Flows, mf)
	}
	for _, code := range s.world.codes {
		class := "c"
		switch rl := role[code]; {
		case strings.Contains(rl, "s") && strings.Contains(rl, "r"):
			class += " c-both"
		case strings.Contains(rl, "s"):
			class += " c-sup"
		case strings.Contains(rl, "r"):
			class += " c-rec"
		}
		d.Countries = append(d.Countries, mapCountry{Code: code, Name: s.countryName(code), D: s.world.shapes[code].D, Class: class,
			Link: "/countries/" + code})
	}
	return d, nil
}

func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) {
	// The page's body (thousands of flows with their names, links and
	// arcs, and the world's shapes) is rendered once per register
	// version and query, and cached with the flows it is made of.
	body, err := cached(r.Context(), s, cacheKey("map", r.URL.RawQuery), func(ctx context.Context) (template.HTML, error) {
		d, err := s.mapData(r.WithContext(ctx))
		if err != nil {
			return "", err
		}
		var buf bytes.Buffer
		if err := s.pages.t["map"].ExecuteTemplate(&buf, "content", view{Title: "Map", Nav: "map", D: d}); err != nil {
			return "", err
		}
		return template.HTML(buf.String()), nil
	})
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "prerendered", view{Title: "Map", Nav: "map", D: body})
}
