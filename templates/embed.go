// Package templates holds redress's built-in templates and data as files,
// embedded in the binary. A folder given with --templates overrides any of
// them by name (see assemble.Overlay).
package templates

import "embed"

// FS is the built-in templates: letter/<language>.md for advisory
// letters, claim-letter/en.md for the SF-95 presentment letter,
// init/case.yaml for "redress init", lang/<language>.yaml for the words
// and formats of each language's letter.
//
//go:embed letter claim-letter complaint init lang
var FS embed.FS
