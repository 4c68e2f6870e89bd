// The lesson model: lessons, blocks, inlines and math.
