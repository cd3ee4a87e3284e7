package blocks

import (
	"fmt"
	"strings"
	"text/template"

	"redress/internal/civil"
	"redress/internal/law"
	"redress/internal/money"
)

// Funcs are the functions every template may call. Their results print
// literally, like any value.
func Funcs(f law.Facts) template.FuncMap {
	return template.FuncMap{
		// date writes a date as "March 14, 2027"; an unset date prints "".
		"date": func(d civil.Date) string { return d.English() },
		// money writes an amount as "$1,850.00".
		"money": func(m money.Money) string { return m.String() },
		// time writes a time of day as "6:40 A.M.".
		"time": func(t civil.TimeOfDay) string { return t.String() },
		// deadline returns the client's deadline of a kind, or nil.
		"deadline": func(kind string) *law.Deadline {
			for i := range f.Deadlines {
				if string(f.Deadlines[i].Kind) == kind {
					return &f.Deadlines[i]
				}
			}
			return nil
		},
		// plural chooses the singular or the plural by the count.
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"join":   strings.Join,
		"upper":  strings.ToUpper,
		"lower":  strings.ToLower,
		"printf": fmt.Sprintf,
	}
}
