package resolve

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// sipriDeals are the register's side of the fixtures: transfer deals as
// the extractor reports them (lexicon systems), one per public fact.
func sipriDeals(t *testing.T) []domain.Deal {
	t.Helper()
	lex := lexicon.Default()
	sys := func(id string) *domain.System {
		s, ok := lex.System(id)
		if !ok {
			t.Fatalf("no system %q in the lexicon", id)
		}
		return &domain.System{ID: s.ID, Name: s.Name, Designation: s.Designation, Category: s.Category, Aliases: s.Aliases}
	}
	p := func(c string) *domain.Party { return &domain.Party{Code: c} }
	var facts []domain.StoredFact
	add := func(sup, rec, system, stage string, year int) {
		facts = append(facts, domain.StoredFact{ID: int64(len(facts) + 1), DocumentID: "d" + sup + rec + system, Published: "2025-01-02",
			Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: p(sup), Recipient: p(rec), System: sys(system), Stage: stage, Year: year}})
	}
	add("US", "MA", "m142-himars", domain.StageApproved, 2023)
	add("FR", "HR", "rafale", domain.StageOrdered, 2021)
	add("KR", "PL", "k2-black-panther", domain.StageOrdered, 2022)
	add("KR", "PL", "fa-50", domain.StageOrdered, 2022)
	add("FR", "AE", "rafale", domain.StageOrdered, 2021)
	add("US", "CZ", "f-35", domain.StageOrdered, 2024)
	add("FR", "EG", "rafale", domain.StageOrdered, 2021) // in no fixture
	return Resolve(facts, Options{})
}

// TestReadSIPRILayouts: each fixture reads in its layout with every row,
// no problem and no unknown column, SIPRI's country names mapped to
// codes; every deal of a public fact in it is marked present, with the
// row's TIV, and the one in none stays new.
func TestReadSIPRILayouts(t *testing.T) {
	lex := lexicon.Default()
	for _, c := range []struct {
		file, layout string
		rows         int
		present      []string           // supplier>recipient system
		tiv          map[string]float64 // the order's TIV; negative: the TIV delivered
		nonStates    []string
	}{
		{"classic.csv", SIPRIClassic, 11,
			[]string{"FR>AE rafale", "FR>HR rafale", "KR>PL fa-50", "KR>PL k2-black-panther", "US>CZ f-35", "US>MA m142-himars"},
			map[string]float64{"FR>HR": 300, "US>MA": 90}, []string{"Houthi rebels (Yemen)*"}},
		{"classic.txt", SIPRIClassic, 5,
			[]string{"FR>AE rafale", "FR>HR rafale", "KR>PL k2-black-panther", "US>MA m142-himars"}, nil, nil},
		{"current.csv", SIPRICurrent, 7,
			[]string{"FR>AE rafale", "FR>HR rafale", "KR>PL fa-50", "KR>PL k2-black-panther", "US>MA m142-himars"},
			map[string]float64{"FR>HR": -300, "US>MA": 0}, nil},
	} {
		t.Run(c.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "sipri", c.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			reg, err := ReadSIPRIRegister(f, lex.CountryNamed)
			if err != nil {
				t.Fatal(err)
			}
			if reg.Layout != c.layout || len(reg.Rows) != c.rows || len(reg.Problems) > 0 || len(reg.UnknownColumns) > 0 {
				t.Fatalf("layout %s, %d rows, problems %v, unknown columns %v; want %s, %d rows", reg.Layout, len(reg.Rows), reg.Problems, reg.UnknownColumns, c.layout, c.rows)
			}
			var non []string
			for k := range reg.NonStates {
				non = append(non, k)
			}
			if !slices.Equal(non, c.nonStates) {
				t.Errorf("non-states %v, want %v", non, c.nonStates)
			}
			for _, r := range reg.Rows {
				if r.ID == "" || r.Designation == "" {
					t.Errorf("row %+v: no id or designation", r)
				}
			}
			deals := sipriDeals(t)
			MarkReference(deals, reg.Rows)
			var present []string
			for _, d := range deals {
				k := d.Supplier + ">" + d.Recipient
				if d.Reference == domain.RefPresent {
					present = append(present, k+" "+d.System.ID)
					if want, ok := c.tiv[k]; ok && (want >= 0 && d.RefTIV != want || want < 0 && d.RefTIVDelivered != -want) {
						t.Errorf("%s: TIV %v, delivered %v, want %v", k, d.RefTIV, d.RefTIVDelivered, want)
					}
				} else if d.Reference != domain.RefNew {
					t.Errorf("%s: reference %q", k, d.Reference)
				}
			}
			slices.Sort(present)
			if !slices.Equal(present, c.present) {
				t.Errorf("present %v,\nwant    %v", present, c.present)
			}
		})
	}
}

