import Base
/// A date as `YYYY<sep>MM<sep>DDTHHMMSSZ` in UTC, to the second (the time rounded to the millisecond
/// and then a fraction dropped, as Foundation's `DateFormatter` does), written with `gmtime_r` since Foundation's
/// formatters are not in FoundationEssentials.
enum UTCStamp {
  /// `20261129T030512Z` (`dateSeparator: ""`) or `2026-11-29T030512Z` (`"-"`).
  static func string(_ date: Date, dateSeparator: String) -> String {
    var seconds = time_t(UTCStamp.seconds(date))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return padded(Int(parts.tm_year) + 1900, 4) + dateSeparator + padded(Int(parts.tm_mon) + 1, 2)
      + dateSeparator + padded(Int(parts.tm_mday), 2) + "T" + padded(Int(parts.tm_hour), 2)
      + padded(Int(parts.tm_min), 2) + padded(Int(parts.tm_sec), 2) + "Z"
  }

  /// The whole seconds since 1970 of `date` rounded to the millisecond first, as
  /// `DateFormatter` (ICU) counts time in milliseconds.
  static func seconds(_ date: Date) -> Double {
    ((date.timeIntervalSince1970 * 1000).rounded() / 1000).rounded(.down)
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
