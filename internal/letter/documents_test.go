package letter

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/internal/verify"
)

// Tests of what the finished letters say, read back from the PDF
// (pdftotext, after pdfcpu, qpdf and pdffonts have checked it) and from
// the DOCX's XML, in English and in Spanish.

// finished renders a letter in both formats and returns the text each
// shows, whitespace folded.
func finished(t *testing.T, d *doc.Document) (pdfText, docxText string) {
	t.Helper()
	var pb, db bytes.Buffer
	if err := pdf.Write(&pb, d); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(p, pb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := docx.Write(&db, d); err != nil {
		t.Fatal(err)
	}
	return verify.Fold(verify.PDF(t, p)), verify.Fold(verify.DOCXText(t, db.Bytes()))
}

// letters returns claimant i's finished letter in English and Spanish, as
// "en pdf", "en docx", "es pdf" and "es docx" texts.
func letters(t *testing.T, k *casefile.Case, i int) map[string]string {
	t.Helper()
	en, _ := build(t, k, i)
	es := buildSpanish(t, k, i)
	out := map[string]string{}
	out["en pdf"], out["en docx"] = finished(t, en.Document)
	out["es pdf"], out["es docx"] = finished(t, es.Document)
	return out
}

// says checks that each text of a language has every want, and none of
// the nots.
func says(t *testing.T, texts map[string]string, lang string, wants []string, nots ...string) {
	t.Helper()
	for _, format := range []string{"pdf", "docx"} {
		text := texts[lang+" "+format]
		if text == "" {
			t.Fatalf("no %s %s text", lang, format)
		}
		verify.ContainsAll(t, lang+" "+format, text, wants...)
		for _, n := range nots {
			if strings.Contains(text, verify.Fold(n)) {
				t.Errorf("%s %s says %q", lang, format, n)
			}
		}
	}
}

func loadTestdata(t *testing.T, name string) *casefile.Case {
	t.Helper()
	src, err := casefile.Load(filepath.Join("testdata", name), casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src.Case
}

// A claim the agency has and has not decided: a denial it mails starts
// six months to sue, said where the six-month review is explained, and
// the client calls the day a letter from the agency arrives. A denied
// claim has its own suit date instead.
func TestPendingClaimSaysAMailedDenialStartsSixMonths(t *testing.T) {
	texts := letters(t, load(t, "illinois-torres.yaml"), 0)
	says(t, texts, "en", []string{
		"If the agency says no by mail.",
		"Then a lawsuit must be filed within six months of the day the letter was mailed.",
		"not the day the letter arrives. So please call us the same day any letter from the agency arrives.",
		"Step 2: the agency's review.",
		"A letter that says no starts a clock: a lawsuit must be filed within six months of the day the agency mailed it. So please call us the day any letter from the agency arrives.",
	})
	says(t, texts, "es", []string{
		"Si la agencia dice que no por correo.",
		"Entonces hay que presentar una demanda dentro de los seis meses desde el día en que se mandó la carta.",
		"Por eso, por favor llámenos el mismo día en que le llegue cualquier carta de la agencia.",
		"Paso 2: la agencia revisa el reclamo.",
		"hay que presentar una demanda dentro de los seis meses desde el día en que la agencia la mandó por correo. Por eso, por favor llámenos el día en que le llegue cualquier carta de la agencia.",
	})
	// Denied on 2026-08-31: the letter gives the date to sue, not the
	// pending claim's warning.
	denied := letters(t, load(t, "texas-wrongful-death.yaml"), 0)
	says(t, denied, "en", []string{"a lawsuit must be filed by February 28, 2027"},
		"If the agency says no by mail.", "So please call us the day any letter from the agency arrives.")
	says(t, denied, "es", []string{"28 de febrero de 2027"},
		"Si la agencia dice que no por correo.")
}

// Florida, incident 2025-05-10: the deadline uses 2 years (May 10, 2027);
// the letter says courts have used 4, that the 2-year date is treated as
// the deadline, and lists the table's confidence and last-checked date.
func TestUncertainPeriodReachesTheReader(t *testing.T) {
	k := loadTestdata(t, "florida.yaml")
	texts := letters(t, k, 0)
	lp, ok := law.Limitations("FL", k.Incident.Date)
	if !ok || lp.Confidence != "FLAG" {
		t.Fatalf("the table's Florida row: %+v", lp)
	}
	checked := lp.Verified.English() // the table's own date, printed in the sources
	says(t, texts, "en", []string{
		"must be filed by May 10, 2027.",
		"Courts borrow this time limit from Florida law: 2 years from the day it happened.",
		"Courts have used 4 years in cases like this, and may still.",
		"We treat the 2-year date as your deadline. A lawyer must confirm which time limit applies.",
		"The time limit borrowed from Florida law: " + lp.Statute,
		"(confidence FLAG: the period changed recently or is often stated wrong, so a lawyer must check it; last checked " + checked + ")",
	})
	says(t, texts, "es", []string{
		"10 de mayo de 2027",
		"las cortes han usado 4 años",
		"Nosotros tomamos la fecha de 2 años como la fecha límite.",
		"El plazo tomado de la ley de Florida: " + lp.Statute,
		"(confianza FLAG: el plazo cambió hace poco o muchas veces se dice mal, así que un abogado tiene que revisarlo; revisado por última vez el",
	})
	// Illinois (HIGH): no uncertainty in the body, the confidence in the
	// sources.
	il := letters(t, load(t, "illinois-torres.yaml"), 0)
	says(t, il, "en", []string{"(confidence HIGH: a court decision applies this period to cases like this; last checked"},
		"Courts have used", "A lawyer must confirm")
}

// A death claim (Texas sample): the address block names the
// administrator's capacity, not "for the claim of" herself, and the
// letter says the money is for the estate and the family, with the
// marker for the attorney.
func TestWrongfulDeathLetterNamesTheCapacity(t *testing.T) {
	texts := letters(t, load(t, "texas-wrongful-death.yaml"), 0)
	block := "Teresa Medina Salas Administrator of the estate of Rafael Medina Cruz 7715 Avenue F Houston, TX 77012"
	says(t, texts, "en", []string{
		block,
		"The money from a claim for a death is for the estate and the family, as Texas law decides.",
		"[AUTHORITY NEEDED: who may claim for a death under Texas law]",
	}, "for the claim of Teresa Medina Salas")
	says(t, texts, "es", []string{
		block,
		"El dinero de un reclamo por una muerte es para la sucesión y para la familia, según lo que diga la ley de Texas.",
		"[AUTHORITY NEEDED: quién puede reclamar por una muerte según la ley de Texas]",
	}, "en relación con el reclamo de Teresa Medina Salas")
}

// Point 6: the offices that take complaints, with their contacts from the
// notes, CRCL marked for verification (its operating status is not
// confirmed), and the caution that a complaint stops no deadline and
// names no amount.
func TestWhereToReport(t *testing.T) {
	texts := letters(t, load(t, "illinois-torres.yaml"), 0)
	says(t, texts, "en", []string{
		"DHS Office of Inspector General Hotline: phone 1-800-323-8603 (TTY 1-844-889-4357); or the form on its website.",
		"DHS Office for Civil Rights and Civil Liberties (CRCL): phone 202-401-1474 or 1-866-644-8360",
		"email crcl@dhs.gov",
		"Building 410, Mail Stop #0190, Washington, DC 20528. [verify]",
		"ICE Office of Professional Responsibility (OPR): phone 1-833-4ICE-OPR (1-833-442-3677); email ICEOPRIntake@ice.dhs.gov",
		"A complaint to one of these offices does not stop any deadline in this letter.",
		"The complaint should not ask for money or name a dollar amount.",
		"Complaints about officers: 8 C.F.R. § 287.10",
	}, "CBP Joint Intake Center")
	says(t, texts, "es", []string{
		"Línea directa de la Oficina del Inspector General del DHS (DHS Office of Inspector General Hotline): teléfono 1-800-323-8603",
		"correo electrónico crcl@dhs.gov",
		"Washington, DC 20528. [verificar]",
		"correo electrónico ICEOPRIntake@ice.dhs.gov",
		"Una queja a una de estas oficinas no detiene ninguna fecha límite de esta carta.",
		"La queja no debe pedir dinero ni decir una cantidad en dólares.",
	})
}

// A place whose limitations period no source gives (American Samoa): the
// deadlines table keeps the Bivens row with the marker where the date
// would be and the status words beside it, in both languages and both
// formats. (The PDF is read with its layout, so the cells of one row
// stand on one line.)
func TestUnknownPeriodKeepsItsRow(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	k.Incident.State = "AS"
	k.Incident.Place = "Pago Pago, American Samoa"
	texts := letters(t, k, 0)
	verify.ContainsAll(t, "en docx", texts["en docx"], "[AUTHORITY NEEDED: limitations period] A lawyer must find this date. Call us.")
	verify.ContainsAll(t, "es docx", texts["es docx"], "[AUTHORITY NEEDED: limitations period] Un abogado debe averiguar esta fecha. Llámenos.")
	verify.ContainsAll(t, "en pdf", texts["en pdf"], "[AUTHORITY A lawyer must find this")
	verify.ContainsAll(t, "es pdf", texts["es pdf"], "[AUTHORITY Un abogado debe")
}
