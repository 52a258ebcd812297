package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// paramError is a bad request parameter; it becomes a 400 naming it.
type paramError struct {
	Param string
	Msg   string
}

func (e *paramError) Error() string { return fmt.Sprintf("parameter %q: %s", e.Param, e.Msg) }

func badParam(p, format string, args ...any) error {
	return &paramError{Param: p, Msg: fmt.Sprintf(format, args...)}
}

// apiError is the body of every API error.
type apiError struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

func writeError(w http.ResponseWriter, code int, param, msg string) {
	writeJSON(w, code, apiError{Error: msg, Param: param})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// Stages and Types accepted by the filters.
var (
	stages = []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered, domain.StageOther}
	types  = []string{domain.TypeTransfer, domain.TypeAggregate, domain.TypeAssistance, domain.TypeAgreement, domain.TypeMembership, domain.TypeExercise}
)

// listQuery is a register query as the pages and the API take it.
type listQuery struct {
	domain.FactQuery
	Page, PerPage int
	Values        url.Values // the filter parameters as given, for links
}

// filterParams are the parameters that select facts (not paging or sort).
var filterParams = []string{"type", "supplier", "recipient", "region", "system", "category", "stage", "lang", "since", "until", "q", "min_confidence", "include_rejected"}

// country parses a country code or, when regionOK, a region.
func (s *Server) country(param, v string) (string, error) {
	v = strings.TrimSpace(v)
	if code, ok := s.lex.CountryCode(v); ok {
		return code, nil
	}
	return "", badParam(param, "unknown country %q (an ISO 3166-1 alpha-2 code such as US or MA, or a country's name in en, fr, ar, es or de)", v)
}

// side parses a supplier or recipient: a country code, or a region whose
// members it stands for.
func (s *Server) side(param, v string) (string, []string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil, nil
	}
	if code, ok := s.lex.CountryCode(v); ok {
		return code, nil, nil
	}
	if m := s.lex.Members(v); len(m) > 0 {
		return "", m, nil
	}
	return "", nil, badParam(param, "unknown country or region %q (a code such as US, a country's name, or a region such as africa)", v)
}

func intParam(q url.Values, name string, lo, hi, def int) (int, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, badParam(name, "not an integer: %q", v)
	}
	if n < lo || n > hi {
		return 0, badParam(name, "%d is out of range %d..%d", n, lo, hi)
	}
	return n, nil
}

// confidenceParam reads a confidence from 0 to 1 (0 when absent).
func confidenceParam(q url.Values, name string) (float64, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return 0, nil
	}
	c, err := strconv.ParseFloat(v, 64)
	if err != nil || !(c >= 0 && c <= 1) {
		return 0, badParam(name, "want a number from 0 to 1, not %q", v)
	}
	return c, nil
}

func oneOf(q url.Values, name string, allowed []string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(q.Get(name)))
	if v == "" || slices.Contains(allowed, v) {
		return v, nil
	}
	return "", badParam(name, "%q is not one of %s", v, strings.Join(allowed, ", "))
}

func boolParam(q url.Values, name string) (bool, error) {
	switch strings.ToLower(q.Get(name)) {
	case "", "0", "false", "no", "off":
		return false, nil
	case "1", "true", "yes", "on":
		return true, nil
	}
	return false, badParam(name, "want true or false")
}

