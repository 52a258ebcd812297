package extract

import (
	"regexp"
	"strings"
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
	if m := findFrom(text, "transmittal", true, 80, transmittalRe); m != nil {
		n.Transmittal = m[1]
	}
	if m := findFrom(text, "date", false, 120, congressDateRe); m != nil {
		if t := findDate(m[1], d.x.langs["en"]); !t.IsZero() {
			n.Date = t.Format("2006-01-02")
		}
	}
	if n.Date == "" && !d.pub.IsZero() {
		n.Date = d.pub.Format(time.DateOnly)
	}
	return n
}

// findFrom is re's first match in text that starts at an occurrence of
// word (written in lower case, capitalised or in capitals; at a word's
// start when wordStart, as re's \b wants), read in a window of span bytes
// from there: re is anchored at
// word, so a case-insensitive pattern is not tried at every byte of a
// long text. The occurrences are found by byte search, each form's next
// one kept, so the cost is linear in the text.
func findFrom(text, word string, wordStart bool, span int, re *regexp.Regexp) []string {
	forms := [3]string{word, strings.ToUpper(word[:1]) + word[1:], strings.ToUpper(word)}
	var next [3]int
	for k, f := range forms {
		next[k] = indexFrom(text, f, 0)
	}
	for {
		k := 0
		for j := 1; j < len(next); j++ {
			if next[j] >= 0 && (next[k] < 0 || next[j] < next[k]) {
				k = j
			}
		}
		i := next[k]
		if i < 0 {
			return nil
		}
		for j := range next { // the forms that start here (all, for a word without letters)
			if next[j] == i {
				next[j] = indexFrom(text, forms[j], i+1)
			}
		}
		if wordStart && i > 0 && isWordByte(text[i-1]) {
			continue
		}
		w := text[i:min(len(text), i+span)]
		if loc := re.FindStringSubmatchIndex(w); loc != nil && loc[0] == 0 { // a later match has its own window
			m := make([]string, len(loc)/2)
			for j := range m {
				if loc[2*j] >= 0 {
					m[j] = w[loc[2*j]:loc[2*j+1]]
				}
			}
			return m
		}
	}
}

// indexFrom is the index of sub in text at or after from, -1 when absent.
func indexFrom(text, sub string, from int) int {
	if from > len(text) {
		return -1
	}
	if i := strings.Index(text[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// isWordByte: an ASCII word character, as regexp's \b reads them.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
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

// noticeCue reports whether the sentence marks an official arms-sale
// notice: a notice word ("Prospective Purchaser", "possible Foreign
// Military Sale") outside quotation marks. A news report that quotes the
// notice ("\"The State Department has made a determination approving a
// possible Foreign Military Sale ...,\" the Pentagon said") stays a news
// report: its sentences give each system its own count and price.
func (sc *sentScan) noticeCue(ps *phraseSet) bool {
	if !sc.mayStart(ps) {
		return false
	}
	from := 0
	for from < len(sc.toks) {
		p, ok := ps.any(sc.toks, from, len(sc.toks))
		if !ok {
			return false
		}
		if !sc.quotedAt(p) && !sc.loaAt(p) { // all_r6_stage_loa.go
			return true
		}
		from = p + 1
	}
	return false
}

// quotedAt reports whether token p stands inside quotation marks opened
// earlier in the sentence.
func (sc *sentScan) quotedAt(p int) bool {
	open := false
	for k := 0; k <= p && k < len(sc.toks); k++ {
		g := sc.toks[k].gap
		for _, r := range g {
			switch r {
			case '“', '«':
				open = true
			case '”', '»':
				open = false
			case '"':
				open = !open
			}
		}
	}
	return open
}
