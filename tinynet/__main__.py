"""Run the command line: ``python3 -m tinynet`` tells the tutorial's story; ``--help`` lists the commands."""

import sys

from tinynet.cli import main

if __name__ == "__main__":
    sys.exit(main())
