package pipeline

import (
	"math"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/money"
)

// Price gives each fact whose amount is in another currency than the US
// dollar its value in US dollars, converted at the yearly average rate of
// the year of the event: the fact's year when the text gives one, else the
// year doc was published (a year after the table's last is converted at
// the last year's rate). The amount and its currency stay as they were;
// USDBasis records the conversion ("EUR@2021"). A fact whose currency or
// year has no rate keeps no dollar value (the totals count it as left
// out). It is the one place where stored facts get converted: ingestion
// and re-extraction call it before storing; the extractor's own output
// (`armswatch facts`, the gold scores) stays in the currency of the text.
// It returns how many facts it converted and how many it could not.
func Price(doc *domain.Document, facts []domain.Fact) (converted, leftOut int) {
	pubYear := 0
	if doc != nil && len(doc.Published) >= 4 {
		pubYear, _ = strconv.Atoi(doc.Published[:4])
	}
	for i := range facts {
		f := &facts[i]
		if f.Value == nil || !(f.Value.Amount > 0) || f.ValueUSD > 0 {
			continue
		}
		cur := strings.ToUpper(strings.TrimSpace(f.Value.Currency))
		year := f.Year
		if year <= 0 {
			year = pubYear
		}
		if _, last := money.Years(); year > last {
			year = last // a future year: the latest rate, as the basis says
		}
		if cur == "USD" {
			f.ValueUSD = f.Value.Amount
			continue
		}
		usd, ok := money.ToUSD(f.Value.Amount, cur, year)
		if !ok || !(usd > 0) || math.IsInf(usd, 0) {
			leftOut++
			continue
		}
		f.ValueUSD = math.Round(usd)
		f.USDBasis = cur + "@" + strconv.Itoa(year)
		converted++
	}
	return converted, leftOut
}
