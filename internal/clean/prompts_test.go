package clean

import "testing"

// TestCommentPromptsAndPostFooters: the prompts around reader comments,
// "like" widgets, forum buttons and blog post signatures go, alone or in a
// bar of buttons, in the five languages; sentences that name comments stay.
func TestCommentPromptsAndPostFooters(t *testing.T) {
	tests := []noiseCase{
		{"en", []string{"Be the first to comment", "Show all comments (12)", "Like this: Like Loading...", "Reply with quote", "Posted by admin at 10:02 AM"},
			nil, []string{"first to comment", "Show all", "Like this", "with quote", "admin"}},
		{"fr", []string{"Soyez le premier à commenter", "Plus de 300 commentaires", "J'aime ceci : J'aime chargement…", "Publié par Jean Dupont à 9h14"},
			nil, []string{"premier à commenter", "300 commentaires", "J'aime", "Jean Dupont"}},
		{"es", []string{"Sé el primero en comentar", "Ver todos los comentarios", "Me gusta esto: Me gusta Cargando...", "Publicado por Lima Noticia a las 9:14", "Comentarios (3) | Imprimir | Enviar"},
			nil, []string{"primero en comentar", "Ver todos", "Me gusta", "Lima Noticia", "Enviar"}},
		{"de", []string{"Alle Kommentare anzeigen", "Mehr als 40 Kommentare", "Teilen | Kommentare (3) | Neuste Artikel", "Weiterlesen | Letzte Kommentare (7)", "Veröffentlicht von Redaktion um 9:14"},
			nil, []string{"Alle Kommentare", "40 Kommentare", "Neuste Artikel", "Letzte Kommentare", "Redaktion um"}},
		{"ar", []string{"قم بكتابة أول تعليق", "إضافة تعليق جديد", "تعليقات الزوار (0)", "رد مع اقتباس", "أرسل تعليقك", "نشر بواسطة المحرر"},
			nil, []string{"بكتابة", "جديد", "الزوار", "اقتباس", "أرسل", "المحرر"}},
		{"sentences about comments stay",
			[]string{"More than 300 comments were sent to the ministry about the 12 frigates.", "Le ministre n'a pas souhaité répondre aux commentaires sur les 24 Rafale.", "Der Minister wollte den Kauf von 44 Panzern nicht kommentieren, sagte ein Sprecher.", "Publicado por el Ministerio de Defensa, el informe cita 12 helicópteros.", "أرسل الجيش تعليقا مكتوبا على صفقة الطائرات الـ12 إلى البرلمان."},
			[]string{"300 comments were sent", "répondre aux commentaires", "nicht kommentieren", "Publicado por el Ministerio", "أرسل الجيش"}, nil},
	}
	runNoiseTable(t, tests, false)
}
