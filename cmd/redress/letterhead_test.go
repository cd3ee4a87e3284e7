package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"redress/internal/letterhead/lhtest"
	"redress/internal/verify"
)

// samples/letterhead/case.yaml is illinois-torres.yaml with the firm's
// letterhead (a .docx made in LibreOffice, {{firm.name}} in its header,
// "{{firm.address}} · {{firm.phone}}" in its footer) and logo.
const letterheadCase = "../../samples/letterhead/case.yaml"

const (
	firmName  = "Lakeshore Immigrant Rights Clinic"
	firmLine  = "410 N. Main St., Suite 200, Chicago, IL 60610 · (312) 555-0142"
	draftMark = "DRAFT FOR ATTORNEY REVIEW"
)

// docxPackage is a written .docx, unzipped.
type docxPackage map[string][]byte

func readDOCX(t *testing.T, file string) docxPackage {
	t.Helper()
	return verify.DOCXFile(t, file)
}

const (
	nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// section returns the attributes of the children of the body's final
// w:sectPr, by element name ("headerReference default", "pgMar").
func (p docxPackage) section(t *testing.T) map[string]map[string]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(p["word/document.xml"]))
	out := map[string]map[string]string{}
	depth, sect := 0, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			depth++
			if v.Name.Space == nsW && v.Name.Local == "sectPr" && depth == 3 {
				sect, out = true, map[string]map[string]string{}
			} else if sect && depth == 4 {
				attrs := map[string]string{}
				for _, a := range v.Attr {
					if a.Name.Space == nsR {
						attrs["r:"+a.Name.Local] = a.Value
					} else {
						attrs[a.Name.Local] = a.Value
					}
				}
				key := v.Name.Local
				if typ := attrs["type"]; typ != "" {
					key += " " + typ
				}
				out[key] = attrs
			}
		case xml.EndElement:
			if depth == 3 {
				sect = false
			}
			depth--
		}
	}
	return out
}

// part returns the part the main document's relationship id points at.
func (p docxPackage) part(t *testing.T, id string) string {
	t.Helper()
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(p["word/_rels/document.xml.rels"], &rels); err != nil {
		t.Fatal(err)
	}
	for _, r := range rels.Rels {
		if r.ID == id {
			return path.Join("word", r.Target)
		}
	}
	t.Fatalf("no relationship %s", id)
	return ""
}

// text is the w:t text of a part, paragraphs on lines of their own.
func text(t *testing.T, part []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(part))
	var b strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			inT = v.Name.Space == nsW && v.Name.Local == "t"
		case xml.EndElement:
			inT = false
			if v.Name.Space == nsW && v.Name.Local == "p" {
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inT {
				b.Write(v)
			}
		}
	}
	return b.String()
}

// headerFooter returns the text of the default header and footer the
// body's section uses.
func (p docxPackage) headerFooter(t *testing.T) (header, footer string) {
	t.Helper()
	s := p.section(t)
	h, f := s["headerReference default"], s["footerReference default"]
	if h == nil || f == nil {
		t.Fatalf("the section has no default header or footer: %v", s)
	}
	return text(t, p[p.part(t, h["r:id"])]), text(t, p[p.part(t, f["r:id"])])
}

