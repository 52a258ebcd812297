package queue

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// A feed polled by the periodic schedule: its items' pages are stored
// once, and a second poll stores nothing more. (SQLite: the PostgreSQL
// register keeps no feeds yet.)
func TestFeedJobs(t *testing.T) {
	var feedHits atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rss.xml" {
			feedHits.Add(1)
			fmt.Fprint(w, `<rss version="2.0"><channel><title>Wire</title>`)
			for i := range 3 {
				fmt.Fprintf(w, "<item><title>Sale %d</title><link>%s/a/%d</link></item>", i, srv.URL, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		var i int
		fmt.Sscanf(r.URL.Path, "/a/%d", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(article(i))
	}))
	defer srv.Close()
	b := backends(t)[0]
	st := b.open(t)
	fs := st.(domain.FeedStore)
	ctx := context.Background()
	if _, _, err := fs.AddFeed(ctx, srv.URL+"/rss.xml", ""); err != nil {
		t.Fatal(err)
	}
	o := testOptions()
	o.Source.AllowPrivate = true
	o.HostDelay = 10 * time.Millisecond
	o.Feeds = true
	q := openQueue(t, b, st, o)
	// The schedule is a periodic job of River's elected leader: run until
	// the feed's pages are in.
	runCtx, stop := context.WithTimeout(ctx, time.Minute)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- q.Run(runCtx, 10*time.Second) }()
	for stats(t, st).Documents < 3 && runCtx.Err() == nil {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // the job's completion
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := stats(t, st).Documents; n != 3 || feedHits.Load() != 1 {
		t.Fatalf("%d documents from %d polls, want 3 from 1", n, feedHits.Load())
	}
	list, _ := fs.Feeds(ctx)
	if len(list) != 1 || list[0].LastOK.IsZero() || !list[0].NextPoll.After(time.Now()) {
		t.Fatalf("feed after its poll: %+v", list)
	}
	jobs, _ := q.Jobs(ctx, "completed", 10)
	kinds := map[string]int{}
	for _, j := range jobs {
		kinds[j.Kind]++
	}
	if kinds[KindScheduleFeeds] != 1 || kinds[KindFeed] != 1 {
		t.Errorf("completed jobs by kind %v", kinds)
	}
	// Not due: the schedule enqueues nothing; polled on demand, the feed
	// has nothing new.
	q2 := openQueue(t, b, st, o)
	if ok, err := q2.EnqueueFeed(ctx, list[0].ID, list[0].URL); err != nil || !ok {
		t.Fatal(ok, err)
	}
	runIdle(t, q2)
	if n := stats(t, st).Documents; n != 3 || feedHits.Load() != 2 {
		t.Fatalf("%d documents from %d polls after the second, want 3 from 2", n, feedHits.Load())
	}
}
