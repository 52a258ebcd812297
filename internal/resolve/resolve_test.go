package resolve

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

const story = `Morocco has signed a contract with the United States for twenty-four
AH-64E Apache attack helicopters, the defence ministry in Rabat said on Tuesday.
The deal, worth about 1.5 billion dollars, includes training, spare parts and
Hellfire missiles. Deliveries are expected to begin in 2024 and end two years
later, officials said. The helicopters will replace older Gazelle aircraft that
have served the royal armed forces since the nineteen eighties. Analysts said
the purchase reflects closer military ties between Rabat and Washington after
years of joint exercises such as African Lion, held each spring in the south.`

const other = `Poland will buy ninety-six more Abrams tanks from the United States,
the government in Warsaw announced, adding to an earlier order of two hundred
and fifty vehicles. The tanks will equip a new division in the east of the
country. Officials gave no price but said financing would come from a loan.`

func TestSimHash(t *testing.T) {
	copy1 := "Rabat (Reuters) - " + story + " Reporting by a wire desk; editing by another."
	copy2 := strings.Replace(story, "on Tuesday", "on Wednesday", 1)
	copy3 := strings.ToUpper(story)
	tests := []struct {
		name    string
		a, b    string
		near    bool
		maxDist int
	}{
		{"identical", story, story, true, 0},
		{"byline added", story, copy1, true, DefaultMaxDistance},
		{"one word edited", story, copy2, true, DefaultMaxDistance},
		{"case only", story, copy3, true, 0},
		{"different story", story, other, false, DefaultMaxDistance},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Distance(SimHash(tt.a), SimHash(tt.b))
			if tt.near && d > tt.maxDist {
				t.Errorf("distance %d > %d", d, tt.maxDist)
			}
			if !tt.near && d <= 2*DefaultMaxDistance {
				t.Errorf("different stories only %d bits apart", d)
			}
		})
	}
	if SimHash("") != 0 || SimHash("  ,, ") != 0 {
		t.Error("empty text should hash to 0")
	}
	if SimHash("one") == 0 || SimHash("two words") == SimHash("other words") {
		t.Error("short texts should still hash")
	}
}

func TestGroupNearDuplicates(t *testing.T) {
	docs := []domain.DocHash{
		{ID: "a", SimHash: SimHash(story)},
		{ID: "b", SimHash: SimHash(other)},
		{ID: "c", SimHash: SimHash("AFP - " + story)},
		{ID: "d", SimHash: SimHash(story)},
		{ID: "e", SimHash: 0},
		{ID: "f", SimHash: SimHash(other + " Updated.")},
	}
	got := GroupNearDuplicates(docs, 0)
	want := map[string]string{"c": "a", "d": "a", "f": "b"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("groups = %v, want %v", got, want)
	}
	// exact bit patterns: within and beyond the distance
	base := uint64(0xdeadbeefcafef00d)
	g := GroupNearDuplicates([]domain.DocHash{{ID: "x", SimHash: base}, {ID: "y", SimHash: base ^ 0b111111}, {ID: "z", SimHash: base ^ 0b1111111}}, 6)
	if g["y"] != "x" || g["z"] != "" && g["z"] != "x" {
		t.Errorf("bit groups = %v", g)
	}
	if _, ok := g["z"]; ok && Distance(base^0b1111111, base^0b111111) > 6 {
		t.Errorf("z grouped although 7 bits from x")
	}
}

func us(code string) *domain.Party { return &domain.Party{Code: code} }

func tf(id int64, doc, pub, stage string, qty int, usd float64) domain.StoredFact {
	return domain.StoredFact{ID: id, DocumentID: doc, Published: pub, Fact: domain.Fact{
		Type: domain.TypeTransfer, Supplier: us("US"), Recipient: us("MA"),
		System: &domain.System{ID: "ah-64", Name: "AH-64 Apache", Designation: "AH-64E", Category: "aircraft"},
		Stage:  stage, Quantity: qty, ValueUSD: usd,
	}}
}

