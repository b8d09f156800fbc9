"""The built-in recognizers: patterns, names, structure, addresses and the statistical NER."""
