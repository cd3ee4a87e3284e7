package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"redress/internal/doc"
)

// clientNames are the clients of the batch tests: accents, stacked
// Vietnamese marks and apostrophes, so that the documents of a group need
// different glyphs.
var clientNames = []string{
	"Nguyễn Văn Ân", "Zoë O'Brien", "José Álvarez", "Marie-Claire Jean-Baptiste",
	"João Gonçalves", "Trần Thị Bích Ngọc", "Siobhán Ní Bhriain", "Łukasz Żółć",
	"Dvořák Antonín", "Ana Lee",
}

// clientLetter is a letter to name with paras paragraphs of prose: a
// running header naming the client, a "Page N of M" footer, and two
// headings (bookmarked, the second nested under the first).
func clientLetter(name string, paras int) *doc.Document {
	d := &doc.Document{
		Meta: doc.Meta{Title: "Letter to " + name, Author: "Zoë O'Brien", Subject: "Your claim",
			Keywords: "FTCA, " + name, Language: "en-US", Created: created},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.T("Letter to " + name)}}},
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{doc.T("Page "),
			{Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
	}
	d.Body = []doc.Block{
		doc.Paragraph{Spans: []doc.Span{doc.T("Dear " + name + ":")}},
		doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Your claim")}},
	}
	for i := 0; i < paras; i++ {
		if i == paras/2 {
			d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T("What happens next")}})
		}
		d.Body = append(d.Body, doc.Paragraph{Align: doc.Justify, Spans: []doc.Span{
			doc.T(fmt.Sprintf("Paragraph %d for ", i+1)), doc.B(name), doc.T(". " + filler + filler)}})
	}
	d.Body = append(d.Body, doc.Group{Blocks: []doc.Block{
		doc.Paragraph{Spans: []doc.Span{doc.T("Sincerely,")}},
		doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.I("Zoë O'Brien")}},
	}})
	return d
}

func pageCount(tb testing.TB, d *doc.Document) int {
	tb.Helper()
	lo, err := layoutDocument(d)
	if err != nil {
		tb.Fatal(err)
	}
	return len(lo.pages)
}

// fitLetter is clientLetter with as many paragraphs as make it exactly
// pages long, searched for from hint. It returns the count found, the
// next search's hint.
func fitLetter(tb testing.TB, name string, pages, hint int) (*doc.Document, int) {
	tb.Helper()
	k := max(hint, 1) // at least one paragraph, so both headings are there
	for pageCount(tb, clientLetter(name, k)) > pages && k > 1 {
		k--
	}
	for {
		d := clientLetter(name, k)
		switch n := pageCount(tb, d); {
		case n == pages:
			return d, k
		case n > pages:
			tb.Fatalf("no paragraph count gives a letter to %s of %d pages", name, pages)
		}
		k++
	}
}

// batchDocuments are the twenty documents of the WriteEach tests: client
// letters of one to three pages, and the other test documents (tables,
// notes, a canvas page, pleading paper, an 11 pt layout, hostile text, no
// metadata, no headings), so that neighbours in the group differ in
// every way a document can.
func batchDocuments(tb testing.TB) []*doc.Document {
	var docs []*doc.Document
	hint := 0
	for i := 0; i < 13; i++ {
		var d *doc.Document
		d, hint = fitLetter(tb, clientNames[i%len(clientNames)], 1+i%3, hint)
		docs = append(docs, d)
	}
	small := letterDocument()
	small.Layout.FontSize = 11
	small.Meta.Title = "Letter at 11 pt"
	hostile := letterDocument()
	hostile.Meta.Title = "a\U0001F600b c\x01d e\xffg h\u4E2Di Nguye\u0302\u0303n"
	hostile.Meta.Language = "not a (language)"
	hostile.Body = append(hostile.Body, doc.Heading{Level: 1, Spans: []doc.Span{doc.T(hostile.Meta.Title)}})
	bare := &doc.Document{Layout: doc.LetterLayout(), Body: []doc.Block{
		doc.Paragraph{Spans: []doc.Span{doc.T("A document with no metadata, no headings and no footer.")}}}}
	docs = append(docs, sampleDocument(), pleadingDocument(), canvasDocument(), small, hostile, bare,
		letterDocument())
	if len(docs) != 20 {
		tb.Fatalf("%d batch documents", len(docs))
	}
	return docs
}

