// Package casefile reads a case file (YAML, TOML or JSON; schema 1 of
// shared/design/casefile.md) into a validated Case.
//
// Its place in the pipeline: it is the first stage. Everything after it
// (law, assemble, the writers) sees only the typed, validated, NFC-normalised
// Case and never the file. Every data error in a file is reported in one
// run, each with file:line:col, the key path and what would be right.
//
// How a file is read: each format is parsed into one generic tree that
// keeps the position of every key and value (yamltree.go, tomltree.go,
// jsontree.go); environment overrides (REDRESS_MATTER_AS_OF, ...) are laid
// over the tree as strings (env.go); the tree is decoded strictly into
// Case by its `key` tags, with no weak typing (decode.go, scalar.go), text
// is normalised and checked against the document font (normalize.go); and
// the schema's rules are checked last (validate.go). The three formats
// meet in the tree, so a key, a type or a rule behaves the same in all of
// them.
package casefile
