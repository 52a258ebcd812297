package extract

import "testing"

// enfres_conj.go (conjoinedSuppliers reads lists as listJoined does): a
// list of sources that repeats its preposition gives every source a
// candidate, in every language.
func TestRepeatedPrepSupplierList(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Obusiers pour Kiev\n\nKiev, 3 mai 2023 — L'Ukraine avait déjà reçu des obusiers des États-Unis, du Royaume-Uni, de la Pologne et de la France.\n", []string{"US>UA", "GB>UA", "PL>UA", "FR>UA"}},
		{"de", "Haubitzen für Kiew\n\nKiew, 3. Mai 2023 — Die Ukraine hatte bereits Haubitzen aus den USA, aus Großbritannien, Polen und Frankreich erhalten.\n", []string{"US>UA", "GB>UA", "PL>UA", "FR>UA"}},
		{"es", "Obuses para Kiev\n\nKiev, 3 de mayo de 2023 — Ucrania ya había recibido obuses de Estados Unidos, del Reino Unido y de Polonia.\n", []string{"US>UA", "GB>UA", "PL>UA"}},
		{"ar", "مدافع لأوكرانيا\n\nكييف، 3 مايو 2023 — تسلمت أوكرانيا مدافع هاوتزر من الولايات المتحدة ومن بريطانيا ومن بولندا.\n", []string{"US>UA", "GB>UA", "PL>UA"}},
		{"en", "Howitzers for Kyiv\n\nKyiv, 3 May 2023 — Ukraine has received howitzers from the United States, from Britain and from Poland.\n", []string{"US>UA", "GB>UA", "PL>UA"}},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s %q: no %s; got %v", tc.lang, tc.text[:20], w, got)
			}
		}
	}
	// near miss: a source and, apart from it, the buyer's own forces
	// name no second source
	got := candidatePairs(t, x, "fr", "Obusiers pour Kiev\n\nKiev, 3 mai 2023 — L'Ukraine a reçu des obusiers des États-Unis pour l'armée de la Pologne voisine.\n", nil)
	if got["PL>UA"] {
		t.Errorf("fr: PL named as a source: %v", got)
	}
}

// all_roles_r5_source.go: a German state after "aus" or a source "von"
// between the subject and its receiving verb leaves the subject the
// recipient.
func TestGermanSourceObject(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ text, want, not string }{
		{"Haubitzen\n\nKiew, 3. Mai 2023 — Vor den deutschen Geschützen hatte die Ukraine bereits Haubitzen aus den USA erhalten.\n", "US>UA", "US>DE"},
		{"Hubschrauber\n\nWarschau, 3. Mai 2023 — Nach Angaben Litauens hat Polen von Deutschland zwölf Hubschrauber erhalten.\n", "DE>PL", "DE>LT"},
		{"Haubitzen\n\nKiew, 3. Mai 2023 — Vor den britischen Raketen hat Kiew aus Polen 20 Haubitzen bekommen.\n", "PL>UA", "PL>GB"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, "de", tc.text, nil)
		if !got[tc.want] || got[tc.not] {
			t.Errorf("%q: want %s, not %s; got %v", tc.text[:30], tc.want, tc.not, got)
		}
	}
	// near miss: the passive agent after "von" stays the buyer's reading
	got := candidatePairs(t, x, "de", "Panzer\n\nBerlin, 3. Mai 2023 — Die Panzer wurden von Polen in Deutschland bestellt.\n", nil)
	if got["PL>DE"] {
		t.Errorf("passive agent read as a source: %v", got)
	}
}

// all_roles_r5_builtin.go: for goods of no known origin, the state where
// they were built sells, in the languages other than English; a place
// with no building word before it stays a place.
func TestBuiltInAnyLanguage(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want, not string }{
		{"es", "Fragatas\n\nManila, 3 de mayo de 2023 — La Armada de Filipinas recibió dos fragatas construidas por Hyundai en Corea del Sur.\n", "KR>PH", ""},
		{"es", "Patrulleros\n\nAbuja, 3 de mayo de 2023 — Nigeria recibió dos patrulleros fabricados en China.\n", "CN>NG", ""},
		{"ar", "فرقاطات\n\nمانيلا، 3 مايو 2023 — تسلمت البحرية الفلبينية فرقاطتين مصنوعتين في كوريا الجنوبية.\n", "KR>PH", ""},
		{"fr", "Frégates\n\nManille, 3 mai 2023 — La marine philippine a reçu deux frégates construites par Hyundai en Corée du Sud.\n", "KR>PH", ""},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if !got[tc.want] || tc.not != "" && got[tc.not] {
			t.Errorf("%s %q: want %s; got %v", tc.lang, tc.text[:16], tc.want, got)
		}
	}
	// near misses: a place of a ceremony, not of building
	for _, tc := range []struct{ lang, text, not string }{
		{"es", "Fragatas\n\nManila, 3 de mayo de 2023 — La Armada de Filipinas recibió en Corea del Sur dos fragatas nuevas.\n", "KR>PH"},
	} {
		if got := candidatePairs(t, x, tc.lang, tc.text, nil); got[tc.not] {
			t.Errorf("%s %q: place read as the builder: %v", tc.lang, tc.text[:16], got)
		}
	}
}

