package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// This file serves /api/v1/: the API's reference as an HTML page, rendered
// on the server from openapi.json (every text escaped by html/template; no
// script), so that a reader finds the endpoints and parameters without a
// Swagger viewer.

type refParam struct {
	Name, In, Type, Description string
	Required                    bool
	Enum                        []string
}

type refResponse struct {
	Code, Description, Content, Schema string
}

type refOperation struct {
	Method, Path, ID, Summary, Description string
	Params                                 []refParam
	Responses                              []refResponse
	Auth                                   bool
}

type refData struct {
	Title, Version, Description string
	Operations                  []refOperation
	Schemas                     []string
}

var apiRef = sync.OnceValues(func() (refData, error) {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return refData{}, err
	}
	type schema struct {
		Type  string   `json:"type"`
		Ref   string   `json:"$ref"`
		Enum  []any    `json:"enum"`
		Items *schema  `json:"items"`
		OneOf []schema `json:"oneOf"`
	}
	var doc struct {
		Info struct {
			Title, Version, Description string
		} `json:"info"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return refData{}, fmt.Errorf("openapi.json: %w", err)
	}
	var typeOf func(s *schema) string
	typeOf = func(s *schema) string {
		switch {
		case s == nil:
			return ""
		case s.Ref != "":
			return s.Ref[strings.LastIndex(s.Ref, "/")+1:]
		case s.Type == "array":
			return "array of " + typeOf(s.Items)
		case len(s.OneOf) > 0:
			var alts []string
			for i := range s.OneOf {
				alts = append(alts, typeOf(&s.OneOf[i]))
			}
			return strings.Join(alts, " or ")
		}
		return s.Type
	}
	d := refData{Title: doc.Info.Title, Version: doc.Info.Version, Description: doc.Info.Description}
	for path, item := range doc.Paths {
		for method, raw := range item {
			if method == "parameters" {
				continue
			}
			var op struct {
				OperationID string `json:"operationId"`
				Summary     string `json:"summary"`
				Description string `json:"description"`
				Parameters  []struct {
					Name        string  `json:"name"`
					In          string  `json:"in"`
					Description string  `json:"description"`
					Required    bool    `json:"required"`
					Schema      *schema `json:"schema"`
				} `json:"parameters"`
				Responses map[string]struct {
					Description string `json:"description"`
					Content     map[string]struct {
						Schema *schema `json:"schema"`
					} `json:"content"`
				} `json:"responses"`
				Security []any `json:"security"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				return d, fmt.Errorf("openapi.json: %s %s: %w", method, path, err)
			}
			ro := refOperation{Method: strings.ToUpper(method), Path: path, ID: op.OperationID, Summary: op.Summary,
				Description: op.Description, Auth: len(op.Security) > 0}
			for _, p := range op.Parameters {
				rp := refParam{Name: p.Name, In: p.In, Type: typeOf(p.Schema), Description: p.Description, Required: p.Required}
				if p.Schema != nil {
					for _, e := range p.Schema.Enum {
						rp.Enum = append(rp.Enum, fmt.Sprint(e))
					}
				}
				ro.Params = append(ro.Params, rp)
			}
			for code, resp := range op.Responses {
				rr := refResponse{Code: code, Description: resp.Description}
				var cts []string
				for ct, c := range resp.Content {
					cts = append(cts, ct)
					if rr.Schema == "" {
						rr.Schema = typeOf(c.Schema)
					}
				}
				slices.Sort(cts)
				rr.Content = strings.Join(cts, ", ")
				ro.Responses = append(ro.Responses, rr)
			}
			slices.SortFunc(ro.Responses, func(a, b refResponse) int { return strings.Compare(a.Code, b.Code) })
			d.Operations = append(d.Operations, ro)
		}
	}
	order := map[string]int{"GET": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4}
	slices.SortFunc(d.Operations, func(a, b refOperation) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return order[a.Method] - order[b.Method]
	})
	for name := range doc.Components.Schemas {
		d.Schemas = append(d.Schemas, name)
	}
	slices.Sort(d.Schemas)
	return d, nil
})

// apiReference serves GET /api/v1/.
func (s *Server) apiReference(w http.ResponseWriter, r *http.Request) {
	d, err := apiRef()
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	s.render(w, r, http.StatusOK, "apiref", view{Title: "API reference", D: d})
}

// apiReferenceRedirect sends /api/v1 to /api/v1/.
func (s *Server) apiReferenceRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/api/v1/", http.StatusMovedPermanently)
}
