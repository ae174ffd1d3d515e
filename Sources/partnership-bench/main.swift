print("partnership-bench: not built yet")
