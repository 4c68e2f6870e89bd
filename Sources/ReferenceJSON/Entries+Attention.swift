// The attention part of the reference library behind `primer ref` (filled in on its own branch).

/// Entries for attention, multi-head attention, positional encoding, layer norm and transformer
/// blocks.
let attentionEntries: [ReferenceFunction] = []
