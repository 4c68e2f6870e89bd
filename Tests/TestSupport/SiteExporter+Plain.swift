import Export

extension SiteExporter {
  /// The lessons rendered one after the other: the plain twin of `renderedConcurrently()`.
  public func renderedPlain() -> [HTMLRenderer.Page] {
    lessons.map { HTMLRenderer.render($0, work: work, options: options) }
  }
}
