"""PDF → ParsedPaper: page text, sentences with page and bbox, sections (PyMuPDF)."""