// pageContents is the decoded content stream of every page.
func pageContents(tb testing.TB, pdf []byte) [][]byte {
	tb.Helper()
	ctx, err := api.ReadContext(bytes.NewReader(pdf), pdfcpuConf())
	if err != nil {
		tb.Fatal(err)
	}
	if err := ctx.EnsurePageCount(); err != nil {
		tb.Fatal(err)
	}
	if ctx.PageCount == 0 {
		tb.Fatal("no pages")
	}
	var out [][]byte
	for i := 1; i <= ctx.PageCount; i++ {
		d, _, _, err := ctx.PageDict(i, false)
		if err != nil {
			tb.Fatal(err)
		}
		c, err := ctx.PageContent(d, i)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// outlineOf lists the outline as "title p<page>", indented by depth.
func outlineOf(tb testing.TB, pdf []byte) []string {
	tb.Helper()
	bms, err := api.Bookmarks(bytes.NewReader(pdf), pdfcpuConf())
	if err != nil {
		if strings.Contains(err.Error(), "no outlines") {
			return nil
		}
		tb.Fatal(err)
	}
	var got []string
	var walk func(bs []pdfcpu.Bookmark, depth int)
	walk = func(bs []pdfcpu.Bookmark, depth int) {
		for _, b := range bs {
			got = append(got, fmt.Sprintf("%s%s p%d", strings.Repeat("  ", depth), b.Title, b.PageFrom))
			walk(b.Kids, depth+1)
		}
	}
	walk(bms, 0)
	return got
}

// pdfinfo is what poppler's pdfinfo reports, by field.
func pdfinfo(tb testing.TB, pdf []byte) map[string]string {
	tb.Helper()
	out := runTool(tb, "pdfinfo", "-enc", "UTF-8", pdfFile(tb, pdf))
	info := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// fontsOf lists the fonts pdffonts reports, failing for one that is not
// embedded or has no Unicode map.
func fontsOf(tb testing.TB, pdf []byte) []string {
	tb.Helper()
	out := runTool(tb, "pdffonts", pdfFile(tb, pdf))
	var names []string
	for _, l := range strings.Split(out, "\n")[2:] {
		f := strings.Fields(l)
		if len(f) < 6 {
			continue
		}
		if emb, uni := f[len(f)-5], f[len(f)-3]; emb != "yes" || uni != "yes" {
			tb.Errorf("font %s: emb=%s uni=%s", f[0], emb, uni)
		}
		names = append(names, f[0])
	}
	return names
}

// TestCombine joins letters of one, two and three pages for duplex
// printing: they start on pages 1, 3 and 5, page 2 is blank, each footer
// counts its own letter's pages, and the outline names the clients with
// each letter's headings below.
func TestCombine(t *testing.T) {
	names := clientNames[:3]
	var docs []*doc.Document
	hint := 0
	for i, name := range names {
		var d *doc.Document
		d, hint = fitLetter(t, name, i+1, hint)
		docs = append(docs, d)
	}
	pdf, err := Combine(docs, CombineOptions{OddPageStarts: true, Bookmarks: names,
		Meta: doc.Meta{Title: "Print run — March", Author: "Zoë O'Brien", Created: created}})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, pdf)

	// Page by page: which letter (-1 for blank) and its page number.
	want := []struct{ doc, page int }{{0, 1}, {-1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}, {2, 3}}
	pages := pdftotext(t, pdf)
	if len(pages) != len(want) {
		t.Fatalf("%d pages, want %d", len(pages), len(want))
	}
	for i, w := range want {
		text := pages[i]
		if w.doc < 0 {
			if strings.TrimSpace(text) != "" {
				t.Errorf("page %d should be blank, has %q", i+1, text)
			}
			continue
		}
		name, total := names[w.doc], w.doc+1
		if s := fmt.Sprintf("Page %d of %d", w.page, total); !strings.Contains(text, s) {
			t.Errorf("page %d lacks %q:\n%s", i+1, s, text)
		}
		if s := "Letter to " + name; !strings.Contains(text, s) {
			t.Errorf("page %d lacks the header %q", i+1, s)
		}
		if first := strings.Contains(text, "Dear "+name+":"); first != (w.page == 1) {
			t.Errorf("page %d: salutation on it is %v, want %v", i+1, first, w.page == 1)
		}
	}

	// Each letter's pages are drawn exactly as Write draws them.
	got := pageContents(t, pdf)
	for i, w := range want {
		if w.doc >= 0 {
			if alone := pageContents(t, mustRender(t, docs[w.doc])); !bytes.Equal(got[i], alone[w.page-1]) {
				t.Errorf("page %d differs from page %d of letter %d written alone", i+1, w.page, w.doc+1)
			}
		}
	}

	wantOutline := []string{
		"Nguyễn Văn Ân p1", "  Your claim p1", "    What happens next p1",
		"Zoë O'Brien p3", "  Your claim p3", "    What happens next p3",
		"José Álvarez p5", "  Your claim p5", "    What happens next p6",
	}
	if o := outlineOf(t, pdf); strings.Join(o, "\n") != strings.Join(wantOutline, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(o, "\n"), strings.Join(wantOutline, "\n"))
	}
	if title := pdfinfo(t, pdf)["Title"]; title != "Print run — March" {
		t.Errorf("title %q", title)
	}
}

// TestCombineOptions: without OddPageStarts no page is added; an empty
// bookmark falls back to the title; bad arguments are errors.
func TestCombineOptions(t *testing.T) {
	a, _ := fitLetter(t, "Ana Lee", 1, 0)
	b := letterDocument()
	pdf, err := Combine([]*doc.Document{a, b, a}, CombineOptions{Bookmarks: []string{"Ana", "", "Ana again"}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(pdftotext(t, pdf)); n != 4 {
		t.Errorf("%d pages, want 4", n)
	}
	var top []string
	for _, l := range outlineOf(t, pdf) {
		if !strings.HasPrefix(l, " ") {
			top = append(top, l)
		}
	}
	if want := []string{"Ana p1", "Letter to Nguyễn Văn Ân p2", "Ana again p4"}; strings.Join(top, "|") != strings.Join(want, "|") {
		t.Errorf("top of the outline: %q, want %q", top, want)
	}
	for _, c := range []struct {
		docs []*doc.Document
		opt  CombineOptions
	}{
		{nil, CombineOptions{}},
		{[]*doc.Document{a, nil}, CombineOptions{}},
		{[]*doc.Document{a}, CombineOptions{Bookmarks: []string{"x", "y"}}},
	} {
		if _, err := Combine(c.docs, c.opt); err == nil {
			t.Errorf("Combine(%d documents, %d bookmarks) gave no error", len(c.docs), len(c.opt.Bookmarks))
		}
	}
}

// TestWriteEach splits a group of twenty documents and holds each file
// against the one Write makes of its document alone: valid for pdfcpu and
// qpdf, the same fonts embedded, the same text, metadata, outline and page
// contents; and the same bytes on every run.
func TestWriteEach(t *testing.T) {
	docs := batchDocuments(t)
	files, err := WriteEach(docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(docs) {
		t.Fatalf("%d files for %d documents", len(files), len(docs))
	}
	again, err := WriteEach(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		if !bytes.Equal(files[i], again[i]) {
			t.Errorf("file %d differs between two runs", i+1)
		}
	}
	for i, d := range docs {
		t.Run(fmt.Sprintf("doc%02d", i+1), func(t *testing.T) {
			got, alone := files[i], mustRender(t, d)
			checkValid(t, got)
			if g, w := fontsOf(t, got), fontsOf(t, alone); strings.Join(g, " ") != strings.Join(w, " ") {
				t.Errorf("fonts %v, alone %v", g, w)
			}
			if g, w := pdftotext(t, got), pdftotext(t, alone); strings.Join(g, "\f") != strings.Join(w, "\f") {
				t.Errorf("text differs from Write's:\n%s\n---\n%s", strings.Join(g, "\f"), strings.Join(w, "\f"))
			}
			gi, wi := pdfinfo(t, got), pdfinfo(t, alone)
			if !strings.ContainsAny(d.Meta.Title, "\x01\xff\U0001F600") && gi["Title"] != d.Meta.Title {
				t.Errorf("Title %q, want %q", gi["Title"], d.Meta.Title)
			}
			delete(gi, "File size")
			delete(wi, "File size")
			if fmt.Sprint(gi) != fmt.Sprint(wi) {
				t.Errorf("pdfinfo:\n%v\nalone:\n%v", gi, wi)
			}
			if g, w := outlineOf(t, got), outlineOf(t, alone); strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("outline:\n%s\nalone:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
			gc, wc := pageContents(t, got), pageContents(t, alone)
			if len(gc) != len(wc) {
				t.Fatalf("%d pages, alone %d", len(gc), len(wc))
			}
			for p := range gc {
				if !bytes.Equal(gc[p], wc[p]) {
					t.Errorf("page %d's content differs from Write's", p+1)
				}
			}
			for _, key := range []string{"/Lang (en-US)", "/CreationDate (D:20260314200926)", "/PageMode /UseOutlines"} {
				if bytes.Contains(got, []byte(key)) != bytes.Contains(alone, []byte(key)) {
					t.Errorf("%s: in the file %v, in Write's %v", key, bytes.Contains(got, []byte(key)), bytes.Contains(alone, []byte(key)))
				}
			}
		})
	}
}

// TestWriteEachErrors: no documents give no files; a nil one is an error.
func TestWriteEachErrors(t *testing.T) {
	if files, err := WriteEach(nil); err != nil || files != nil {
		t.Errorf("WriteEach(nil) = %d files, %v", len(files), err)
	}
	if _, err := WriteEach([]*doc.Document{letterDocument(), nil}); err == nil {
		t.Error("a nil document gave no error")
	}
}

// digestEnv makes the test binary print the digest of WriteEach's files
// (TestWriteEachDigest) for TestWriteEachAcrossProcesses.
const digestEnv = "REDRESS_WRITEEACH_DIGEST"

func writeEachDigest(tb testing.TB) string {
	tb.Helper()
	files, err := WriteEach(batchDocuments(tb))
	if err != nil {
		tb.Fatal(err)
	}
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%d\n", len(f))
		h.Write(f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestWriteEachDigest(t *testing.T) {
	if os.Getenv(digestEnv) != "1" {
		t.Skip("run by TestWriteEachAcrossProcesses")
	}
	fmt.Printf("digest=%s\n", writeEachDigest(t))
}

// TestWriteEachAcrossProcesses: other processes (with their own map
// iteration orders and clocks) make the same bytes.
func TestWriteEachAcrossProcesses(t *testing.T) {
	if os.Getenv(digestEnv) == "1" {
		t.Skip("inside the child")
	}
	want := writeEachDigest(t)
	for i := 0; i < 2; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriteEachDigest$", "-test.count=1")
		cmd.Env = append(os.Environ(), digestEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		_, got, ok := strings.Cut(string(out), "digest=")
		if !ok {
			t.Fatalf("child printed no digest:\n%s", out)
		}
		if got, _, _ = strings.Cut(got, "\n"); got != want {
			t.Errorf("child %d made %s, this process %s", i+1, got, want)
		}
	}
}

// FuzzWriteEach puts an arbitrary document (FuzzWrite's) between two
// letters: every file must be well formed, and the middle one's pages
// must be those Write makes of the document alone. pdfcpu and qpdf judge
// the seeds' files in TestFuzzSeeds, not every execution.
func FuzzWriteEach(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s.text, s.shape)
	}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		small(t, text, shape)
		d := fuzzDocument(text, shape)
		files, err := WriteEach([]*doc.Document{letterDocument(), d, letterDocument()})
		if err != nil {
			t.Fatalf("WriteEach: %v", err)
		}
		for i, f := range files {
			if err := checkStructure(f, -1); err != nil {
				t.Fatalf("file %d: %v", i+1, err)
			}
		}
		got, alone := pageContents(t, files[1]), pageContents(t, mustRender(t, d))
		if len(got) != len(alone) {
			t.Fatalf("%d pages, alone %d", len(got), len(alone))
		}
		for p := range got {
			if !bytes.Equal(got[p], alone[p]) {
				t.Fatalf("page %d differs from Write's", p+1)
			}
		}
	})
}

// TestWriteEachConcurrent: WriteEach from several goroutines at once (run
// with -race) gives what it gives alone.
func TestWriteEachConcurrent(t *testing.T) {
	docs := []*doc.Document{letterDocument(), sampleDocument(), canvasDocument()}
	want, err := WriteEach(docs)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 3)
	for g := 0; g < 3; g++ {
		go func() {
			got, err := WriteEach(docs)
			if err == nil {
				for i := range got {
					if !bytes.Equal(got[i], want[i]) {
						err = fmt.Errorf("file %d differs from the serial one", i+1)
					}
				}
			}
			errs <- err
		}()
	}
	for g := 0; g < 3; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
