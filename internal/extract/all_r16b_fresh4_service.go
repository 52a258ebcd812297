package extract

// Round 16 (fresh4): a word of service or upgrade may reach its system
// through a count of plain unit nouns: "la modernización de siete aparatos
// MI-25 en Rusia", "la modernisation de douze appareils Mirage 2000", "the
// upgrade of seven units of the Mi-25", "die Modernisierung von sieben
// Maschinen des Typs Mi-25". These nouns only count what the state already
// has, so they may stand between the cue and the system like "its fleet of"
// (all_precision_service.go).

// serviceUnitNouns are plain unit nouns, as tokens' norm spells them.
var serviceUnitNouns = normSet("units", "unit", "aparatos", "aparato", "unidades", "unidad", "naves", "nave",
	"appareils", "appareil", "unités", "unité", "exemplaires", "aéronefs",
	"Maschinen", "Einheiten", "Exemplare", "Stück", "Typs", "type", "tipo")

// r16bServiceUnitNoun reports whether w, a token's norm, is a plain unit
// noun that may stand between a word of service and its system.
func r16bServiceUnitNoun(w string) bool {
	return serviceUnitNouns[w] || broadNouns[w]
}
