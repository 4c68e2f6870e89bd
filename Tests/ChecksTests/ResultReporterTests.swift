import Testing

@testable import Checks

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

@Suite struct ResultReporterTests {
  @Test func recordsAreEscapedAndCounted() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let reporter = ResultReporter(nonce: "n0", descriptor: descriptors[1])
    reporter.report(check: "a\tb", passed: false, detail: "line 1\nline 2 \\")
    reporter.report(mistake: "no-max-shift")
    reporter.finish()
    close(descriptors[1])
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(descriptors[0], &buffer, buffer.count)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    close(descriptors[0])
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "n0\tcheck\ta\\tb\tfail\tline 1\\nline 2 \\\\\nn0\tmistake\tno-max-shift\nn0\tend\t1\n")
  }
}