func TestLetterheadLetter(t *testing.T) {
	out := t.TempDir()
	mustRun(t, "letter", letterheadCase, "--out", out)
	docxFile := filepath.Join(out, "letter-maria-elena-torres.docx")
	p := readDOCX(t, docxFile)
	header, footer := p.headerFooter(t)
	if !strings.Contains(header, firmName) || !strings.Contains(header, "intake@lakeshore-clinic.example.org") {
		t.Errorf("the letter's header lacks the firm's name and e-mail:\n%s", header)
	}
	if !strings.Contains(header, draftMark) {
		t.Errorf("the letter's header lacks the draft mark:\n%s", header)
	}
	if !strings.Contains(footer, firmLine) {
		t.Errorf("the letter's footer lacks %q:\n%s", firmLine, footer)
	}
	for name, b := range p {
		if strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer") {
			if strings.Contains(string(b), "{{") {
				t.Errorf("%s keeps a token", name)
			}
		}
	}
	// The letterhead's page setup: 1.1-inch sides, its header distance.
	mar := p.section(t)["pgMar"]
	if mar["left"] != "1584" || mar["right"] != "1584" || mar["header"] != "576" {
		t.Errorf("page margins %v, want the letterhead's", mar)
	}
	// The body's own letterhead block gives way to the letterhead's.
	if strings.Contains(text(t, p["word/document.xml"]), "410 N. Main St., Suite 200\n") {
		t.Error("the body keeps its own letterhead")
	}

	// LibreOffice opens it: the firm's name and the draft mark on every
	// page, the footer's address line.
	pdf := verify.DOCXToPDF(t, docxFile)
	pages := strings.Split(strings.TrimRight(verify.Text(t, pdf), "\f"), "\f")
	if len(pages) < 2 {
		t.Fatalf("LibreOffice made %d page(s) of the letter", len(pages))
	}
	for i, pg := range pages {
		verify.ContainsAll(t, "page "+itoa(i+1)+" of the DOCX letter", pg, firmName, draftMark, firmLine)
	}

	// The PDF letter: valid, with the logo.
	pdfFile := filepath.Join(out, "letter-maria-elena-torres.pdf")
	verify.ContainsAll(t, "the PDF letter", verify.PDF(t, pdfFile), firmName, draftMark)
	if imgs := pdfImages(t, pdfFile); !strings.Contains(imgs, "192   192") {
		t.Errorf("the PDF letter shows no 192 × 192 logo:\n%s", imgs)
	}

	// The same bytes again.
	again := t.TempDir()
	mustRun(t, "letter", letterheadCase, "--out", again)
	for _, f := range []string{"letter-maria-elena-torres.docx", "letter-maria-elena-torres.pdf"} {
		a, _ := os.ReadFile(filepath.Join(out, f))
		b, _ := os.ReadFile(filepath.Join(again, f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs", f)
		}
	}
}

// pdfImages is pdfimages -list.
func pdfImages(t *testing.T, file string) string {
	t.Helper()
	tool := verify.Tool(t, "pdfimages")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, tool, "-list", file).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	return string(out)
}

// TestLetterheadSF95: the presentment letter is on the letterhead, with
// the logo in its PDF; the form keeps the form's own layout.
func TestLetterheadSF95(t *testing.T) {
	out := t.TempDir()
	mustRun(t, "sf95", letterheadCase, "--out", out)
	header, _ := readDOCX(t, filepath.Join(out, "claim-letter-maria-elena-torres.docx")).headerFooter(t)
	if !strings.Contains(header, firmName) || !strings.Contains(header, draftMark) {
		t.Errorf("the presentment letter's header:\n%s", header)
	}
	form := readDOCX(t, filepath.Join(out, "sf95-maria-elena-torres.docx"))
	if mar := form.section(t)["pgMar"]; mar["left"] == "1584" {
		t.Error("the SF-95 form took the letterhead's margins")
	}
	for name := range form {
		if strings.HasPrefix(name, "word/media/") {
			t.Errorf("the SF-95 form holds %s", name)
		}
	}
	pdfFile := filepath.Join(out, "claim-letter-maria-elena-torres.pdf")
	verify.PDF(t, pdfFile)
	if imgs := pdfImages(t, pdfFile); !strings.Contains(imgs, "192   192") {
		t.Errorf("the presentment letter's PDF shows no logo:\n%s", imgs)
	}
}

// TestLetterheadBadFiles: a letterhead or logo that is missing or wrong
// is a data error (65) naming the key and the file, and nothing is
// written.
func TestLetterheadBadFiles(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile(letterheadCase)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a picture"), 0o644)
	brokenHeader := filepath.Join(dir, "broken.docx")
	{
		// A .docx whose header is not well-formed XML: casefile's check
		// passes it, the writer's does not.
		lh := readDOCX(t, "../../samples/letterhead/letterhead.docx")
		lh["word/header1.xml"] = []byte(`<w:hdr xmlns:w="` + nsW + `"><w:p>`)
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for name, data := range lh {
			w, _ := zw.Create(name)
			w.Write(data)
		}
		zw.Close()
		os.WriteFile(brokenHeader, b.Bytes(), 0o644)
	}
	copySample(t, dir, "letterhead.docx", "logo.png")
	lhFile, logoFile := filepath.Join(dir, "letterhead.docx"), "logo.png"
	for _, c := range []struct {
		name, letterhead, logo string
		wants                  []string
	}{
		{"missing letterhead", "nothere.docx", logoFile, []string{"firm.letterhead", filepath.Join(dir, "nothere.docx")}},
		{"logo not a picture", lhFile, "notes.txt", []string{"firm.logo", "notes.txt", "not a PNG or JPEG"}},
		{"letterhead is the logo", logoFile, logoFile, []string{"firm.letterhead", "logo.png", "not a Word document"}},
		{"broken header", "broken.docx", logoFile, []string{"firm.letterhead", "broken.docx", "cannot be used as a letterhead", "header"}},
	} {
		text := strings.Replace(string(sample), "letterhead: letterhead.docx", "letterhead: "+c.letterhead, 1)
		text = strings.Replace(text, "logo: logo.png", "logo: "+c.logo, 1)
		casePath := filepath.Join(dir, "case.yaml")
		os.WriteFile(casePath, []byte(text), 0o644)
		out := filepath.Join(dir, "out-"+strings.ReplaceAll(c.name, " ", "-"))
		for _, cmd := range []string{"letter", "sf95"} {
			_, errs, code := runCLI(t, cmd, casePath, "--out", out)
			if code != exitData {
				t.Errorf("%s, %s: exit %d, want %d\n%s", c.name, cmd, code, exitData, errs)
			}
			for _, w := range c.wants {
				if !strings.Contains(errs, w) {
					t.Errorf("%s, %s: the message lacks %q:\n%s", c.name, cmd, w, errs)
				}
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("%s, %s: something was written", c.name, cmd)
			}
		}
	}
}

