package web

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// spec is the OpenAPI document as generic JSON.
type spec map[string]any

func loadSpec(t *testing.T) spec {
	t.Helper()
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var s spec
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// operation finds the operation whose path template matches path.
func (s spec) operation(method, path string) (map[string]any, bool) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for tmpl, item := range s["paths"].(map[string]any) {
		ts := strings.Split(strings.Trim(tmpl, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		ok := true
		for i := range ts {
			if !strings.HasPrefix(ts[i], "{") && ts[i] != segs[i] {
				ok = false
				break
			}
		}
		if op, found := item.(map[string]any)[strings.ToLower(method)]; ok && found {
			return op.(map[string]any), true
		}
	}
	return nil, false
}

func (s spec) resolve(schema map[string]any) map[string]any {
	for {
		ref, ok := schema["$ref"].(string)
		if !ok {
			return schema
		}
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		schema = s["components"].(map[string]any)["schemas"].(map[string]any)[name].(map[string]any)
	}
}

// check validates v against schema: types, required properties, enums,
// items, additionalProperties and oneOf. It returns the violations.
func (s spec) check(schema map[string]any, v any, at string) []string {
	schema = s.resolve(schema)
	if alts, ok := schema["oneOf"].([]any); ok {
		n := 0
		for _, a := range alts {
			if len(s.check(a.(map[string]any), v, at)) == 0 {
				n++
			}
		}
		if n != 1 {
			return []string{fmt.Sprintf("%s: matches %d of oneOf", at, n)}
		}
		return nil
	}
	var errs []string
	typ, _ := schema["type"].(string)
	switch typ {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T is not an object", at, v)}
		}
		for _, r := range asList(schema["required"]) {
			if _, ok := obj[r]; !ok {
				errs = append(errs, fmt.Sprintf("%s: missing required %q", at, r))
			}
		}
		props, _ := schema["properties"].(map[string]any)
		extra, _ := schema["additionalProperties"].(map[string]any)
		for k, val := range obj {
			if p, ok := props[k]; ok {
				errs = append(errs, s.check(p.(map[string]any), val, at+"."+k)...)
			} else if extra != nil {
				errs = append(errs, s.check(extra, val, at+"."+k)...)
			} else if props != nil {
				errs = append(errs, fmt.Sprintf("%s: property %q is not in the schema", at, k))
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T is not an array", at, v)}
		}
		if items, ok := schema["items"].(map[string]any); ok {
			for i, x := range arr {
				errs = append(errs, s.check(items, x, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			return []string{fmt.Sprintf("%s: %T is not a string", at, v)}
		}
		if enum := asList(schema["enum"]); enum != nil && !slices.Contains(enum, str) {
			errs = append(errs, fmt.Sprintf("%s: %q not in %v", at, str, enum))
		}
	case "integer":
		f, ok := v.(float64)
		if !ok || f != float64(int64(f)) {
			return []string{fmt.Sprintf("%s: %v is not an integer", at, v)}
		}
	case "number":
		if _, ok := v.(float64); !ok {
			return []string{fmt.Sprintf("%s: %T is not a number", at, v)}
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return []string{fmt.Sprintf("%s: %T is not a boolean", at, v)}
		}
	}
	return errs
}

func asList(v any) []string {
	l, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make([]string, len(l))
	for i, x := range l {
		out[i], _ = x.(string)
	}
	return out
}

// TestOpenAPI sends real requests and validates the responses against the
// schemas the OpenAPI document declares for their path and status.
func TestOpenAPI(t *testing.T) {
	sp := loadSpec(t)
	if sp["openapi"] != "3.0.3" {
		t.Fatalf("openapi = %v", sp["openapi"])
	}
	srv, st := newTest(t, Options{Token: "tok"})
	_ = st
	// The served document is the embedded one.
	if rec := get(t, srv, "/api/v1/openapi.json"); rec.Code != 200 || !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("openapi.json: %d", rec.Code)
	}
	do := func(method, path, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	var wl struct{ ID string }
	rec := do("POST", "/api/v1/watchlists", `{"name":"all","query":"supplier=US"}`)
	if err := json.Unmarshal(rec.Body.Bytes(), &wl); err != nil {
		t.Fatal(err)
	}
	var facts factsResponse
	if err := json.Unmarshal(get(t, srv, "/api/v1/facts?limit=1").Body.Bytes(), &facts); err != nil || len(facts.Facts) == 0 {
		t.Fatal(err)
	}
	fid := fmt.Sprint(facts.Facts[0].ID)
	covered := map[string]bool{}
	for _, tc := range []struct {
		method, path, body string
		code               int
	}{
		{"GET", "/api/v1/stats", "", 200},
		{"GET", "/api/v1/facts", "", 200},
		{"GET", "/api/v1/facts?supplier=US&sort=value&limit=2", "", 200},
		{"GET", "/api/v1/facts?since=x", "", 400},
		{"GET", "/api/v1/facts/" + fid, "", 200},
		{"GET", "/api/v1/facts/999999", "", 404},
		{"POST", "/api/v1/facts/" + fid + "/review", `{"action":"correct","who":"t","correction":{"year":2020}}`, 200},
		{"GET", "/api/v1/facts/" + fid + "/reviews", "", 200},
		{"POST", "/api/v1/documents/doc-en/facts", `{"fact":{"supplier":"US","recipient":"NG","system":{"name":"m142-himars"},"value":10e6,"currency":"USD"},"start":0,"end":10,"who":"t"}`, 201},
		{"POST", "/api/v1/documents/doc-en/facts", `{"fact":{"supplier":"US","recipient":"NG"},"start":0,"end":99999999,"who":"t"}`, 400},
		{"POST", "/api/v1/documents/missing/facts", `{"fact":{"supplier":"US","recipient":"NG"},"start":0,"end":1,"who":"t"}`, 404},
		{"GET", "/api/v1/reviews", "", 200},
		{"GET", "/api/v1/documents/doc-en", "", 200},
		{"GET", "/api/v1/documents/doc-ar", "", 200},
		{"GET", "/api/v1/documents/missing", "", 404},
		{"GET", "/api/v1/countries/NG", "", 200},
		{"GET", "/api/v1/countries/US", "", 200},
		{"GET", "/api/v1/pairs/US/NG", "", 200},
		{"GET", "/api/v1/pairs/FR/EG", "", 200},
		{"GET", "/api/v1/systems/ah-1z", "", 200},
		{"GET", "/api/v1/systems/m142-himars", "", 200},
		{"GET", "/api/v1/deals", "", 200},
		{"GET", "/api/v1/deals?supplier=FR&stage=ordered&since=2020&limit=1", "", 200},
		{"GET", "/api/v1/deals?stage=signed", "", 400},
		{"GET", "/api/v1/rankings?supplier=US&region=africa", "", 200},
		{"GET", "/api/v1/rankings?recipient=EG&by=count", "", 200},
		{"GET", "/api/v1/rankings?supplier=US&constant=2024", "", 200},
		{"GET", "/api/v1/rankings?supplier=US&constant=1850", "", 400},
		{"GET", "/api/v1/table?supplier=US&by=value&constant=2024", "", 200},
		{"GET", "/api/v1/table?recipient=EG&by=count&since=2015&until=2024", "", 200},
		{"GET", "/api/v1/table?by=value", "", 400},
		{"GET", "/api/v1/table?supplier=US&since=2020&until=2010", "", 400},
		{"GET", "/api/v1/flows?region=africa", "", 200},
		{"GET", "/api/v1/search?q=Nigeria", "", 200},
		{"GET", "/api/v1/search?q=Nigeria&limit=1&offset=0", "", 200},
		{"GET", "/api/v1/search?q=Nigeria&highlight=1", "", 400},
		{"GET", "/api/v1/countries", "", 200},
		{"GET", "/api/v1/countries?region=africa&with_facts=true&limit=2", "", 200},
		{"GET", "/api/v1/countries?region=atlantis", "", 400},
		{"GET", "/api/v1/regions", "", 200},
		{"GET", "/api/v1/systems", "", 200},
		{"GET", "/api/v1/systems?q=himars&category=artillery", "", 200},
		{"GET", "/api/v1/systems?category=spaceships", "", 400},
		{"GET", "/api/v1/documents", "", 200},
		{"GET", "/api/v1/documents?lang=fr&limit=1", "", 200},
		{"GET", "/api/v1/documents?language=fr", "", 400},
		{"GET", "/api/v1/facts?suplier=US", "", 400},
		{"GET", "/api/v1/watchlists", "", 200},
		{"GET", "/api/v1/watchlists/" + wl.ID, "", 200},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := do(tc.method, tc.path, tc.body)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body.String())
			}
			path, _, _ := strings.Cut(tc.path, "?")
			op, ok := sp.operation(tc.method, path)
			if !ok {
				t.Fatalf("no operation for %s %s in openapi.json", tc.method, path)
			}
			covered[op["operationId"].(string)] = true
			resp, ok := op["responses"].(map[string]any)[fmt.Sprint(tc.code)].(map[string]any)
			if !ok {
				t.Fatalf("openapi.json declares no %d response", tc.code)
			}
			schema := resp["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatal(err)
			}
			for _, e := range sp.check(schema, v, "$") {
				t.Error(e)
			}
		})
	}
	// Every GET operation of the document was exercised.
	for _, item := range sp["paths"].(map[string]any) {
		if op, ok := item.(map[string]any)["get"].(map[string]any); ok && !covered[op["operationId"].(string)] {
			t.Errorf("operation %s is not checked", op["operationId"])
		}
	}
	// The checker itself rejects what it should.
	bad := map[string]any{"total": "3", "facts": []any{}}
	if errs := sp.check(map[string]any{"$ref": "#/components/schemas/FactPage"}, bad, "$"); len(errs) < 3 {
		t.Errorf("checker accepted a bad page: %v", errs)
	}
}
