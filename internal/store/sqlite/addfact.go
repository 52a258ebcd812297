package sqlite

import "github.com/armswatch/armswatch/internal/domain"

// ErrBadEvidence is wrapped by AddFact (sqlreg's) when the evidence
// offsets do not lie within the document's text.
var ErrBadEvidence = domain.ErrBadEvidence
