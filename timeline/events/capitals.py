"""The capital letters a name may open with: ASCII's and Latin-1's, so that a name such as
'Gunnar Þórsson', 'Émile Zola' or 'Östen Lind' is found as 'Sam Lee' is."""

CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