// copySample copies files of samples/letterhead into dir.
func copySample(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join("../../samples/letterhead", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLetterheadBatch: a roster over the sample roster base with the
// sample letterhead and logo: every row's DOCX on the letterhead (read
// from the base file's folder) and every PDF with the logo.
func TestLetterheadBatch(t *testing.T) {
	dir := t.TempDir()
	base, err := os.ReadFile(rosterBase)
	if err != nil {
		t.Fatal(err)
	}
	base = []byte(strings.Replace(string(base), "firm:\n", "firm:\n  letterhead: letterhead.docx\n  logo: logo.png\n", 1))
	os.WriteFile(filepath.Join(dir, "base.yaml"), base, 0o644)
	copySample(t, dir, "letterhead.docx", "logo.png")
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,"+rosterAddressCols+"\nLH-1,Ana Pérez,"+rosterAddress+"\nLH-2,Nguyễn Văn Ân,"+rosterAddress+"\nLH-3,Zoë O'Brien,"+rosterAddress+"\n"), 0o644)
	out := filepath.Join(dir, "out")
	mustRun(t, "batch", roster, "--base", filepath.Join(dir, "base.yaml"), "--out", out, "--quiet", "-j", "2")
	for _, f := range []string{"LH-1/letter-ana-perez", "LH-2/letter-nguyen-van-an", "LH-3/letter-zoe-o-brien"} {
		header, _ := readDOCX(t, filepath.Join(out, f+".docx")).headerFooter(t)
		if !strings.Contains(header, firmName) || !strings.Contains(header, draftMark) {
			t.Errorf("%s.docx header:\n%s", f, header)
		}
		if imgs := pdfImages(t, filepath.Join(out, f+".pdf")); !strings.Contains(imgs, "192   192") {
			t.Errorf("%s.pdf shows no logo:\n%s", f, imgs)
		}
	}
}

// letterheadCaseIn writes the sample letterhead case into dir with
// letterhead as its letterhead.docx and the sample logo beside it, and
// returns the case file's path.
func letterheadCaseIn(t *testing.T, dir string, letterhead []byte) string {
	t.Helper()
	sample, err := os.ReadFile(letterheadCase)
	if err != nil {
		t.Fatal(err)
	}
	copySample(t, dir, "logo.png")
	if err := os.WriteFile(filepath.Join(dir, "letterhead.docx"), letterhead, 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, sample, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestLetterheadHostile: a letterhead with macros, links to a network
// share and to web servers, fetching fields, an OLE object and an ActiveX
// control gives letters with none of them, a plain .docx that LibreOffice
// converts, and one warning on stderr per run saying what was left out.
func TestLetterheadHostile(t *testing.T) {
	dir := t.TempDir()
	casePath := letterheadCaseIn(t, dir, lhtest.Hostile(t))
	out := filepath.Join(dir, "out")
	_, errs, code := runCLI(t, "letter", casePath, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	lhPath := filepath.Join(dir, "letterhead.docx")
	if n := strings.Count(errs, "warning: "+lhPath+": left out"); n != 1 {
		t.Errorf("%d warnings about the letterhead, want 1:\n%s", n, errs)
	}
	for _, w := range lhtest.Dropped {
		if !strings.Contains(errs, w) {
			t.Errorf("the warning lacks %q:\n%s", w, errs)
		}
	}
	docxFile := filepath.Join(out, "letter-maria-elena-torres.docx")
	checkClean(t, docxFile)
	p := readDOCX(t, docxFile)
	header, _ := p.headerFooter(t)
	for _, k := range append([]string{firmName}, lhtest.Kept...) {
		if !strings.Contains(header, k) {
			t.Errorf("the header lost %q:\n%s", k, header)
		}
	}
	// LibreOffice opens it, header and all.
	text := verify.Text(t, verify.DOCXToPDF(t, docxFile))
	verify.ContainsAll(t, "the DOCX letter on the cleaned letterhead", text, firmName, draftMark, firmLine, "Seal of the firm", "Visit our site")

	// The SF-95's presentment letter too; and a batch of three rows says
	// it once.
	out = filepath.Join(dir, "sf95")
	mustRun(t, "sf95", casePath, "--out", out)
	checkClean(t, filepath.Join(out, "claim-letter-maria-elena-torres.docx"))

	bdir := t.TempDir()
	base, err := os.ReadFile(rosterBase)
	if err != nil {
		t.Fatal(err)
	}
	base = []byte(strings.Replace(string(base), "firm:\n", "firm:\n  letterhead: letterhead.docx\n", 1))
	os.WriteFile(filepath.Join(bdir, "base.yaml"), base, 0o644)
	os.WriteFile(filepath.Join(bdir, "letterhead.docx"), lhtest.Hostile(t), 0o644)
	roster := filepath.Join(bdir, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,"+rosterAddressCols+"\nLH-1,Ana Pérez,"+rosterAddress+"\nLH-2,Nguyễn Văn Ân,"+rosterAddress+"\nLH-3,Zoë O'Brien,"+rosterAddress+"\n"), 0o644)
	_, errs, code = runCLI(t, "batch", roster, "--base", filepath.Join(bdir, "base.yaml"), "--out", filepath.Join(bdir, "out"), "--quiet", "-j", "2", "--format", "docx")
	if code != 0 {
		t.Fatalf("batch: exit %d\n%s", code, errs)
	}
	if n := strings.Count(errs, "left out"); n != 1 {
		t.Errorf("batch: %d warnings about the letterhead, want 1:\n%s", n, errs)
	}
	checkClean(t, filepath.Join(bdir, "out", "LH-2", "letter-nguyen-van-an.docx"))
}

// checkClean checks that nothing of lhtest.Hostile's dangerous parts is
// in a written .docx: its entries' names, its content types (a plain
// .docx's), every relationships part (no external target) and every
// part's content.
func checkClean(t *testing.T, file string) {
	t.Helper()
	p := readDOCX(t, file)
	ct := string(p["[Content_Types].xml"])
	if !strings.Contains(ct, `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`) {
		t.Errorf("%s: the main document is not a plain .docx's:\n%s", file, ct)
	}
	for name, data := range p {
		for _, tr := range lhtest.Traces {
			if strings.Contains(name, tr) {
				t.Errorf("%s: entry %s", file, name)
			}
			if i := strings.Index(string(data), tr); i >= 0 {
				t.Errorf("%s: %s holds %q: ...%s...", file, name, tr, data[max(0, i-60):min(len(data), i+60)])
			}
		}
		if strings.HasSuffix(name, ".rels") {
			var rels struct {
				Rels []struct {
					Target     string `xml:"Target,attr"`
					TargetMode string `xml:"TargetMode,attr"`
				} `xml:"Relationship"`
			}
			if err := xml.Unmarshal(data, &rels); err != nil {
				t.Fatalf("%s: %s: %v", file, name, err)
			}
			for _, r := range rels.Rels {
				if r.TargetMode != "" || strings.Contains(r.Target, ":") {
					t.Errorf("%s: %s has a relationship to %s (%s)", file, name, r.Target, r.TargetMode)
				}
				target := path.Join(path.Dir(path.Dir(name)), r.Target)
				if strings.HasPrefix(r.Target, "/") {
					target = r.Target[1:]
				}
				if _, ok := p[target]; !ok {
					t.Errorf("%s: %s refers to %s, which it lacks", file, name, target)
				}
			}
		}
	}
}

// TestLetterheadValidateAndDraftAgree: a letterhead drafting cannot build
// on is refused by validate too, in the same words, naming the key and
// the file; nothing is written.
func TestLetterheadValidateAndDraftAgree(t *testing.T) {
	for _, c := range lhtest.Broken(t) {
		dir := t.TempDir()
		casePath := letterheadCaseIn(t, dir, c.DOCX)
		_, verrs, vcode := runCLI(t, "validate", casePath)
		out := filepath.Join(dir, "out")
		_, lerrs, lcode := runCLI(t, "letter", casePath, "--out", out)
		if vcode != exitData || lcode != exitData {
			t.Errorf("%s: validate exits %d, letter %d; want %d", c.Name, vcode, lcode, exitData)
		}
		vline, _, _ := strings.Cut(verrs, "\n")
		lline, _, _ := strings.Cut(lerrs, "\n")
		if vline != lline {
			t.Errorf("%s: validate says\n%s\nletter says\n%s", c.Name, vline, lline)
		}
		for _, w := range append([]string{"firm.letterhead", filepath.Join(dir, "letterhead.docx")}, c.Wants...) {
			if !strings.Contains(vline, w) {
				t.Errorf("%s: %q lacks %q", c.Name, vline, w)
			}
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: something was written", c.Name)
		}
	}
}

// TestAllowOutsideFiles: a letterhead or logo outside the case file's
// folder (or, from a roster cell, the roster's) is refused by every
// command that reads a case file, unless --allow-outside-files.
func TestAllowOutsideFiles(t *testing.T) {
	dir := t.TempDir()
	office := filepath.Join(dir, "office")
	cases := filepath.Join(dir, "cases")
	for _, d := range []string{office, cases} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copySample(t, office, "letterhead.docx", "logo.png")
	sample, err := os.ReadFile(letterheadCase)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(sample), "letterhead: letterhead.docx", "letterhead: ../office/letterhead.docx", 1)
	text = strings.Replace(text, "logo: logo.png", "logo: "+filepath.Join(office, "logo.png"), 1)
	casePath := filepath.Join(cases, "case.yaml")
	os.WriteFile(casePath, []byte(text), 0o644)
	for _, cmd := range [][]string{{"validate"}, {"deadlines"}, {"letter", "--format", "docx"}, {"sf95", "--format", "docx"}, {"complaint", "--format", "docx"}} {
		args := append([]string{cmd[0], casePath, "--out", filepath.Join(dir, "out-"+cmd[0])}, cmd[1:]...)
		if cmd[0] == "validate" || cmd[0] == "deadlines" {
			args = []string{cmd[0], casePath}
		}
		_, errs, code := runCLI(t, args...)
		if code != exitData {
			t.Errorf("%s: exit %d, want %d\n%s", cmd[0], code, exitData, errs)
		}
		for _, w := range []string{"firm.letterhead: " + filepath.Join(cases, "../office/letterhead.docx") + " is outside the case file's folder",
			"firm.logo: " + filepath.Join(office, "logo.png") + " is outside", "--allow-outside-files"} {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", cmd[0], w, errs)
			}
		}
		if _, errs, code := runCLI(t, append(args, "--allow-outside-files")...); code != 0 {
			t.Errorf("%s --allow-outside-files: exit %d\n%s", cmd[0], code, errs)
		}
	}

	// A roster cell naming /etc/passwd as the logo is that row's problem.
	base, err := os.ReadFile(rosterBase)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(cases, "base.yaml"), base, 0o644)
	roster := filepath.Join(cases, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,firm.logo,"+rosterAddressCols+"\nR-1,Ana Pérez,,"+rosterAddress+"\nR-2,Zoë O'Brien,/etc/passwd,"+rosterAddress+"\n"), 0o644)
	_, errs, code := runCLI(t, "batch", roster, "--base", filepath.Join(cases, "base.yaml"), "--out", filepath.Join(dir, "batch"), "--quiet", "--format", "docx")
	if code != 1 || !strings.Contains(errs, roster+":3:3: firm.logo: /etc/passwd is outside the roster's folder") {
		t.Errorf("batch: exit %d\n%s", code, errs)
	}
	// Allowed, it is read, and is no picture.
	_, errs, code = runCLI(t, "batch", roster, "--base", filepath.Join(cases, "base.yaml"), "--out", filepath.Join(dir, "batch-allowed"), "--quiet", "--format", "docx", "--allow-outside-files")
	if code != 1 || !strings.Contains(errs, "/etc/passwd is not a PNG or JPEG image") {
		t.Errorf("batch --allow-outside-files: exit %d\n%s", code, errs)
	}
}
