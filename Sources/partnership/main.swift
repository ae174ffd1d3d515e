print("partnership: not built yet")
