package feeds

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/source"
)

// robotsAgent is the product token matched against User-agent lines.
const robotsAgent = "armswatch"

// robotsTTL is how long a host's robots.txt is trusted.
const robotsTTL = time.Hour

// robotsRules is one host's robots.txt, reduced to the group that applies
// to armswatch.
type robotsRules struct {
	fetched time.Time
	denyAll bool  // robots.txt unreachable (5xx, network): RFC 9309 says stay away
	refused error // the host's address is refused (not public): said as such, not as robots.txt
	reason  string
	rules   []robotsRule
}

type robotsRule struct {
	allow   bool
	pattern string
}

// allowed reports whether robots.txt lets armswatch fetch u.
func (w *Watcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	w.mu.Lock()
	r := w.robots[key]
	w.mu.Unlock()
	if r == nil || time.Since(r.fetched) > robotsTTL {
		r = w.fetchRobots(ctx, u)
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		w.mu.Lock()
		w.robots[key] = r
		w.mu.Unlock()
	}
	if r.refused != nil {
		return false, r.refused
	}
	if r.denyAll {
		return false, fmt.Errorf("%s: %s", ErrDisallowed, r.reason)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return r.allows(path), nil
}

func (w *Watcher) fetchRobots(ctx context.Context, u *url.URL) *robotsRules {
	r := &robotsRules{fetched: time.Now()}
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	release, err := w.turn(ctx, strings.ToLower(u.Host))
	if err != nil {
		r.denyAll, r.reason = true, err.Error()
		return r
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, w.opts.Source.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		r.denyAll, r.reason = true, err.Error()
		return r
	}
	req.Header.Set("User-Agent", w.opts.Source.UserAgent)
	resp, err := w.client.Do(req)
	if err != nil {
		var ue *url.Error
		if ok := asURLError(err, &ue); ok {
			err = ue.Err
		}
		if errors.Is(err, source.ErrPrivateAddress) {
			r.refused = err // the host is refused, whatever its robots.txt says
			return r
		}
		r.denyAll, r.reason = true, "robots.txt unreachable: "+err.Error()
		return r
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		r.denyAll, r.reason = true, "robots.txt unreachable: HTTP status "+resp.Status
		return r
	case resp.StatusCode >= 400:
		return r // no robots.txt: everything allowed
	case resp.StatusCode >= 300:
		return r // redirect loops etc.: treated as absent
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		r.denyAll, r.reason = true, "robots.txt unreadable: "+err.Error()
		return r
	}
	r.rules = parseRobots(body, robotsAgent)
	return r
}

func asURLError(err error, target **url.Error) bool {
	ue, ok := err.(*url.Error)
	if ok {
		*target = ue
	}
	return ok
}

// parseRobots returns the rules of the group for agent, else of "*".
func parseRobots(body []byte, agent string) []robotsRule {
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 4096), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if cur == nil || !lastWasAgent {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(v))
			lastWasAgent = true
		case "allow", "disallow":
			lastWasAgent = false
			if cur == nil {
				continue
			}
			if v == "" {
				continue // "Disallow:" allows everything
			}
			cur.rules = append(cur.rules, robotsRule{allow: k == "allow", pattern: v})
		default:
			lastWasAgent = false
		}
	}
	var star []robotsRule
	found := false
	var mine []robotsRule
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*":
				star = append(star, g.rules...)
			case strings.Contains(agent, a) || strings.Contains(a, agent):
				found = true
				mine = append(mine, g.rules...)
			}
		}
	}
	if found {
		return mine
	}
	return star
}

// allows applies the longest matching rule; allow wins a tie.
func (r *robotsRules) allows(path string) bool {
	best, allow := -1, true
	for _, rule := range r.rules {
		if robotsMatch(rule.pattern, path) {
			if l := len(rule.pattern); l > best || l == best && rule.allow {
				best, allow = l, rule.allow
			}
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern (with * and a final $).
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for _, p := range parts[1:] {
		i := strings.Index(path[pos:], p)
		if i < 0 {
			return false
		}
		pos += i + len(p)
	}
	if anchored {
		if len(parts) == 1 {
			return path == parts[0]
		}
		return strings.HasSuffix(path, parts[len(parts)-1])
	}
	return true
}
