package learn

import (
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestMatchPairsByAttributes: an order and a delivery of one deal, told in
// the other order than the gold lists them, each state the gold fact whose
// stage and quantity they share; the labels stay those of the order.
func TestMatchPairsByAttributes(t *testing.T) {
	g := goldOf(t, `{"doc":"d","lang":"en","facts":[
	 {"type":"transfer","supplier":"FR","recipient":"EG","system":["Rafale"],"quantity":24,"stage":"ordered"},
	 {"type":"transfer","supplier":"FR","recipient":"EG","system":["Rafale"],"quantity":3,"stage":"delivered"}]}`)
	del := transfer("FR", "EG", "Rafale", "aircraft")
	del.Quantity, del.Stage = 3, domain.StageDelivered
	ord := transfer("FR", "EG", "Rafale", "aircraft")
	ord.Quantity, ord.Stage = 24, domain.StageOrdered
	extra := transfer("FR", "EG", "Rafale", "aircraft")
	labels, gold := Match(g, []domain.Fact{del, ord, extra})
	if want := []int{1, 1, 0}; !reflect.DeepEqual(labels, want) {
		t.Fatalf("labels = %v, want %v", labels, want)
	}
	if want := []int{1, 0, -1}; !reflect.DeepEqual(gold, want) {
		t.Errorf("gold = %v, want %v", gold, want)
	}
}
