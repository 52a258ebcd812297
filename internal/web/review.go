package web

import (
	"crypto/subtle"
	"net/http"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// authorized reports whether the request carries the server's token, in an
// Authorization: Bearer header or (forms) the "token" field.
func (s *Server) authorized(r *http.Request, form bool) bool {
	if s.opts.Token == "" {
		return false
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok && form {
		tok = r.PostFormValue("token")
	}
	return tok != "" && subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.Token)) == 1
}

// reviewRequest is the body of POST /api/v1/facts/{id}/review.
type reviewRequest struct {
	Action     string             `json:"action"` // confirm, reject or correct
	Correction *domain.Correction `json:"correction,omitempty"`
	Who        string             `json:"who"`
	Note       string             `json:"note,omitempty"`
}

var actions = map[string]string{
	"confirm": domain.ReviewConfirmed, "confirmed": domain.ReviewConfirmed,
	"reject": domain.ReviewRejected, "rejected": domain.ReviewRejected,
	"correct": domain.ReviewCorrected, "corrected": domain.ReviewCorrected,
}

// checkReview validates a review before it reaches the store.
func (s *Server) checkReview(in *domain.ReviewInput, action string) error {
	var ok bool
	if in.Action, ok = actions[strings.ToLower(action)]; !ok {
		return badParam("action", "want confirm, reject or correct")
	}
	if len(in.Who) > 100 {
		return badParam("who", "too long")
	}
	if len(in.Note) > 2000 {
		return badParam("note", "too long")
	}
	if in.Action != domain.ReviewCorrected {
		in.Correction = nil
		return nil
	}
	c := in.Correction
	if c.IsZero() {
		return badParam("correction", "nothing to correct")
	}
	for _, p := range []struct {
		name string
		v    **string
	}{{"supplier", &c.Supplier}, {"recipient", &c.Recipient}} {
		if *p.v != nil {
			code, err := s.country(p.name, **p.v)
			if err != nil {
				return err
			}
			*p.v = &code
		}
	}
	if c.Stage != nil && !contains(stages, *c.Stage) {
		return badParam("stage", "want one of %s", strings.Join(stages, ", "))
	}
	if c.Quantity != nil && (*c.Quantity < 0 || *c.Quantity > 1_000_000) {
		return badParam("quantity", "out of range")
	}
	if c.ValueUSD != nil && !(*c.ValueUSD >= 0 && *c.ValueUSD <= 1e13) {
		return badParam("value_usd", "out of range")
	}
	if c.Value != nil && !(*c.Value >= 0 && *c.Value <= 1e15) {
		return badParam("value", "out of range")
	}
	if c.Currency != nil {
		cur, err := currency(*c.Currency)
		if err != nil {
			return err
		}
		c.Currency = &cur
	}
	if c.System != nil {
		sys, err := s.system(c.System)
		if err != nil {
			return err
		}
		c.System = sys
	}
	if c.Year != nil && (*c.Year < 1900 || *c.Year > 2100) {
		return badParam("year", "out of range 1900..2100")
	}
	return nil
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r, false) {
		s.unauthorized(w)
		return
	}
	id, err := factID("id", r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	var req reviewRequest
	if err := decodeJSON(r, &req); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	in := domain.ReviewInput{FactID: id, Correction: req.Correction, Who: strings.TrimSpace(req.Who), Note: req.Note, Client: clientAddr(r)}
	if err := s.checkReview(&in, req.Action); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	rv, err := s.st.ReviewFact(r.Context(), in)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, rv)
}