func TestResolve(t *testing.T) {
	facts := []domain.StoredFact{
		tf(1, "d1", "2019-11-20", domain.StageApproved, 36, 4.25e9),
		tf(2, "d2", "2020-03-02", domain.StageOrdered, 24, 1.5e9),
		tf(3, "d3", "2020-03-03", domain.StageOrdered, 18, 1.52e9),
		tf(4, "d4", "2020-03-03", domain.StageOrdered, 24, 0), // a copy of d2
		tf(5, "d5", "2024-05-01", domain.StageDelivered, 6, 0),
		tf(6, "d6", "2025-02-01", domain.StageDelivered, 6, 0),
		// a new batch ordered long after the first deliveries
		tf(7, "d7", "2027-06-01", domain.StageOrdered, 12, 0),
		// other system, same pair
		{ID: 8, DocumentID: "d2", Published: "2020-03-02", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("US"), Recipient: us("MA"),
			System: &domain.System{Category: "missiles", Mention: "missiles"}, Stage: domain.StageOrdered}},
		// another pair
		{ID: 9, DocumentID: "d9", Published: "2020-01-01", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("FR"), Recipient: us("MA"),
			System: &domain.System{ID: "ah-64"}, Stage: domain.StageOrdered}},
		{ID: 10, DocumentID: "d9", Published: "2020-01-01", Fact: domain.Fact{Type: domain.TypeExercise, Parties: []domain.Party{{Code: "US"}, {Code: "MA"}}}},
		{ID: 11, DocumentID: "d9", Published: "2020-01-01", Fact: domain.Fact{Type: domain.TypeMembership, Member: us("FI"), Organization: &domain.Named{ID: "nato", Name: "NATO"}, Year: 2023}},
		{ID: 12, DocumentID: "d1", Published: "2024-04-05", Fact: domain.Fact{Type: domain.TypeMembership, Member: us("FI"), Organization: &domain.Named{ID: "nato", Name: "NATO"}}},
		{ID: 13, DocumentID: "d1", Published: "2021-01-01", Fact: domain.Fact{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "MA"}, {Code: "US"}}, Name: "Roadmap"}},
		{ID: 14, DocumentID: "d2", Published: "2021-02-01", Fact: domain.Fact{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "US"}, {Code: "MA"}, {Code: "US"}}, Name: "roadmap"}},
	}
	deals := Resolve(facts, Options{Groups: map[string]string{"d4": "d2"}})
	byFacts := map[string]domain.Deal{}
	for _, d := range deals {
		byFacts[fmt.Sprint(d.FactIDs)] = d
	}
	if len(deals) != 6 {
		for _, d := range deals {
			t.Logf("%+v", d)
		}
		t.Fatalf("%d deals, want 6", len(deals))
	}
	apache, ok := byFacts["[1 2 3 4 5 6]"]
	if !ok {
		t.Fatalf("no deal with facts 1-6: %v", keys(byFacts))
	}
	tests := []struct{ name, got, want string }{
		{"stage", apache.Stage, "delivered"},
		{"stages", fmt.Sprint(stageList(apache)), "[approved:2019-11-20 ordered:2020-03-02..2020-03-03 delivered:2024-05-01..2025-02-01]"},
		{"quantity", fmt.Sprint(apache.Quantity), "24"},
		{"value", fmt.Sprint(apache.ValueUSD), "1.5e+09"},
		{"conflicts", strings.Join(apache.Conflicts, "; "), "quantity ordered: 18 vs 24 reported"},
		{"sources", fmt.Sprint(apache.Sources), "5"},
		{"documents", fmt.Sprint(len(apache.Documents)), "6"},
		{"seen", apache.FirstSeen + ".." + apache.LastSeen, "2019-11-20..2025-02-01"},
		{"year", fmt.Sprint(apache.Year), "2019"},
		{"pair", apache.Supplier + ">" + apache.Recipient, "US>MA"},
		{"second batch", fmt.Sprint(byFacts["[7]"].Quantity), "12"},
		{"membership merged", byFacts["[11 12]"].Member + " " + byFacts["[11 12]"].Organization, "FI NATO"},
		{"agreement merged", strings.Join(byFacts["[13 14]"].Parties, "+"), "MA+US"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	// stable ids, order-independent
	rev := slices.Clone(facts)
	slices.Reverse(rev)
	again := Resolve(rev, Options{Groups: map[string]string{"d4": "d2"}})
	var a, b []string
	for i := range deals {
		a = append(a, deals[i].ID+fmt.Sprint(deals[i].FactIDs))
		b = append(b, again[i].ID+fmt.Sprint(sorted(again[i].FactIDs)))
	}
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Errorf("input order changed the deals:\n%v\n%v", a, b)
	}
}

