"""Developer tools: quality gates, packaging and the translation pipeline (run with -m)."""
