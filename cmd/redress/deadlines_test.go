package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestDeadlinesPerClaimant: each claimant's SF-95 is received on its own
// day, so `deadlines` shows each claimant's own first permitted day to sue.
// Dates by hand: received 2025-08-31, six months end on February 31,
// which does not exist, so they end on March 1 and suit is allowed from
// March 2, 2026; received 2025-09-02, suit from March 3, 2026.
func TestDeadlinesPerClaimant(t *testing.T) {
	data, err := os.ReadFile("../../samples/california-nguyen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "presented_on: null", "presented_on: 2025-09-02", 1)
	if text == string(data) {
		t.Fatal("the sample's presented_on line has changed")
	}
	// The second claimant's claim was received two days earlier.
	text = strings.Replace(text, "    injury: >-\n      Bruises", "    ftca: {presented_on: 2025-08-31}\n    injury: >-\n      Bruises", 1)
	if !strings.Contains(text, "ftca: {presented_on: 2025-08-31}") {
		t.Fatal("could not give the second claimant her own date")
	}
	path := writeCase(t, "case.yaml", text)
	out := mustRun(t, "deadlines", path, "--as-of", "2026-11-27")
	for _, want := range []string{"\nNguyễn Văn Ân\n", "March 3, 2026", "\nNguyễn Ngọc Mai\n", "March 2, 2026"} {
		if !strings.Contains(out, want) {
			t.Errorf("deadlines lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "March 3, 2026") > strings.Index(out, "Nguyễn Ngọc Mai") {
		t.Errorf("the father's date is not in his table:\n%s", out)
	}

	var js struct {
		Groups []struct {
			Claimants []string
			Deadlines []struct{ Kind, Date string }
		}
	}
	if err := json.Unmarshal([]byte(mustRun(t, "deadlines", path, "--as-of", "2026-11-27", "--json")), &js); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, g := range js.Groups {
		for _, d := range g.Deadlines {
			if d.Kind == "ftca_deemed_denial" {
				got[strings.Join(g.Claimants, ",")] = d.Date
			}
		}
	}
	if got["Nguyễn Văn Ân"] != "2026-03-03" || got["Nguyễn Ngọc Mai"] != "2026-03-02" {
		t.Errorf("deemed-denial dates by claimant = %v", got)
	}
}
