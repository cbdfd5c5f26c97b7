"""Run the command line: ``python3 -m tinynet`` tells the tutorial's story; ``--help`` lists the commands."""

import sys

from tinynet.cli import main

sys.exit(main())
