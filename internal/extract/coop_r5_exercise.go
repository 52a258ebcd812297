package extract

import (
	"strconv"
	"strings"
)

// Exercises, round 5: a name read from the text ("exercise Panamax 2018",
// «Gazela 2023») ends in the year of the edition; the exercise is the name
// without it, the year its year, so that "Panamax 2018" and "Panamax" in
// one document are one exercise and the name matches the series.

// exerciseEdition splits a trailing year off an exercise name read from
// the text: "Panamax 2018" gives "Panamax", 2018; a name that is only a
// year, or has none, is returned as it is with 0.
func exerciseEdition(name string) (string, int) {
	i := strings.LastIndexAny(name, " -")
	if i <= 0 || i+5 != len(name) {
		return name, 0
	}
	y, err := strconv.Atoi(name[i+1:])
	if err != nil || y < 1950 || y > 2100 {
		return name, 0
	}
	return strings.TrimRight(name[:i], " -"), y
}