func sorted(x []int64) []int64 { x = slices.Clone(x); slices.Sort(x); return x }

func keys(m map[string]domain.Deal) []string { return sortedKeys(m) }

func stageList(d domain.Deal) []string {
	var out []string
	for _, s := range d.Stages {
		w := s.First
		if s.Last != s.First {
			w += ".." + s.Last
		}
		out = append(out, s.Stage+":"+w)
	}
	return out
}

func TestSIPRIRoundTrip(t *testing.T) {
	deals := Deals([]domain.StoredFact{
		tf(1, "d1", "2020-03-02", domain.StageOrdered, 24, 1.5e9),
		tf(2, "d2", "2024-05-01", domain.StageDelivered, 6, 0),
		{ID: 3, DocumentID: "d3", Published: "2021-01-01", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("FR"), Recipient: us("EG"),
			System: &domain.System{ID: "rafale", Name: "Rafale", Category: "aircraft"}, Stage: domain.StageOrdered, Quantity: 30}},
	})
	names := map[string]string{"US": "United States", "MA": "Morocco", "FR": "France", "EG": "Egypt"}
	var buf bytes.Buffer
	if err := WriteSIPRI(&buf, deals, func(c string) string { return names[c] }); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date") {
		t.Errorf("header: %q", strings.SplitN(out, "\n", 2)[0])
	}
	// no source dates the order or the deliveries: the years they were
	// first reported, marked as estimates
	if !strings.Contains(out, "United States,Morocco,AH-64E,AH-64 Apache,Aircraft,2020,Yes,6,No,2024,Yes") {
		t.Errorf("apache row missing:\n%s", out)
	}
	// A SIPRI file with title lines; it knows the Apache deal, not the Rafale one.
	sipri := "Transfers of major weapons: Deals with deliveries or orders made for 2015 to 2025\n" +
		"Information generated: 1 January 2026\n\n" +
		strings.Join(SIPRIColumns, ",") + "\n" +
		"12345,United States,Morocco,AH-64E Apache Guardian,combat helicopter,Aircraft,2020,No,6,No,2024; 2025,No,New,,,,\n" +
		"12346,France,Egypt,FREMM,frigate,Ships,2015,No,1,No,2015,No,Second hand,,,,\n"
	codes := map[string]string{}
	for k, v := range names {
		codes[v] = k
	}
	refs, err := ReadSIPRI(strings.NewReader(sipri), func(n string) string { return codes[n] })
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != 2 || refs[0].Supplier != "US" || refs[0].OrderYear != 2020 || refs[0].Category != "aircraft" || refs[0].Delivered != 6 {
		t.Fatalf("refs = %+v", refs)
	}
	MarkReference(deals, refs)
	got := map[string]string{}
	for _, d := range deals {
		got[d.Supplier+">"+d.Recipient] = d.Reference + " " + d.RefID
	}
	if got["US>MA"] != "present 12345" || got["FR>EG"] != "new " {
		t.Errorf("marks = %v", got)
	}
	if _, err := ReadSIPRI(strings.NewReader("a,b\n1,2\n"), nil); err == nil {
		t.Error("a file without the SIPRI header should fail")
	}
	// our own export reads back
	back, err := ReadSIPRI(strings.NewReader(out), func(n string) string { return codes[n] })
	if err != nil || len(back) != 2 {
		t.Errorf("re-read own export: %v, %d rows", err, len(back))
	}
}

