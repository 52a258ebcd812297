package pipeline

import (
	"bytes"

	"github.com/markusmobius/go-trafilatura"
)

func trafilaturaOnly(b []byte) (*trafilatura.ExtractResult, error) {
	return trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{ExcludeComments: true, EnableFallback: true, HtmlDateMode: trafilatura.Fast})
}
