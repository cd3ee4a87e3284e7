// Package blocks builds what every template shares: the named layout
// blocks that templates place and Markdown cannot express (a firm's
// letterhead, an address block, a signature block, deadline warnings),
// and the function set (date, money, deadline, plural, ...).
//
// Its place in the pipeline: document builders (letter, sf95's claim
// letter, later the complaint) hand these to assemble as the functions
// their templates call, so every document sets a letterhead or a
// signature the same way.
package blocks