// genFacts makes n transfer facts over 60 suppliers × 120 recipients × 300
// systems and ten years, with duplicates, stages and conflicts.
func genFacts(n int) []domain.StoredFact {
	r := rand.New(rand.NewPCG(1, 2))
	stages := []string{"requested", "approved", "ordered", "delivered"}
	out := make([]domain.StoredFact, n)
	for i := range out {
		s, rc, sys := r.IntN(60), r.IntN(120), r.IntN(300)
		out[i] = domain.StoredFact{ID: int64(i + 1), DocumentID: fmt.Sprintf("doc%d", r.IntN(n/3+1)),
			Published: time.Date(2015+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02"),
			Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: fmt.Sprintf("S%d", s)},
				Recipient: &domain.Party{Code: fmt.Sprintf("R%d", rc)}, System: &domain.System{ID: fmt.Sprintf("sys%d", sys)},
				Stage: stages[r.IntN(4)], Quantity: 6 * (1 + r.IntN(4))}}
	}
	return out
}

func BenchmarkResolve(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			facts := genFacts(n)
			b.ResetTimer()
			var deals int
			for b.Loop() {
				deals = len(Deals(facts))
			}
			b.ReportMetric(float64(deals), "deals")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/fact")
		})
	}
}

// TestResolveGrowth: resolving 4x the facts costs at most ~5x the work
// (allocations, not wall time, so a loaded machine cannot fail it).
func TestResolveGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	work := func(n int) float64 {
		facts := genFacts(n)
		var deals []domain.Deal
		a := testing.AllocsPerRun(1, func() { deals = Deals(facts) })
		if len(deals) == 0 || len(deals) >= len(facts) {
			t.Errorf("%d deals from %d facts", len(deals), len(facts))
		}
		return a
	}
	small, large := work(25_000), work(100_000)
	if r := large / small; r > 5 {
		t.Errorf("4x the facts cost %.1fx the allocations (%.0f -> %.0f)", r, small, large)
	}
}

// TestSIPRIDefusesFormulas: a system name read from a hostile page cannot
// become a spreadsheet formula in the export.
func TestSIPRIDefusesFormulas(t *testing.T) {
	deals := Deals([]domain.StoredFact{
		{ID: 1, DocumentID: "d1", Published: "2021-01-01", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("FR"), Recipient: us("EG"),
			System: &domain.System{Name: `=HYPERLINK("http://x","y")`, Category: "aircraft"}, Stage: domain.StageOrdered, Quantity: 3}},
	})
	var buf bytes.Buffer
	if err := WriteSIPRI(&buf, deals, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `,=HYPERLINK`) || strings.Contains(buf.String(), `,"=HYPERLINK`) {
		t.Errorf("formula left live:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), `'=HYPERLINK`) {
		t.Errorf("formula not defused:\n%s", buf.String())
	}
}

