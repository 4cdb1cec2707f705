"""Reports from stored state: Jinja2 templates in templates/ → Markdown, HTML, JSON, CSV."""
