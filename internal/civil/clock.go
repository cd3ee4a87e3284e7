package civil

import (
	"fmt"
	"strconv"
	"strings"
)

// TimeOfDay is a wall-clock time without a date or zone. Set is false
// when the case file gave no time.
type TimeOfDay struct {
	Hour, Minute int
	Set          bool
}

// ParseTimeOfDay reads "HH:MM" (24-hour) or "h:mm AM" / "h:mm PM".
func ParseTimeOfDay(s string) (TimeOfDay, error) {
	bad := fmt.Errorf("%q is not a time: write HH:MM (24-hour, e.g. 06:40 or 18:05) or h:mm AM/PM (e.g. 6:40 AM)", s)
	t := strings.TrimSpace(strings.ToUpper(s))
	ampm := ""
	for _, suf := range []string{"AM", "PM", "A.M.", "P.M."} {
		if strings.HasSuffix(t, suf) {
			ampm = suf[:1]
			t = strings.TrimSpace(strings.TrimSuffix(t, suf))
			break
		}
	}
	hs, ms, ok := strings.Cut(t, ":")
	if !ok || len(ms) != 2 || len(hs) < 1 || len(hs) > 2 {
		return TimeOfDay{}, bad
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || m < 0 || m > 59 || h < 0 {
		return TimeOfDay{}, bad
	}
	switch ampm {
	case "":
		if h > 23 || len(hs) != 2 {
			return TimeOfDay{}, bad
		}
	default:
		if h < 1 || h > 12 {
			return TimeOfDay{}, bad
		}
		h %= 12
		if ampm == "P" {
			h += 12
		}
	}
	return TimeOfDay{Hour: h, Minute: m, Set: true}, nil
}

// String formats the time as the SF-95 expects: "6:40 A.M.".
func (t TimeOfDay) String() string {
	if !t.Set {
		return ""
	}
	h, suf := t.Hour%12, "A.M."
	if h == 0 {
		h = 12
	}
	if t.Hour >= 12 {
		suf = "P.M."
	}
	return fmt.Sprintf("%d:%02d %s", h, t.Minute, suf)
}
