package clean

// scanner splits HTML into the tokens golang.org/x/net/html's Tokenizer
// reads (text, start and end tags, comments and doctypes), without
// allocating: x/net/html's Tokenizer copies every attribute's name while
// it reads a tag, which cost precut more than half of what it saved.
// It is that Tokenizer's Next reduced to finding where tokens start and
// end and where a tag's name is (the same states, in the same order; see
// golang.org/x/net/html/token.go, BSD licence, The Go Authors: the
// licence is in LICENSE.x-net beside this file), with
// CDATA sections never allowed and raw text never turned off, as for a
// Tokenizer used alone. FuzzScanner compares the two.
type scanner struct {
	s                  string
	rawStart, rawEnd   int // the current token: s[rawStart:rawEnd]
	dataStart, dataEnd int // a tag's name
	eof                bool
	rawTag             string // "script" in "</script>" that ends the next token
}

// scanned token types
const (
	scanError = iota
	scanText
	scanStartTag // start and self-closing tags alike
	scanEndTag
	scanComment // comments, doctypes, "</>" and bogus comments
)

func (z *scanner) readByte() byte {
	if z.rawEnd >= len(z.s) {
		z.eof = true
		return 0
	}
	c := z.s[z.rawEnd]
	z.rawEnd++
	return c
}

func (z *scanner) skipWhiteSpace() {
	if z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			z.rawEnd--
			return
		}
	}
}

func (z *scanner) readRawOrRCDATA() {
	if z.rawTag == "script" {
		z.readScript()
		z.rawTag = ""
		return
	}
	for {
		c := z.readByte()
		if z.eof {
			break
		}
		if c != '<' {
			continue
		}
		c = z.readByte()
		if z.eof {
			break
		}
		if c != '/' {
			z.rawEnd--
			continue
		}
		if z.readRawEndTag() || z.eof {
			break
		}
	}
	z.dataEnd = z.rawEnd
	z.rawTag = ""
}

func (z *scanner) readRawEndTag() bool {
	for i := 0; i < len(z.rawTag); i++ {
		c := z.readByte()
		if z.eof {
			return false
		}
		if c != z.rawTag[i] && c != z.rawTag[i]-('a'-'A') {
			z.rawEnd--
			return false
		}
	}
	c := z.readByte()
	if z.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		z.rawEnd -= 3 + len(z.rawTag)
		return true
	}
	z.rawEnd--
	return false
}

func (z *scanner) readScript() {
	defer func() { z.dataEnd = z.rawEnd }()
	var c byte

scriptData:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '<' {
		goto scriptDataLessThanSign
	}
	goto scriptData

scriptDataLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '/':
		goto scriptDataEndTagOpen
	case '!':
		goto scriptDataEscapeStart
	}
	z.rawEnd--
	goto scriptData

scriptDataEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptData

scriptDataEscapeStart:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	z.rawEnd--
	goto scriptData

scriptDataEscapeStartDash:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	z.rawEnd--
	goto scriptData

scriptDataEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataEscapedEndTagOpen
	}
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		goto scriptDataDoubleEscapeStart
	}
	z.rawEnd--
	goto scriptData

scriptDataEscapedEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptDataEscaped

scriptDataDoubleEscapeStart:
	z.rawEnd--
	for i := 0; i < len("script"); i++ {
		c = z.readByte()
		if z.eof {
			return
		}
		if c != "script"[i] && c != "SCRIPT"[i] {
			z.rawEnd--
			goto scriptDataEscaped
		}
	}
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	z.rawEnd--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataDoubleEscapeEnd
	}
	z.rawEnd--
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapeEnd:
	if z.readRawEndTag() {
		z.rawEnd += len("</script>")
		goto scriptDataEscaped
	}
	if z.eof {
		return
	}
	goto scriptDataDoubleEscaped
}

func (z *scanner) readComment() {
	dashCount := 0
	beginning := true
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case '-':
			dashCount++
			continue
		case '>':
			if dashCount >= 2 || beginning {
				return
			}
		case '!':
			if dashCount >= 2 {
				c = z.readByte()
				if z.eof {
					return
				} else if c == '>' {
					return
				} else if c == '-' {
					dashCount = 1
					beginning = false
					continue
				}
			}
		}
		dashCount = 0
		beginning = false
	}
}

func (z *scanner) readUntilCloseAngle() {
	for {
		c := z.readByte()
		if z.eof || c == '>' {
			return
		}
	}
}

func (z *scanner) readMarkupDeclaration() {
	z.dataStart = z.rawEnd
	var c [2]byte
	for i := 0; i < 2; i++ {
		c[i] = z.readByte()
		if z.eof {
			return
		}
	}
	if c[0] == '-' && c[1] == '-' {
		z.readComment()
		return
	}
	z.rawEnd -= 2
	if z.readDoctype() {
		return
	}
	z.readUntilCloseAngle() // a bogus comment (CDATA sections are not allowed)
}

