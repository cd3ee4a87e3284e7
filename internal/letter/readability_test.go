package letter

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/locale"
	"redress/templates"
)

// readabilityTool is shared/tools/readability, beside the repository.
const readabilityTool = "../../../shared/tools/readability"

// salutations are the words each language's letter template opens the
// body with (letter/<code>.md); the body ends at the signature block's
// closing (lang/<code>.yaml, closing).
var salutations = map[string]string{
	"en": "Dear ",
	"es": "Estimado/a ",
}

// bodyText is what a client reads as prose: from the salutation to the
// signature, without the deadlines table; paragraphs separated by blank
// lines, as the readability tool expects. lang is the letter's language.
func bodyText(t *testing.T, bs []doc.Block, lang string) string {
	t.Helper()
	var paras []string
	var walk func([]doc.Block)
	walk = func(bs []doc.Block) {
		for _, b := range bs {
			switch x := b.(type) {
			case doc.Paragraph:
				paras = append(paras, doc.PlainText(x.Spans))
			case doc.Heading:
				paras = append(paras, doc.PlainText(x.Spans))
			case doc.List:
				for _, it := range x.Items {
					walk(it.Blocks)
				}
			case doc.Group:
				walk(x.Blocks)
			}
		}
	}
	walk(bs)
	s := strings.Join(paras, "\n\n")
	hello, ok := salutations[lang]
	if !ok {
		t.Fatalf("no salutation known for language %q", lang)
	}
	i := strings.Index(s, hello)
	if i < 0 {
		t.Fatalf("the %s letter has no salutation %q", lang, hello)
	}
	s = s[i:]
	loc, err := locale.Load(templates.FS, lang)
	if err != nil {
		t.Fatal(err)
	}
	j := strings.Index(s, loc.Say("closing"))
	if j < 0 {
		t.Fatalf("the %s letter has no closing %q", lang, loc.Say("closing"))
	}
	return s[:j]
}

// score is what the readability tool printed about one text.
type score struct {
	words   int
	fkGrade float64
	huerta  float64 // Fernández-Huerta: higher is easier; 70+ is plain
	out     string
}

var (
	wordsRE  = regexp.MustCompile(`words ([0-9]+)`)
	gradeRE  = regexp.MustCompile(`fk-grade (-?[0-9.]+)`)
	huertaRE = regexp.MustCompile(`fernandez-huerta (-?[0-9.]+)`)
)

// readability runs shared/tools/readability on text. It skips the test
// when the tool is missing, or fails it when REDRESS_REQUIRE_TOOLS=1.
func readability(t *testing.T, text string) score {
	t.Helper()
	if _, err := os.Stat(readabilityTool); err != nil {
		if os.Getenv("REDRESS_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required: %v", readabilityTool, err)
		}
		t.Skip("shared/tools/readability not found beside the repository")
	}
	cmd := exec.Command("python3", readabilityTool)
	cmd.Stdin = strings.NewReader(text)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("readability: %v\n%s", err, out)
	}
	num := func(re *regexp.Regexp) float64 {
		m := re.FindSubmatch(out)
		if m == nil {
			t.Fatalf("readability printed no %s: %s", re, out)
		}
		f, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	return score{words: int(num(wordsRE)), fkGrade: num(gradeRE), huerta: num(huertaRE),
		out: strings.TrimSpace(string(out))}
}

// eachSampleClaimant calls f for every claimant of every sample.
func eachSampleClaimant(t *testing.T, f func(sample string, k *casefile.Case, i int)) {
	t.Helper()
	samples, _ := filepath.Glob("../../samples/*.yaml")
	if len(samples) == 0 {
		t.Fatal("no samples found")
	}
	for _, p := range samples {
		k := load(t, filepath.Base(p))
		for i := range k.Claimants {
			f(filepath.Base(p), k, i)
		}
	}
}

// TestReadability runs the shared readability tool on every sample
// letter's body: Flesch-Kincaid grade 9 at most (the aim is 8).
// go test -v -run Readability ./internal/letter prints the scores.
func TestReadability(t *testing.T) {
	eachSampleClaimant(t, func(sample string, k *casefile.Case, i int) {
		res, _ := build(t, k, i)
		s := readability(t, bodyText(t, res.Document.Body, "en"))
		t.Logf("%s, %s: %s", sample, k.Claimants[i].Name, s.out)
		if s.fkGrade > 9 {
			t.Errorf("%s, %s: Flesch-Kincaid grade %.1f; the letter must be grade 9 or lower", sample, k.Claimants[i].Name, s.fkGrade)
		}
	})
}

// TestReadabilitySpanish measures every sample's Spanish letter body with
// the Fernández-Huerta score the same tool prints (Flesch-Kincaid is for
// English only): 65 at least, the level of plain Spanish.
func TestReadabilitySpanish(t *testing.T) {
	const minHuerta = 65
	eachSampleClaimant(t, func(sample string, k *casefile.Case, i int) {
		res := buildSpanish(t, k, i)
		s := readability(t, bodyText(t, res.Document.Body, "es"))
		t.Logf("%s, %s (es): %s", sample, k.Claimants[i].Name, s.out)
		// A cut gone wrong (or a letter gone missing) must not pass as
		// easy reading.
		if s.words < 1000 {
			t.Errorf("%s, %s: the Spanish body has only %d words; is the letter whole?", sample, k.Claimants[i].Name, s.words)
		}
		if s.huerta < minHuerta {
			t.Errorf("%s, %s: Fernández-Huerta %.1f; the Spanish letter must score %d or more", sample, k.Claimants[i].Name, s.huerta, minHuerta)
		}
	})
}
