// The Distributions module; see DESIGN.md.
