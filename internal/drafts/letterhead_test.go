package drafts

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/complaint"
	"redress/internal/doc"
	"redress/internal/letter"
	"redress/internal/letterhead/lhtest"
	"redress/internal/render/docx"
	"redress/internal/verify"
	"redress/templates"
)

const letterheadCase = "../../samples/letterhead/case.yaml"

func TestTokens(t *testing.T) {
	src, err := casefile.Load(letterheadCase, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Meta: doc.Meta{Title: "Advisory letter"}}
	got := Tokens(src.Case, d, 0, civil.Date{Year: 2026, Month: 11, Day: 27})
	for k, want := range map[string]string{
		"firm.name":          "Lakeshore Immigrant Rights Clinic",
		"firm.address":       "410 N. Main St., Suite 200, Chicago, IL 60610",
		"firm.address.state": "IL",
		"firm.phone":         "(312) 555-0142",
		"attorney.name":      "Ana Ramírez",
		"attorney.bar":       "IL 6312345",
		"matter.id":          "LIRC-2026-0142",
		"date":               "November 27, 2026",
		"document.title":     "Advisory letter",
		"claimant.name":      "María Elena Torres",
	} {
		if got[k] != want {
			t.Errorf("%s = %q, want %q", k, got[k], want)
		}
	}
	if got := Tokens(src.Case, nil, -1, civil.Date{}); got["claimant.name"] != "" || got["document.title"] != "" {
		t.Errorf("tokens without a claimant or document: %q, %q", got["claimant.name"], got["document.title"])
	}
}

