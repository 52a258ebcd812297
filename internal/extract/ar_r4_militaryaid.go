package extract

// arMilitaryAid adds an assistance fact for Arabic military aid with no
// amount (aidMoney reads those), as frMilitaryAid does for French: "قدمت
// واشنطن مساعدات عسكرية للبنان", "تلقت تونس دعما عسكريا من فرنسا",
// "مساعدات عسكرية أمريكية للجيش اللبناني". The noun of aid is followed by
// "عسكرية"/"أمنية"; the giver is the demonym right after that word or the
// state the sentence marks as giving, the receiver the state it marks as
// receiving (roleCues: "للبنان", "تلقت تونس").
func (d *docScan) arMilitaryAid(i int, sc *sentScan) {
	if sc.lw.code != "ar" || len(sc.money) > 0 || sc.doubtful() || sc.has("future") || sc.has("deal") {
		return
	}
	nk := -1
	for k := 0; k+1 < len(sc.toks); k++ {
		if arInSet(arAidNouns, sc.toks[k].norm) && arInSet(arAidAdjectives, sc.toks[k+1].norm) && !gapBreaks(sc.toks[k+1].gap) {
			nk = k
			break
		}
	}
	if nk < 0 {
		return
	}
	prov, rec := "", ""
	for _, c := range sc.countries() {
		if sc.placeOnly(c) {
			continue
		}
		if c.sub == "demonym" && c.tok0 == nk+2 {
			prov = c.id // "مساعدات عسكرية أمريكية"
			continue
		}
		sup, r := d.roleCues(sc, c)
		switch {
		case r && !sup && rec == "":
			rec = c.id
		case sup && !r && prov == "" && c.sub != "demonym":
			prov = c.id
		}
	}
	d.addUnnamedAid(i, sc, sc.toks[nk].raw+" "+sc.toks[nk+1].raw, prov, rec, 0.45) // fr_militaryaid.go
}

var (
	arAidNouns      = arWordSet("مساعدات", "مساعدة", "دعم", "دعما", "معونات", "معونة")
	arAidAdjectives = arWordSet("عسكرية", "عسكري", "عسكريا", "أمنية", "أمني", "أمنيا")
)