func (s *Server) unauthorized(w http.ResponseWriter) {
	if s.opts.Token == "" {
		writeError(w, http.StatusForbidden, "", "writes are disabled: the server has no token (ARMSWATCH_TOKEN or --token)")
		return
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="armswatch"`)
	writeError(w, http.StatusUnauthorized, "", "a valid token is required (Authorization: Bearer TOKEN)")
}

// reviewForm handles the review buttons of the pages, then goes back to
// the page (the "back" field, a local path) with a message.
func (s *Server) reviewForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	id, err := factID("id", r.PathValue("id"))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	in := domain.ReviewInput{FactID: id, Who: strings.TrimSpace(r.PostFormValue("who")), Note: r.PostFormValue("note"), Client: clientAddr(r)}
	action := r.PostFormValue("action")
	if actions[action] == domain.ReviewCorrected {
		c := &domain.Correction{}
		if err := formCorrection(r, c); err != nil {
			s.handleErr(w, r, err, false)
			return
		}
		in.Correction = c
	}
	if err := s.checkReview(&in, action); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	if _, err := s.st.ReviewFact(r.Context(), in); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	http.Redirect(w, r, safeBack(r.PostFormValue("back")), http.StatusSeeOther)
}

// formCorrection reads the correction fields of a review form; empty
// fields correct nothing.
func formCorrection(r *http.Request, c *domain.Correction) error {
	get := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	if v := get("supplier"); v != "" {
		c.Supplier = &v
	}
	if v := get("recipient"); v != "" {
		c.Recipient = &v
	}
	if v := get("stage"); v != "" {
		c.Stage = &v
	}
	for _, p := range []struct {
		name string
		dst  **int
	}{{"quantity", &c.Quantity}, {"year", &c.Year}} {
		if v := get(p.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return badParam(p.name, "not an integer")
			}
			*p.dst = &n
		}
	}
	for _, p := range []struct {
		name string
		dst  **float64
	}{{"value_usd", &c.ValueUSD}, {"value", &c.Value}} {
		if v := get(p.name); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return badParam(p.name, "not a number")
			}
			*p.dst = &f
		}
	}
	if v := get("currency"); v != "" {
		c.Currency = &v
	}
	if v, cat := get("system"), get("system_category"); v != "" || cat != "" {
		c.System = &domain.System{Name: v, Category: cat}
	}
	return nil
}

// currency checks an ISO 4217 code (three letters), upper-cased.
func currency(v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if len(v) != 3 || strings.IndexFunc(v, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return "", badParam("currency", "want an ISO 4217 code such as USD or EUR")
	}
	return v, nil
}

// system resolves a corrected or added system: a lexicon id or name gives
// the lexicon's system; anything else is a generic system, named as given,
// of a known category.
func (s *Server) system(in *domain.System) (*domain.System, error) {
	name := strings.TrimSpace(firstNonEmpty(in.ID, in.Name))
	if len(name) > 200 {
		return nil, badParam("system", "too long")
	}
	if name != "" {
		if ls, ok := s.lex.System(strings.ToLower(name)); ok {
			return lexSystem(ls, name), nil
		}
		for _, ls := range s.lex.Systems {
			if strings.EqualFold(ls.Name, name) || strings.EqualFold(ls.Designation, name) {
				return lexSystem(ls, name), nil
			}
		}
	}
	cat := strings.TrimSpace(in.Category)
	if cat != "" && !domain.IsCategory(cat) {
		return nil, badParam("system_category", "want one of %s", strings.Join(domain.Categories, ", "))
	}
	if name == "" && cat == "" {
		return nil, badParam("system", "name a system or a category")
	}
	return &domain.System{Name: name, Category: cat, Mention: name}, nil
}

func lexSystem(ls lexicon.System, mention string) *domain.System {
	return &domain.System{ID: ls.ID, Name: ls.Name, Designation: ls.Designation, Category: ls.Category,
		Origin: ls.Origin, Maker: ls.Maker, Aliases: ls.Aliases, Mention: mention}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// writeForm parses a form that writes and checks its CSRF field and token,
// answering the page itself when one fails.
func (s *Server) writeForm(w http.ResponseWriter, r *http.Request) bool {
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, http.StatusBadRequest, "bad form")
		return false
	}
	if !checkCSRF(r) {
		s.renderError(w, r, http.StatusForbidden, "the form has expired or did not come from this site: reload the page and try again")
		return false
	}
	if !s.authorized(r, true) {
		s.renderError(w, r, http.StatusUnauthorized, "wrong or missing token")
		return false
	}
	return true
}
