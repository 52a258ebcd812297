package clean

import "testing"

// TestPageNotes: notes on the page itself (broadcast notes, disclaimers,
// audio players, links to the original source, calls to follow the
// coverage elsewhere, read gates) go in the five languages; body sentences
// with the same words stay.
func TestPageNotes(t *testing.T) {
	tests := []noiseCase{
		{"en", []string{"This report was aired on 12 March 2024 on Radio Example.", "Disclaimer: This story was published automatically from an agency feed.", "Getting your Example Audio player ready...", "Listen to this article | 4 min", "Follow our coverage of the war at https://example.com/hub/war", "Login to read the full article", "Read the original (may have expired)"},
			nil, []string{"was aired", "Disclaimer", "Audio player", "Listen", "Follow our", "Login", "original"}},
		{"fr", []string{"Cette émission a été diffusée le 3 mars 2023 sur France Exemple.", "Avertissement : cet article a été publié automatiquement.", "Écouter l'article (3 min)", "Retrouvez notre dossier sur www.exemple.fr/defense", "Connectez-vous pour lire la suite", "Voir l'article original"},
			nil, []string{"diffusée", "Avertissement", "Écouter", "Retrouvez", "Connectez", "article original"}},
		{"es", []string{"Esta entrevista fue emitida el 4 de mayo en Radio Ejemplo.", "Escucha la noticia | 4 min", "Texto en la fuente original", "(Puede haber caducado)", "Sigue la cobertura en https://ejemplo.es/guerra", "Inicia sesión para leer la noticia completa"},
			nil, []string{"emitida", "Escucha", "fuente original", "caducado", "Sigue la", "Inicia sesión"}},
		{"de", []string{"Diese Nachricht wurde am 15.10.2025 im Programm Radio Beispiel gesendet.", "Sendung: Beispiel Nachrichten, 01.04.2022 14:45 Uhr", "Haftungsausschluss: Dieser Text wurde automatisch erstellt.", "Artikel anhören (5 Minuten)", "Mehr unter www.beispiel.de/ukraine", "Melden Sie sich an und lesen Sie weiter"},
			nil, []string{"gesendet", "Sendung:", "Haftungsausschluss", "anhören", "Mehr unter", "Melden Sie"}},
		{"ar", []string{"هذا التقرير تم بثه على قناة المثال يوم الأحد.", "إخلاء المسؤولية: هذا الخبر منشور آليا.", "استمع إلى المقال | 3 دقائق", "تابعوا التغطية على https://example.com/ar", "سجل الدخول لقراءة المقال"},
			nil, []string{"بثه", "إخلاء", "استمع", "تابعوا", "سجل الدخول"}},
		{"sentences that share the words stay",
			[]string{"This report was released on Monday and shows that exports rose by 12 percent.", "The agreement was broadcast live as the 24 jets were handed over.", "Die Sendung der 44 Panzer wurde am Montag bestätigt, sagte ein Sprecher.", "El texto original del contrato prevé la entrega de 12 helicópteros en 2026.", "Le ministre a visité la base pour écouter les pilotes des 12 Rafale.", "See the contract signed on Monday for 12 jets."},
			[]string{"This report was released", "broadcast live", "Die Sendung der 44", "texto original", "écouter les pilotes", "See the contract"}, nil},
	}
	runNoiseTable(t, tests, false)
}
