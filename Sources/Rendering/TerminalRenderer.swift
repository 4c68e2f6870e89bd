// Terminal rendering of the lesson model.
