package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// /help renders the help text of `armswatch help topics`, linked from
// every page.
func TestHelpPage(t *testing.T) {
	srv, _ := newTest(t, Options{})
	rec := get(t, srv, "/help")
	body := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("/help: %d", rec.Code)
	}
	for _, want := range []string{`<h2>Fact types</h2>`, `id="before-citing-a-number"`, `<strong>requested</strong>`, `<ol>`, `<li>Open the fact&#39;s document`, "calibrated", "constant dollars"} {
		if !strings.Contains(body, want) {
			t.Errorf("/help lacks %q", want)
		}
	}
	if strings.Contains(body, "**") {
		t.Error("/help shows raw ** marks")
	}
	if !strings.Contains(get(t, srv, "/").Body.String(), `href="/help"`) {
		t.Error("the overview does not link to /help")
	}
}

// Country fields take names in any supported language (pages and API),
// and the forms suggest them.
func TestCountryNames(t *testing.T) {
	srv, _ := newTest(t, Options{})
	count := func(path string) int {
		rec := get(t, srv, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
		var v struct {
			Total int `json:"total"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return v.Total
	}
	want := count("/api/v1/facts?supplier=FR&recipient=MA")
	if want == 0 {
		t.Fatal("no FR -> MA fact in the seed")
	}
	for _, q := range []string{"supplier=France&recipient=Maroc", "supplier=" + url.QueryEscape("فرنسا") + "&recipient=" + url.QueryEscape("المغرب"), "supplier=Francia&recipient=Marruecos", "supplier=fr&recipient=Morocco"} {
		if got := count("/api/v1/facts?" + q); got != want {
			t.Errorf("%s: %d facts, want %d", q, got, want)
		}
	}
	for _, path := range []string{"/register?supplier=France&recipient=Maroc", "/rankings?supplier=France", "/table?supplier=France", "/api/v1/rankings?supplier=France"} {
		if rec := get(t, srv, path); rec.Code != http.StatusOK {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body.String())
		}
	}
	rec := get(t, srv, "/api/v1/facts?supplier=Atlantis")
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "name") {
		t.Errorf("unknown country: %d %s", rec.Code, rec.Body.String())
	}
	for _, path := range []string{"/register", "/rankings", "/table"} {
		body := get(t, srv, path).Body.String()
		if !strings.Contains(body, `list="countries"`) || !strings.Contains(body, `<option value="MA">Morocco`) || !strings.Contains(body, "Maroc") {
			t.Errorf("%s: no country suggestions", path)
		}
	}
}
