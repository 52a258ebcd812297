package tablefmt

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/armswatch/armswatch/internal/domain"
)

func sample() *domain.Table {
	return &domain.Table{By: "value", Years: []int{2015, 2016},
		Rows: []domain.TableRow{
			{Party: "MA", Cells: []float64{1e9, 0}, Total: 1e9},
			{Party: "EG", Cells: []float64{0, 2.5e8}, Total: 2.5e8, LeftOut: 2},
		},
		Totals: []float64{1e9, 2.5e8}, Total: 1.25e9, LeftOut: 2}
}

func meta() Meta {
	return Meta{Title: "Recipients of US arms", Side: "Recipient",
		Name: func(c string) string {
			if c == "EG" {
				return "=HYPERLINK(\"http://evil\")"
			}
			return "Morocco"
		},
		Link:   func(c string) string { return "https://armswatch.example/pair/US/" + c },
		Source: "https://armswatch.example/table?supplier=US"}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, sample(), meta()); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		"\uFEFFRecipient,Code,2015,2016,Total,Link\n",
		"Morocco,MA,1000000000,,1000000000,https://armswatch.example/pair/US/MA\n",
		`"'=HYPERLINK(""http://evil"")",EG,,250000000,250000000,https://armswatch.example/pair/US/EG` + "\n",
		"Total,,1000000000,250000000,1250000000,\n",
		"Left out,Left out of the values: 2 stated amount(s)",
		"Unit,\"US dollars (current",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("CSV lacks %q:\n%s", want, s)
		}
	}
}

func TestWriteXLSX(t *testing.T) {
	var b bytes.Buffer
	m := meta()
	m.Constant = 2024
	if err := WriteXLSX(&b, sample(), m); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{
		"A1": "Recipient", "C1": "2015", "E1": "Total", "F1": "Link",
		"A2": "Morocco", "C2": "1000000000", "F2": "https://armswatch.example/pair/US/MA",
		"A3": "'=HYPERLINK(\"http://evil\")", "D3": "250000000",
		"A4": "Total", "E4": "1250000000",
	} {
		got, err := f.GetCellValue("Table", cell)
		if err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", cell, got, err, want)
		}
		if fo, _ := f.GetCellFormula("Table", cell); fo != "" {
			t.Errorf("%s holds a formula %q", cell, fo)
		}
	}
	if typ, _ := f.GetCellType("Table", "C2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("C2 is a %v, want a number", typ)
	}
	rows, _ := f.GetRows("Table")
	var unit string
	for _, r := range rows {
		if len(r) >= 2 && r[0] == "Unit" {
			unit = r[1]
		}
	}
	if !strings.Contains(unit, "2024") {
		t.Errorf("unit %q does not name the base year", unit)
	}
}

func TestRecordsCount(t *testing.T) {
	tb := &domain.Table{By: "count", Years: []int{2020}, Rows: []domain.TableRow{{Party: "FR", Cells: []float64{3}, Total: 3}}, Totals: []float64{3}, Total: 3, LeftOut: 4}
	recs := Records(tb, Meta{})
	if got := strings.Join(recs[1], ","); got != "FR,FR,3,3" {
		t.Errorf("row %q", got)
	}
	if LeftOutNote(tb) != "" {
		t.Error("a count table notes left-out values")
	}
}
