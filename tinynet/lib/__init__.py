"""The NumPy-named functions, one concept per module, built on the array core."""
