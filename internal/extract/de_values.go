package extract

// German words that tie an amount to the word for the equipment beside it
// (en_genericvalue.go): "Panzerabwehrraketen für zusammen 670 Millionen
// Dollar", "Munition im Wert von 40 Millionen Euro", "Radfahrzeuge im
// Umfang von 54 Millionen Franken", "Fregatten mit einem Volumen von 2
// Milliarden Euro".
func init() {
	for _, w := range []string{"fur", "wert", "umfang", "volumen"} {
		priceLinks[w] = true
	}
}