// all_roles_r5_coproducer.go: a partner in making a system ("together
// with", "junto con", "zusammen mit", "بالتعاون مع") is no buyer of it;
// "together with" with no verb of making keeps the partner a buyer.
func TestCoPartnerNotBuyer(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want, not string }{
		{"es", "Aviones para Bolivia\n\nLa Paz, 3 de mayo de 2023 — Bolivia recibió seis aviones de entrenamiento de China.\n\nSe trata del K-8 Karakorum, un reactor desarrollado por China junto con Pakistán.\n", "CN>BO", "CN>PK"},
		{"en", "Jets for Bolivia\n\nLa Paz, 3 May 2023 — Bolivia received six trainer jets from China.\n\nThey are K-8 Karakorum jets, developed by China together with Pakistan.\n", "CN>BO", "CN>PK"},
		{"de", "Flugzeuge für Bolivien\n\nLa Paz, 3. Mai 2023 — Bolivien hat sechs Trainingsflugzeuge aus China erhalten.\n\nEs handelt sich um den K-8 Karakorum, den China zusammen mit Pakistan entwickelt hat.\n", "CN>BO", "CN>PK"},
		{"ar", "طائرات لبوليفيا\n\nلاباز، 3 مايو 2023 — تسلمت بوليفيا ست طائرات تدريب من الصين.\n\nوالطائرة هي K-8 كاراكورام التي طورتها الصين بالتعاون مع باكستان.\n", "CN>BO", "CN>PK"},
		{"fr", "Avions pour la Bolivie\n\nLa Paz, 3 mai 2023 — La Bolivie a reçu six avions d'entraînement de la Chine.\n\nIl s'agit du K-8 Karakorum, conçu par la Chine conjointement avec le Pakistan.\n", "CN>BO", "CN>PK"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if !got[tc.want] || got[tc.not] {
			t.Errorf("%s: want %s, not %s; got %v", tc.lang, tc.want, tc.not, got)
		}
	}
	// near miss: buying together with another state is no joint making
	got := candidatePairs(t, x, "en", "Jets\n\nLa Paz, 3 May 2023 — Bolivia ordered six K-8 jets from China together with Venezuela.\n", nil)
	if !got["CN>BO"] {
		t.Errorf("buyer lost: %v", got)
	}
}

// all_roles_r5_more.go: a further batch ("deux autres hélicoptères",
// "otros 14 aparatos", "14 more") takes the parties its clause marks; the
// giver of the clause is never its buyer.
func TestMoreBatchClauseRoles(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, not string }{
		{"fr", "Hélicoptères\n\nOuagadougou, 3 mai 2023 — Le Burkina Faso a reçu deux hélicoptères Mi-171Sh de la Russie.\n\nAu mois de juin dernier, Taïwan avait offert deux autres hélicoptères aux forces armées burkinabè.\n", "RU>TW"},
		{"es", "Helicópteros\n\nAsunción, 3 de mayo de 2023 — Paraguay recibió dos helicópteros UH-1H de Taiwán en 1996.\n\nEn 2021, Taiwán donó otros 14 aparatos a la Fuerza Aérea Paraguaya.\n", "US>TW"},
		{"en", "Helicopters\n\nAsuncion, 3 May 2023 — Paraguay received two UH-1H helicopters from Taiwan in 1996.\n\nIn 2021, Taiwan gave 14 more to the Paraguayan Air Force.\n", "US>TW"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if got[tc.not] {
			t.Errorf("%s: giver taken as the buyer (%s): %v", tc.lang, tc.not, got)
		}
	}
	// the buyer its clause names stays: "Paraguay recibió otros 14"
	got := candidatePairs(t, x, "es", "Helicópteros\n\nAsunción, 3 de mayo de 2023 — Taiwán donó dos helicópteros UH-1H a Paraguay en 1996 y, entre 2001 y 2021, Paraguay recibió otros 14 aparatos del mismo tipo.\n", nil)
	if !got["TW>PY"] || got["TW>TW"] {
		t.Errorf("es: clause buyer lost: %v", got)
	}
}

