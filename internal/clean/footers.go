package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// Lines at the foot of an article, told by their shape:
//
//	rights notices   "Copyright 2024 The Associated Press. All rights
//	                 reserved.", "© 2023 Agence. Tous droits réservés": a
//	                 noise-phrase already, but a year and a full stop make
//	                 a short line look like a dated sentence there
//	tag lines        "TAGS BRAZIL NATO JAIR BOLSONARO": a tag label without
//	                 its colon, and tags in capitals
//	caption labels   "Caption Canada's Foreign Minister ... (AP Photo/Jane
//	                 Doe)": a caption's label without its colon, and the
//	                 picture's credit in parentheses at the end
//	dotted credits   "Foto. DPA. Margarita Robles, ministra de Defensa": a
//	                 picture's label and its agency in capitals, each with
//	                 a full stop, before the caption
//	author bars      "Valentin Deleforterie •": a name of two to four
//	                 capitalised words and the mark that set it apart
//	                 from the next item of a byline bar

var (
	// "all rights reserved" in the five languages
	rightsRe = regexp.MustCompile(`(?i)all rights reserved|tous droits réservés|todos los derechos reservados|derechos reservados|alle rechte vorbehalten|جميع الحقوق محفوظة|حقوق النشر محفوظة`)
	// a tag label followed by its tags, no colon: "TAGS BRAZIL NATO"
	capsTagRe = regexp.MustCompile(`^(?i:tags?|topics|keywords|mots[- ]clés|étiquettes|etiquetas|palabras clave|schlagwörter|schlagworte|stichwörter)\s+(\S.*)$`)
	// a caption's label, no colon, and a picture credit in parentheses at
	// the end: "Caption ... (AP Photo/Jane Doe)", "Légende ... (Photo AFP)"
	dottedCreditRe = regexp.MustCompile(`^(?:Foto|Fotos|Photo|Photos|Bild|Imagen|Image)\.\s+\p{Lu}[\p{Lu}\d&/ -]{1,20}\.(?:\s|$)`)
	authorBarRe    = regexp.MustCompile(`^\p{Lu}[\pL'’-]*\.?(?:\s+\p{Lu}[\pL'’-]*\.?){1,3}\s*[•|·]$`)
	captionLabelRe = regexp.MustCompile(`^(?:Caption|Photo caption|Légende|Leyenda|Pie de foto|Bildunterschrift)\s+\S.*\([^()]*(?:Photo|photo|Foto|foto|Bild|Image|image)[^()]*\)$`)
)

// isRightsLine reports whether low (a lower-cased line of n runes) is a
// rights notice.
func isRightsLine(low string, n int) bool {
	return n < 250 && rightsRe.MatchString(low)
}

// isCapsTagLine reports whether l is a tag label and tags in capitals,
// without a colon: what follows the label has letters, none in lower
// case, and no sentence mark.
func isCapsTagLine(l string, n int) bool {
	if n >= 200 {
		return false
	}
	m := capsTagRe.FindStringSubmatch(l)
	if m == nil || strings.ContainsAny(m[1], ".!?;") {
		return false
	}
	return strings.IndexFunc(m[1], unicode.IsLower) < 0 && strings.IndexFunc(m[1], unicode.IsUpper) >= 0
}

// isCaptionLabel reports whether l is a caption with its label and its
// picture's credit.
func isCaptionLabel(l string, n int) bool {
	return n < 400 && captionLabelRe.MatchString(l)
}

// isDottedCredit reports whether l opens with a picture's label and its
// agency set off by full stops.
func isDottedCredit(l string, n int) bool {
	return n < 250 && dottedCreditRe.MatchString(l)
}

// isAuthorBar reports whether l is a name followed by the mark of a byline
// bar.
func isAuthorBar(l string, n int) bool {
	return n <= 60 && authorBarRe.MatchString(l)
}
