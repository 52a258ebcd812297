package extract

import "github.com/armswatch/armswatch/internal/domain"

// requestOfApproval reports whether one of two statements of a system
// going to a buyer is the request of the sale the other approves: "US
// approves possible $2.6bln sale of Chinook helicopters to Egypt" beside
// "Cairo has requested to buy twenty-three (23) CH-47F Chinook
// helicopters". A notice approves what the buyer requested: one deal,
// approved, with the request's count.
func requestOfApproval(a, b domain.Fact) bool {
	req := a.Stage == domain.StageRequested && b.Stage == domain.StageApproved || b.Stage == domain.StageRequested && a.Stage == domain.StageApproved
	return req && (a.Quantity == 0 || b.Quantity == 0 || a.Quantity == b.Quantity) && (a.Year == 0 || b.Year == 0 || a.Year == b.Year)
}