// all_roles_r5_gift.go: a demonym beside a word for a gift names the
// giver, not the maker's state; a demonym on the goods still names the
// maker.
func TestGiftDemonymGiver(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want, not string }{
		{"es", "Helicópteros\n\nAsunción, 3 de mayo de 2023 — La donación taiwanesa de dos helicópteros UH-1H llegó a Paraguay en 1996.\n", "TW>PY", "US>PY"},
		{"en", "Helicopters\n\nAsuncion, 3 May 2023 — The Taiwanese donation of two UH-1H helicopters arrived in Paraguay in 1996.\n", "TW>PY", "US>PY"},
		{"fr", "Hélicoptères\n\nAsuncion, 3 mai 2023 — Le don japonais de deux hélicoptères UH-1H est arrivé au Paraguay.\n", "JP>PY", "US>PY"},
		{"de", "Hubschrauber\n\nAsunción, 3. Mai 2023 — Die taiwanische Schenkung von zwei UH-1H-Hubschraubern ist in Paraguay eingetroffen.\n", "TW>PY", "US>PY"},
		{"ar", "مروحيات\n\nأسونسيون، 3 مايو 2023 — وصلت الهبة التايوانية المكونة من مروحيتين UH-1H إلى باراغواي.\n", "TW>PY", "US>PY"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if !got[tc.want] || got[tc.not] {
			t.Errorf("%s: want %s, not %s; got %v", tc.lang, tc.want, tc.not, got)
		}
	}
	// near miss: the demonym on the goods, the gift word elsewhere
	got := candidatePairs(t, x, "es", "Helicópteros\n\nAsunción, 3 de mayo de 2023 — Paraguay recibió como donación de Taiwán dos helicópteros UH-1H estadounidenses.\n", nil)
	if !got["TW>PY"] && !got["US>PY"] {
		t.Errorf("es: no transfer to PY: %v", got)
	}
}

// all_roles_r5_buyer.go: in Arabic, a state the sentence marks as a buyer
// is not the giver of a system whose maker's state the text never names.
func TestArabicBuyerNotGiver(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ text, want, not string }{
		{"رافال\n\nدبي، 3 مايو 2023 — اشترت الهند 36 طائرة رافال في أبريل، في حين اشترت قطر 24 طائرة في يونيو.\n", "FR>IN", "QA>IN"},
		{"رافال\n\nدبي، 3 مايو 2023 — تسلمت مصر 30 طائرة رافال، بينما تسلمت اليونان 18 طائرة.\n", "FR>EG", "GR>EG"},
		{"دبابات\n\nبرلين، 3 مايو 2023 — اشترت بولندا 250 دبابة أبرامز، في حين اشترت رومانيا 54 دبابة أخرى.\n", "US>PL", "RO>PL"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, "ar", tc.text, nil)
		if !got[tc.want] || got[tc.not] {
			t.Errorf("want %s, not %s; got %v", tc.want, tc.not, got)
		}
	}
}

// all_roles_r5_orderfrom.go, all_roles_r5_makerwins.go: a firm that wins
// or receives an order sells; the state it comes from buys.
func TestMakerWinsOrder(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want string }{
		{"en", "Warships\n\nMadrid, 3 May 2023 — Navantia won a contract from Saudi Arabia to build five warships.\n", "ES>SA"},
		{"es", "Buques\n\nMadrid, 3 de mayo de 2023 — Navantia se adjudicó un contrato de Arabia Saudí para construir cinco buques de guerra.\n", "ES>SA"},
		{"fr", "Navires\n\nLorient, 3 mai 2023 — Naval Group a remporté un contrat de l'Arabie saoudite pour cinq navires de guerre.\n", "FR>SA"},
		{"ar", "سفن\n\nمدريد، 3 مايو 2023 — فازت شركة نافانتيا بعقد من السعودية لبناء خمس سفن حربية.\n", "ES>SA"},
		{"ar", "غريبن\n\nستوكهولم، 3 مايو 2023 — تلقت ساب طلبية من تايلاند لشراء طائرتين غريبن إضافيتين.\n", "SE>TH"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if !got[tc.want] {
			t.Errorf("%s: no %s; got %v", tc.lang, tc.want, got)
		}
	}
	// near miss: with no firm before it, "من" names the seller
	got := candidatePairs(t, x, "ar", "أباتشي\n\nالرباط، 3 مايو 2023 — وقع المغرب صفقة من الولايات المتحدة لشراء 24 مروحية أباتشي.\n", nil)
	if !got["US>MA"] || got["MA>US"] {
		t.Errorf("ar: seller after من lost: %v", got)
	}
}

