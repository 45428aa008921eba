"""The tests of minsheng; a package so that they share strategies."""