func (z *scanner) readDoctype() bool {
	const s = "DOCTYPE"
	for i := 0; i < len(s); i++ {
		c := z.readByte()
		if z.eof {
			z.rawEnd = z.dataStart
			z.eof = false
			return false
		}
		if c != s[i] && c != s[i]+('a'-'A') {
			z.rawEnd = z.dataStart
			return false
		}
	}
	if z.skipWhiteSpace(); z.eof {
		return true
	}
	z.readUntilCloseAngle()
	return true
}

// startTagIs reports whether the tag name is name (lower case), ignoring case.
func (z *scanner) startTagIs(name string) bool {
	if z.dataEnd-z.dataStart != len(name) {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := z.s[z.dataStart+i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}

var rawTags = []string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

func (z *scanner) readStartTag() int {
	z.readTag()
	if z.eof {
		return scanError
	}
	for _, t := range rawTags {
		if z.startTagIs(t) {
			z.rawTag = t
			break
		}
	}
	return scanStartTag
}

func (z *scanner) readTag() {
	z.readTagName()
	if z.skipWhiteSpace(); z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof || c == '>' {
			break
		}
		z.rawEnd--
		z.readTagAttrKey()
		z.readTagAttrVal()
		if z.skipWhiteSpace(); z.eof {
			break
		}
	}
}

func (z *scanner) readTagName() {
	z.dataStart = z.rawEnd - 1
	for {
		c := z.readByte()
		if z.eof {
			z.dataEnd = z.rawEnd
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
			z.dataEnd = z.rawEnd - 1
			return
		case '/', '>':
			z.rawEnd--
			z.dataEnd = z.rawEnd
			return
		}
	}
}

func (z *scanner) readTagAttrKey() {
	start := z.rawEnd
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case '=':
			if start+1 == z.rawEnd {
				continue
			}
			fallthrough
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			z.rawEnd--
			return
		}
	}
}

func (z *scanner) readTagAttrVal() {
	if z.skipWhiteSpace(); z.eof {
		return
	}
	c := z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		return
	}
	if c != '=' {
		z.rawEnd--
		return
	}
	if z.skipWhiteSpace(); z.eof {
		return
	}
	quote := z.readByte()
	if z.eof {
		return
	}
	switch quote {
	case '>':
		z.rawEnd--
		return
	case '\'', '"':
		for {
			c := z.readByte()
			if z.eof || c == quote {
				return
			}
		}
	default:
		for {
			c := z.readByte()
			if z.eof {
				return
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f':
				return
			case '>':
				z.rawEnd--
				return
			}
		}
	}
}

// next scans the next token; z.s[z.rawStart:z.rawEnd] is its text.
func (z *scanner) next() int {
	z.rawStart = z.rawEnd
	z.dataStart = z.rawEnd
	z.dataEnd = z.rawEnd
	if z.eof {
		return scanError
	}
	if z.rawTag != "" {
		if z.rawTag == "plaintext" {
			for !z.eof {
				z.readByte()
			}
			z.dataEnd = z.rawEnd
		} else {
			z.readRawOrRCDATA()
		}
		if z.dataEnd > z.dataStart {
			return scanText
		}
	}
	for {
		c := z.readByte()
		if z.eof {
			break
		}
		if c != '<' {
			continue
		}
		c = z.readByte()
		if z.eof {
			break
		}
		var tt int
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			tt = scanStartTag
		case c == '/':
			tt = scanEndTag
		case c == '!' || c == '?':
			tt = scanComment
		default:
			z.rawEnd--
			continue
		}
		if x := z.rawEnd - len("<a"); z.rawStart < x {
			z.rawEnd = x
			z.dataEnd = x
			return scanText
		}
		switch tt {
		case scanStartTag:
			return z.readStartTag()
		case scanEndTag:
			c = z.readByte()
			if z.eof {
				break
			}
			if c == '>' {
				return scanComment
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				z.readTag()
				if z.eof {
					return scanError
				}
				return scanEndTag
			}
			z.rawEnd--
			z.readUntilCloseAngle()
			return scanComment
		case scanComment:
			if c == '!' {
				z.readMarkupDeclaration()
				return scanComment
			}
			z.rawEnd--
			z.readUntilCloseAngle()
			return scanComment
		}
		break // EOF after "</"
	}
	if z.rawStart < z.rawEnd {
		z.dataEnd = z.rawEnd
		return scanText
	}
	return scanError
}

// name is the current tag's name, as written.
func (z *scanner) name() string { return z.s[z.dataStart:z.dataEnd] }
