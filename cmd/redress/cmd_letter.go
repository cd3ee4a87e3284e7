package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/letter"
)

// languageFlag overrides each claimant's language for advisory letters.
func languageFlag() cli.Flag {
	return &cli.StringFlag{Name: "language", Aliases: []string{"l"}, Usage: "write every advisory letter in `CODE` (en, es, or any language with letter/CODE.md and lang/CODE.yaml among the templates) instead of each claimant's language"}
}

func newLetterCommand() *cli.Command {
	return &cli.Command{
		Name:      "letter",
		Usage:     "draft a plain-language advisory letter for each claimant",
		ArgsUsage: "CASE",
		Description: `Writes letter-<name>.pdf and letter-<name>.docx for every claimant in the case
   file: the client's options, their own computed deadlines, and what to do now.
   Each letter is marked as a draft for attorney review. Options may come before
   or after the case file.

EXAMPLE:
   redress letter samples/illinois-torres.yaml --out out/torres --as-of 2026-11-27
   redress letter samples/illinois-torres.yaml --language es --out out/torres-es

` + exitStatusHelp,
		Flags:        append(outputFlags(), languageFlag()),
		OnUsageError: onUsageError,
		Action:       runLetter,
	}
}

func runLetter(c *cli.Context) error {
	d, err := prepare(c)
	if err != nil {
		return err
	}
	if err := checkLanguage(c, d.eng); err != nil {
		return err
	}
	dr, err := draftLetters(d, letter.Options{Language: c.String("language")})
	if err != nil {
		return failDraft(c, d.src.Path, err, "refusing to draft the letters")
	}
	dr.print(c)
	return dr.write(c, d)
}

// checkLanguage refuses a --language the templates cannot write: asked for
// explicitly, a language must not quietly become English (a claimant's own
// language from the case file does, with a warning).
func checkLanguage(c *cli.Context, eng *assemble.Engine) error {
	want := c.String("language")
	if want == "" || letter.Language(eng, "", want) == want {
		return nil
	}
	if msg := casefile.LanguageProblem(want); msg != "" {
		return usageError{"--language: " + msg}
	}
	return usageError{fmt.Sprintf("--language %s: no advisory letter in that language (have: %s); a language needs letter/%s.md and lang/%s.yaml among the templates",
		want, strings.Join(letter.Languages(eng), ", "), want, want)}
}

// outDir is --out, or the matter's folder in the settings' out folder
// (out/<matter.id> by default).
func outDir(c *cli.Context, id string) string {
	if d := c.String("out"); d != "" {
		return d
	}
	root := "out"
	if set, err := officeSettings(c); err == nil {
		root = set.Out
	}
	return filepath.Join(root, id)
}
