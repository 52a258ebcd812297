package web

import (
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/armswatch/armswatch/internal/helptext"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// helpData is the /help page: the text of `armswatch help topics`.
type helpData struct {
	Title    string
	Sections []helptext.Section
}

// helpPage explains the fact types, stages, values, confidence and the
// limits of the figures (internal/helptext, shared with the CLI).
func (s *Server) helpPage(w http.ResponseWriter, r *http.Request) {
	title, secs := helptext.Parse()
	s.render(w, r, http.StatusOK, "help", view{Title: "Help", Nav: "help", D: helpData{Title: title, Sections: secs}})
}

// countryOption is one suggestion of a country field: the code, and the
// country's names in the supported languages as its label.
type countryOption struct {
	Code, Label string
}

var (
	countryOptionsOnce sync.Once
	countryOptionsList []countryOption
)

// countryOptions lists every country for a <datalist>: typing "Maroc" or
// "المغرب" suggests MA. The fields also accept a name typed in full.
func countryOptions(lex *lexicon.Lexicon) []countryOption {
	countryOptionsOnce.Do(func() {
		names := map[string][]string{}
		seen := map[string]bool{}
		langs := map[string]bool{"en": true, "fr": true, "ar": true, "es": true, "de": true}
		for _, a := range lex.CountryNames {
			if a.Kind != "name" || !langs[a.Lang] || seen[a.ID+"\x00"+a.Text] || len(names[a.ID]) >= 6 {
				continue
			}
			seen[a.ID+"\x00"+a.Text] = true
			names[a.ID] = append(names[a.ID], a.Text)
		}
		for _, c := range lex.Countries {
			label := c.Name
			for _, n := range names[c.Code] {
				if n != c.Name {
					label += " · " + n
				}
			}
			countryOptionsList = append(countryOptionsList, countryOption{Code: c.Code, Label: label})
		}
		sort.Slice(countryOptionsList, func(i, j int) bool {
			return strings.ToLower(countryOptionsList[i].Label) < strings.ToLower(countryOptionsList[j].Label)
		})
	})
	return countryOptionsList
}
