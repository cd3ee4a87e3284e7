package letter

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"redress/internal/doc"
)

// readabilityTool is shared/tools/readability, beside the repository.
const readabilityTool = "../../../shared/tools/readability"

// bodyText is what a client reads as prose: from the salutation to the
// signature, without the deadlines table; paragraphs separated by blank
// lines, as the readability tool expects.
func bodyText(bs []doc.Block) string {
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
	s = s[strings.Index(s, "Dear "):]
	if i := strings.Index(s, "Sincerely,"); i > 0 {
		s = s[:i]
	}
	return s
}

// TestReadability runs the shared readability tool on every sample
// letter's body: Flesch-Kincaid grade 9 at most (the aim is 8).
// go test -v -run Readability ./internal/letter prints the scores.
func TestReadability(t *testing.T) {
	if _, err := os.Stat(readabilityTool); err != nil {
		if os.Getenv("REDRESS_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required: %v", readabilityTool, err)
		}
		t.Skip("shared/tools/readability not found beside the repository")
	}
	grade := regexp.MustCompile(`fk-grade (-?[0-9.]+)`)
	samples, _ := filepath.Glob("../../samples/*.yaml")
	for _, p := range samples {
		k := load(t, filepath.Base(p))
		for i, c := range k.Claimants {
			res, _ := build(t, k, i)
			cmd := exec.Command("python3", readabilityTool)
			cmd.Stdin = strings.NewReader(bodyText(res.Document.Body))
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("readability: %v\n%s", err, out)
			}
			m := grade.FindSubmatch(out)
			if m == nil {
				t.Fatalf("readability printed no grade: %s", out)
			}
			g, _ := strconv.ParseFloat(string(m[1]), 64)
			t.Logf("%s, %s: %s", filepath.Base(p), c.Name, strings.TrimSpace(string(out)))
			if g > 9 {
				t.Errorf("%s, %s: Flesch-Kincaid grade %.1f; the letter must be grade 9 or lower", filepath.Base(p), c.Name, g)
			}
		}
	}
}