// TestLettersOnLetterhead: the letters' DOCX trees carry the letterhead,
// the SF-95 form's does not; a letterhead the writer cannot use is a
// problem at the firm.letterhead key.
func TestLettersOnLetterhead(t *testing.T) {
	src, err := casefile.Load(letterheadCase, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng := assemble.New(templates.FS)
	asOf := src.Case.Matter.AsOf
	set, err := LetterDocs(eng, src.Case, asOf, nil, letter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lh := set.Docs[0].DOCX.Letterhead; lh == nil || lh.Tokens["claimant.name"] != "María Elena Torres" || lh.Source != src.Case.Firm.LetterheadFile.Letterhead {
		t.Errorf("the letter's letterhead: %+v", lh)
	}
	set, err = SF95Docs(eng, src, asOf, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range set.Docs {
		onLH := n.DOCX.Letterhead != nil
		if want := strings.HasPrefix(n.Name, "claim-letter-"); onLH != want {
			t.Errorf("%s: on the letterhead %v, want %v", n.Name, onLH, want)
		}
	}

	if len(set.FileWarnings) != 0 { // the sample letterhead loses nothing
		t.Errorf("file warnings %q", set.FileWarnings)
	}
}

// TestLetterheadSameCheck: a letterhead file the case did not get from a
// load (its Letterhead not opened) is checked when a document is drafted
// on it, by the same function and in the same words as a load: a
// problem at firm.letterhead naming the file.
func TestLetterheadSameCheck(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile(letterheadCase)
	if err != nil {
		t.Fatal(err)
	}
	eng := assemble.New(templates.FS)
	good, err := casefile.Load(letterheadCase, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lhtest.Broken(t) {
		name := filepath.Join(dir, strings.ReplaceAll(c.Name, " ", "-")+".docx")
		if err := os.WriteFile(name, c.DOCX, 0o644); err != nil {
			t.Fatal(err)
		}
		casePath := filepath.Join(dir, "case.yaml")
		text := strings.Replace(string(sample), "letterhead: letterhead.docx", "letterhead: "+filepath.Base(name), 1)
		text = strings.Replace(text, "  logo: logo.png\n", "", 1)
		if err := os.WriteFile(casePath, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := casefile.Load(casePath, casefile.Options{})
		var atLoad, atDraft casefile.Problems
		if !errors.As(err, &atLoad) || len(atLoad) != 1 {
			t.Fatalf("%s: load gives %v", c.Name, err)
		}
		// The same file, handed to drafting without its load's check.
		k := *good.Case
		f := *k.Firm.LetterheadFile
		f.Path, f.Data, f.Letterhead = name, c.DOCX, nil
		k.Firm.LetterheadFile = &f
		_, err = LetterDocs(eng, &k, k.Matter.AsOf, nil, letter.Options{})
		if !errors.As(err, &atDraft) || len(atDraft) != 1 {
			t.Fatalf("%s: drafting gives %v", c.Name, err)
		}
		if atDraft[0].Path != "firm.letterhead" || atDraft[0].Msg != atLoad[0].Msg {
			t.Errorf("%s: drafting says\n%v\nthe load\n%v", c.Name, atDraft[0], atLoad[0])
		}
	}
}

// TestLetterheadWarnedOnce: what was left out of a letterhead is one
// warning in a run, however many documents are built on it, and it says
// what went.
func TestLetterheadWarnedOnce(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile(letterheadCase)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "case.yaml"), sample, 0o644)
	os.WriteFile(filepath.Join(dir, "letterhead.docx"), lhtest.Hostile(t), 0o644)
	logo, _ := os.ReadFile(filepath.Join(filepath.Dir(letterheadCase), "logo.png"))
	os.WriteFile(filepath.Join(dir, "logo.png"), logo, 0o644)
	src, err := casefile.Load(filepath.Join(dir, "case.yaml"), casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := src.Case
	second := k.Claimants[0]
	second.Name = "Zoë O'Brien"
	k.Claimants = append(k.Claimants, second)
	eng := assemble.New(templates.FS)
	set, err := LetterDocs(eng, k, k.Matter.AsOf, nil, letter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.FileWarnings) != 1 || !slices.Contains(set.Warnings, set.FileWarnings[0]) {
		t.Fatalf("two letters: file warnings %q, warnings %q", set.FileWarnings, set.Warnings)
	}
	w := set.FileWarnings[0]
	for _, want := range append([]string{filepath.Join(dir, "letterhead.docx") + ": left out"}, lhtest.Dropped...) {
		if !strings.Contains(w, want) {
			t.Errorf("the warning lacks %q:\n%s", want, w)
		}
	}
	// The next run's documents in this process (a batch's next row) on the
	// same file: no second warning.
	again, err := casefile.Load(filepath.Join(dir, "case.yaml"), casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set, err = SF95Docs(eng, again, again.Case.Matter.AsOf, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.FileWarnings) != 0 {
		t.Errorf("warned again: %q", set.FileWarnings)
	}
}

// TestComplaintOnLetterhead is what the complaint command does with
// AttachLetterhead: the complaint's DOCX on the letterhead, on pleading
// paper too, keeps its draft mark and its double spacing.
func TestComplaintOnLetterhead(t *testing.T) {
	src, err := casefile.Load(letterheadCase, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng := assemble.New(templates.FS)
	asOf := src.Case.Matter.AsOf
	for _, paper := range []bool{false, true} {
		res, err := complaint.Build(eng, src, asOf, complaint.Options{PleadingPaper: paper})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := AttachLetterhead(src.Case, res.Document, -1, asOf); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := docx.Write(&b, res.Document); err != nil {
			t.Fatalf("pleading paper %v: %v", paper, err)
		}
		parts := verify.DOCX(t, b.Bytes())
		header, styles := string(parts["word/header1.xml"]), string(parts["word/styles.xml"])
		for _, want := range []string{"Lakeshore Immigrant Rights Clinic", "DRAFT FOR ATTORNEY REVIEW"} {
			if !strings.Contains(header, want) {
				t.Errorf("pleading paper %v: the complaint's header lacks %q", paper, want)
			}
		}
		body := styles[strings.Index(styles, `w:styleId="BodyText"`):]
		body = body[:strings.Index(body, "</w:style>")]
		if paper && !strings.Contains(body, `w:lineRule="exact"`) || !paper && !strings.Contains(body, `w:line="480"`) {
			t.Errorf("pleading paper %v: the complaint's body text is not double-spaced: %s", paper, body)
		}
	}
}
