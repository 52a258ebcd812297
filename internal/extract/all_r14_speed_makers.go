package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// makerOrigin is a maker of the lexicon's systems, lower case, with an
// origin of its systems and how many systems have both.
type makerOrigin struct {
	maker, origin string
	n             int
}

// origins returns the lexicon's systems' makers and origins, made once
// per lexicon: makerCountry, for each maker it meets first, read and
// lowered every system's maker (a document's new makers cost more than
// the rest of its extraction).
func (c *makerCache) origins(lex *lexicon.Lexicon) []makerOrigin {
	c.once.Do(func() {
		at := map[[2]string]int{}
		for _, s := range lex.Systems {
			k := [2]string{strings.ToLower(s.Maker), s.Origin}
			if i, ok := at[k]; ok {
				c.makers[i].n++
				continue
			}
			at[k] = len(c.makers)
			c.makers = append(c.makers, makerOrigin{k[0], k[1], 1})
		}
	})
	return c.makers
}
