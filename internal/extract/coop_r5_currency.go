package extract

import "github.com/armswatch/armswatch/internal/domain"

// Currencies, round 5: a currency word several states use ("dinar",
// "dirham", "kroner", "riyal", "pound", "peso") reads as one state's
// currency; in an aid or a total between two states it is the currency of
// the one of them that uses a currency of that name: "هبة بقيمة 10 ملايين
// دينار للجيش الأردني" from Saudi Arabia is in Jordanian dinars, "منحة
// بقيمة 100 مليون درهم" from the Emirates in Emirati dirhams. The giver's
// comes first when both use one.

// currencyFamily gives each currency the name it shares with others.
var currencyFamily = map[string]string{
	"DZD": "dinar", "JOD": "dinar", "IQD": "dinar", "KWD": "dinar", "BHD": "dinar", "TND": "dinar", "LYD": "dinar", "RSD": "dinar",
	"MAD": "dirham", "AED": "dirham",
	"DKK": "krone", "NOK": "krone", "SEK": "krone", "ISK": "krone",
	"SAR": "riyal", "QAR": "riyal", "OMR": "riyal", "IRR": "riyal", "YER": "riyal",
	"GBP": "pound", "EGP": "pound", "LBP": "pound", "SDG": "pound", "SYP": "pound",
	"MXN": "peso", "COP": "peso", "ARS": "peso", "CLP": "peso", "PHP": "peso", "UYU": "peso", "DOP": "peso", "CUP": "peso",
}

// stateCurrency is the currency of each state that uses one of a shared
// name.
var stateCurrency = map[string]string{
	"DZ": "DZD", "JO": "JOD", "IQ": "IQD", "KW": "KWD", "BH": "BHD", "TN": "TND", "LY": "LYD", "RS": "RSD",
	"MA": "MAD", "AE": "AED",
	"DK": "DKK", "NO": "NOK", "SE": "SEK", "IS": "ISK",
	"SA": "SAR", "QA": "QAR", "OM": "OMR", "IR": "IRR", "YE": "YER",
	"GB": "GBP", "EG": "EGP", "LB": "LBP", "SD": "SDG", "SY": "SYP",
	"MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "PH": "PHP", "UY": "UYU", "DO": "DOP", "CU": "CUP",
}

// pairCurrency returns mo in the currency of the giver or the recipient
// that shares its name, then cfa's reading of the CFA franc.
func pairCurrency(mo domain.Money, sup, rec string) domain.Money {
	if fam, ok := currencyFamily[mo.Currency]; ok {
		for _, s := range []string{sup, rec} {
			if c, ok := stateCurrency[s]; ok && currencyFamily[c] == fam {
				if c != mo.Currency && mo.Currency != stateCurrency[sup] && mo.Currency != stateCurrency[rec] {
					mo.Currency = c
				}
				break
			}
		}
	}
	return cfa(mo, rec)
}
