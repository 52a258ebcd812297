package extract

import "github.com/armswatch/armswatch/internal/domain"

// Currencies, round 5: a currency word several states use ("dinar",
// "dirham", "kroner", "riyal", "pound", "peso") reads as one state's
// currency; in an aid or a total between two states it is the currency of
// the one of them that uses a currency of that name: "هبة بقيمة 10 ملايين
// دينار للجيش الأردني" from Saudi Arabia is in Jordanian dinars, "منحة
// بقيمة 100 مليون درهم" from the Emirates in Emirati dirhams. The giver's
// comes first when both use one.

// sharedCurrencies are the states whose currency shares its name with
// others': state, code, shared name.
var sharedCurrencies = [][3]string{
	{"DZ", "DZD", "dinar"}, {"JO", "JOD", "dinar"}, {"IQ", "IQD", "dinar"}, {"KW", "KWD", "dinar"}, {"BH", "BHD", "dinar"}, {"TN", "TND", "dinar"}, {"LY", "LYD", "dinar"}, {"RS", "RSD", "dinar"},
	{"MA", "MAD", "dirham"}, {"AE", "AED", "dirham"},
	{"DK", "DKK", "krone"}, {"NO", "NOK", "krone"}, {"SE", "SEK", "krone"}, {"IS", "ISK", "krone"},
	{"SA", "SAR", "riyal"}, {"QA", "QAR", "riyal"}, {"OM", "OMR", "riyal"}, {"IR", "IRR", "riyal"}, {"YE", "YER", "riyal"},
	{"GB", "GBP", "pound"}, {"EG", "EGP", "pound"}, {"LB", "LBP", "pound"}, {"SD", "SDG", "pound"}, {"SY", "SYP", "pound"},
	{"MX", "MXN", "peso"}, {"CO", "COP", "peso"}, {"AR", "ARS", "peso"}, {"CL", "CLP", "peso"}, {"PH", "PHP", "peso"}, {"UY", "UYU", "peso"}, {"DO", "DOP", "peso"}, {"CU", "CUP", "peso"},
}

// currencyFamily gives each currency the name it shares with others;
// stateCurrency is the currency of each state that uses one of a shared
// name.
var currencyFamily, stateCurrency = func() (fam, state map[string]string) {
	fam, state = map[string]string{}, map[string]string{}
	for _, r := range sharedCurrencies {
		state[r[0]], fam[r[1]] = r[1], r[2]
	}
	return fam, state
}()

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
