// The Education module; see DESIGN.md.
