"""The HTML report: templates, the SVG chart and the static site (needs the ``html`` extra)."""
