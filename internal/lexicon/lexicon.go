// Package lexicon owns armswatch's reference data: countries and regions with
// their names in several languages, weapon systems, programs, organisations,
// agencies and makers, and the generic words for kinds of equipment. The data
// lives in tab-separated files under data/ (format in data/README.md),
// embedded in the binary; this package parses and indexes them. Matching the
// names in a text is the extract package's job.
package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var files embed.FS

// Country is one ISO 3166-1 country or territory.
type Country struct {
	Code      string // alpha-2
	Alpha3    string
	Region    string // M49 region slug: africa, americas, asia, europe, oceania
	Subregion string // M49 sub-region slug: northern-africa, western-asia, ...
	Name      string // English short name
	Sovereign string // the state a dependent territory belongs to (NC → FR), "" for a state
}

// Alias is one way of naming a country, a region, a system or an
// organisation in a language.
type Alias struct {
	ID   string // what it names: a country code, region id, system id, ...
	Lang string // en, fr, ar, es, ... or "*" for any language
	Kind string // countries: name, variant, demonym, capital, metonym
	Text string
}

// System is one weapon system of the catalogue.
type System struct {
	ID          string
	Name        string // canonical name: "M142 HIMARS"
	Designation string // "M142"
	Category    string // a category of the facts contract
	Origin      string // country code of origin
	Maker       string
	Aliases     []string
}

// Named is a program, an organisation, an agency, a maker or an exercise.
type Named struct {
	ID      string
	Kind    string // program, organization, agency, maker, exercise
	Name    string
	Aliases []string
	Country string // the state that runs a program or agency, or a maker's seat, if any
}

// Generic is a word that names a kind of equipment without naming a
// system ("radars", "drones", "blindés").
type Generic struct {
	Lang     string
	Text     string
	Category string
}

// Lexicon is the parsed, indexed reference data.
type Lexicon struct {
	Countries    []Country
	CountryNames []Alias
	RegionNames  []Alias
	Systems      []System
	Named        []Named
	Generics     []Generic
	// SIPRINames are the names the SIPRI Arms Transfers Database gives
	// states where they differ from CountryNames (sipri_names.tsv): ID is
	// the code, Text the name.
	SIPRINames    []Alias
	countryByCode map[string]*Country
	namesOnce     sync.Once
	byName        map[string]string // folded English name -> code (CountryNamed)
	anyNameOnce   sync.Once
	byAnyName     map[string]string   // folded name in any language -> code (CountryCode)
	members       map[string][]string // region id -> country codes
	systemByID    map[string]*System
	namedByID     map[string]*Named
	langs         map[string]*Lang
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon, parsed once. It panics if the
// embedded data is malformed, which the package's tests rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() { defaultLex, defaultErr = Load() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultLex
}

// Load parses the embedded data files.
func Load() (*Lexicon, error) {
	l := &Lexicon{
		countryByCode: map[string]*Country{},
		members:       map[string][]string{},
		systemByID:    map[string]*System{},
		namedByID:     map[string]*Named{},
	}
	err := readTSV("countries.tsv", 6, func(f []string) error {
		l.Countries = append(l.Countries, Country{Code: f[0], Alpha3: f[1], Region: f[2], Subregion: f[3], Name: f[4], Sovereign: f[5]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range l.Countries {
		c := &l.Countries[i]
		l.countryByCode[c.Code] = c
		if c.Region != "" {
			l.members[c.Region] = append(l.members[c.Region], c.Code)
		}
		if c.Subregion != "" {
			l.members[c.Subregion] = append(l.members[c.Subregion], c.Code)
		}
	}
	if err := readTSV("country_names.tsv", 4, func(f []string) error {
		l.CountryNames = append(l.CountryNames, Alias{ID: f[0], Lang: f[1], Kind: f[2], Text: f[3]})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("regions.tsv", 3, func(f []string) error {
		l.RegionNames = append(l.RegionNames, Alias{ID: f[0], Lang: f[1], Kind: "name", Text: f[2]})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("region_members.tsv", 2, func(f []string) error {
		l.members[f[0]] = append(l.members[f[0]], f[1])
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("systems.tsv", 7, func(f []string) error {
		l.Systems = append(l.Systems, System{ID: f[0], Name: f[1], Designation: f[2], Category: f[3], Origin: f[4], Maker: f[5], Aliases: splitList(f[6])})
		return nil
	}); err != nil {
		return nil, err
	}
	for i := range l.Systems {
		l.systemByID[l.Systems[i].ID] = &l.Systems[i]
	}
	if err := readTSV("named.tsv", 5, func(f []string) error {
		l.Named = append(l.Named, Named{ID: f[0], Kind: f[1], Name: f[2], Aliases: splitList(f[3]), Country: f[4]})
		return nil
	}); err != nil {
		return nil, err
	}
	for i := range l.Named {
		l.namedByID[l.Named[i].ID] = &l.Named[i]
	}
	if err := readTSV("sipri_names.tsv", 2, func(f []string) error {
		if _, ok := l.countryByCode[f[1]]; !ok {
			return fmt.Errorf("%q: unknown country code %q", f[0], f[1])
		}
		l.SIPRINames = append(l.SIPRINames, Alias{ID: f[1], Lang: "en", Kind: "sipri", Text: f[0]})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("generic.tsv", 3, func(f []string) error {
		l.Generics = append(l.Generics, Generic{Lang: f[0], Text: f[1], Category: f[2]})
		return nil
	}); err != nil {
		return nil, err
	}
	for k := range l.members {
		sort.Strings(l.members[k])
	}
	if l.langs, err = loadLangs(); err != nil {
		return nil, err
	}
	return l, nil
}

// Country returns the country with an alpha-2 code.
func (l *Lexicon) Country(code string) (Country, bool) {
	c, ok := l.countryByCode[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// Members returns the country codes of a region (an M49 region or
// sub-region slug, or a grouping such as "mena", "nato", "eu"). A country
// code is returned as itself.
func (l *Lexicon) Members(region string) []string {
	r := strings.ToLower(strings.TrimSpace(region))
	if m, ok := l.members[r]; ok {
		return m
	}
	for _, a := range l.RegionNames {
		if strings.EqualFold(a.Text, region) {
			return l.members[a.ID]
		}
	}
	if _, ok := l.countryByCode[strings.ToUpper(r)]; ok {
		return []string{strings.ToUpper(r)}
	}
	return nil
}

// Regions lists the ids of all regions and groupings.
func (l *Lexicon) Regions() []string {
	out := make([]string, 0, len(l.members))
	for k := range l.members {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// System returns a system by id.
func (l *Lexicon) System(id string) (System, bool) {
	s, ok := l.systemByID[id]
	if !ok {
		return System{}, false
	}
	return *s, true
}

// NamedEntry returns a program, organisation, agency or maker by id.
func (l *Lexicon) NamedEntry(id string) (Named, bool) {
	n, ok := l.namedByID[id]
	if !ok {
		return Named{}, false
	}
	return *n, true
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readTSV calls fn for each data line of an embedded file: tab-separated,
// '#' starts a comment line, the first non-comment line is a header.
func readTSV(name string, cols int, fn func([]string) error) error {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n, header := 0, true
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < cols {
			f = append(f, make([]string, cols-len(f))...)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}
