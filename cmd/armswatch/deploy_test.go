package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// composeServices is a structural reading of compose.yaml (no YAML module
// in go.mod): each service's lines, by name.
func composeServices(t *testing.T, text string) map[string][]string {
	t.Helper()
	services := map[string][]string{}
	in, cur := false, ""
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#"):
		case !strings.HasPrefix(l, " "):
			in = strings.HasPrefix(l, "services:")
			cur = ""
		case in && strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "   "):
			cur = strings.TrimSuffix(strings.TrimSpace(l), ":")
			services[cur] = nil
		case in && cur != "":
			services[cur] = append(services[cur], strings.TrimSpace(l))
		}
	}
	return services
}

// value is the value of the first "key: value" line.
func value(lines []string, key string) string {
	for _, l := range lines {
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// compose.yaml starts what docs/deploy.md says with the commands, flags
// and environment variables armswatch has.
func TestComposeFile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	services := composeServices(t, text)
	for _, s := range []string{"postgres", "serve", "worker"} {
		if _, ok := services[s]; !ok {
			t.Fatalf("compose.yaml has no %q service (has %v)", s, services)
		}
	}
	if v := value(services["worker"], "replicas"); v == "" || v == "0" || v == "1" {
		t.Errorf("worker: deploy.replicas = %q, want several", v)
	}

	// Each armswatch command and its flags exist.
	for _, name := range []string{"serve", "worker"} {
		raw := value(services[name], "command")
		var cmd []string
		if err := json.Unmarshal([]byte(raw), &cmd); err != nil || len(cmd) == 0 {
			t.Fatalf("%s: command %q is not a flow sequence of strings: %v", name, raw, err)
		}
		code, help, errs := runCLI(t, "", cmd[0], "-h")
		if code != 0 {
			t.Fatalf("%s: armswatch %s -h: exit %d %s", name, cmd[0], code, errs)
		}
		for _, a := range cmd[1:] {
			if strings.HasPrefix(a, "--") && !strings.Contains(help, "  -"+strings.TrimPrefix(a, "--")+" ") && !strings.Contains(help, "  -"+strings.TrimPrefix(a, "--")+"\n") {
				t.Errorf("%s: armswatch %s has no flag %s", name, cmd[0], a)
			}
		}
	}

	// Healthchecks: serve's readiness, the worker's liveness on the port
	// of its --metrics-addr.
	if hc := strings.Join(services["serve"], "\n"); !strings.Contains(hc, "http://127.0.0.1:8080/readyz") || !strings.Contains(value(services["serve"], "command"), `"0.0.0.0:8080"`) {
		t.Errorf("serve: healthcheck on /readyz of its --addr wanted")
	}
	if hc := strings.Join(services["worker"], "\n"); !strings.Contains(hc, "http://127.0.0.1:9090/healthz") || !strings.Contains(value(services["worker"], "command"), `"--metrics-addr", "0.0.0.0:9090"`) {
		t.Errorf("worker: healthcheck on /healthz of its --metrics-addr wanted")
	}

	// The variables set for the containers are those armswatch reads.
	var src strings.Builder
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			b, _ := os.ReadFile(f)
			src.Write(b)
		}
	}
	keys := regexp.MustCompile(`(?m)^\s+(ARMSWATCH_[A-Z_]+):`).FindAllStringSubmatch(text, -1)
	if len(keys) < 2 {
		t.Fatalf("compose.yaml sets %d ARMSWATCH_ variables, want the DSN and the token", len(keys))
	}
	for _, k := range keys {
		if !strings.Contains(src.String(), `"`+k[1]+`"`) {
			t.Errorf("compose.yaml sets %s, which cmd/armswatch does not read", k[1])
		}
	}
	for _, want := range []string{"ARMSWATCH_DB", "ARMSWATCH_TOKEN", "PGPASSWORD"} {
		if !regexp.MustCompile(`(?m)^\s+` + want + `:`).MatchString(text) {
			t.Errorf("compose.yaml does not set %s", want)
		}
	}
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "deploy.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if !strings.Contains(string(doc), k[1]) {
			t.Errorf("docs/deploy.md does not describe %s", k[1])
		}
	}
}

// $ARMSWATCH_DB is the default of serve's and worker's --db.
func TestEnvDB(t *testing.T) {
	t.Setenv(envDBName, "")
	if got := envDB(); got != defaultDB {
		t.Errorf("envDB() = %q without the variable, want %q", got, defaultDB)
	}
	t.Setenv(envDBName, " postgres://x@h/db ")
	if got := envDB(); got != "postgres://x@h/db" {
		t.Errorf("envDB() = %q", got)
	}
	_, help, _ := runCLI(t, "", "worker", "-h")
	if !strings.Contains(help, "postgres://x@h/db") || !strings.Contains(help, "-metrics-addr") {
		t.Errorf("worker -h does not show the variable's default and --metrics-addr:\n%s", help)
	}
}
