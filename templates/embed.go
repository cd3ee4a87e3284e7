// Package templates holds redress's built-in templates and data as files,
// embedded in the binary. A folder given with --templates overrides any of
// them by name (see assemble.Overlay); "redress templates export" copies
// them out for an office to change.
package templates

import "embed"

// FS is the built-in templates: letter/<language>.md for advisory
// letters, init/case.yaml for "redress init".
//
//go:embed letter init
var FS embed.FS