// TestEventDates: a deal's stages are dated by their events, not by the
// articles that report them; the SIPRI layout takes the order year from
// the order, and an approval without a contract is no order.
func TestEventDates(t *testing.T) {
	rafale := &domain.System{ID: "rafale", Name: "Rafale", Category: "aircraft"}
	f35 := &domain.System{ID: "f-35", Name: "F-35 Lightning II", Designation: "F-35", Category: "aircraft"}
	facts := []domain.StoredFact{
		// an article of 26 April 2024: the order of November 2021, and a delivery
		{ID: 1, DocumentID: "hr", Published: "2024-04-26", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("FR"), Recipient: us("HR"),
			System: rafale, Stage: domain.StageDelivered, Quantity: 6, Year: 2024}},
		{ID: 2, DocumentID: "hr", Published: "2024-04-26", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("FR"), Recipient: us("HR"),
			System: rafale, Stage: domain.StageOrdered, Quantity: 12, Value: &domain.Money{Amount: 999e6, Currency: "EUR"}, ValueUSD: 1.18e9,
			Year: 2021, Date: "2021-11"}},
		// an article of June 2025 on an approval of April 2023, never contracted
		{ID: 3, DocumentID: "ro", Published: "2025-06-02", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("US"), Recipient: us("RO"),
			System: f35, Stage: domain.StageApproved, Quantity: 32, ValueUSD: 7.2e9, Year: 2023, Date: "2023-04"}},
	}
	deals := Deals(facts)
	by := map[string]domain.Deal{}
	for _, d := range deals {
		by[d.Recipient] = d
	}
	var labels []string
	for _, st := range by["HR"].Stages {
		labels = append(labels, st.Label())
	}
	for _, tc := range []struct{ name, got, want string }{
		{"croatia stages", strings.Join(labels, " → "), "ordered 2021-11 (reported 2024-04-26) → delivered 2024 (reported 2024-04-26)"},
		{"croatia year", fmt.Sprint(by["HR"].Year), "2021"},
		{"croatia value reported", fmt.Sprint(by["HR"].Values[0].Date, " ", by["HR"].Values[0].First), "2021-11 2024-04-26"},
		{"romania stage", by["RO"].Stages[0].Label(), "approved 2023-04 (reported 2025-06-02)"},
		{"romania signed", fmt.Sprint(Signed(by["RO"])), "false"},
		{"croatia signed", fmt.Sprint(Signed(by["HR"])), "true"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	var buf bytes.Buffer
	if err := WriteSIPRI(&buf, deals, nil); err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	recs, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		rows[r[col["Recipient"]]] = r
	}
	for _, tc := range []struct{ recipient, column, want string }{
		{"HR", "Order date", "2021"},
		{"HR", "Order date is estimate", "No"},
		{"HR", "Numbers ordered", "12"},
		{"HR", "Numbers delivered", "6"},
		{"HR", "Delivery year", "2024"},
		{"HR", "Value (USD)", "1180000000"},
		{"HR", "Signed order", "Yes"},
		{"RO", "Order date", ""},
		{"RO", "Numbers ordered", ""},
		{"RO", "Signed order", "No"},
		{"RO", "Stage", "approved"},
	} {
		r, ok := rows[tc.recipient]
		if !ok {
			t.Fatalf("no row for %s:\n%s", tc.recipient, buf.String())
		}
		if got := r[col[tc.column]]; got != tc.want {
			t.Errorf("%s %s = %q, want %q", tc.recipient, tc.column, got, tc.want)
		}
	}
}

