package extract

import (
	"regexp"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file marks the facts of an official notice of one sale (a DSCA
// press release or Federal Register notice: "Prospective Purchaser:
// Government of X", "Transmittal No. 22-45") with the notice's transmittal
// number and date, so that the deals stage can make one priced package of
// the items it lists and its estimated total. The rules that read the
// notice's items and total are elsewhere (transfer.go, cooperation.go);
// this changes no attribute they set.

var (
	// "[Transmittal No. 26-27]", "TRANSMITTAL NO. RSAT 26-27",
	// "Transmittal 26-27", "Transmittal Number: 22-45"
	transmittalRe = regexp.MustCompile(`(?i)\btransmittal\s+(?:no\.?|number:?|n°)?\s*(?:RSAT\s+|DDTC\s+)?(\d{2}-[0-9A-Z]{1,4})\b`)
	// "(vii) Date Report Delivered to Congress: October 6, 2017"
	congressDateRe = regexp.MustCompile(`(?i)date\s+report\s+delivered\s+to\s+congress\s*:?\s*([^\n]{4,40})`)
)

// noticeOf reads a notice's transmittal number and date: the day the
// report was delivered to Congress when the notice says it, else the
// document's own date.
func (d *docScan) noticeOf() *domain.Notice {
	n := &domain.Notice{}
	text := d.doc.Text
	if m := transmittalRe.FindStringSubmatch(text); m != nil {
		n.Transmittal = m[1]
	}
	if m := congressDateRe.FindStringSubmatch(text); m != nil {
		if t := findDate(m[1], d.x.langs["en"]); !t.IsZero() {
			n.Date = t.Format("2006-01-02")
		}
	}
	if n.Date == "" && !d.pub.IsZero() {
		n.Date = d.pub.Format(time.DateOnly)
	}
	return n
}

// markNotice sets Notice on the notice's transfers and its total: the
// facts whose recipient is the notice's purchaser.
func (d *docScan) markNotice(cs []candidate) {
	if !d.notice {
		return
	}
	n := d.noticeOf()
	for i := range cs {
		f := &cs[i].f
		if f.Type != domain.TypeTransfer && f.Type != domain.TypeAggregate {
			continue
		}
		if f.Recipient == nil || d.buyer != "" && f.Recipient.Code != d.buyer {
			continue
		}
		c := *n
		f.Notice = &c
	}
}
