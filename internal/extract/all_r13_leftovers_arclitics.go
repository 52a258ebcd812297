package extract

// arSetPrefixes are the letters arInSet takes off a word before looking
// it up: the conjunctions "و" and "ف", the prepositions "ب", "ل" and "ك",
// the article, and their stacks ("وبالصواريخ", "فللمغرب", "كالدبابات").
// arInSet compares what is left with whole words of its set, which are
// all longer than the letters taken off.
var arSetPrefixes = []string{"", "و", "ل", "ال", "وال", "لل", "ولل", "ب", "بال",
	"ف", "فال", "فلل", "وب", "وبال", "فب", "فبال", "ول", "فل", "ك", "كال", "وك", "وكال"}
