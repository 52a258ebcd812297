package web

import (
	"net/http"
	"strconv"

	"github.com/armswatch/armswatch/internal/domain"
)

// exportLimit is the most rows a download holds.
const exportLimit = 10000

// exportChunk is how many facts an export reads from the store at a time.
const exportChunk = 500

// exportFacts streams the facts of the request's register filter, up to
// exportLimit, in chunks of exportChunk: memory stays bounded whatever the
// export's size, and the first rows leave before the last are read. start
// is called once, before the first chunk, while headers can still be set;
// emit gets each chunk and its error stops the export. A bad parameter or
// a failing first query is answered as an error; a failure after the
// first chunk can only cut the body short, and is logged. It reports
// whether the export went to its end.
func (s *Server) exportFacts(w http.ResponseWriter, r *http.Request, start func(), emit func([]domain.RegisterFact) error) bool {
	lq, err := s.parseList(r.URL.Query(), 1000)
	if err != nil {
		s.handleErr(w, r, err, true)
		return false
	}
	q := lq.FactQuery
	flusher, _ := w.(http.Flusher)
	for sent := 0; sent < exportLimit; {
		q.Limit, q.Offset = min(exportChunk, exportLimit-sent), sent
		page, err := s.st.QueryFacts(r.Context(), q)
		if err != nil {
			if sent == 0 {
				s.handleErr(w, r, err, true)
			} else {
				s.log.Error("export cut short", "path", r.URL.Path, "err", err)
			}
			return false
		}
		if sent == 0 {
			if page.Capped {
				w.Header().Set("X-Armswatch-Truncated", strconv.Itoa(page.Total)+"+")
			} else if page.Total > exportLimit {
				w.Header().Set("X-Armswatch-Truncated", strconv.Itoa(page.Total))
			}
			start()
		}
		if err := emit(page.Facts); err != nil {
			s.log.Error("export cut short", "path", r.URL.Path, "err", err)
			return false
		}
		if flusher != nil {
			flusher.Flush()
		}
		sent += len(page.Facts)
		if len(page.Facts) < q.Limit {
			break
		}
	}
	return true
}