// all_roles_r5_sellers.go: with several sellers in a sentence, each
// system goes with the seller named in its own stretch before it.
func TestSellerBeforeEachSystem(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want, not  []string
	}{
		{"en", "Ships\n\nCairo, 3 May 2023 — France sold 24 Rafale jets to Egypt, while Italy supplied two FREMM frigates.\n", []string{"FR>EG", "IT>EG"}, nil},
		{"es", "Buques\n\nEl Cairo, 3 de mayo de 2023 — Francia vendió 24 Rafale a Egipto, mientras que Italia suministró dos fragatas FREMM.\n", []string{"FR>EG", "IT>EG"}, nil},
		{"de", "F-16\n\nAmman, 3. Mai 2023 — Die USA haben 20 F-16 an Jordanien verkauft, während die Niederlande sechs gebrauchte F-16 lieferten.\n", []string{"US>JO", "NL>JO"}, nil},
		{"ar", "إف-16\n\nعمان، 3 مايو 2023 — باعت الولايات المتحدة 20 طائرة إف-16 للأردن، بينما سلمت هولندا ست طائرات إف-16 مستعملة.\n", []string{"US>JO", "NL>JO"}, nil},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: no %s; got %v", tc.lang, w, got)
			}
		}
	}
	// near miss: one seller and a buyer named before the second system
	got := candidatePairs(t, x, "en", "Jets\n\nAmman, 3 May 2023 — The United States sold 20 F-16 jets and 12 AH-64 Apache helicopters to Jordan.\n", nil)
	if !got["US>JO"] || got["JO>US"] {
		t.Errorf("en: single seller lost: %v", got)
	}
}

// all_roles_r5_arrived.go: goods that arrived in a state (German
// participle after it) name it as the recipient, not the document's other
// buyer; "deployed in" lists of users are no arrival.
func TestGoodsArrivedIn(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want, not string }{
		{"de", "Panzer\n\nBerlin, 3. Mai 2023 — Polen hat Panzer bestellt.\n\nDie Haubitzen aus Deutschland trafen am Montag in der Ukraine ein.\n", "DE>UA", "DE>PL"},
		{"de", "Panzer\n\nBerlin, 3. Mai 2023 — Polen hat Panzer bestellt.\n\nDie Leopard-Panzer aus Deutschland sind in der Ukraine eingetroffen.\n", "DE>UA", "DE>PL"},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		if !got[tc.want] || got[tc.not] {
			t.Errorf("%s: want %s, not %s; got %v", tc.lang, tc.want, tc.not, got)
		}
	}
	// near misses: a place with no arrival word; a list of states where a
	// system is deployed
	if got := candidatePairs(t, x, "de", "Panzer\n\nBerlin, 3. Mai 2023 — Die Ukraine hat Leopard-Panzer erhalten, die in Polen stationiert waren.\n", nil); got["DE>PL"] {
		t.Errorf("de: a station read as an arrival: %v", got)
	}
	got := candidatePairs(t, x, "es", "K9\n\nSeúl, 3 de mayo de 2023 — Australia compró obuses K9.\n\nEl K9 se encuentra desplegado en Polonia, Noruega y Estonia.\n", nil)
	if got["KR>PL"] || got["KR>EE"] { // (KR>NO comes from another rule, at confidence 0)
		t.Errorf("es: users read as buyers: %v", got)
	}
}

// all_roles_r5_frque.go: a French state after "tandis que"/"alors que"
// gives its own goods, not the sentence's first system; after a relative
// "que" it gives the thing before it.
func TestFrenchConjunctionQue(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"F-16\n\nAmman, 3 mai 2023 — Les États-Unis ont vendu 20 F-16 à la Jordanie, tandis que les Pays-Bas ont livré six F-16 d'occasion.\n", []string{"US>JO", "NL>JO"}, nil},
		{"Rafale\n\nLe Caire, 3 mai 2023 — La France a vendu 24 Rafale à l'Égypte, alors que l'Italie a livré deux frégates FREMM.\n", []string{"FR>EG", "IT>EG"}, nil},
		{"Blindés\n\nN'Djamena, 3 mai 2023 — Les blindés de fabrication américaine que la France a livrés au Tchad sont arrivés.\n", []string{"FR>TD"}, []string{"US>TD"}},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, "fr", tc.text, nil)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no %s; got %v", tc.text[:12], w, got)
			}
		}
		for _, w := range tc.not {
			if got[w] {
				t.Errorf("%q: %s; got %v", tc.text[:12], w, got)
			}
		}
	}
}
