"""Limits shared by the pipeline and the batch runner (a module light enough for the parent process)."""

# Largest input read by default: real news pages are well under 5 MB; 20 MB leaves room for
# pages with inlined assets while bounding a worker's memory (the pipeline holds a few copies).
# Change it with --max-size or Options.max_bytes.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
