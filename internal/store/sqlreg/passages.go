package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/armswatch/armswatch/internal/store/rows"
)

// This file keeps the passages of long documents (rows.Passages: tables
// passages, passage_terms and passage_backlog, migrations sqlite 010 and
// postgres 011) and cuts search snippets from them.

// PassageWriter is what SavePassages writes through: an adapter's
// transaction (a Tx has both methods).
type PassageWriter interface {
	Exec(ctx context.Context, q string, args ...any) error
	QueryRow(ctx context.Context, q string, args ...any) Row
}

// SavePassages stores the passages of the document id just inserted with
// text, in the transaction w that inserted it; a text of PassageMin bytes
// or less has none and costs nothing.
func SavePassages(ctx context.Context, d Dialect, w PassageWriter, id, text string) error {
	if len(text) <= rows.PassageMin {
		return nil
	}
	var seq int64
	if err := w.QueryRow(ctx, d.Rebind(`SELECT seq FROM documents WHERE id = ?`), id).Scan(&seq); err != nil {
		return fmt.Errorf("passages: %w", err)
	}
	if err := writePassages(ctx, d, w, seq, text); err != nil {
		return fmt.Errorf("passages: %w", err)
	}
	return nil
}

// Rows per INSERT of passages and of terms.
const (
	passageRows = 32
	termRows    = 256
)

// writePassages replaces the passages and terms of document seq by those
// of text, and takes it off the backlog.
func writePassages(ctx context.Context, d Dialect, w PassageWriter, seq int64, text string) error {
	for _, t := range []string{"passages", "passage_terms", "passage_backlog"} {
		if err := w.Exec(ctx, d.Rebind(`DELETE FROM `+t+` WHERE doc_seq = ?`), seq); err != nil {
			return err
		}
	}
	ps, terms := rows.Passages(text)
	for len(ps) > 0 {
		n := min(len(ps), passageRows)
		args := make([]any, 0, 5*n)
		for _, p := range ps[:n] {
			args = append(args, seq, p.Ord, p.Head, p.Tail, p.Text)
		}
		q := `INSERT INTO passages (doc_seq, ord, head, tail, text) VALUES ` + strings.Repeat(`(?, ?, ?, ?, ?), `, n-1) + `(?, ?, ?, ?, ?)`
		if err := w.Exec(ctx, d.Rebind(q), args...); err != nil {
			return err
		}
		ps = ps[n:]
	}
	keys := make([]string, 0, len(terms))
	for t := range terms {
		keys = append(keys, t)
	}
	slices.Sort(keys)
	for len(keys) > 0 {
		n := min(len(keys), termRows)
		args := make([]any, 0, 3*n)
		for _, t := range keys[:n] {
			args = append(args, seq, t, terms[t])
		}
		q := `INSERT INTO passage_terms (doc_seq, term, ord) VALUES ` + strings.Repeat(`(?, ?, ?), `, n-1) + `(?, ?, ?)`
		if err := w.Exec(ctx, d.Rebind(q), args...); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// BuildPassages cuts into passages the documents on passage_backlog: the
// long documents stored before the passages existed (the migration lists
// them) and those whose text changed since. One document per
// transaction; a process that does the same at once skips the documents
// this one took. Open runs it.
func (r *Register) BuildPassages(ctx context.Context) error {
	for {
		var seq int64
		err := r.queryRow(ctx, `SELECT doc_seq FROM passage_backlog ORDER BY doc_seq LIMIT 1`).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return r.errf("build passages", err)
		}
		if err := r.buildPassages(ctx, seq); err != nil {
			return r.errf(fmt.Sprintf("build passages of document %d", seq), err)
		}
	}
}

func (r *Register) buildPassages(ctx context.Context, seq int64) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, r.d.Rebind(`DELETE FROM passage_backlog WHERE doc_seq = ?`), seq)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err // another process took it
	}
	var text string
	switch err := tx.QueryRowContext(ctx, r.d.Rebind(`SELECT text FROM documents WHERE seq = ?`), seq).Scan(&text); {
	case errors.Is(err, sql.ErrNoRows): // gone
	case err != nil:
		return err
	default:
		if r.d.FTSTerms() {
			// a long document stored before migration 011 gets its
			// words in place of its text in the full-text index
			if fts := rows.FTSTerms(text); fts != "" {
				if _, err := tx.ExecContext(ctx, `UPDATE documents SET fts_terms = ? WHERE seq = ? AND fts_terms IS NULL`, fts, seq); err != nil {
					return err
				}
			}
		}
		if err := writePassages(ctx, r.d, SQLTx(tx, nil), seq, text); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// snippet is the snippet of document seq for words: cut from the passage
// that holds the first of the words (the text's first passage when none
// does: a match in the title, or through a stemmer), or from the whole
// text of a document without passages (a short one). Its cost is a few
// index lookups and one passage, whatever the document's length.
func (r *Register) snippet(ctx context.Context, seq int64, words []rows.Word) (string, error) {
	ord := -1
	for _, l := range rows.Lookups(words) {
		var (
			o   sql.NullInt64
			err error
		)
		if l.Prefix {
			// The first passage among a bounded number of the words that
			// start with the prefix.
			err = r.queryRow(ctx, `SELECT MIN(ord) FROM (SELECT ord FROM passage_terms
				WHERE doc_seq = ? AND term >= ? AND term < ? ORDER BY term LIMIT 64) AS t`,
				seq, l.Term, rows.PrefixEnd(l.Term)).Scan(&o)
		} else {
			err = r.queryRow(ctx, `SELECT ord FROM passage_terms WHERE doc_seq = ? AND term = ?`, seq, l.Term).Scan(&o)
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", err
		}
		if o.Valid && (ord < 0 || int(o.Int64) < ord) {
			ord = int(o.Int64)
		}
	}
	var p rows.Passage
	err := r.queryRow(ctx, `SELECT text, head, tail FROM passages WHERE doc_seq = ? AND ord = ?`, seq, max(ord, 0)).
		Scan(&p.Text, &p.Head, &p.Tail)
	switch {
	case err == nil:
		return rows.SnippetOf(p.Text, words, p.Head, p.Tail), nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	var text string
	if err := r.queryRow(ctx, `SELECT text FROM documents WHERE seq = ?`, seq).Scan(&text); err != nil {
		return "", err
	}
	return rows.Snippet(text, words), nil
}
