// Package samples holds the sample articles that `armswatch demo` ingests:
// short news items and notices written for armswatch from public facts, in
// English and French, embedded in the binary so that the demo needs
// nothing but the binary.
package samples

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed articles
var articles embed.FS

// Names lists the sample files.
func Names() []string {
	ents, _ := fs.ReadDir(articles, "articles")
	out := make([]string, 0, len(ents))
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// WriteTo writes the samples into dir, one file each.
func WriteTo(dir string) error {
	for _, n := range Names() {
		b, err := articles.ReadFile("articles/" + n)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			return fmt.Errorf("samples: %w", err)
		}
	}
	return nil
}
