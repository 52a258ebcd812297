package web

import (
	"container/list"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Rate limits (Options): every request takes a token from its client's
// general bucket; exports and search, which cost far more, also take one
// from a smaller "heavy" bucket. A client is an IP address, or an IPv6 /64
// (one subscriber usually holds a whole /64).
const (
	DefaultRatePerSecond      = 20
	DefaultBurst              = 60
	DefaultHeavyRatePerSecond = 1
	DefaultHeavyBurst         = 10
	DefaultMaxClients         = 10000
)

// heavyRoute reports whether a request is an export or a search.
func heavyRoute(path string) bool {
	switch path {
	case "/search", "/api/v1/search", "/register.json", "/api/v1/deals":
		return true
	}
	return strings.HasSuffix(path, ".csv")
}

// ipLimiter holds one token bucket per client, at most max of them: when
// full, the client seen least recently is forgotten (its bucket would
// start full again, which costs an attacker max other addresses).
type ipLimiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	max     int
	now     func() time.Time
	clients map[string]*list.Element
	lru     list.List // of *ipBucket, most recently seen first
}

type ipBucket struct {
	key string
	lim *rate.Limiter
}

func newIPLimiter(perSecond float64, burst, max int, now func() time.Time) *ipLimiter {
	return &ipLimiter{limit: rate.Limit(perSecond), burst: burst, max: max, now: now, clients: map[string]*list.Element{}}
}

// allow takes a token for key; when none is left it says how long to wait.
func (l *ipLimiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	var b *ipBucket
	if e, ok := l.clients[key]; ok {
		l.lru.MoveToFront(e)
		b = e.Value.(*ipBucket)
	} else {
		for l.lru.Len() >= l.max {
			old := l.lru.Back()
			delete(l.clients, old.Value.(*ipBucket).key)
			l.lru.Remove(old)
		}
		b = &ipBucket{key: key, lim: rate.NewLimiter(l.limit, l.burst)}
		l.clients[key] = l.lru.PushFront(b)
	}
	if b.lim.AllowN(now, 1) {
		return true, 0
	}
	r := b.lim.ReserveN(now, 1)
	wait := r.DelayFrom(now)
	r.CancelAt(now)
	return false, wait
}

// len is how many clients the limiter holds.
func (l *ipLimiter) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// clientKey is the rate limiting key of a request: its IP address, or the
// /64 of an IPv6 address.
func clientKey(r *http.Request) string {
	a := clientAddr(r)
	ip, err := netip.ParseAddr(a)
	if err != nil {
		return a
	}
	ip = ip.Unmap().WithZone("")
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// limits answers 429 with Retry-After when the client is over budget.
func (s *Server) limits(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := clientKey(r)
		ok, wait := s.general.allow(key)
		if ok && heavyRoute(r.URL.Path) {
			ok, wait = s.heavy.allow(key)
		}
		if !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			if strings.HasPrefix(r.URL.Path, "/api/") {
				writeError(w, http.StatusTooManyRequests, "", "rate limit exceeded")
				return
			}
			http.Error(w, "Too many requests: please wait a moment and try again.", http.StatusTooManyRequests)
			return
		}
		h.ServeHTTP(w, r)
	})
}
