from mesint.cli import main

main()
