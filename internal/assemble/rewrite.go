package assemble

import "text/template/parse"

// addLit appends a "lit" command to the pipeline of every action that
// prints, throughout the tree. Actions that only declare or assign a
// variable ({{ $x := ... }}) print nothing and are left alone.
func addLit(n parse.Node) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return
		}
		for _, c := range x.Nodes {
			addLit(c)
		}
	case *parse.ActionNode:
		if len(x.Pipe.Decl) > 0 {
			return
		}
		x.Pipe.Cmds = append(x.Pipe.Cmds, &parse.CommandNode{
			NodeType: parse.NodeCommand,
			Pos:      x.Pos,
			Args:     []parse.Node{parse.NewIdentifier("lit").SetTree(nil).SetPos(x.Pos)},
		})
	case *parse.IfNode:
		addLit(x.List)
		addLit(x.ElseList)
	case *parse.RangeNode:
		addLit(x.List)
		addLit(x.ElseList)
	case *parse.WithNode:
		addLit(x.List)
		addLit(x.ElseList)
	}
}
