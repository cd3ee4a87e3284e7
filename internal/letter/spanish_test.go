package letter

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/locale"
	"redress/internal/money"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/internal/verify"
	"redress/templates"
)

// The Spanish advisory letter (letter/es.md with lang/es.yaml): the whole
// letter in Spanish for a claimant with language es, or --language es.

// testAsOf is the samples' matter.as_of, as build uses it.
var testAsOf = civil.Date{Year: 2026, Month: 11, Day: 27}

// buildSpanish builds claimant i's letter with Options{Language: "es"}
// and fails the test if redress fell back to English.
func buildSpanish(t *testing.T, k *casefile.Case, i int) *Result {
	t.Helper()
	res, err := BuildWith(assemble.New(templates.FS), k, i, testAsOf, Options{Language: "es"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) > 0 {
		t.Fatalf("%s: the Spanish letter was not built: %q", k.Claimants[i].Name, res.Warnings)
	}
	return res
}

func spanishLocale(t *testing.T) *locale.Locale {
	t.Helper()
	loc, err := locale.Load(templates.FS, "es")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// spanishDate writes d as a Spanish letter must ("14 de marzo de 2027"),
// independently of lang/es.yaml.
func spanishDate(d civil.Date) string {
	months := []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
		"agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	return strconv.Itoa(d.Day) + " de " + months[d.Month-1] + " de " + strconv.Itoa(d.Year)
}

var englishMonth = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// normalize folds whitespace, straightens quotes and apostrophes (Markdown
// makes them curly) and lower-cases, so text compares as words.
func normalize(s string) string {
	s = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// caseValues are the case file's own words that a letter prints as given,
// whatever its language (the place, the summary, the evidence list): they
// are the lawyer's text, not the template's, and may be in English or name
// an English month ("records (June 18, 2025)").
func caseValues(k *casefile.Case) []string {
	vs := []string{k.Incident.Place, k.Incident.Summary}
	return append(vs, k.Incident.Evidence...)
}

// withoutCaseValues removes the case file's own words from text (folded,
// so a value broken over lines or pages is still found).
func withoutCaseValues(text string, k *casefile.Case) string {
	text = verify.Fold(text)
	for _, v := range caseValues(k) {
		if v = verify.Fold(v); v != "" {
			text = strings.ReplaceAll(text, v, " ")
		}
	}
	return text
}

var (
	templateComment = regexp.MustCompile(`(?s)\{\{-?\s*/\*.*?\*/\s*-?\}\}`)
	templateAction  = regexp.MustCompile(`(?s)\{\{.*?\}\}`)
	sentenceEnd     = regexp.MustCompile(`[.!?\n\x00]`)
)

// englishSentences returns the literal text of letter/en.md as fragments
// of 4 or more words: template actions stripped, text split at sentence
// ends (. ! ?), line ends and the places where an action stood (so each
// fragment is text an English letter prints word for word). In the legal
// sources only the topic labels count: the citations are the same in
// every language.
func englishSentences(t *testing.T) []string {
	t.Helper()
	src, err := fs.ReadFile(templates.FS, "letter/en.md")
	if err != nil {
		t.Fatal(err)
	}
	s := templateComment.ReplaceAllString(string(src), "\x00")
	s = templateAction.ReplaceAllString(s, "\x00")
	body, sources, ok := strings.Cut(s, "## Legal sources")
	if !ok {
		t.Fatal(`letter/en.md has no "## Legal sources"`)
	}
	var lines []string
	for _, l := range strings.Split(sources, "\n") {
		if label, _, isItem := strings.Cut(l, ": "); strings.HasPrefix(l, "- ") && isItem {
			l = label
		}
		lines = append(lines, l)
	}
	s = body + "\n" + strings.Join(lines, "\n")
	s = strings.NewReplacer("**", "", "*", "").Replace(s)
	var out []string
	for _, f := range sentenceEnd.Split(s, -1) {
		f = strings.TrimSpace(f)
		f = strings.TrimPrefix(f, "## ")
		f = strings.TrimPrefix(f, "- ")
		if len(strings.Fields(f)) >= 4 {
			out = append(out, normalize(f))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkNoEnglish fails for each sentence of en.md found in text, and for
// any English month name, once the case file's own words are removed.
func checkNoEnglish(t *testing.T, what, text string, k *casefile.Case, sentences []string) {
	t.Helper()
	text = withoutCaseValues(text, k)
	if m := englishMonth.FindAllString(text, -1); m != nil {
		t.Errorf("%s names English months: %q", what, m)
	}
	norm := normalize(text)
	for _, s := range sentences {
		if strings.Contains(norm, s) {
			t.Errorf("%s has English from letter/en.md: %q", what, s)
		}
	}
}

// bodyString is the letter's body as text(), one line per block.
func bodyString(res *Result) string { return strings.Join(text(res.Document.Body), "\n") }

// The extraction of en.md's sentences must find what it looks for: most
// of them are in the English letters, so their absence from a Spanish one
// means something.
func TestEnglishSentencesAreFoundInEnglishLetters(t *testing.T) {
	sentences := englishSentences(t)
	if len(sentences) < 150 {
		t.Fatalf("only %d sentences extracted from letter/en.md", len(sentences))
	}
	var all strings.Builder
	eachSampleClaimant(t, func(_ string, k *casefile.Case, i int) {
		_, body := build(t, k, i)
		all.WriteString(normalize(body) + "\n")
	})
	found := 0
	var missing []string
	for _, s := range sentences {
		if strings.Contains(all.String(), s) {
			found++
		} else {
			missing = append(missing, s)
		}
	}
	t.Logf("%d of %d sentences of en.md found in the English sample letters", found, len(sentences))
	// The rest are branches no sample takes (a passed deadline, a
	// pending reconsideration, no amount yet).
	if found*100 < len(sentences)*80 {
		t.Errorf("only %d of %d sentences of en.md found in the English sample letters; not found: %q", found, len(sentences), missing)
	}
}

// TestSpanishLetterEverySample is the acceptance test: every claimant of
// every sample gets the whole letter in Spanish, as a valid PDF and DOCX
// with embedded fonts, the claimant's deadline dates in Spanish, Spanish
// page numbers and draft mark on every page, Spanish metadata, and not
// one sentence of the English letter.
func TestSpanishLetterEverySample(t *testing.T) {
	sentences := englishSentences(t)
	loc := spanishLocale(t)
	draft := loc.Say("draft_mark")
	if draft == DraftMark || !strings.Contains(draft, "BORRADOR") {
		t.Fatalf("lang/es.yaml draft_mark is %q; want the Spanish draft mark", draft)
	}
	eachSampleClaimant(t, func(sample string, k *casefile.Case, i int) {
		c := k.Claimants[i]
		t.Run(sample+"/"+c.Name, func(t *testing.T) {
			res := buildSpanish(t, k, i)
			d := res.Document
			body := bodyString(res)

			// The document model.
			if d.Meta.Language != "es-US" {
				t.Errorf("metadata language %q, want es-US", d.Meta.Language)
			}
			for _, m := range []string{d.Meta.Title, d.Meta.Subject} {
				checkNoEnglish(t, "metadata", m, k, sentences)
			}
			if !strings.Contains(d.Meta.Subject, draft) {
				t.Errorf("subject %q lacks the Spanish draft mark", d.Meta.Subject)
			}
			var dates []string
			for _, dl := range law.Compute(k, i, testAsOf).Deadlines {
				dates = append(dates, spanishDate(dl.Date))
			}
			if len(dates) == 0 {
				t.Fatal("no deadlines computed")
			}
			verify.ContainsAll(t, "the letter", body, append([]string{
				"# La respuesta corta", "# Fuentes legales", c.Name, spanishDate(testAsOf),
			}, dates...)...)
			checkNoEnglish(t, "the letter", body, k, sentences)

			dir := t.TempDir()
			// PDF.
			var pdfBuf bytes.Buffer
			if err := pdf.Write(&pdfBuf, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(pdfBuf.Bytes(), []byte("/Lang (es-US)")) {
				t.Error("the PDF's catalog lacks /Lang (es-US)")
			}
			pdfPath := filepath.Join(dir, "letter.pdf")
			if err := os.WriteFile(pdfPath, pdfBuf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			pdfText := verify.PDF(t, pdfPath) // pdfcpu, qpdf --check, fonts embedded
			checkOutput(t, "the PDF", pdfText, verify.RawText(t, pdfPath), k, c, dates, draft, sentences)

			// DOCX, as LibreOffice prints it.
			var docxBuf bytes.Buffer
			if err := docx.Write(&docxBuf, d); err != nil {
				t.Fatal(err)
			}
			checkDOCXLanguage(t, docxBuf.Bytes())
			docxPath := filepath.Join(dir, "letter.docx")
			if err := os.WriteFile(docxPath, docxBuf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			conv := verify.DOCXToPDF(t, docxPath)
			checkOutput(t, "LibreOffice's PDF of the DOCX", verify.Text(t, conv), verify.RawText(t, conv), k, c, dates, draft, sentences)
		})
	})
}

// checkOutput checks a PDF's text (layout and raw, pages separated by
// form feeds): the deadline dates in Spanish, "Página N de M" and the
// draft mark on every page, no English.
func checkOutput(t *testing.T, what, layout, raw string, k *casefile.Case, c casefile.Claimant, dates []string, draft string, sentences []string) {
	t.Helper()
	// A date split by a table cell's wrapping reads whole in one of the
	// two extractions.
	for _, date := range dates {
		if !strings.Contains(verify.Fold(layout), date) && !strings.Contains(verify.Fold(raw), date) {
			t.Errorf("%s lacks the deadline date %q", what, date)
		}
	}
	pages := strings.Split(strings.TrimRight(layout, "\f\n "), "\f")
	n := len(pages)
	if n < 2 {
		t.Fatalf("%s has %d page(s); the letter is longer", what, n)
	}
	footer := regexp.MustCompile(`Página ([0-9]+) de ([0-9]+)`)
	for p, page := range pages {
		page = verify.Fold(page)
		want := "Página " + strconv.Itoa(p+1) + " de " + strconv.Itoa(n)
		if !strings.Contains(page, want) {
			t.Errorf("%s, page %d: no %q in the footer (found %q)", what, p+1, want, footer.FindString(page))
		}
		if !strings.Contains(page, verify.Fold(draft)) {
			t.Errorf("%s, page %d: no Spanish draft mark %q", what, p+1, draft)
		}
	}
	if strings.Contains(layout, "Page ") || strings.Contains(layout, "DRAFT FOR ATTORNEY") {
		t.Errorf("%s has the English footer or draft mark", what)
	}
	if !strings.Contains(verify.Fold(layout), c.Name) {
		t.Errorf("%s lacks the claimant's name %q", what, c.Name)
	}
	checkNoEnglish(t, what, layout, k, sentences)
}

// checkDOCXLanguage reads the DOCX's parts: the document's language (core
// properties) and the text's language (default run properties) are
// es-US, so Word checks the spelling in Spanish.
func checkDOCXLanguage(t *testing.T, data []byte) {
	t.Helper()
	parts := verify.DOCX(t, data)
	part := func(name string) string {
		b, ok := parts[name]
		if !ok {
			t.Fatalf("the DOCX has no %s", name)
		}
		return string(b)
	}
	if !strings.Contains(part("docProps/core.xml"), "<dc:language>es-US</dc:language>") {
		t.Error("the DOCX's core properties do not say es-US")
	}
	if !strings.Contains(part("word/styles.xml"), `<w:lang w:val="es-US"`) {
		t.Error("the DOCX's styles do not set the text's language to es-US")
	}
}

// The eight points of shared/legal/README.md, in order, as the Spanish
// letter's section headings.
var spanishSections = []string{
	"# La respuesta corta",
	"# Las fechas límite",
	"# Pedirle al gobierno que pague: el reclamo FTCA",
	"# Demandar a los propios agentes",
	"# Por qué importa el orden de los pasos",
	"# Cargos criminales",
	"# Qué hacer ahora",
	"# Lo que esta carta puede hacer y lo que no puede hacer",
	"# Fuentes legales",
}

func TestSpanishLetterCoversEveryPointInOrder(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	body := bodyString(buildSpanish(t, k, 0))
	at := 0
	for _, s := range spanishSections {
		i := strings.Index(body[at:], s+"\n")
		if i < 0 {
			t.Fatalf("section %q missing or out of order", s)
		}
		at += i
	}
	for _, want := range []string{
		"CONFIDENCIAL — COMUNICACIÓN PRIVILEGIADA ENTRE ABOGADO Y CLIENTE",
		"ASUNTO: Sus opciones después del incidente del 14 de marzo de 2025 con U.S. Immigration and Customs Enforcement",
		"Estimado/a María Elena Torres:",
		"27 de noviembre de 2026",
		"Por correo electrónico: met@example.org",
		"In front of 1420 W. Elm St., Chicago, Illinois",
		"Total: $151,850.00",
		"Cosas dañadas o perdidas: $1,850.00",
		k.Incident.Evidence[0],
		"20 por ciento", "25 por ciento",
		"Ley Federal de Reclamaciones por Agravios (en inglés, Federal Tort Claims Act o FTCA)",
		"al gobierno de los Estados Unidos",
		"inmunidad calificada", "daños punitivos", "Bivens", "John Doe",
		"Ana Ramírez",
		"Atentamente,",
		// The deadlines table: presentment (met on 2025-09-02) and the
		// Illinois two-year Bivens period, both March 14, 2027, a Sunday;
		// deemed denial from the day after the six months that end on
		// 2026-03-02.
		"Lo que debe pasar | Fecha | Cómo está ahora",
		"14 de marzo de 2027 (un domingo)",
		"3 de marzo de 2026",
		"Lo recibió el 2 de septiembre de 2025.",
		"Illinois: 2 años desde el día de los hechos.",
		"107 días de plazo.",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the Spanish letter lacks %q", want)
		}
	}
}

func TestSpanishCitationsStayOutOfTheBody(t *testing.T) {
	eachSampleClaimant(t, func(sample string, k *casefile.Case, i int) {
		body := bodyString(buildSpanish(t, k, i))
		main := withoutCaseValues(body[:strings.Index(body, "# Fuentes legales")], k)
		for _, cite := range []string{"U.S.C.", "C.F.R.", " v. ", "F.3d", "F.2d", "S. Ct."} {
			if strings.Contains(main, cite) {
				t.Errorf("%s: the Spanish letter's body cites %q; citations belong in Fuentes legales", sample, cite)
			}
		}
	})
}

// sources returns the "Legal sources" list of a letter: for each item,
// its topic label, its citations (the text after the label) and its
// italic spans (the case names).
func sources(t *testing.T, bs []doc.Block, heading string) (labels, cites, italics []string) {
	t.Helper()
	in := false
	for _, b := range bs {
		switch x := b.(type) {
		case doc.Heading:
			in = doc.PlainText(x.Spans) == heading
		case doc.List:
			if !in {
				continue
			}
			for _, it := range x.Items {
				for _, ib := range it.Blocks {
					p, ok := ib.(doc.Paragraph)
					if !ok {
						continue
					}
					label, cite, _ := strings.Cut(doc.PlainText(p.Spans), ": ")
					labels = append(labels, label)
					cites = append(cites, cite)
					for _, s := range p.Spans {
						if s.Italic {
							italics = append(italics, s.Text)
						}
					}
				}
			}
		}
	}
	if len(cites) == 0 {
		t.Fatalf("no %q list", heading)
	}
	return labels, cites, italics
}

// The attorney's notes inside the English citations, and their Spanish
// versions: the only words of the sources list that are translated (the
// borrowed period's confidence and last-checked date among them).
var citationNotes = regexp.MustCompile(`\s*(\[(verify|verificar)[^\]]*\]|\((reporter citation to be confirmed|falta confirmar[^)]*|confidence [^)]*|confianza [^)]*)\))`)

func TestSpanishCitationsAsInEnglish(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	en, _ := build(t, k, 0)
	es := buildSpanish(t, k, 0)
	enLabels, enCites, enItalics := sources(t, en.Document.Body, "Legal sources")
	esLabels, esCites, esItalics := sources(t, es.Document.Body, "Fuentes legales")
	if len(esCites) != len(enCites) {
		t.Fatalf("Fuentes legales has %d items, Legal sources %d", len(esCites), len(enCites))
	}
	for i := range enCites {
		want := citationNotes.ReplaceAllString(enCites[i], "")
		got := citationNotes.ReplaceAllString(esCites[i], "")
		if got != want {
			t.Errorf("item %d: citations differ:\n es: %s\n en: %s", i+1, got, want)
		}
		if enCites[i] != want && esCites[i] == got {
			t.Errorf("item %d: the English note for the attorney (%q) is missing in Spanish", i+1, enCites[i])
		}
		if esLabels[i] == enLabels[i] && len(strings.Fields(enLabels[i])) > 1 {
			t.Errorf("item %d: the topic label %q is not translated", i+1, esLabels[i])
		}
	}
	if !slices.Equal(esItalics, enItalics) {
		t.Errorf("case names in italics differ:\n es: %q\n en: %q", esItalics, enItalics)
	}
}

func TestSpanishMinorIsAddressedThroughRepresentative(t *testing.T) {
	k := load(t, "california-nguyen.yaml")
	minor := slices.IndexFunc(k.Claimants, func(c casefile.Claimant) bool { return c.Minor })
	if minor < 0 {
		t.Fatal("the California sample has no minor")
	}
	c := k.Claimants[minor]
	body := bodyString(buildSpanish(t, k, minor))
	for _, want := range []string{
		"Estimado/a " + c.Representative.Name + ":",
		"en representación de " + c.Name,
		"su hijo o hija, " + c.Name,
		"Las opciones de " + c.Name + " después del incidente del 18 de junio de 2025",
		c.Name + " podría recibir dinero por lo que pasó.",
		"Usted va a firmar el reclamo en nombre de " + c.Name + ".",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the minor's Spanish letter lacks %q", want)
		}
	}
}

func TestSpanishWrongfulDeathWording(t *testing.T) {
	k := load(t, "texas-wrongful-death.yaml")
	body := bodyString(buildSpanish(t, k, 0))
	dead := k.Claimants[0].Decedent.Name
	for _, want := range []string{
		"ASUNTO: El reclamo por la muerte de " + dead,
		"Sentimos mucho la muerte de " + dead + ".",
		"La muerte de " + dead + ": $2,500,000.00",
		"Dolor y sufrimiento antes de la muerte: $250,000.00",
		// Denial mailed 2026-08-31: suit by February 28, 2027 (no
		// February 31st), a Sunday; Bivens on 2027-01-22 is 56 days away.
		"28 de febrero de 2027 (un domingo)",
		"a más tardar el 28 de febrero de 2027.",
		"Pronto: Debe PRESENTAR cualquier demanda contra los propios agentes (Bivens) a más tardar el 22 de enero de 2027. Solo 56 días de plazo.",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the wrongful-death Spanish letter lacks %q", want)
		}
	}
}

// A claimant whose case file says language: es gets the Spanish letter
// without any option.
func TestSpanishFromTheCaseFile(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	k.Claimants[0].Language = "es"
	res, body := build(t, k, 0)
	if len(res.Warnings) > 0 {
		t.Errorf("warnings: %q", res.Warnings)
	}
	if !strings.Contains(body, "# La respuesta corta") || res.Document.Meta.Language != "es-US" {
		t.Error("a claimant with language: es must get the Spanish letter")
	}
	// And --language en overrides the case file.
	res, err := BuildWith(assemble.New(templates.FS), k, 0, testAsOf, Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bodyString(res), "# The short answer") {
		t.Error("--language en must give the English letter")
	}
}

func TestSpanishWordsAndFormats(t *testing.T) {
	loc := spanishLocale(t)
	if loc.Tag != "es-US" || loc.Name != "Español" {
		t.Errorf("tag %q name %q", loc.Tag, loc.Name)
	}
	for d, want := range map[civil.Date]string{
		{Year: 2027, Month: 3, Day: 14}:  "14 de marzo de 2027",
		{Year: 2028, Month: 2, Day: 29}:  "29 de febrero de 2028",
		{Year: 2026, Month: 9, Day: 1}:   "1 de septiembre de 2026",
		{Year: 2026, Month: 12, Day: 31}: "31 de diciembre de 2026",
	} {
		if got := loc.Date(d); got != want || got != spanishDate(d) {
			t.Errorf("Date(%v) = %q, want %q", d, got, want)
		}
	}
	var week []string
	for day := 14; day < 21; day++ { // 2027-03-14 is a Sunday
		week = append(week, loc.Weekday(civil.Date{Year: 2027, Month: 3, Day: day}))
	}
	if got := strings.Join(week, " "); got != "domingo lunes martes miércoles jueves viernes sábado" {
		t.Errorf("weekdays = %q", got)
	}
	for m, want := range map[money.Money]string{185000: "$1,850.00", 5: "$0.05", 250000000: "$2,500,000.00", -185000: "-$1,850.00"} {
		if got := loc.Money(m); got != want {
			t.Errorf("Money(%d) = %q, want %q", m, got, want)
		}
	}
	if got := loc.Days(1) + "|" + loc.Days(2) + "|" + loc.Days(107); got != "1 día|2 días|107 días" {
		t.Errorf("Days = %q", got)
	}
	if got := loc.Pattern("footer"); !strings.Contains(got, "Página {page} de {pages}") {
		t.Errorf("footer = %q", got)
	}
	// Every word is translated: no value is the English one (a name or a
	// code such as "FTCA" aside).
	en, err := locale.Load(templates.FS, "en")
	if err != nil {
		t.Fatal(err)
	}
	src, err := fs.ReadFile(templates.FS, locale.Path("en"))
	if err != nil {
		t.Fatal(err)
	}
	keys := regexp.MustCompile(`(?m)^  ([a-z_]+):`).FindAllStringSubmatch(string(src), -1)
	if len(keys) < 40 {
		t.Fatalf("found only %d keys in %s", len(keys), locale.Path("en"))
	}
	for _, m := range keys {
		key := m[1]
		if key == "format" || key == "months" || key == "weekdays" || key == "thousands" || key == "decimal" {
			continue
		}
		if v := loc.Pattern(key); v == "" {
			t.Errorf("words.%s: empty in lang/es.yaml", key)
		} else if v == en.Pattern(key) && strings.ContainsAny(v, "abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("words.%s: still English: %q", key, v)
		}
	}
}

// The functions the Spanish template may use print Spanish: weekday and
// days are bound to the letter's locale like date and money.
func TestSpanishTemplateFunctions(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "letter"), 0o755); err != nil {
		t.Fatal(err)
	}
	tmpl := `{{ date .AsOf }} / {{ weekday .AsOf }} / {{ days 1 }} / {{ days 3 }} / {{ money .Claimant.Damages.Total }} / {{ plural 2 "año" "años" }}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "letter", "es.md"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	eng := assemble.New(assemble.Overlay(os.DirFS(dir), templates.FS))
	res, err := BuildWith(eng, k, 0, testAsOf, Options{Language: "es"})
	if err != nil {
		t.Fatal(err)
	}
	got := bodyString(res)
	want := "27 de noviembre de 2026 / viernes / 1 día / 3 días / $151,850.00 / años"
	if got != want {
		t.Errorf("functions printed %q, want %q", got, want)
	}
}
