package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// A transfer of one unit is often written with the indefinite article and
// no numeral: "India handed over a Dornier 228 aircraft to Sri Lanka",
// "South Korea would donate a Pohang-class corvette", "a réceptionné un
// avion C-130", "réceptionne un nouveau C-130H Hercules", "la entrega de
// un patrullero", "der Vertrag über eine Einheit des Luftverteidigungssystems
// Iris-T SLM", "ein zweites Flugabwehrsystem vom Typ Patriot erhalten".
// The number scanner reads digits and number words, so these transfers
// had no quantity where the gold writes 1. r8QuantityOne sets quantity 1
// on a transfer with none, in a sentence that writes no count, when the
// system's mention in its sentence is
// introduced by an indefinite singular article, with only adjectives,
// a category noun or "of type" words between, and neither the words between
// nor the word after name something else the article counts ("a batch
// of", "a deal for", "un contrat Rafale", "eine Staffel").

// r8NotOne are the nouns after which the article counts something other
// than units of the system: a deal, a batch, a unit of several aircraft.
var r8NotOne = map[string]bool{
	// en
	"deal": true, "contract": true, "sale": true, "order": true, "package": true, "batch": true, "fleet": true,
	"squadron": true, "number": true, "lot": true, "pair": true, "total": true, "series": true, "tranche": true,
	"shipment": true, "consignment": true, "purchase": true, "delivery": true, "acquisition": true,
	"agreement": true, "request": true, "version": true, "variant": true, "upgrade": true, "program": true,
	"programme": true, "further": true, "additional": true, "fleet's": true, "of": true, "few": true,
	"dozen": true, "couple": true, "handful": true, "flight": true, "regiment": true, "battalion": true,
	"production": true, "line": true, "license": true, "licence": true, "replacement": true, "successor": true,
	// fr
	"contrat": true, "vente": true, "commande": true, "flotte": true, "escadrille": true, "escadron": true,
	"serie": true, "livraison": true, "nombre": true, "paire": true, "variante": true, "modernisation": true,
	"achat": true, "accord": true, "marche": true, "dizaine": true, "vingtaine": true, "douzaine": true,
	"centaine": true, "cargaison": true, "partie": true, "remplacant": true,
	// es
	"contrato": true, "venta": true, "pedido": true, "lote": true, "flota": true, "escuadrilla": true,
	"escuadron": true, "numero": true, "par": true, "entrega": true, "compra": true,
	"acuerdo": true, "programa": true, "docena": true, "veintena": true, "decena": true, "cargamento": true,
	"parte": true, "reemplazo": true, "sustituto": true,
	// de
	"vertrag": true, "auftrag": true, "kauf": true, "lieferung": true, "paket": true, "staffel": true,
	"reihe": true, "zahl": true, "anzahl": true,
	"charge": true, "los": true, "geschaft": true, "vereinbarung": true, "dutzend": true, "teil": true,
	"nachfolger": true, "ersatz": true, "bestellung": true, "rahmenvertrag": true,
}

func (d *docScan) r8QuantityOne(cs []candidate) {
	// the indefinite singular articles: the lexicon's indefinite-one, which
	// Arabic lacks
	arts := d.lw.set("indefinite-one") != nil
	if !arts && d.lw.code != "ar" {
		return
	}
	for i := range cs {
		f := &cs[i].f
		if f.Type != domain.TypeTransfer || f.Quantity != 0 || f.System == nil || f.System.Mention == "" {
			continue
		}
		words := anchorWords(f)
		for _, s := range []int{d.r8EvidenceSent(&cs[i]), cs[i].m.sent} {
			if s < 0 || s >= len(d.sents) || d.sents[s].r8CountsArms() {
				continue // "the first F-16 arrived, of a deal for 36 jets": the count is another's
			}
			if d.lw.code == "ar" && r8ArabicOne(d.sents[s].toks, words, d.lw) || arts && r8ArticleOne(d.sents[s].toks, words, d.lw, d.lw.code == "de") {
				f.Quantity = 1
				break
			}
		}
	}
}

// r8ArticleOne reports whether the mention words in toks are introduced by
// an indefinite singular article (lw's indefinite-one): at most three
// words between, each an adjective, a category noun or a type link (lw's
// quality-type-link: "un avion de transport C-130", "a class of"; not a
// number, not a noun of r8NotOne), and no noun of r8NotOne right after
// the mention.
func r8ArticleOne(toks []token, words []string, lw *langWords, german bool) bool {
	at := indexWords(toks, words)
	if at <= 0 {
		return false
	}
	if end := at + len(words); end < len(toks) && r8NotOne[toks[end].norm] {
		return false // "a F-16 deal", "un contrat Rafale" is read before
	}
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		t := toks[k]
		if lw.isWord("indefinite-one", t.norm) {
			return !punctBreak(toks, k, at)
		}
		if t.digit && k+1 < at && lw.isWord("quality-measure-unit", toks[k+1].norm) {
			continue // "a 10 m coastal patrol boat": a measure, not a count
		}
		if t.digit || r8NotOne[t.norm] {
			return false
		}
		if !german && pluralStem(t) != "" && !lw.isWord("quality-type-link", t.norm) {
			return false // "the jets", "des avions": a plural between (a German genitive ends in -s too)
		}
	}
	return false
}

// r8ArabicOne reports whether the mention in toks follows a bare singular
// unit noun (no article, no number before it), with only "من طراز" or
// adjectives agreeing with it (ending in ة) between: "استلمت مصر فرقاطة
// فريم", "تسلم طائرة من طراز ...". Arabic has no indefinite article; the
// bare singular noun before the system counts one. The nouns are lw's
// quality-unit-noun, the words between them and the system its
// quality-unit-link ("من", "طراز", "نوع"), compared with the word's
// quotes trimmed and normalised.
func r8ArabicOne(toks []token, words []string, lw *langWords) bool {
	at := indexWords(toks, words)
	if at <= 0 {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		t := toks[k]
		raw := strings.Trim(t.raw, "\"“”«»()")
		if lw.isWord("quality-unit-noun", normWord(raw)) {
			if k > 0 && (toks[k-1].digit || strings.HasSuffix(toks[k-1].raw, "ات")) {
				return false // "بطائرات مقاتلة": the adjective of a plural noun
			}
			return !punctBreak(toks, k, at)
		}
		if !lw.isWord("quality-unit-link", normWord(raw)) && !strings.HasSuffix(raw, "ة") {
			return false
		}
	}
	return false
}

// r8EvidenceSent is the index of the sentence c cites (bodyEvidence may
// cite the body for a headline's fact), or -1.
func (d *docScan) r8EvidenceSent(c *candidate) int {
	for k, sc := range d.sents {
		if sc.s.start == c.f.Evidence.Start && c.f.Evidence.Text != "" {
			return k
		}
	}
	if s := c.m.sent; s >= 0 && s < len(d.sents) {
		return s
	}
	return -1
}

// r8CountsArms reports whether the sentence counts arms: a number followed,
// within three words, by a system or a kind of arms ("36 مقاتلة", "a deal
// for 36 jets"); "the two countries", "Base aérienne 101" count none.
func (sc *sentScan) r8CountsArms() bool {
	for _, n := range sc.nums {
		if sc.r8MeasureAfter(n.tok1) {
			continue // "a 10 m patrol boat" measures it
		}
		for _, m := range sc.mentions {
			if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 >= n.tok1 && m.tok0-n.tok1 <= 3 {
				return true
			}
		}
	}
	return false
}
