import Reference

extension PictureSpec.Tokenization {
  /// The text's length in tokens after each merge that byte-level BPE learns from it
  /// (`BytePairEncoding.train`), from its bytes (0 merges) to the last merge learned.
  ///
  /// Training may stop before `merges` when no pair is left; the curve then ends there.
  func picture() -> LineChart {
    let learned = BytePairEncoding.train(text, vocabularySize: 256 + merges)
    var ids = text.utf8.map(Int.init)
    var points = [Point(x: 0, y: Double(ids.count))]
    for (index, merge) in learned.enumerated() {
      ids = BytePairEncoding.apply(merge, id: 256 + index, to: ids)
      points.append(Point(x: Double(index + 1), y: Double(ids.count)))
    }
    return LineChart(
      series: [Series(label: "tokens", points: points)],
      xAxis: .linear(label: "merges learned", lower: 0, upper: Double(merges), roundedOut: false),
      yAxis: .linear(
        label: "tokens", lower: 0, upper: Double(text.utf8.count), roundedOut: true))
  }
}
