package extract

// Arabic words for aid that say nothing of its kind, for forcesAid
// (aid_programs.go): aid whose receiver is a state's armed forces is
// military aid, as "un soutien de 12 millions d'euros à l'armée béninoise"
// and "$15 million in support to the Nigerien armed forces" are in French
// and English: "120 مليون دولار مساعدات أمريكية جديدة للجيش اللبناني",
// "دعم بقيمة 50 مليون يورو للقوات المسلحة النيجرية". Arabic had no such
// word, so an amount of aid to an army was read only when the aid word
// carried "عسكرية". Tokens are matched in their normal form (ة→ه).
func init() {
	for _, w := range []string{"مساعدات", "مساعده", "دعم", "دعما", "معونات", "معونه"} {
		generalAidWords[w] = true
	}
}
