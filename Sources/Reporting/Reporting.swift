// The Reporting module; see DESIGN.md.
