"""The command line (``python3 -m tinynet``), the tutorial demo, trace, the progress bar and SVG plots."""

from tinynet.cli.main import main

__all__ = ["main"]
