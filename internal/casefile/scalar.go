package casefile

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"redress/internal/civil"
	"redress/internal/money"
)

// scalar decodes a single value into v. There is no weak typing: "1" is
// not true, 5 is not text and "1850" is money only because money may be
// written either way. The one exception is a value from the environment,
// which is always a string and is read as the key's type.
func (d *decoder) scalar(path string, n *node, v reflect.Value) {
	if n.kind == kindNull {
		return // null means "not given"
	}
	t := v.Type()
	var msg string
	switch t {
	case dateType:
		msg = setDate(n, v)
	case timeType:
		msg = setTime(n, v)
	case moneyType:
		msg = setMoney(n, v)
	default:
		switch t.Kind() {
		case reflect.String:
			msg = d.setString(path, n, v)
		case reflect.Int:
			msg = setInt(n, v)
		case reflect.Bool:
			msg = setBool(n, v)
		}
	}
	switch msg {
	case "":
	case errWrongType:
		d.wrongType(path, n, t)
	default:
		d.fail(path, n, "%s", msg)
	}
}

// errWrongType is returned by the setters when the value's kind does not
// fit at all; the decoder words that message itself.
const errWrongType = "\x00wrong type"

// setString sets text. A character that cannot be printed is reported
// here, at the character's own position, and "" returned.
func (d *decoder) setString(path string, n *node, v reflect.Value) string {
	switch n.kind {
	case kindString:
	case kindInt, kindFloat:
		// A number where text belongs loses what the user wrote: ZIP
		// 02134 becomes 2134, a phone number becomes arithmetic.
		switch lastKey(path) {
		case "zip":
			return fmt.Sprintf("write the ZIP code in quotes, %q: as a number it can lose its leading zeros", n.text)
		case "phone":
			return fmt.Sprintf("write the phone number in quotes, %q: a phone number is text, not a number", n.text)
		}
		return fmt.Sprintf("expected text, got the number %s; if it is meant as text, put it in quotes: %q", n.text, n.text)
	default:
		return errWrongType
	}
	msg, length := checkLength(path, n.text)
	if msg != "" {
		return msg
	}
	d.text.add(path, length)
	if !visible(n.text) {
		// Spaces, a non-breaking space, a zero-width space: nothing a
		// reader would see, so nothing given (visible.go). Which
		// invisible characters they are does not matter.
		if n.text != "" {
			d.invisible[path] = true
		}
		return ""
	}
	s, msg, bad := cleanText(n.text, !notPrinted[genericPath(path)])
	if msg != "" {
		// Point at the character itself when it is written literally:
		// in a long block of text, the line of the text's start says
		// little.
		if at, ok := d.c.lines.find(n.pos, bad); ok && n.env == "" && n.cell == nil {
			d.failed[path] = true
			d.c.at(at, path, "%s", msg)
			return ""
		}
		return msg
	}
	v.SetString(s)
	return ""
}

func setInt(n *node, v reflect.Value) string {
	text := n.text
	switch {
	case n.kind == kindInt:
	case n.kind == kindString && n.env != "":
	default:
		return errWrongType
	}
	i, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(text), "_", ""), 10, 64)
	if err != nil || int64(int(i)) != i {
		return fmt.Sprintf("expected a whole number, got %q", text)
	}
	v.SetInt(i)
	return ""
}

func setBool(n *node, v reflect.Value) string {
	switch {
	case n.kind == kindBool:
		v.SetBool(n.b)
		return ""
	case n.kind == kindString && n.env != "" && (n.text == "true" || n.text == "false"):
		v.SetBool(n.text == "true")
		return ""
	}
	return errWrongType
}

func setDate(n *node, v reflect.Value) string {
	switch n.kind {
	case kindString, kindDate:
	case kindDateTime:
		return fmt.Sprintf("expected a date (YYYY-MM-DD) without a time, got %s", n.text)
	default:
		return errWrongType
	}
	dt, err := civil.ParseDate(strings.TrimSpace(n.text))
	if err != nil {
		return err.Error()
	}
	if msg := dateRange(dt); msg != "" {
		return msg
	}
	v.Set(reflect.ValueOf(dt))
	return ""
}

func setTime(n *node, v reflect.Value) string {
	text := n.text
	switch n.kind {
	case kindString:
	case kindTime:
		// TOML writes 06:40:00; a case file records minutes.
		if len(text) > 5 {
			if strings.Trim(text[5:], ":0.") != "" {
				return fmt.Sprintf("%s has seconds; write the time to the minute, as HH:MM", text)
			}
			text = text[:5]
		}
	default:
		return errWrongType
	}
	tod, err := civil.ParseTimeOfDay(text)
	if err != nil {
		return err.Error()
	}
	v.Set(reflect.ValueOf(tod))
	return ""
}

func setMoney(n *node, v reflect.Value) string {
	var m money.Money
	var err error
	switch n.kind {
	case kindString:
		m, err = money.Parse(n.text)
	case kindInt, kindFloat:
		m, err = moneyLiteral(n.text)
	default:
		return errWrongType
	}
	if err != nil {
		// money's messages either quote the value and say what would be
		// right, or are short ("must not be negative") and need both.
		msg := err.Error()
		if !strings.Contains(msg, `"`) {
			msg += fmt.Sprintf(" (got %s); write an amount such as 1850.50", n.text)
		}
		return msg
	}
	v.Set(reflect.ValueOf(m))
	return ""
}

// moneyLiteral reads a number as written in the file. The literal, not a
// float64, is what is parsed, so 1850.005 is caught rather than rounded;
// only exponent forms (1e3) go through a float.
func moneyLiteral(lit string) (money.Money, error) {
	s := strings.TrimPrefix(strings.ReplaceAll(lit, "_", ""), "+")
	low := strings.ToLower(strings.TrimPrefix(s, "-"))
	switch {
	case strings.Contains(low, "inf") || strings.Contains(low, "nan"):
		return 0, errors.New("is not an amount of money")
	case strings.HasPrefix(low, "0x") || strings.HasPrefix(low, "0o") || strings.HasPrefix(low, "0b"):
		i, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			return 0, errors.New("is not an amount of money")
		}
		return money.Parse(strconv.FormatInt(i, 10))
	case strings.ContainsAny(low, "e"):
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, errors.New("is not an amount of money")
		}
		return money.FromFloat(f)
	}
	return money.Parse(s)
}
