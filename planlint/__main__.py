from planlint.cli import run

run()
