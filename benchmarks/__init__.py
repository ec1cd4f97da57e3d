"""Benchmarks of the temporal tagger: TempEval-3 Task A accuracy and tagging speed.

They take corpus paths as arguments and never ship a corpus (see README.md here).
"""
