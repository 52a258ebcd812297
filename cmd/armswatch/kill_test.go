package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// TestMainProcess is not a test: it runs the CLI when the kill test starts
// this test binary as a subprocess.
func TestMainProcess(t *testing.T) {
	if os.Getenv("ARMSWATCH_TEST_MAIN") != "1" {
		t.Skip("helper process")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

func cli(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], append([]string{"-test.run=^TestMainProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "ARMSWATCH_TEST_MAIN=1")
	return cmd
}

// writeArticles writes n distinct news articles built from the corpus.
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for i := range n {
		b, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		body := fmt.Sprintf("Dispatch %d of the kill test.\n\n%s", i, b)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func counts(t *testing.T, path string) (docs, facts int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(2000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&docs); err != nil {
		return -1, -1 // not created yet
	}
	db.QueryRow(`SELECT COUNT(*) FROM facts`).Scan(&facts)
	return docs, facts
}

// TestKillMidIngest SIGKILLs an ingest midway, runs it again, and checks
// that nothing is lost and nothing is stored twice.
func TestKillMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	const n = 300
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	writeArticles(t, in, n)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// Reference: one uninterrupted run.
	ref := filepath.Join(dir, "ref.db")
	if out, err := cli(ctx, "ingest", "--db", ref, in).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	refDocs, refFacts := counts(t, ref)
	if refDocs != n || refFacts == 0 {
		t.Fatalf("reference run: %d documents, %d facts", refDocs, refFacts)
	}

	db := filepath.Join(dir, "kill.db")
	for round := 0; round < 3; round++ {
		cmd := cli(ctx, "ingest", "--db", db, in)
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		start, _ := counts(t, db)
		killed := false
	poll:
		for {
			select {
			case err := <-exited:
				t.Logf("round %d: ingest finished before the kill (%v)", round, err)
				break poll
			case <-time.After(2 * time.Millisecond):
			}
			if d, _ := counts(t, db); d > start+n/10 {
				cmd.Process.Signal(syscall.SIGKILL)
				<-exited
				killed = true
				break
			}
		}
		d, _ := counts(t, db)
		t.Logf("round %d: killed=%v with %d documents stored", round, killed, d)
		if !killed || d >= n {
			break
		}
	}

	// Restart and let it finish.
	if out, err := cli(ctx, "ingest", "--db", db, in).CombinedOutput(); err != nil {
		t.Fatalf("ingest after kill: %v\n%s", err, out)
	}
	docs, facts := counts(t, db)
	if docs != n || facts != refFacts {
		t.Errorf("after kill and restart: %d documents, %d facts; want %d and %d", docs, facts, n, refFacts)
	}
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	var dupFacts int
	sdb, _ := sql.Open("sqlite", "file:"+db+"?mode=ro")
	defer sdb.Close()
	sdb.QueryRow(`SELECT COUNT(*) FROM (SELECT document_id, ordinal FROM facts GROUP BY document_id, ordinal HAVING COUNT(*) > 1)`).Scan(&dupFacts)
	if dupFacts != 0 {
		t.Errorf("%d facts stored twice", dupFacts)
	}
}
