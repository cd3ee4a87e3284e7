package law

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml"
)

// The legal data that changes (limitations periods, claims offices) lives
// in YAML files embedded in the binary, so a lawyer can correct a row
// without reading Go. The files are decoded
// strictly: a misspelt key is an error, not a silently ignored row field,
// because a dropped "until" date would quietly change a deadline.

// decodeStrict decodes one embedded YAML file into v, rejecting unknown
// and duplicate keys.
func decodeStrict(file string, data []byte, v any) error {
	if err := yaml.UnmarshalWithOptions(data, v, yaml.Strict()); err != nil {
		return fmt.Errorf("internal/law/%s: %w", file, err)
	}
	return nil
}

// CheckData loads and validates every embedded data file and reports all
// problems. The lookups (Limitations, Agency) panic on bad data instead,
// since the files are compiled in and the tests load them; a command that
// wants a friendly message can call CheckData first.
func CheckData() error {
	_, lerr := limitationsTable()
	_, aerr := agencyTable()
	return errors.Join(lerr, aerr)
}
