package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/output"
	"redress/internal/verify"
)

// TestSF95WritesFourFilesPerClaimant runs "redress sf95" on every sample
// and the three-claimant case and checks each file.
func TestSF95WritesFourFilesPerClaimant(t *testing.T) {
	paths := append(samples(t), "../../internal/sf95/testdata/three-claimants.yaml")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			dir := t.TempDir()
			mustRun(t, "sf95", path, "--out", dir)
			k := readSample(t, path)
			var names []string
			for _, c := range k.Claimants {
				names = append(names, c.Name)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 4*len(names) {
				t.Errorf("%d files for %d claimants, want %d", len(entries), len(names), 4*len(names))
			}
			for i, slug := range output.Slugs(names) {
				for _, base := range []string{"sf95-" + slug, "claim-letter-" + slug} {
					text := verify.PDF(t, filepath.Join(dir, base+".pdf"))
					verify.ContainsAll(t, base+".pdf", text, k.Claimants[i].Name)
					if _, err := os.Stat(filepath.Join(dir, base+".docx")); err != nil {
						t.Error(err)
					}
				}
				letter := verify.Text(t, filepath.Join(dir, "claim-letter-"+slug+".pdf"))
				verify.ContainsAll(t, "claim letter", letter, "Office of the Principal Legal Advisor", "500 12th Street, SW, Mailstop 5900")
			}
		})
	}
}

func TestSF95RefusesAClaimWithoutASumCertain(t *testing.T) {
	body := strings.Replace(minimal, "    damages: {property: 100, personal_injury: 2500.50}\n", "", 1)
	path := writeCase(t, "case.yaml", body)
	dir := filepath.Join(t.TempDir(), "out")
	_, errs, code := runCLI(t, "sf95", path, "--out", dir)
	if code != exitRefused {
		t.Fatalf("exit %d, want %d\n%s", code, exitRefused, errs)
	}
	if !strings.Contains(errs, "sum certain") || !strings.Contains(errs, "claimants[0].damages") {
		t.Errorf("the refusal must cite the sum-certain requirement and the key:\n%s", errs)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("a refused claim must write nothing")
	}
}

func TestSF95PicksOneClaimant(t *testing.T) {
	path := "../../internal/sf95/testdata/three-claimants.yaml"
	dir := t.TempDir()
	mustRun(t, "sf95", path, "--claimant", "lucía ramos", "--out", dir, "--format", "pdf")
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 || entries[0].Name() != "claim-letter-lucia-ramos.pdf" {
		t.Errorf("--claimant by name: got %v", entries)
	}
	if _, _, code := runCLI(t, "sf95", path, "--claimant", "9", "--out", t.TempDir()); code != exitUsage {
		t.Errorf("--claimant 9 of 3: exit %d, want %d", code, exitUsage)
	}
}

func TestSF95UnknownAgencyListsTheKnownOnes(t *testing.T) {
	path := writeCase(t, "case.yaml", strings.Replace(minimal, "agency: ICE", "agency: FBI", 1))
	_, errs, code := runCLI(t, "sf95", path, "--out", t.TempDir())
	if code != exitData || !strings.Contains(errs, "ice") || !strings.Contains(errs, "ftca.agency_office") {
		t.Errorf("exit %d; want %d and a message listing the known agencies:\n%s", code, exitData, errs)
	}
}
