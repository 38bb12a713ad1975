"""One module per namespace; each is a thin declaration over the generated endpoints."""
