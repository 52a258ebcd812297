package rows

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestFactColumnsMatchValues(t *testing.T) {
	cols := strings.Split(FactColumns, ",")
	if len(cols) != NumFactColumns {
		t.Fatalf("FactColumns has %d columns, NumFactColumns = %d", len(cols), NumFactColumns)
	}
	for _, f := range []domain.Fact{{}, {Type: domain.TypeTransfer, System: &domain.System{ID: "x"}, Value: &domain.Money{Amount: 1}}} {
		vals, err := Fact("doc", 0, &f)
		if err != nil {
			t.Fatal(err)
		}
		if len(vals) != NumFactColumns {
			t.Errorf("Fact(%+v) has %d values, want %d", f, len(vals), NumFactColumns)
		}
	}
	if c := strings.TrimSpace(cols[BodyIndex]); c != "body" {
		t.Errorf("column %d is %q, want body", BodyIndex, c)
	}
	if n := strings.Count(FactPlaceholders(true), "$"); n != NumFactColumns {
		t.Errorf("%d numbered placeholders, want %d", n, NumFactColumns)
	}
}

func TestFact(t *testing.T) {
	col := func(name string) int {
		for i, c := range strings.Split(FactColumns, ",") {
			if strings.TrimSpace(c) == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	full := domain.Fact{
		Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "US"}, Recipient: &domain.Party{Org: "African Union"},
		System:   &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Designation: " M142 ", Aliases: []string{"HIMARS", ""}, Category: "artillery", Mention: "Himars"},
		Quantity: 18, Value: &domain.Money{Amount: 5, Currency: "USD"}, ValueUSD: 524e6, Year: 2024,
		Parties: []domain.Party{{Code: "FR"}, {Org: "AU"}}, Program: &domain.Named{Name: "IMET"}, Organization: &domain.Named{},
		Evidence: domain.Evidence{Start: 3, End: 9, Text: "sale"}, Confidence: 0.5,
	}
	for _, tc := range []struct {
		name   string
		fact   domain.Fact
		column string
		want   any
	}{
		{"document id", full, "document_id", "doc"},
		{"event date", domain.Fact{Date: "2023-04"}, "event_date", "2023-04"},
		{"no event date", full, "event_date", nil},
		{"notice transmittal", domain.Fact{Notice: &domain.Notice{Transmittal: "22-45", Date: "2022-04-12"}}, "notice_transmittal", "22-45"},
		{"notice date", domain.Fact{Notice: &domain.Notice{Transmittal: "22-45", Date: "2022-04-12"}}, "notice_date", "2022-04-12"},
		{"no notice", full, "notice_transmittal", nil},
		{"ordinal", full, "ordinal", 7},
		{"supplier code", full, "supplier", "US"},
		{"recipient organisation", full, "recipient", "African Union"},
		{"no provider", full, "provider", nil},
		{"zero party", domain.Fact{Supplier: &domain.Party{}}, "supplier", nil},
		{"parties as JSON", full, "parties", `["FR",{"org":"AU"}]`},
		{"no parties", domain.Fact{}, "parties", nil},
		{"system terms lower-cased, trimmed, one per line", full, "system_terms", "m142-himars\nm142 himars\nm142\nhimars\nhimars"},
		{"no system", domain.Fact{}, "system_terms", nil},
		{"system without words", domain.Fact{System: &domain.System{Category: "ships"}}, "system_terms", nil},
		{"program", full, "program", "IMET"},
		{"organisation without a name", full, "organization", nil},
		{"quantity", full, "quantity", 18},
		{"zero quantity", domain.Fact{}, "quantity", nil},
		{"amount", full, "value_amount", 5.0},
		{"no qualifier", full, "value_qualifier", nil},
		{"value usd", full, "value_usd", 524e6},
		{"zero value usd", domain.Fact{}, "value_usd", nil},
		{"empty stage", full, "stage", nil},
		{"year", full, "year", 2024},
		{"confidence kept at zero", domain.Fact{}, "confidence", 0.0},
		{"evidence start kept at zero", domain.Fact{}, "evidence_start", 0},
		{"evidence text", full, "evidence_text", "sale"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vals, err := Fact("doc", 7, &tc.fact)
			if err != nil {
				t.Fatal(err)
			}
			if got := vals[col(tc.column)]; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s = %#v, want %#v", tc.column, got, tc.want)
			}
		})
	}
	vals, err := Fact("doc", 0, &full)
	if err != nil {
		t.Fatal(err)
	}
	if body := vals[col("body")].(string); !strings.Contains(body, `"quantity":18`) {
		t.Errorf("body = %s, want the fact's JSON", body)
	}
	if _, err := Fact("doc", 0, &domain.Fact{Value: &domain.Money{Amount: math.NaN()}}); err == nil {
		t.Error("Fact with a NaN amount succeeded")
	}
}

func TestSearchWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Word
	}{
		{"", nil},
		{"  ", nil},
		{"HIMARS", []Word{{Text: "HIMARS"}}},
		{"f-16  maroc", []Word{{Text: "f-16"}, {Text: "maroc"}}},
		{"launch*", []Word{{Text: "launch", Prefix: true}}},
		{"a** b", []Word{{Text: "a", Prefix: true}, {Text: "b"}}},
		{`a"b 'x'`, []Word{{Text: `a"b`}, {Text: `'x'`}}},
		{`* " ( ) & | ! -`, nil},
		{"مصر", []Word{{Text: "مصر"}}},
	} {
		if got := SearchWords(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SearchWords(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestMigrations(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, tc := range []struct {
		name    string
		fsys    fstest.MapFS
		want    []Migration
		wantErr string
	}{
		{"sorted by version, other files ignored", fstest.MapFS{
			"m/010_ten.sql": file("ten"),
			"m/002_two.sql": file("two"),
			"m/README.md":   file("x"),
			"m/001_one.sql": file("one"),
			"m/9_dir.sql/x": file("a directory"),
		}, []Migration{{1, "001_one.sql", "one"}, {2, "002_two.sql", "two"}, {10, "010_ten.sql", "ten"}}, ""},
		{"empty", fstest.MapFS{"m/README.md": file("x")}, nil, ""},
		{"no underscore", fstest.MapFS{"m/001.sql": file("")}, nil, "not NNN_name.sql"},
		{"bad version", fstest.MapFS{"m/one_x.sql": file("")}, nil, "bad version"},
		{"version zero", fstest.MapFS{"m/000_x.sql": file("")}, nil, "bad version"},
		{"shared version", fstest.MapFS{"m/1_a.sql": file(""), "m/001_b.sql": file("")}, nil, "share version 1"},
		{"missing directory", fstest.MapFS{}, nil, "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Migrations(tc.fsys, "m")
			if !wantErr(t, err, tc.wantErr) {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Migrations = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestFacts(t *testing.T) {
	nan := domain.Fact{Value: &domain.Money{Amount: math.NaN()}}
	for _, tc := range []struct {
		name     string
		facts    []domain.Fact
		ordinals []int
		wantErr  string
	}{
		{"none", nil, []int{}, ""},
		{"numbered in order", []domain.Fact{{Type: "a"}, {Type: "b"}, {Type: "c"}}, []int{0, 1, 2}, ""},
		{"unencodable fact named", []domain.Fact{{}, nan}, nil, "fact 1:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vals, err := Facts("doc", tc.facts)
			if !wantErr(t, err, tc.wantErr) {
				return
			}
			ordinals := []int{}
			for _, v := range vals {
				if v[0] != "doc" {
					t.Errorf("document id = %v", v[0])
				}
				ordinals = append(ordinals, v[1].(int))
			}
			if !reflect.DeepEqual(ordinals, tc.ordinals) {
				t.Errorf("ordinals = %v, want %v", ordinals, tc.ordinals)
			}
		})
	}
}

// wantErr fails t unless err mentions want (or, want "", err is nil), and
// reports whether the call succeeded and its result is worth checking.
func wantErr(t *testing.T, err error, want string) bool {
	t.Helper()
	if want != "" {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("err = %v, want it to mention %q", err, want)
		}
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}
