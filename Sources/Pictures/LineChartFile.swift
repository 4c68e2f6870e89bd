/// A line chart as bytes, for `TrainingCurveStore`: a small binary format read back bit for bit,
/// because decoding the same chart from JSON cost more than the rest of showing a lesson.
///
/// Layout, all integers little-endian:
///
///     "PRIMERLC" · version u32 (1) · x axis · y axis · series count u32 · series…
///     axis   = label · lower f64 · upper f64 · scale u8 (0 linear, 1 log) · tick count u32 · ticks…
///     tick   = value f64 · label
///     series = label · point count u32 · (x f64 · y f64)…
///     label  = byte count u32 · UTF-8 bytes
///
/// A `f64` is the `Double`'s bit pattern, so NaN and infinities survive. Reading checks every
/// count against the bytes left and every axis against `Axis`'s rules, and returns nil for
/// anything else: a file from another version, cut short, or with trailing bytes.
enum LineChartFile {
  static let magic = Array("PRIMERLC".utf8)
  static let version: UInt32 = 1

  /// The bytes of `chart`.
  static func encode(_ chart: LineChart) -> [UInt8] {
    var writer = Writer()
    writer.bytes += magic
    writer.u32(version)
    writer.axis(chart.xAxis)
    writer.axis(chart.yAxis)
    writer.u32(UInt32(chart.series.count))
    for series in chart.series {
      writer.string(series.label)
      writer.u32(UInt32(series.points.count))
      for point in series.points {
        writer.f64(point.x)
        writer.f64(point.y)
      }
    }
    return writer.bytes
  }

  /// The chart `bytes` hold, or nil when they are not a whole, valid chart of this version.
  static func decode(_ bytes: [UInt8]) -> LineChart? {
    var reader = Reader(bytes: bytes)
    guard reader.take(magic.count) == magic[...], reader.u32() == version,
      let xAxis = reader.axis(), let yAxis = reader.axis(), let count = reader.count(minimumSize: 8)
    else { return nil }
    var series: [Series] = []
    series.reserveCapacity(count)
    for _ in 0..<count {
      guard let label = reader.string(), let points = reader.count(minimumSize: 16) else {
        return nil
      }
      var values: [Point] = []
      values.reserveCapacity(points)
      for _ in 0..<points {
        guard let x = reader.f64(), let y = reader.f64() else { return nil }
        values.append(Point(x: x, y: y))
      }
      series.append(Series(label: label, points: values))
    }
    guard reader.isAtEnd else { return nil }
    return LineChart(series: series, xAxis: xAxis, yAxis: yAxis)
  }

  private struct Writer {
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) {
      for shift in stride(from: 0, to: 32, by: 8) {
        bytes.append(UInt8(truncatingIfNeeded: value >> shift))
      }
    }

    mutating func f64(_ value: Double) {
      let bits = value.bitPattern
      for shift in stride(from: 0, to: 64, by: 8) {
        bytes.append(UInt8(truncatingIfNeeded: bits >> shift))
      }
    }

    mutating func string(_ value: String) {
      let utf8 = Array(value.utf8)
      u32(UInt32(utf8.count))
      bytes += utf8
    }

    mutating func axis(_ axis: Axis) {
      string(axis.label)
      f64(axis.lower)
      f64(axis.upper)
      bytes.append(axis.scale == .linear ? 0 : 1)
      u32(UInt32(axis.ticks.count))
      for tick in axis.ticks {
        f64(tick.value)
        string(tick.label)
      }
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
      guard count >= 0, bytes.count - offset >= count else { return nil }
      defer { offset += count }
      return bytes[offset..<offset + count]
    }

    mutating func u32() -> UInt32? {
      guard let slice = take(4) else { return nil }
      return slice.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func f64() -> Double? {
      guard let slice = take(8) else { return nil }
      return Double(bitPattern: slice.reversed().reduce(0) { $0 << 8 | UInt64($1) })
    }

    /// A count of items of at least `minimumSize` bytes each, when that many bytes are left.
    mutating func count(minimumSize: Int) -> Int? {
      guard let value = u32().map(Int.init), value <= (bytes.count - offset) / minimumSize else {
        return nil
      }
      return value
    }

    mutating func string() -> String? {
      guard let length = count(minimumSize: 1), let slice = take(length) else { return nil }
      return String(validating: slice, as: UTF8.self)
    }

    mutating func axis() -> Axis? {
      guard let label = string(), let lower = f64(), let upper = f64(), let scaleByte = take(1),
        let ticks = count(minimumSize: 12)
      else { return nil }
      let scale: Axis.Scale
      switch scaleByte.first {
      case 0: scale = .linear
      case 1: scale = .logarithmic
      default: return nil
      }
      // `Axis.init`'s own preconditions, checked here so a bad file is refused, not fatal.
      guard lower.isFinite, upper.isFinite, lower < upper, scale == .linear || lower > 0 else {
        return nil
      }
      var marks: [Axis.Tick] = []
      for _ in 0..<ticks {
        guard let value = f64(), let text = string() else { return nil }
        marks.append(Axis.Tick(value: value, label: text))
      }
      return Axis(label: label, lower: lower, upper: upper, scale: scale, ticks: marks)
    }
  }
}
