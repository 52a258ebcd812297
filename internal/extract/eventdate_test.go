package extract

import (
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestEventDate(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2024, time.April, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lang, text string
		year             int
		anchor           string
		want             string
	}{
		{"en month", "en", "Croatia signed the contract in April 2023 for 12 Rafale.", 2023, "", "2023-04"},
		{"en day after month", "en", "The sale was approved on April 12, 2023, the DSCA said.", 2023, "", "2023-04-12"},
		{"en month of year", "en", "Poland ordered the tanks in July of 2022.", 2022, "", "2022-07"},
		{"en may the verb", "en", "Egypt may buy more Rafale in 2023.", 2023, "", ""},
		{"en year only", "en", "The deal was signed in 2021.", 2021, "", ""},
		{"en another year's month", "en", "Ordered in 2021, the first jets arrived in March 2024.", 2021, "", ""},
		{"en two months of one year", "en", "Ordered in January 2023 and delivered in December 2023.", 2023, "", ""},
		{"en two dates of one month", "en", "Signed on 3 May 2023 and approved on 20 May 2023.", 2023, "", "2023-05"},
		{"en last month", "en", "Morocco signed for the drones last month.", 2024, "drones", "2024-03"},
		{"en yesterday", "en", "Yesterday, Croatia received six Rafale.", 2024, "Rafale", "2024-04-25"},
		{"en relative in another clause", "en", "The jets reached Pakistan earlier this month, with the country having bought 25 J-10C.", 2024, "J-10C", ""},
		{"en last November", "en", "Egypt ordered the jets last November.", 2023, "jets", "2023-11"},
		{"en last April written in April", "en", "Egypt ordered the jets last April.", 2024, "jets", ""},
		{"en relative year mismatch", "en", "Morocco signed for the drones last month.", 2021, "drones", ""},
		{"fr day month year", "fr", "Le contrat a été signé le 12 avril 2023 à Zagreb.", 2023, "", "2023-04-12"},
		{"fr premier", "fr", "Le contrat a été signé le 1er décembre 2022.", 2022, "", "2022-12-01"},
		{"fr month", "fr", "Le contrat, signé en novembre 2021, porte sur douze Rafale.", 2021, "", "2021-11"},
		{"fr mois dernier", "fr", "La Croatie a commandé des Caesar le mois dernier.", 2024, "Caesar", "2024-03"},
		{"fr avant-hier", "fr", "La Croatie a reçu des Caesar avant-hier.", 2024, "Caesar", ""},
		{"fr novembre dernier", "fr", "Le Qatar a commandé des Rafale le 7 novembre dernier.", 2023, "Rafale", "2023-11-07"},
		{"ar month", "ar", "وقعت مصر العقد في أبريل 2023 لشراء طائرات رافال.", 2023, "", "2023-04"},
		{"ar day two names", "ar", "أعلنت الوزارة يوم الخميس 6 أكتوبر/تشرين الأول 2022 موافقتها على الصفقة.", 2022, "", "2022-10-06"},
		{"ar arabic digits", "ar", "وقعت مصر العقد في ١٢ أبريل ٢٠٢٣.", 2023, "", "2023-04-12"},
		{"ar last month two names", "ar", "أعلن البنتاغون في أواخر سبتمبر/أيلول الماضي موافقة واشنطن على الصفقة.", 2023, "", "2023-09"},
		{"es month", "es", "El contrato se firmó en abril de 2023 en Madrid.", 2023, "", "2023-04"},
		{"es day", "es", "El contrato se firmó el 12 de abril de 2023.", 2023, "", "2023-04-12"},
		{"es range end", "es", "Del 24 de septiembre al 6 de octubre de 2021 se celebró el ejercicio.", 2021, "", ""},
		{"es ayer", "es", "Ayer, Argentina recibió los F-16.", 2024, "F-16", "2024-04-25"},
		{"de month", "de", "Der Vertrag wurde im April 2023 unterzeichnet.", 2023, "", "2023-04"},
		{"de day", "de", "Der Vertrag wurde am 12. April 2023 unterzeichnet.", 2023, "", "2023-04-12"},
		{"de gestern", "de", "Polen hat gestern die Panzer bestellt.", 2024, "Panzer", "2024-04-25"},
		{"dateline", "en", "ANKARA, July 12, 2019 — The first S-400 parts were delivered.", 2019, "", ""},
		{"dateline then yesterday", "fr", "ZAGREB, 26 avril 2024 — La Croatie a reçu hier six Rafale.", 2024, "Rafale", "2024-04-25"},
		{"de hier is here", "de", "Hier hat Polen die Panzer bestellt.", 2024, "Panzer", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var anchor []string
			if tc.anchor != "" {
				anchor = anchorWords(&domain.Fact{System: &domain.System{Mention: tc.anchor}})
			}
			if got := eventDate(tc.text, tc.year, anchor, x.langs[tc.lang], pub); got != tc.want {
				t.Errorf("eventDate(%q, %d) = %q, want %q", tc.text, tc.year, got, tc.want)
			}
		})
	}
}

