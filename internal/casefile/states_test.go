package casefile

import (
	"strings"
	"testing"
)

func TestTerritoriesAccepted(t *testing.T) {
	for _, code := range []string{"PR", "VI", "GU", "MP", "AS"} {
		text := strings.Replace(ftcaCase("2026-01-10", "", "", ""), "  state: IL\n  agency", "  state: "+code+"\n  agency", 1)
		if _, err := LoadBytes("case.yaml", []byte(text), "yaml", Options{}); err != nil {
			t.Errorf("%s refused:\n%v", code, err)
		}
	}
	text := strings.Replace(ftcaCase("2026-01-10", "", "", ""), "  state: IL\n  agency", "  state: Puerto Rico\n  agency", 1)
	_, err := LoadBytes("case.yaml", []byte(text), "yaml", Options{})
	if ps := problemsOf(t, err); len(ps) != 1 || ps[0].Path != "incident.state" || !strings.Contains(ps[0].Msg, "write PR") {
		t.Errorf("Puerto Rico: %v", err)
	}
	if name, ok := StateName("MP"); !ok || name != "Northern Mariana Islands" {
		t.Errorf("StateName(MP) = %q %v", name, ok)
	}
	if _, ok := StateName("ZZ"); ok {
		t.Error("ZZ named")
	}
}