// TestReadSIPRIRows: the classic layout's details — a recipient named once
// for its group, estimate marks, SIPRI's country names — and the current
// layout's rows of one deal adding up.
func TestReadSIPRIRows(t *testing.T) {
	lex := lexicon.Default()
	read := func(name string) map[string]domain.RefDeal {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("testdata", "sipri", name))
		if err != nil {
			t.Fatal(err)
		}
		reg, err := ReadSIPRIRegister(bytes.NewReader(b), lex.CountryNamed)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]domain.RefDeal{}
		for _, r := range reg.Rows {
			m[r.Supplier+">"+r.Recipient+" "+r.Designation] = r
		}
		return m
	}
	cl := read("classic.csv")
	for _, k := range []string{"KR>PL FA-50", "IR>RU Shahed-136", "TR>UA Bayraktar TB2", "CN>CD CH-4", "RU>VN Yak-130", "FR>AE Rafale", "US>CZ F-35A", "IR>Houthi rebels (Yemen) Qasef-1"} {
		if _, ok := cl[k]; !ok {
			t.Errorf("classic.csv: no row %q (rows: %v)", k, refKeys(cl))
		}
	}
	if r := cl["IR>RU Shahed-136"]; r.Ordered != 2000 || !r.OrderedEst || !r.OrderEstimate || r.OrderYear != 2022 || r.TIVTotal != 40 {
		t.Errorf("Shahed row = %+v", r)
	}
	if r := cl["FR>HR Rafale"]; r.Ordered != 12 || r.Delivered != 6 || r.DeliveryYears != "2024" || r.OrderEstimate || r.TIVDelivered != 150 {
		t.Errorf("Rafale row = %+v", r)
	}
	tx := read("classic.txt")
	if r, ok := tx["TR>UA Bayraktar TB2"]; !ok || !r.OrderedEst || r.Ordered != 12 {
		t.Errorf("classic.txt (Windows-1252 Türkiye): %v", refKeys(tx))
	}
	if r := tx["KR>PL K2 Black Panther"]; r.Delivered != 110 || !r.DeliveredEst || r.DeliveryYears != "2022-2024" {
		t.Errorf("classic.txt K2 row = %+v", r)
	}
	cu := read("current.csv")
	if r := cu["KR>PL K2 Black Panther"]; r.ID != "91003" || r.Delivered != 56 || r.DeliveryYears != "2022; 2023" || r.TIVDelivered != 313.6 || r.Category != "armoured-vehicles" {
		t.Errorf("current.csv K2 row = %+v", r)
	}
	if r := cu["TR>UA Bayraktar TB2"]; !r.OrderEstimate || !r.DeliveredEst || r.OrderTIV() != 0 {
		t.Errorf("current.csv TB2 row = %+v", r)
	}
}

