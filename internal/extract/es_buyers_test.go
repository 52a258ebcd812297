package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsCopulaBuyer: a state that "pasó a ser el tercer cliente" or "se
// convirtió en operador" of a system has bought it, and the states an
// "after"/"like" phrase lists before it are earlier buyers (texts written
// for this test).
func TestEsCopulaBuyer(t *testing.T) {
	tests := []factCase{
		{"es: pasó a ser el tercer cliente", "es", "",
			"Azerbaiyán pasó a ser el tercer cliente extranjero del caza JF-17, según la prensa paquistaní.",
			[]string{"transfer PK>AZ jf-17 ordered"}},
		{"es: tras X y Y, Z pasó a ser", "es", "",
			"Tras Myanmar y Nigeria, Azerbaiyán pasó a ser el tercer cliente extranjero del caza JF-17.",
			[]string{"transfer PK>MM jf-17 ordered", "transfer PK>NG jf-17 ordered", "transfer PK>AZ jf-17 ordered"}},
		{"es: al igual que, se convirtió en operador", "es", "",
			"Al igual que Chile y Perú, Colombia se convirtió en operador del avión Super Tucano fabricado por Embraer.",
			[]string{"transfer BR>CL super-tucano ordered", "transfer BR>PE super-tucano ordered", "transfer BR>CO super-tucano ordered"}},
		{"es: a copula with no buyer noun buys nothing", "es", "2024-05-10",
			"Tras Chile y Perú, Colombia pasó a ser el anfitrión de la feria donde Embraer exhibió el Super Tucano.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEsAgreementWords: "memorándum", "sellaron", "formalizaron",
// "suscriben" name and sign an agreement.
func TestEsAgreementWords(t *testing.T) {
	tests := []factCase{
		{"es: suscribieron un memorándum", "es", "2024-05-10",
			"El Ministerio de Defensa de Paraguay y su homólogo de Taiwán suscribieron un memorándum de cooperación militar.",
			[]string{"agreement PY+TW y=2024"}},
		{"es: sellaron", "es", "2024-05-10",
			"El Salvador y Estados Unidos sellaron un acuerdo de cooperación en defensa.",
			[]string{"agreement SV+US y=2024"}},
		{"es: formalizaron", "es", "2024-05-10",
			"Colombia y Emiratos Árabes Unidos formalizaron un memorando de entendimiento en materia de defensa.",
			[]string{"agreement CO+AE y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}
