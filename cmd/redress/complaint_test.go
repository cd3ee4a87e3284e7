package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
)

func TestComplaintCommand(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, "complaint", "../../internal/complaint/testdata/three-plaintiffs.yaml", "--out", dir, "--pleading-paper")
	text := verify.PDF(t, filepath.Join(dir, "complaint.pdf"))
	verify.ContainsAll(t, "complaint.pdf", text, "UNITED STATES DISTRICT COURT", "WESTERN DISTRICT OF WASHINGTON",
		"COMPLAINT FOR DAMAGES", "DEMAND FOR JURY TRIAL", "Case No.", "Dated:")
	if _, err := os.Stat(filepath.Join(dir, "complaint.docx")); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "complaint", "--list-counts")
	for _, k := range []string{"bivens_excessive_force", "bivens_unlawful_seizure", "bivens_unlawful_entry", "ftca_assault",
		"ftca_battery", "ftca_false_arrest", "ftca_false_imprisonment", "ftca_negligence"} {
		if !strings.Contains(out, k) {
			t.Errorf("--list-counts lacks %s", k)
		}
	}
}

func TestComplaintRefusesAPrematureFTCASuit(t *testing.T) {
	// The California sample's claim was never presented.
	body, err := os.ReadFile("../../samples/california-nguyen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(body), "  counts:\n", "  counts:\n    - ftca_battery\n", 1)
	path := writeCase(t, "case.yaml", s)
	dir := filepath.Join(t.TempDir(), "out")
	_, errs, code := runCLI(t, "complaint", path, "--out", dir)
	if code != exitRefused || !strings.Contains(errs, "2675(a)") {
		t.Fatalf("exit %d, want %d with the exhaustion rule:\n%s", code, exitRefused, errs)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("a refused complaint must write nothing")
	}
	mustRun(t, "complaint", path, "--out", dir, "--allow-premature")
}