// TestNoticePackage: an official notice's estimated total is the value of
// its items as one deal, counted once, also when an article reports the
// same sale.
func TestNoticePackage(t *testing.T) {
	notice := &domain.Notice{Transmittal: "22-45", Date: "2022-04-12"}
	item := func(id int64, sys *domain.System, q int) domain.StoredFact {
		return domain.StoredFact{ID: id, DocumentID: "notice", Published: "2022-04-14", Fact: domain.Fact{Type: domain.TypeTransfer,
			Supplier: us("US"), Recipient: us("NG"), System: sys, Quantity: q, Stage: domain.StageApproved, Notice: notice}}
	}
	ah1z := &domain.System{ID: "ah-1z-viper", Name: "AH-1Z Viper", Category: "aircraft"}
	facts := []domain.StoredFact{
		{ID: 1, DocumentID: "notice", Published: "2022-04-14", Fact: domain.Fact{Type: domain.TypeAggregate, Supplier: us("US"), Recipient: us("NG"),
			Value: &domain.Money{Amount: 997e6, Currency: "USD"}, ValueUSD: 997e6, Notice: notice}},
		item(2, ah1z, 12),
		item(3, &domain.System{ID: "t700-engine", Name: "GE T700", Category: "engines"}, 28),
		item(4, &domain.System{ID: "apkws", Name: "APKWS", Category: "missiles"}, 2000),
		// an article on the same approval
		{ID: 5, DocumentID: "news", Published: "2022-04-15", Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: us("US"), Recipient: us("NG"),
			System: ah1z, Quantity: 12, ValueUSD: 997e6, Stage: domain.StageApproved, Year: 2022}},
	}
	deals := Deals(facts)
	if len(deals) != 1 {
		for _, d := range deals {
			t.Logf("%s %s %v %v", d.Type, dealKeyOf(d), d.FactIDs, d.ValueUSD)
		}
		t.Fatalf("%d deals, want one", len(deals))
	}
	d := deals[0]
	var total float64
	for _, x := range deals {
		total += x.ValueUSD
	}
	var items []string
	for _, it := range d.Items {
		items = append(items, fmt.Sprintf("%s×%d", it.System.ID, it.Quantity))
	}
	for _, tc := range []struct{ name, got, want string }{
		{"type", d.Type, domain.TypeTransfer},
		{"system", d.System.ID, "ah-1z-viper"},
		{"quantity", fmt.Sprint(d.Quantity), "12"},
		{"total", fmt.Sprint(total), "9.97e+08"},
		{"value sources", fmt.Sprint(d.Values[0].Sources), "2"},
		{"items", strings.Join(items, " "), "t700-engine×28 apkws×2000"},
		{"notices", fmt.Sprint(d.Notices), "[{22-45 2022-04-12}]"},
		{"stage", d.Stages[0].Label(), "approved 2022-04-12 (reported 2022-04-14)"},
		{"facts", fmt.Sprint(d.FactIDs), "[1 2 3 4 5]"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	// a notice with no item keeps its total as an aggregate deal
	only := Deals(facts[:1])
	if len(only) != 1 || only[0].Type != domain.TypeAggregate || only[0].ValueUSD != 997e6 {
		t.Errorf("total alone: %+v", only)
	}
}

func dealKeyOf(d domain.Deal) string { return d.Supplier + ">" + d.Recipient }

// TestKeysPartition: resolving the facts of each key (Keys) apart makes
// the deals that resolving them all at once makes — what lets a store
// resolve only the keys a write touches.
func TestKeysPartition(t *testing.T) {
	notice := &domain.Notice{Transmittal: "22-45", Date: "2022-04-12"}
	facts := genFacts(3000)
	n := int64(len(facts))
	facts = append(facts,
		domain.StoredFact{ID: n + 1, DocumentID: "notice", Published: "2022-04-14", Fact: domain.Fact{Type: domain.TypeAggregate,
			Supplier: us("S1"), Recipient: us("R1"), ValueUSD: 997e6, Notice: notice}},
		domain.StoredFact{ID: n + 2, DocumentID: "notice", Published: "2022-04-14", Fact: domain.Fact{Type: domain.TypeTransfer,
			Supplier: us("S1"), Recipient: us("R1"), System: &domain.System{ID: "sys7"}, Stage: domain.StageApproved, Notice: notice}},
		domain.StoredFact{ID: n + 3, DocumentID: "notice", Published: "2022-04-14", Fact: domain.Fact{Type: domain.TypeTransfer,
			Supplier: us("S1"), Recipient: us("R1"), System: &domain.System{ID: "sys8"}, Stage: domain.StageApproved, Notice: notice}},
		domain.StoredFact{ID: n + 4, DocumentID: "agg", Published: "2020-01-01", Fact: domain.Fact{Type: domain.TypeAggregate,
			Supplier: us("S1"), Recipient: us("R1"), ValueUSD: 5e9}},
		domain.StoredFact{ID: n + 5, DocumentID: "ex", Published: "2020-01-01", Fact: domain.Fact{Type: domain.TypeExercise}},
	)
	for i := range facts {
		facts[i].ValueUSD = float64(facts[i].ID%7) * 1e8
	}
	summary := func(ds []domain.Deal) map[string]string {
		out := map[string]string{}
		for _, d := range ds {
			out[d.ID] = fmt.Sprint(sorted(d.FactIDs), d.ValueUSD, d.Year)
		}
		return out
	}
	want := summary(Deals(facts))
	keys := Keys(facts)
	byKey := map[string][]domain.StoredFact{}
	for i, k := range keys {
		if k != "" {
			byKey[k] = append(byKey[k], facts[i])
		}
	}
	if keys[len(keys)-1] != "" || keys[len(keys)-3] != keys[len(keys)-4] || !strings.HasPrefix(keys[len(keys)-2], KindAggregate) {
		t.Errorf("keys of the notice, the aggregate and the exercise: %q", keys[len(keys)-5:])
	}
	got := map[string]string{}
	for _, fs := range byKey {
		maps.Copy(got, summary(Deals(fs)))
	}
	if !maps.Equal(got, want) {
		t.Errorf("per key: %d deals, all at once: %d", len(got), len(want))
	}
}
