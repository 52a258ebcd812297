package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// all_roles_secondhand.go: the seller named at a purchase ("la compra de
// los cazas F-16 a Dinamarca") sells to the document's buyer when the
// sentence names only the maker's state besides.
func TestBuySellerToDocBuyer(t *testing.T) {
	x := testExtractor(t)
	text := "Argentina se rearma\n\nBuenos Aires, 5 de junio de 2025 — El acuerdo firmado con Estados Unidos confirma el rearme que ya se había hecho visible con la compra de los cazas F-16 a Dinamarca.\n"
	got := transferPairs(t, x, "es", text, nil)
	if len(got) != 1 || got[0] != "DK>AR" {
		t.Errorf("got %v, want [DK>AR]", got)
	}
}

// all_roles_secondhand.go: the maker's state, named in another clause, is
// not the buyer of a system a second-hand seller sold; the document's
// buyer is.
func TestMakerNotBuyer(t *testing.T) {
	x := testExtractor(t)
	text := "Argentina compra blindados\n\nBuenos Aires, 5 de junio de 2025 — Argentina moderniza su ejército. A diferencia de los seis cazas F-16 que se le compraron a Dinamarca, Estados Unidos aportará financiamiento para los 207 Stryker.\n"
	got := candidatePairs(t, x, "es", text, func(f domain.Fact) bool { return f.System != nil && f.System.ID == "f-16" }) // all_roles_lists_test.go
	if !got["DK>AR"] || got["DK>US"] {
		t.Errorf("F-16 candidates %v, want DK>AR and no DK>US", got)
	}
}
