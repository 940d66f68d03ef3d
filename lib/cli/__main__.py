"""`python -m lib.cli`: run the command line."""

import sys

from lib.cli.main import main

sys.exit(main())
