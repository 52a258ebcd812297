package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// PROBE_LANG=en PROBE_TEXT='Head|||Body' or PROBE_FILE=/abs/path
func TestZZProbe(t *testing.T) {
	text := strings.ReplaceAll(os.Getenv("PROBE_TEXT"), "|||", "\n\n")
	if f := os.Getenv("PROBE_FILE"); f != "" {
		b, _ := os.ReadFile(f)
		text = string(b)
	}
	if text == "" {
		t.Skip()
	}
	x := New(lexicon.Default())
	cs, err := x.Candidates(&domain.Document{Text: text, Language: os.Getenv("PROBE_LANG")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		f := c.Fact
		f.Evidence.Text = ""
		b, _ := json.Marshal(f)
		t.Logf("CAND %.3f %s", x.model.Confidence(c.Features), b)
	}
}
