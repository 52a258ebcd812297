package extract

// all_r6_firstdeal.go: "وليست هذه أول صفقة بين البلدين، إذ سبق للعراق أن
// تعاقد ..." ("this is not the first deal between the two countries"),
// "ليست المرة الأولى", "nicht der erste Auftrag": a negation that only says
// a deal has happened before affirms the earlier deal the sentence goes on
// to tell (notFirstTime, fr_negation.go). The Arabic negation carries its
// conjunction ("وليست"); the demonstrative ("هذه") and the word for a
// time ("المرة", normalised "مره") stand between it and the word for
// first ("أول", "الأولى"); German has the masculine article too.
func init() {
	for _, w := range []string{"ليست", "وليست", "ليس", "وليس", "هذه", "هذا", "هي", "مره", "der", "die"} {
		firstNotWords[w] = true
	}
	for _, w := range []string{"اول", "اولي"} {
		firstWordsNeg[w] = true
	}
}
