// The command line; see DESIGN.md.
