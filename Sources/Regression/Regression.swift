// The Regression module; see DESIGN.md.
