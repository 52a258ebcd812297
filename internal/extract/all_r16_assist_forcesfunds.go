package extract

import "github.com/armswatch/armswatch/internal/domain"

// r16ForcesFunds reads an amount one state gives another state's armed
// forces, written with a verb of giving money and no word for aid:
// "China contribuirá con hasta ocho millones de dólares a mejorar las
// capacidades logísticas de las Fuerzas Armadas bolivianas", "قررت الإدارة
// الأمريكية تقديم 120 مليون دولار إضافية للجيش اللبناني", "la France a
// débloqué 5 millions d'euros pour les forces armées nigériennes". Money
// given to an army is military aid (forcesAid reads it when a word for aid
// is written). The receiver is the state whose forces the sentence names
// (forcesOf, forcesDemonym); the giver the one other state of the
// sentence. A sentence that names a weapon or a kind of equipment (a
// transfer's price), a word of equipment or arms sales ("تبرعت الصين
// للجيش الموريتاني بمعدات عسكرية بقيمة 10 ملايين دولار": the value of
// goods, an aggregate), a deal, a word for aid (aidMoney), a request or a
// doubt is left alone, and so is a receiver that already has aid or a
// document that names an aid programme (the programme's rules read its
// amounts: "$12 million under the Foreign Military Financing"). The
// programme is named as readers name unnamed aid: "military aid" in the
// text's language, with its English names (glossAidNames).
func (d *docScan) r16ForcesFunds(i int, sc *sentScan) {
	if len(sc.money) == 0 || sc.valueUsed || sc.doubtful() || sc.has("deal") || sc.has("aid") || sc.has("aggregate") {
		return
	}
	vp, ok := sc.lw.set("r16assist-fund-verb").any(sc.toks, 0, len(sc.toks))
	if !ok || sc.aidRequested(vp) {
		return
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return
		}
	}
	if sc.namesHumanitarian() { // aid_programs.go
		return
	}
	rec := sc.forcesOf()
	if rec == "" {
		rec = sc.forcesDemonym()
	}
	if rec == "" || d.hasAssistance("", rec) || d.r16NamesAidProgram() {
		return
	}
	prov := ""
	for _, c := range sc.countries() {
		if c.id == rec || c.sub == "agency" || sc.placeOnly(c) || sc.datelinePlace(c) {
			continue
		}
		if prov != "" && prov != c.id {
			return // two other states: whose money is it?
		}
		prov = c.id
	}
	if prov == "" {
		return
	}
	mo := sc.money[0]
	v, usd := pairValue(mo, prov, rec) // cooperation.go
	f := domain.Fact{Type: domain.TypeAssistance, Provider: party(prov), Recipient: party(rec), Program: &domain.Named{Name: r16AidName[sc.lw.code]}, Value: &v, ValueUSD: usd}
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.aid", 0.5)
}

// r16AidName is how each language names military aid (the head of each
// is in aidGloss, all_r8_coop_aidnames.go).
var r16AidName = map[string]string{"en": "military aid", "fr": "aide militaire", "es": "ayuda militar", "de": "Militärhilfe", "ar": "مساعدات عسكرية"}

// r16NamesAidProgram reports whether the document names a programme that
// gives or lends (FMF, IMET, the European Peace Facility, …) anywhere.
func (d *docScan) r16NamesAidProgram() bool {
	for _, o := range d.sents {
		for _, m := range o.mentions {
			if m.kind == mNamed && m.sub == "program" && isAidProgram(m.id) {
				return true
			}
		}
	}
	return false
}
