package extract

import "github.com/armswatch/armswatch/internal/domain"

// fresh3ExerciseArrival: weapons that only "arrived" somewhere in a text
// about an exercise came to take part in it ("Sechs Flugzeuge und 24
// Hubschrauber der chinesischen Volksbefreiungsarmee sind bereits in
// Russland eingetroffen", after "An der Übung „Wostok-2018“ nehmen auch
// China ... teil"; "Six Chinese fighters have arrived in Russia" before
// "They will join the Vostok drills"). onShow reads an exercise in the
// sentence itself; this reads one in the three sentences before or the one
// after, when the sentence's only word of delivery is one of arrival and
// it states no sale, order, pledge or gift. It returns the soft doubt
// exercise-arrival, for the model to weigh, as onShow does.
func (d *docScan) fresh3ExerciseArrival(i int, sc *sentScan, stage string) string {
	if stage != domain.StageDelivered || sc.has("exercise") {
		return ""
	}
	if sc.cueOf("stage-ordered", "stage-approved", "supply-verb", "buy-verb") {
		return ""
	}
	arrival := false
	for _, kind := range []string{"stage-delivered", "stage-received"} {
		for _, p := range sc.cuePositions(kind) {
			if !sc.arrivalWordAt(p) {
				return ""
			}
			arrival = true
		}
	}
	if !arrival {
		return ""
	}
	for j := max(0, i-3); j <= i+1 && j < len(d.sents); j++ {
		if j != i && d.sents[j] != nil && d.sents[j].has("exercise") {
			return "exercise-arrival"
		}
	}
	return ""
}
