package extract

// wholeOrders are the words for an order that may stand between the
// of-word and the whole's number in firstOf: "premier lot d'une commande
// de 24 appareils", "the first batch of an order of 24", "el primer lote
// de un pedido de 12". The whole after them is the order.
var wholeOrders = map[string]bool{"commande": true, "contrat": true, "order": true, "contract": true,
	"pedido": true, "encargo": true, "contrato": true, "auftrag": true, "bestellung": true}
