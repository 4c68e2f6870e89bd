import Course

/// The course at a glance (placeholder until the renderer lands).
public enum CourseOverview {
  public static func render(_ catalog: Catalog, style: TerminalStyle) -> String {
    var lines = ["Primer: build a transformer, one piece at a time", ""]
    for lesson in catalog.lessons {
      lines.append("  \(lesson.order)  \(lesson.title): \(lesson.metadata.summary)")
    }
    lines.append("")
    lines.append("Next: primer read 1")
    return lines.joined(separator: "\n") + "\n"
  }
}
