package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// verdictCase is a case file with what each drafting command is expected
// to do with it (0 when a kind is not listed).
type verdictCase struct {
	name  string
	path  string
	flags []string
	want  map[string]int
}

// verdictCases are every bundled sample, which every command drafts, and
// cases each command must refuse or cannot draft.
func verdictCases(t *testing.T) []verdictCase {
	t.Helper()
	var cs []verdictCase
	for _, p := range append(samples(t), "../../samples/letterhead/case.yaml") {
		cs = append(cs, verdictCase{name: p, path: p})
	}
	nguyen, err := os.ReadFile("../../samples/california-nguyen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	noDistrict := regexp.MustCompile(`(?m)^  district: .*$`).ReplaceAllString(string(nguyen), `  district: ""`)
	if noDistrict == string(nguyen) {
		t.Fatal("the California sample has no court.district to remove")
	}
	// The California claim was never presented: an FTCA count is premature.
	premature := strings.Replace(string(nguyen), "  counts:\n", "  counts:\n    - ftca_battery\n", 1)
	noSum := strings.Replace(minimal, "    damages: {property: 100, personal_injury: 2500.50}\n", "", 1)
	unknownAgency := strings.Replace(minimal, "agency: ICE", "agency: FBI", 1)
	cs = append(cs,
		// minimal has no court, no count: no complaint.
		verdictCase{name: "minimal", path: writeCase(t, "minimal.yaml", minimal), want: map[string]int{"complaint": exitData}},
		verdictCase{name: "no sum certain", path: writeCase(t, "nosum.yaml", noSum), want: map[string]int{"sf95": exitRefused, "complaint": exitData}},
		verdictCase{name: "no district", path: writeCase(t, "nodistrict.yaml", noDistrict), want: map[string]int{"complaint": exitData}},
		verdictCase{name: "premature FTCA count", path: writeCase(t, "premature.yaml", premature), want: map[string]int{"complaint": exitRefused}},
		verdictCase{name: "premature FTCA count allowed", path: writeCase(t, "premature2.yaml", premature), flags: []string{"--allow-premature"}},
		verdictCase{name: "unknown agency", path: writeCase(t, "fbi.yaml", unknownAgency), want: map[string]int{"sf95": exitData, "complaint": exitData}},
	)
	return cs
}

// TestValidateAgreesWithTheCommands runs, for each case and each kind,
// 'validate --for KIND' and the command itself, and compares: the exit
// code, and every problem, warning and note the command prints appears
// in validate's report.
func TestValidateAgreesWithTheCommands(t *testing.T) {
	for _, vc := range verdictCases(t) {
		t.Run(vc.name, func(t *testing.T) {
			worst := 0
			for _, kind := range documentKinds {
				vout, verrs, vcode := runCLI(t, append([]string{"validate", vc.path, "--for", kind}, vc.flags...)...)
				args := []string{kind, vc.path, "--out", filepath.Join(t.TempDir(), "out"), "--format", "pdf"}
				if kind == "complaint" {
					args = append(args, vc.flags...)
				}
				_, cerrs, ccode := runCLI(t, args...)
				if ccode != vc.want[kind] {
					t.Errorf("redress %s: exit %d, want %d\n%s", kind, ccode, vc.want[kind], cerrs)
				}
				if vcode != ccode {
					t.Errorf("validate --for %s: exit %d; redress %s: exit %d\nvalidate:\n%s%s\n%s:\n%s", kind, vcode, kind, ccode, vout, verrs, kind, cerrs)
				}
				if ok := strings.Contains(vout, "\n"+kind+": ok ("); ok != (ccode == 0) {
					t.Errorf("validate --for %s says ok: %v; the command exits %d:\n%s", kind, ok, ccode, vout)
				}
				for _, line := range strings.Split(cerrs, "\n") {
					if strings.HasPrefix(line, vc.path+":") || strings.HasPrefix(line, "warning: ") || strings.HasPrefix(line, "note: ") {
						if !strings.Contains(vout, line) {
							t.Errorf("redress %s prints %q; validate --for %s does not:\n%s", kind, line, kind, vout)
						}
					}
				}
				worst = max(worst, rankOf(ccode))
			}
			// Without --for: every kind, and the code of the worst.
			_, _, code := runCLI(t, append([]string{"validate", vc.path}, vc.flags...)...)
			if want := []int{exitOK, exitRefused, exitData}[worst]; code != want {
				t.Errorf("validate: exit %d, want %d", code, want)
			}
		})
	}
}

// rankOf orders exit codes as validate's help says: a refusal is worse
// than success, missing data worse than a refusal.
func rankOf(code int) int {
	switch code {
	case exitRefused:
		return 1
	case exitData:
		return 2
	}
	return 0
}

func TestValidateReportsEachKind(t *testing.T) {
	noSum := strings.Replace(minimal, "    damages: {property: 100, personal_injury: 2500.50}\n", "", 1)
	path := writeCase(t, "case.yaml", noSum)
	out, errs, code := runCLI(t, "validate", path)
	if code != exitData {
		t.Fatalf("exit %d, want %d (a complaint lacking data outranks a refused SF-95)\n%s%s", code, exitData, out, errs)
	}
	for _, want := range []string{
		path + ": the case file is valid (matter TEST-1, 1 claimant)\n",
		"letter: ok (1 letter)\n",
		"sf95: REFUSED ('redress sf95' would refuse it, exit 4):\n  " + path + ":",
		": claimants[0].damages: Nguyễn Văn Ân: the claim states no sum certain",
		"complaint: cannot be drafted: the case file lacks what it needs (exit 65):\n",
		": court.district: a complaint needs the district court",
		": complaint.counts: a complaint needs at least one count",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("validate's report lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "not every document can be drafted: sf95 (refused), complaint (data missing)") {
		t.Errorf("stderr: %s", errs)
	}
}

func TestValidateFor(t *testing.T) {
	noSum := strings.Replace(minimal, "    damages: {property: 100, personal_injury: 2500.50}\n", "", 1)
	path := writeCase(t, "case.yaml", noSum)
	for _, tc := range []struct {
		kinds string
		code  int
		lines []string // the report's lines after the first, by their start
	}{
		{"letter", exitOK, []string{"letter: ok"}},
		{"sf95", exitRefused, []string{"sf95: REFUSED", "  " + path}},
		{"complaint , LETTER", exitData, []string{"letter: ok", "complaint: cannot be drafted", "  " + path, "  " + path}},
		{"letter,sf95", exitRefused, []string{"letter: ok", "sf95: REFUSED", "  " + path}},
	} {
		out, errs, code := runCLI(t, "validate", path, "--for", tc.kinds)
		if code != tc.code {
			t.Errorf("--for %q: exit %d, want %d\n%s%s", tc.kinds, code, tc.code, out, errs)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")[1:]
		if len(lines) != len(tc.lines) {
			t.Errorf("--for %q: %d lines after the first, want %d:\n%s", tc.kinds, len(lines), len(tc.lines), out)
			continue
		}
		for i, l := range lines {
			if !strings.HasPrefix(l, tc.lines[i]) {
				t.Errorf("--for %q: line %d is %q, want it to start %q", tc.kinds, i+2, l, tc.lines[i])
			}
		}
	}
	// An unknown kind is a usage error, found before the file is read.
	for _, bad := range []string{"pdf", "letter,sf-95"} {
		_, errs, code := runCLI(t, "validate", filepath.Join(t.TempDir(), "missing.yaml"), "--for", bad)
		if code != exitUsage || !strings.Contains(errs, "use letter, sf95, complaint") {
			t.Errorf("--for %q: exit %d, want %d with the kinds:\n%s", bad, code, exitUsage, errs)
		}
	}
}

// TestValidateReportsDeadlineWarningsOnce: the Texas sample's Bivens
// date is 56 days after its as-of date; every drafting command warns of
// it, validate once.
func TestValidateReportsDeadlineWarningsOnce(t *testing.T) {
	out := mustRun(t, "validate", "../../samples/texas-wrongful-death.yaml")
	const w = "warning: soon: Only 56 days left: You must FILE any lawsuit against the officers themselves (Bivens) by January 22, 2027."
	if strings.Count(out, w) != 1 {
		t.Errorf("want the Bivens warning once:\n%s", out)
	}
	// Two weeks later, it is 42 days.
	out = mustRun(t, "validate", "../../samples/texas-wrongful-death.yaml", "--as-of", "2026-12-11")
	if !strings.Contains(out, "Only 42 days left") {
		t.Errorf("--as-of 2026-12-11:\n%s", out)
	}
}