func refKeys(m map[string]domain.RefDeal) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestReadSIPRIFails: what cannot be read fails with a message naming it;
// rows and columns that cannot be read in a good file are reported.
func TestReadSIPRIFails(t *testing.T) {
	lex := lexicon.Default()
	fixture := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "sipri", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	header := "Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number delivered,,Year(s) of delivery,status,Comments\n"
	for _, c := range []struct {
		name, in, want string
	}{
		{"empty", "", "no header line with Supplier and Recipient"},
		{"spreadsheet", fixture("unreadable.xlsx"), "not a text file"},
		{"no header", fixture("no-header.csv"), `no header line with Supplier and Recipient columns in the first 60 lines (first line: "Country,Year,Value")`},
		{"header only", header, "no row of deals could be read"},
		{"bad rows only", header + "Morocco,United States,20x3,,18,,M142 HIMARS,MRL,,,,,\n", `line 2: order year: "20x3" is not a year`},
		{"no state", header + "Atlantis,Lemuria,2020,,1,,X-1,ship,,,,,\n", `no row names two states armswatch knows (unknown names: "Atlantis", "Lemuria")`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadSIPRIRegister(strings.NewReader(c.in), lex.CountryNamed)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to say %q", err, c.want)
			}
		})
	}
	// A good file with a bad row and an unknown column reads the rest and
	// reports them.
	in := strings.Replace(header, "Comments", "Comments,Remarks", 1) +
		"Morocco,United States,2023,,18,,M142 HIMARS,MRL,,,,,,x\n" +
		"Croatia,France,2021,,twelve,,Rafale,FGA aircraft,,,,,,\n" +
		"Poland,,2022,,180,,K2,tank,,,,,,\n"
	reg, err := ReadSIPRIRegister(strings.NewReader(in), lex.CountryNamed)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	for _, p := range reg.Problems {
		problems = append(problems, p.String())
	}
	want := []string{`line 3: number ordered: "twelve" is not a number`, "line 4: no supplier"}
	if len(reg.Rows) != 1 || !slices.Equal(problems, want) || !slices.Equal(reg.UnknownColumns, []string{"Remarks"}) {
		t.Errorf("rows %d, problems %q, unknown columns %v; want 1 row, %q, [Remarks]", len(reg.Rows), problems, reg.UnknownColumns, want)
	}
}

// TestReadSIPRIOwnExport: what WriteSIPRI writes reads back, without an
// unknown column.
func TestReadSIPRIOwnExport(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSIPRI(&buf, sipriDeals(t), func(c string) string {
		if co, ok := lexicon.Default().Country(c); ok {
			return co.Name
		}
		return c
	}); err != nil {
		t.Fatal(err)
	}
	reg, err := ReadSIPRIRegister(&buf, lexicon.Default().CountryNamed)
	if err != nil {
		t.Fatal(err)
	}
	if reg.Layout != SIPRICurrent || len(reg.Rows) != 7 || len(reg.UnknownColumns) > 0 || len(reg.NonStates) > 0 {
		t.Errorf("own export: layout %s, %d rows, unknown columns %v, non-states %v", reg.Layout, len(reg.Rows), reg.UnknownColumns, reg.NonStates)
	}
}

// FuzzReadSIPRIRegister: any input gives rows or an error, never a panic,
// and the rows it gives have a supplier, a recipient and something traded.
func FuzzReadSIPRIRegister(f *testing.F) {
	for _, name := range []string{"classic.csv", "classic.txt", "current.csv", "no-header.csv", "unreadable.xlsx"} {
		b, err := os.ReadFile(filepath.Join("testdata", "sipri", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\xff\xfeR\x00e\x00c\x00"))
	f.Add([]byte("Supplier;Recipient;Designation\nFrance;Croatia;Rafale\n"))
	lex := lexicon.Default()
	f.Fuzz(func(t *testing.T, b []byte) {
		reg, err := ReadSIPRIRegister(bytes.NewReader(b), lex.CountryNamed)
		if err != nil {
			if err.Error() == "" {
				t.Error("empty error")
			}
			return
		}
		for _, r := range reg.Rows {
			if r.Supplier == "" || r.Recipient == "" || (r.Designation == "" && r.Description == "") {
				t.Errorf("row without parties or system: %+v", r)
			}
		}
	})
}
