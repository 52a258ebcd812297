package extract

// arFleetOnly reports whether an Arabic system mention stands after a word
// of what a state has in service ("يضم حاليا", "تمتلك", "لاستبدال") in a
// sentence that names no state: "ويعزز هذا الاستلام أسطولا جويا يضم حاليا
// مقاتلات Su-30MKA و"ميغ-29"" (a fleet that now holds Su-30MKAs and
// MiG-29s). The fleet is what the buyer operates; with no state named, no
// supplier is stated for it, and the annotation rules leave it out.
func (sc *sentScan) arFleetOnly(m mention, inService int) bool {
	return sc.lw.code == "ar" && m.tok0 > inService && len(sc.countries()) == 0
}
