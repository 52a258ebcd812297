package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR14NearRecipient: a named system with a stage in a sentence naming
// no state, with no recipient stated before in a transfer, takes the state
// the nearest of the three sentences before names, with a doubt.
func TestR14NearRecipient(t *testing.T) {
	x := New(lexicon.Default())
	tests := []struct {
		name, lang, text string
		want             string // "SUP>REC system" of the doubted candidate, "" for none
	}{
		{"place before", "de", "Kurden bekommen Waffen\n\nDie Kurden im Nordirak kämpfen seit Wochen gegen die Terrormiliz IS. Die Bundesregierung hat damals entschieden. Die 30 Leopard-2-Panzer wurden im September übergeben.", "DE>IQ leopard-2"},
		{"es: found otherwise", "es", "Armas para los kurdos\n\nLos kurdos del norte de Irak combaten desde hace semanas al Estado Islámico. La decisión llegó en agosto. Los 30 tanques Leopard 2 fueron entregados en septiembre.", ""}, // the document's state is found before (rec=in-doc): no doubt added
		{"a demonym describes a maker", "fr", "Commandes\n\nLa fin de l'année a souri à Nexter, la filiale du groupe franco-allemand KNDS. Elle a aussi commandé 420 blindés Serval.", ""},
		{"two states before", "de", "Waffen\n\nDie Kurden im Nordirak und in Syrien kämpfen gegen den IS. Die 30 Leopard-2-Panzer wurden im September übergeben.", ""},
	}
	for _, tc := range tests {
		cands, err := x.Candidates(&domain.Document{Source: "t", Language: tc.lang, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, c := range cands {
			f := c.Fact
			if f.Type == domain.TypeTransfer && f.System != nil && slices.Contains(c.Features, "transfer|flag=r14-near-rec") {
				got = f.Supplier.String() + ">" + f.Recipient.String() + " " + f.System.ID
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
