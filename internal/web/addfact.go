package web

import (
	"errors"
	rates "github.com/armswatch/armswatch/internal/money"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file lets reviewers add a fact the extractor missed, with its
// evidence chosen in the document: POST /documents/{id}/facts (the form of
// the document page) and POST /api/v1/documents/{id}/facts, both behind
// the token.

// addFactRequest is the body of POST /api/v1/documents/{id}/facts. The
// correction fields say what the fact states; Start and End are the
// evidence's rune offsets in the document's text.
type addFactRequest struct {
	Type  string             `json:"type"` // transfer (default), aggregate or assistance
	Fact  *domain.Correction `json:"fact"`
	Start int                `json:"start"`
	End   int                `json:"end"`
	Who   string             `json:"who"`
	Note  string             `json:"note,omitempty"`
}

// addableTypes are the fact types a reviewer can add.
var addableTypes = []string{domain.TypeTransfer, domain.TypeAggregate, domain.TypeAssistance}

// buildAddedFact checks what a reviewer states and makes the fact: its
// attributes validated as a correction's are (checkReview), its evidence
// within the document's text.
func (s *Server) buildAddedFact(docID, typ string, c *domain.Correction, start, end int, who, note, client string) (domain.AddFactInput, error) {
	if typ == "" {
		typ = domain.TypeTransfer
	}
	if !contains(addableTypes, typ) {
		return domain.AddFactInput{}, badParam("type", "want one of %s", strings.Join(addableTypes, ", "))
	}
	if c == nil {
		c = &domain.Correction{}
	}
	in := domain.ReviewInput{Action: domain.ReviewCorrected, Correction: c, Who: strings.TrimSpace(who), Note: note}
	if c.IsZero() {
		return domain.AddFactInput{}, badParam("fact", "the fact states nothing")
	}
	if err := s.checkReview(&in, "correct"); err != nil {
		return domain.AddFactInput{}, err
	}
	if c.Supplier == nil || c.Recipient == nil {
		return domain.AddFactInput{}, badParam("supplier", "a fact added by hand needs a supplier and a recipient")
	}
	f := domain.Fact{Type: typ, Confidence: 1, Evidence: domain.Evidence{Start: start, End: end}}
	giver := &domain.Party{Code: *c.Supplier}
	if typ == domain.TypeAssistance {
		f.Provider = giver
	} else {
		f.Supplier = giver
	}
	c.Supplier = nil
	c.Normalize(&f, rates.ToUSDOrLatest)
	c.Apply(&f)
	if start < 0 || end <= start {
		return domain.AddFactInput{}, badParam("evidence", "choose the sentence the fact is read from")
	}
	return domain.AddFactInput{DocumentID: docID, Fact: f, Who: in.Who, Note: note, Client: client}, nil
}

// addFact stores the fact when the register can hold added facts and the
// evidence lies within the document.
func (s *Server) addFact(r *http.Request, in domain.AddFactInput) (domain.RegisterFact, error) {
	fa, ok := s.st.(domain.FactAdder)
	if !ok {
		return domain.RegisterFact{}, badParam("fact", "this register cannot hold facts added by hand")
	}
	doc, err := s.st.Document(r.Context(), in.DocumentID)
	if err != nil {
		return domain.RegisterFact{}, err
	}
	if n := utf8.RuneCountInString(doc.Text); in.Fact.Evidence.End > n {
		return domain.RegisterFact{}, badParam("evidence", "offsets %d..%d outside the document's %d characters", in.Fact.Evidence.Start, in.Fact.Evidence.End, n)
	}
	f, err := fa.AddFact(r.Context(), in)
	if errors.Is(err, domain.ErrBadEvidence) {
		return f, badParam("evidence", "offsets %d..%d outside the document's text", in.Fact.Evidence.Start, in.Fact.Evidence.End)
	}
	return f, err
}

func (s *Server) apiAddFact(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r, false) {
		s.unauthorized(w)
		return
	}
	var req addFactRequest
	if err := decodeJSON(r, &req); err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	in, err := s.buildAddedFact(r.PathValue("id"), req.Type, req.Fact, req.Start, req.End, req.Who, req.Note, clientAddr(r))
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	f, err := s.addFact(r, in)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusCreated, withoutAlias(f))
}

// addFactForm handles the document page's "Add a fact" form, then goes
// back to the document at the new fact.
func (s *Server) addFactForm(w http.ResponseWriter, r *http.Request) {
	if !s.writeForm(w, r) {
		return
	}
	c := &domain.Correction{}
	if err := formCorrection(r, c); err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	start, end, err := formEvidence(r)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	id := r.PathValue("id")
	in, err := s.buildAddedFact(id, strings.TrimSpace(r.PostFormValue("type")), c, start, end,
		r.PostFormValue("who"), r.PostFormValue("note"), clientAddr(r))
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	f, err := s.addFact(r, in)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	http.Redirect(w, r, "/documents/"+url.PathEscape(id)+"#f-"+strconv.Itoa(f.Ordinal), http.StatusSeeOther)
}

// formEvidence reads the evidence of the add-fact form: the start and end
// fields when given, else the chosen sentence ("start-end").
func formEvidence(r *http.Request) (int, int, error) {
	get := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	st, en := get("start"), get("end")
	if st == "" && en == "" {
		var ok bool
		if st, en, ok = strings.Cut(get("evidence"), "-"); !ok {
			return 0, 0, badParam("evidence", "choose the sentence the fact is read from")
		}
	}
	a, err1 := strconv.Atoi(st)
	b, err2 := strconv.Atoi(en)
	if err1 != nil || err2 != nil {
		return 0, 0, badParam("evidence", "offsets are not integers")
	}
	return a, b, nil
}

// sentenceSpan is a sentence of a document the add-fact form offers as
// evidence.
type sentenceSpan struct {
	Start, End int
	Text       string // clipped for the list
}

// sentenceSpans cuts text into sentences (after . ! ? or a line break
// followed by a space), with rune offsets, at most max of them.
func sentenceSpans(text string, max int) []sentenceSpan {
	runes := []rune(text)
	var out []sentenceSpan
	start := 0
	flush := func(end int) {
		for start < end && (runes[start] == ' ' || runes[start] == '\n' || runes[start] == '\t') {
			start++
		}
		if end-start >= 3 && len(out) < max {
			t := string(runes[start:end])
			if utf8.RuneCountInString(t) > 110 {
				t = string([]rune(t)[:110]) + "…"
			}
			out = append(out, sentenceSpan{Start: start, End: end, Text: t})
		}
		start = end
	}
	for i, r := range runes {
		switch {
		case r == '\n':
			flush(i)
		case (r == '.' || r == '!' || r == '?' || r == '。' || r == '؟') && (i+1 == len(runes) || runes[i+1] == ' ' || runes[i+1] == '\n'):
			flush(i + 1)
		}
	}
	flush(len(runes))
	return out
}