// TestEventDateInFacts: the extractor's facts carry the date of their own
// event, not the publication date.
func TestEventDateInFacts(t *testing.T) {
	x := testExtractor(t)
	doc := &domain.Document{Source: "t", Language: "fr", Published: "2024-04-26",
		Text: "Six Rafale ont atterri jeudi à Zagreb.\n\nLe contrat, signé en novembre 2021, porte sur douze Rafale F3R prélevés sur les stocks français, pour 999 millions d'euros."}
	facts, err := x.Facts(doc)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range facts {
		if f.Stage == domain.StageOrdered {
			found = true
			if f.Year != 2021 || f.Date != "2021-11" {
				t.Errorf("ordered fact: year %d, date %q; want 2021, 2021-11", f.Year, f.Date)
			}
		}
	}
	if !found {
		t.Fatalf("no ordered fact in %+v", facts)
	}
}

func TestNoticeMarked(t *testing.T) {
	x := testExtractor(t)
	text := `Arms Sales Notification

[Transmittal No. 22-45]

(i) Prospective Purchaser: Government of Nigeria

(ii) Total Estimated Value:
  Major Defense Equipment * ....... $ 389 million
  Other ........................... $ 608 million
  TOTAL ........................... $ 997 million

(iii) Description and Quantity or Quantities of Articles or Services under Consideration for Purchase:
Major Defense Equipment (MDE):
  Twelve (12) AH-1Z attack helicopters

(vii) Date Report Delivered to Congress: April 12, 2022`
	doc := &domain.Document{Source: "n", Language: "en", Published: "2022-04-14", Text: text}
	facts, err := x.Facts(doc)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, f := range facts {
		if f.Notice == nil {
			t.Errorf("%s fact without notice", f.Type)
			continue
		}
		if f.Notice.Transmittal != "22-45" || f.Notice.Date != "2022-04-12" {
			t.Errorf("notice = %+v, want 22-45 of 2022-04-12", *f.Notice)
		}
		types[f.Type] = true
	}
	if !types[domain.TypeTransfer] || !types[domain.TypeAggregate] {
		t.Errorf("facts %+v: want a transfer and the total", facts)
	}
	// an article is no notice
	facts, err = x.Facts(&domain.Document{Source: "a", Language: "en", Published: "2022-04-14",
		Text: "The United States approved the sale of 12 AH-1Z helicopters to Nigeria for $997 million."})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range facts {
		if f.Notice != nil {
			t.Errorf("article fact marked as a notice: %+v", f)
		}
	}
}

// FuzzEventDate: any sentence gives "" or a valid date in the fact's year,
// never a panic.
func FuzzEventDate(f *testing.F) {
	for _, s := range []string{"signé le 12 avril 2023", "في ٦ أكتوبر/تشرين الأول 2022", "last month", "April 31, 2023", "de de de 2023", "12. 2023"} {
		f.Add(s, "fr")
	}
	x := testExtractor(f)
	pub := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s, lang string) {
		lw := x.langs[lang]
		if lw == nil {
			lw = x.langs["en"]
		}
		got := eventDate(s, 2023, []string{"rafale"}, lw, pub)
		if got == "" {
			return
		}
		layout := "2006-01-02"
		if len(got) == 7 {
			layout = "2006-01"
		}
		if d, err := time.Parse(layout, got); err != nil || d.Year() != 2023 {
			t.Errorf("eventDate(%q) = %q", s, got)
		}
	})
}
