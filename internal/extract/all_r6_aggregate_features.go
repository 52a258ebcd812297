package extract

import (
	"math"

	"github.com/armswatch/armswatch/internal/domain"
)

// What the document gives an aggregate's pair, for the model: a value
// over several systems is an aggregate ("a value that covers several
// systems"), a value told again for the pair's one system is that
// system's price, and a value the pair's valued transfers add up to is
// their total.

// aggPairStat counts one pair's transfers.
type aggPairStat struct {
	systems []string           // distinct systems (or kinds) of the pair's transfers
	valued  int                // transfers with a value
	sum     map[string]float64 // their values per currency
	values  []domain.Money     // the values themselves
}

// aggPairStats reads the pair statistics once per document (the facts
// are final when features are read).
func (d *docScan) aggPairStats() map[string]*aggPairStat {
	if d.aggStats != nil {
		return d.aggStats
	}
	d.aggStats = map[string]*aggPairStat{}
	for _, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		k := f.Supplier.String() + ">" + f.Recipient.String()
		st := d.aggStats[k]
		if st == nil {
			st = &aggPairStat{sum: map[string]float64{}}
			d.aggStats[k] = st
		}
		if s := systemKey(f); s != "" && !contains(st.systems, s) {
			st.systems = append(st.systems, s)
		}
		if f.Value != nil {
			st.valued++
			st.sum[f.Value.Currency] += f.Value.Amount
			st.values = append(st.values, *f.Value)
		}
	}
	return d.aggStats
}

// aggFeatures adds the aggregate's pair features.
func (d *docScan) aggFeatures(f domain.Fact, add func(string)) {
	if f.Type != domain.TypeAggregate || f.Supplier == nil || f.Recipient == nil || f.Value == nil {
		return
	}
	st := d.aggPairStats()[f.Supplier.String()+">"+f.Recipient.String()]
	if st == nil {
		add("agg-pair-systems=0")
		return
	}
	add("agg-pair-systems=" + bucket(len(st.systems), 2))
	v := f.Value
	for _, x := range st.values {
		if x.Currency == v.Currency && math.Abs(x.Amount-v.Amount) <= 0.01*v.Amount {
			add("agg-same-as-transfer") // the pair's one system's price told again
			break
		}
	}
	if s := st.sum[v.Currency]; st.valued >= 2 && s >= 0.9*v.Amount && s <= 1.15*v.Amount {
		add("agg-sum-of-parts")
	}
}
