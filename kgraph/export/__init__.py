"""Export: RDF (Turtle, N-Triples, JSON-LD), the events table, GraphML and the HTML page."""