// parseList reads the register's parameters. perPageMax bounds per_page and
// limit.
func (s *Server) parseList(q url.Values, perPageMax int) (listQuery, error) {
	var (
		lq  listQuery
		err error
	)
	f := &lq.Filter
	if f.Type, err = oneOf(q, "type", types); err != nil {
		return lq, err
	}
	if f.Supplier, f.Suppliers, err = s.side("supplier", q.Get("supplier")); err != nil {
		return lq, err
	}
	if f.Recipient, f.Countries, err = s.side("recipient", q.Get("recipient")); err != nil {
		return lq, err
	}
	if r := strings.TrimSpace(q.Get("region")); r != "" {
		m := s.lex.Members(r)
		if len(m) == 0 {
			return lq, badParam("region", "unknown region %q (such as africa, mena, europe, nato)", r)
		}
		if len(f.Countries) > 0 {
			m = slices.DeleteFunc(slices.Clone(m), func(c string) bool { return !slices.Contains(f.Countries, c) })
			if len(m) == 0 {
				m = []string{"--"} // recipient region and region do not meet
			}
		}
		f.Countries = m
	}
	f.System = strings.TrimSpace(q.Get("system"))
	if len(f.System) > 200 {
		return lq, badParam("system", "too long")
	}
	if f.Category, err = oneOf(q, "category", domain.Categories); err != nil {
		return lq, err
	}
	if f.Stage, err = oneOf(q, "stage", stages); err != nil {
		return lq, err
	}
	if l := strings.ToLower(strings.TrimSpace(q.Get("lang"))); l != "" {
		if len(l) < 2 || len(l) > 3 || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz") != "" {
			return lq, badParam("lang", "want a language code such as en, fr, ar, es")
		}
		f.Language = l
	}
	if f.Since, err = intParam(q, "since", 1900, 2100, 0); err != nil {
		return lq, err
	}
	if f.Until, err = intParam(q, "until", 1900, 2100, 0); err != nil {
		return lq, err
	}
	if f.Since > 0 && f.Until > 0 && f.Since > f.Until {
		return lq, badParam("until", "%d is before since=%d", f.Until, f.Since)
	}
	f.Text = strings.TrimSpace(q.Get("q"))
	if len(f.Text) > 500 {
		return lq, badParam("q", "too long")
	}
	if f.MinConfidence, err = confidenceParam(q, "min_confidence"); err != nil {
		return lq, err
	}
	if lq.IncludeRejected, err = boolParam(q, "include_rejected"); err != nil {
		return lq, err
	}
	if lq.Sort, err = oneOf(q, "sort", domain.SortFields); err != nil {
		return lq, err
	}
	order, err := oneOf(q, "order", []string{"asc", "desc"})
	if err != nil {
		return lq, err
	}
	lq.Desc = order == "desc" || (order == "" && (lq.Sort == "" || lq.Sort == "date" || lq.Sort == "value" || lq.Sort == "quantity" || lq.Sort == "year"))
	if lq.PerPage, err = intParam(q, "per_page", 1, perPageMax, 50); err != nil {
		return lq, err
	}
	if q.Has("limit") {
		if lq.PerPage, err = intParam(q, "limit", 1, perPageMax, 50); err != nil {
			return lq, err
		}
	}
	if lq.Page, err = intParam(q, "page", 1, 1_000_000, 1); err != nil {
		return lq, err
	}
	f.Limit = lq.PerPage
	f.Offset = (lq.Page - 1) * lq.PerPage
	if q.Has("offset") {
		if f.Offset, err = intParam(q, "offset", 0, 100_000_000, 0); err != nil {
			return lq, err
		}
		lq.Page = f.Offset/lq.PerPage + 1
	}
	lq.Values = url.Values{}
	for _, p := range filterParams {
		if v := strings.TrimSpace(q.Get(p)); v != "" {
			lq.Values.Set(p, v)
		}
	}
	return lq, nil
}

// link is path?filters plus extra parameters.
func (lq listQuery) Link(path string, extra ...string) string {
	v := url.Values{}
	for k, vs := range lq.Values {
		v[k] = vs
	}
	if lq.Sort != "" {
		v.Set("sort", lq.Sort)
		if lq.Desc {
			v.Set("order", "desc")
		} else {
			v.Set("order", "asc")
		}
	}
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i+1] == "" {
			v.Del(extra[i])
		} else {
			v.Set(extra[i], extra[i+1])
		}
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// handleErr answers an error from parsing or the store: a 400 for a bad
// parameter, a 404 for a missing thing, else a 500 (logged).
func (s *Server) handleErr(w http.ResponseWriter, r *http.Request, err error, api bool) {
	var pe *paramError
	code, param, msg := http.StatusInternalServerError, "", "internal error"
	switch {
	case errors.As(err, &pe):
		code, param, msg = http.StatusBadRequest, pe.Param, pe.Error()
	case errors.Is(err, errNotFound) || isNotFound(err):
		code, msg = http.StatusNotFound, "not found"
	default:
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
	}
	if api {
		writeError(w, code, param, msg)
		return
	}
	s.renderError(w, r, code, msg)
}

var errNotFound = errors.New("not found")

func isNotFound(err error) bool {
	return err != nil && strings.HasSuffix(err.Error(), ": not found")
}
