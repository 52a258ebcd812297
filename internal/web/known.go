package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// This file refuses unknown query parameters: a misspelt filter
// (?suplier=US) must not silently answer the whole register. The API's
// parameters are those openapi.json declares for the operation, so the
// document and the check cannot drift apart; the pages' are listed in
// pageQueryParams. A route in neither (static files, form posts) is not
// checked.

// listQueryParams are what parseList reads.
var listQueryParams = append(slices.Clone(filterParams), "sort", "order", "page", "per_page", "limit", "offset")

// pageQueryParams are the query parameters of each page route (the mux
// pattern).
var pageQueryParams = map[string][]string{
	"GET /{$}":                          nil,
	"GET /register":                     listQueryParams,
	"GET /register.csv":                 listQueryParams,
	"GET /register.json":                listQueryParams,
	"GET /countries/{code}":             nil,
	"GET /pairs/{supplier}/{recipient}": nil,
	"GET /documents/{id}":               nil,
	"GET /systems/{id}":                 nil,
	"GET /deals":                        append(slices.Clone(listQueryParams), "reference"),
	"GET /deals.csv":                    append(slices.Clone(listQueryParams), "reference"),
	"GET /rankings":                     {"supplier", "recipient", "region", "by", "since", "until", "limit", "min_confidence", "constant"},
	"GET /table":                        tableQueryParams,
	"GET /table.csv":                    tableQueryParams,
	"GET /table.xlsx":                   tableQueryParams,
	"GET /search":                       {"q", "page"},
	"GET /map":                          append(slices.Clone(listQueryParams), "by"),
	"GET /watchlists":                   {"query"},
	"GET /feeds/{file}":                 nil,
	"GET /healthz":                      nil,
	"GET /readyz":                       nil,
	"GET /metrics":                      nil,
}

var tableQueryParams = []string{"supplier", "recipient", "by", "since", "until", "constant", "min_confidence"}

// apiOperations maps openapi.json's path templates and methods to their
// query parameters.
var apiOperations = sync.OnceValues(func() (map[string]map[string][]string, error) {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return nil, err
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %w", err)
	}
	type param struct {
		Name string `json:"name"`
		In   string `json:"in"`
	}
	out := map[string]map[string][]string{}
	for path, item := range doc.Paths {
		out[path] = map[string][]string{}
		var shared []param
		if raw, ok := item["parameters"]; ok {
			_ = json.Unmarshal(raw, &shared)
		}
		for method, raw := range item {
			if method == "parameters" {
				continue
			}
			var op struct {
				Parameters []param `json:"parameters"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				return nil, fmt.Errorf("openapi.json: %s %s: %w", method, path, err)
			}
			names := []string{}
			for _, p := range append(slices.Clone(shared), op.Parameters...) {
				if p.In == "query" {
					names = append(names, p.Name)
				}
			}
			out[path][strings.ToUpper(method)] = names
		}
	}
	return out, nil
})

// apiQueryParams finds the operation of an API request: its query
// parameters, and false when openapi.json has no such operation.
func apiQueryParams(method, path string) ([]string, bool) {
	ops, err := apiOperations()
	if err != nil {
		return nil, false
	}
	if method == http.MethodHead {
		method = http.MethodGet
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	best, bestLiteral, found := []string(nil), -1, false
	for tmpl, methods := range ops {
		names, ok := methods[method]
		if !ok {
			continue
		}
		ts := strings.Split(strings.Trim(tmpl, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		literal := 0
		for i := range ts {
			if strings.HasPrefix(ts[i], "{") {
				continue
			}
			if ts[i] != segs[i] {
				literal = -1
				break
			}
			literal++
		}
		if literal > bestLiteral { // /a/b beats /a/{x}
			best, bestLiteral, found = names, literal, true
		}
	}
	return best, found
}

// knownParams answers a 400 naming the query parameters the route does
// not take.
func (s *Server) knownParams(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			h.ServeHTTP(w, r)
			return
		}
		api := strings.HasPrefix(r.URL.Path, "/api/")
		var (
			known []string
			ok    bool
		)
		if api {
			known, ok = apiQueryParams(r.Method, r.URL.Path)
		} else if _, pattern := s.mux.Handler(r); pattern != "" {
			known, ok = pageQueryParams[pattern]
		}
		if !ok {
			h.ServeHTTP(w, r)
			return
		}
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			h.ServeHTTP(w, r) // the inputs check answers it
			return
		}
		var unknown []string
		for k := range q {
			if !slices.Contains(known, k) {
				unknown = append(unknown, k)
			}
		}
		if len(unknown) == 0 {
			h.ServeHTTP(w, r)
			return
		}
		slices.Sort(unknown)
		msg := unknownMessage(unknown, known)
		if api {
			writeError(w, http.StatusBadRequest, unknown[0], msg)
			return
		}
		s.renderError(w, r, http.StatusBadRequest, msg)
	})
}

func unknownMessage(unknown, known []string) string {
	quoted := make([]string, len(unknown))
	for i, u := range unknown {
		quoted[i] = fmt.Sprintf("%q", u)
	}
	msg := "unknown parameter " + quoted[0]
	if len(unknown) > 1 {
		msg = "unknown parameters " + strings.Join(quoted, ", ")
	}
	if len(known) == 0 {
		return msg + " (this address takes no query parameters)"
	}
	k := slices.Clone(known)
	slices.Sort(k)
	return msg + " (this address takes: " + strings.Join(k, ", ") + ")"
}
