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
	cands, err := x.Candidates(&domain.Document{Source: "es-dk", Language: "es", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cands {
		if c.Fact.Type == "transfer" && c.Fact.Supplier != nil && c.Fact.Recipient != nil {
			got = append(got, c.Fact.Supplier.String()+">"+c.Fact.Recipient.String())
		}
	}
	if len(got) != 1 || got[0] != "DK>AR" {
		t.Errorf("got %v, want [DK>AR]", got)
	}
}
