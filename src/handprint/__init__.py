"""handprint: YAML content specs to print-ready PDFs with hand-drawn illustrations."""
