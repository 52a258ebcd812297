package web

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// The seed's confidences: doc-en 0.9, 0.8, 0.7 (membership); doc-ar 0.8;
// doc-fr 0.8; doc-bad 0.5.

func TestMinConfidence(t *testing.T) {
	srv, _ := newTest(t, Options{})
	for _, tc := range []struct {
		path  string
		code  int
		facts int      // API: facts returned; pages: the summary's count
		want  []string // in the body
	}{
		{"/api/v1/facts", 200, 6, nil},
		{"/api/v1/facts?min_confidence=0.8", 200, 4, nil},
		{"/api/v1/facts?min_confidence=0.85", 200, 1, nil},
		{"/api/v1/facts?min_confidence=0", 200, 6, nil},
		{"/api/v1/facts?min_confidence=1.5", 400, -1, []string{"min_confidence"}},
		{"/api/v1/facts?min_confidence=abc", 400, -1, []string{"min_confidence"}},
		{"/api/v1/facts?min_confidence=NaN", 400, -1, []string{"min_confidence"}},
		{"/register?min_confidence=0.75", 200, -1, []string{"<strong>4</strong> facts", `name="min_confidence" type="number" min="0" max="1" step="0.05" value="0.75"`, "register.csv?min_confidence=0.75"}},
		{"/register?min_confidence=2", 400, -1, []string{"min_confidence"}},
		// FR to EG: the Rafale (0.8) and the hostile document's fact (0.5).
		{"/api/v1/rankings?supplier=FR&by=count", 200, -1, []string{`"party": "EG",
      "value_usd": 0,
      "facts": 2,`}},
		{"/api/v1/rankings?supplier=FR&by=count&min_confidence=0.6", 200, -1, []string{`"party": "EG",
      "value_usd": 0,
      "facts": 1,`}},
		{"/api/v1/rankings?supplier=FR&min_confidence=0.9", 200, -1, []string{`"rows": []`}},
		{"/api/v1/flows?min_confidence=0.85", 200, -1, []string{`"supplier": "US",
      "recipient": "NG",`}},
		{"/api/v1/flows?min_confidence=0.95", 200, -1, []string{`"flows": []`}},
	} {
		rec := get(t, srv, tc.path)
		body := rec.Body.String()
		if rec.Code != tc.code {
			t.Errorf("%s: %d, want %d: %s", tc.path, rec.Code, tc.code, body)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q in %.600s", tc.path, w, body)
			}
		}
		if tc.facts >= 0 {
			var page struct{ Facts []domain.RegisterFact }
			if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
				t.Fatalf("%s: %v", tc.path, err)
			}
			if len(page.Facts) != tc.facts {
				t.Errorf("%s: %d facts, want %d", tc.path, len(page.Facts), tc.facts)
			}
			for _, f := range page.Facts {
				if strings.Contains(tc.path, "min_confidence=0.8") && f.Confidence < 0.8 {
					t.Errorf("%s: fact %d has confidence %v", tc.path, f.ID, f.Confidence)
				}
			}
		}
	}
}

func TestToReviewBadge(t *testing.T) {
	const badge = `class="badge toreview"`
	for _, tc := range []struct {
		name   string
		opts   Options
		review bool // confirm the membership fact first
		path   string
		want   int // badges on the page
	}{
		{"default threshold 0.5: none below", Options{}, false, "/register", 0},
		{"threshold 0.75: membership and the hostile one", Options{ReviewBelow: 0.75}, false, "/register", 2},
		{"threshold 0.75: document page", Options{ReviewBelow: 0.75}, false, "/documents/doc-en", 1},
		{"threshold 0.75: pair page", Options{ReviewBelow: 0.75}, false, "/pairs/FR/EG", 1},
		{"threshold 0.75: overview latest facts", Options{ReviewBelow: 0.75}, false, "/", 2},
		{"reviewed facts are not to review", Options{ReviewBelow: 0.75}, true, "/documents/doc-en", 0},
		{"threshold 0.95: everything", Options{ReviewBelow: 0.95}, false, "/register", 6},
		{"negative: none", Options{ReviewBelow: -1}, false, "/register", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, st := newTest(t, tc.opts)
			if tc.review {
				page, err := st.QueryFacts(context.Background(), domain.FactQuery{DocumentID: "doc-en", Filter: domain.Filter{Type: domain.TypeMembership}})
				if err != nil || len(page.Facts) != 1 {
					t.Fatalf("membership fact: %v %v", page.Facts, err)
				}
				if _, err := st.ReviewFact(context.Background(), domain.ReviewInput{FactID: page.Facts[0].ID, Action: domain.ReviewConfirmed}); err != nil {
					t.Fatal(err)
				}
			}
			rec := get(t, srv, tc.path)
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("%s: %d", tc.path, rec.Code)
			}
			if got := strings.Count(body, badge); got != tc.want {
				t.Errorf("%s: %d badges, want %d", tc.path, got, tc.want)
			}
			if tc.want > 0 && !strings.Contains(body, `title="extraction confidence 0.`) {
				t.Errorf("%s: badge without its confidence", tc.path)
			}
			if strings.Contains(body, hostile) || strings.Contains(body, hostileAttr) {
				t.Errorf("%s: unescaped hostile text", tc.path)
			}
		})
	}
}
