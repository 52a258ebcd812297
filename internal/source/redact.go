package source

import (
	"net/url"
	"strings"
)

// RedactURL returns s without the credentials a URL may carry
// ("https://user:pass@host/..." becomes "https://host/..."): a URL is
// stored, logged and shown only so. Anything that is not a URL with
// credentials comes back unchanged. Redacting twice changes nothing more:
// what one pass yields may itself parse with an authority ("//@//@" gives
// "//@", whose empty user is credentials too), so passes repeat until
// nothing changes (each removes an "@").
func RedactURL(s string) string {
	for range 16 {
		r := redactOnce(s)
		if r == s {
			return s
		}
		s = r
	}
	return s
}

func redactOnce(s string) string {
	at := strings.IndexByte(s, '@')
	if at < 0 {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		if !strings.Contains(s[:at], "://") {
			return s
		}
		// Unparsable: cut between "://" and the last "@" of the authority.
		i := strings.Index(s, "://") + 3
		end := len(s)
		if j := strings.IndexAny(s[i:], "/?#"); j >= 0 {
			end = i + j
		}
		if k := strings.LastIndexByte(s[i:end], '@'); k >= 0 {
			return s[:i] + s[i+k+1:]
		}
		return s
	}
	if u.User == nil {
		return s
	}
	u.User = nil
	return u.String()
}

// HasCredentials reports whether a URL carries a user name or password.
func HasCredentials(s string) bool { return RedactURL(s) != s }
