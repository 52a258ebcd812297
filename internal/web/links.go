package web

import (
	"fmt"
	"net/url"
	"strings"
)

// checkBaseURL validates Options.BaseURL: empty, or an absolute http(s)
// URL without query or fragment. It returns it without a trailing slash.
func checkBaseURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("web: base URL %q: want http(s)://host[:port][/path], without credentials, query or fragment", raw)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// absURL is a local path as a link for outside readers (feeds, webhooks):
// under the configured base URL, never the request's Host header, which
// anyone can set. Without a base URL the path stays relative.
func (s *Server) absURL(path string) string {
	return s.opts.BaseURL + path
}

// safeBack is where a form may send the browser back to: a path on this
// site, else "/". Browsers read "//host", "/\host" and "/\thost" as another
// site, so a backslash or a control character anywhere refuses it, and so
// does anything with a scheme or a host.
func safeBack(back string) string {
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || len(back) > 2000 ||
		strings.ContainsFunc(back, func(r rune) bool { return r == '\\' || r < 0x20 || r == 0x7f }) {
		return "/"
	}
	u, err := url.Parse(back)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return back
}
