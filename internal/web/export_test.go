package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// limitSpy records the page sizes the server asks the store for.
type limitSpy struct {
	domain.Register
	mu     sync.Mutex
	limits []int
}

func (s *limitSpy) QueryFacts(ctx context.Context, q domain.FactQuery) (domain.FactPage, error) {
	s.mu.Lock()
	s.limits = append(s.limits, q.Limit)
	s.mu.Unlock()
	return s.Register.QueryFacts(ctx, q)
}

// Exports are read and written in chunks, and lose or repeat no fact.
func TestExportStreams(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const n = 1234
	text := "France delivered howitzers to Morocco."
	var facts []domain.Fact
	for i := range n {
		facts = append(facts, domain.Fact{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("MA"), Quantity: i + 1, Year: 2022,
			Evidence: evidence(text, text), Confidence: 0.9})
	}
	if _, err := st.SaveDocument(ctx, &domain.Document{ID: "many", Source: "many.txt", Language: "en", Text: text}, facts); err != nil {
		t.Fatal(err)
	}
	spy := &limitSpy{Register: st}
	srv, err := NewServer(spy, Options{RatePerSecond: 1e6, Burst: 1e6, HeavyRatePerSecond: 1e6, HeavyBurst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	rec := get(t, srv, "/register.csv?supplier=FR&sort=quantity&order=asc")
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil || rec.Code != 200 {
		t.Fatalf("csv %d: %v", rec.Code, err)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		seen[r[6]] = true
	}
	if len(rows) != n+1 || len(seen) != n {
		t.Errorf("csv: %d rows, %d distinct quantities, want %d", len(rows)-1, len(seen), n)
	}
	for _, l := range spy.limits {
		if l > exportChunk {
			t.Errorf("asked the store for %d facts at once", l)
		}
	}
	rec = get(t, srv, "/register.json?supplier=FR")
	var got struct {
		Total int                   `json:"total"`
		Facts []domain.RegisterFact `json:"facts"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || got.Total != n || len(got.Facts) != n {
		t.Errorf("json: total %d, %d facts, err %v", got.Total, len(got.Facts), err)
	}
	empty := get(t, srv, "/register.json?supplier=US")
	if err := json.Unmarshal(empty.Body.Bytes(), &got); err != nil || got.Total != 0 {
		t.Errorf("empty json: %v %s", err, empty.Body.String())
	}
	if c := get(t, srv, "/register.csv?since=abc").Code; c != 400 {
		t.Errorf("bad parameter: %d", c)
	}
}
