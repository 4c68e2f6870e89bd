import Testing

@testable import ReferenceJSON

@Suite struct BadRequestTests {
  /// A request that must be refused, and the one line `primer ref` prints for it.
  struct BadRequest: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let name: String
    let input: String
    let message: String
  }

  static let linearArguments = "x: matrix [n, in], w: matrix [in, out], b: vector [out]"

  static let requests: [BadRequest] = [
    BadRequest(
      testDescription: "unknown name, close to one", name: "relux", input: #"{"x": [[1]]}"#,
      message: "primer ref: no function named `relux`; did you mean `relu`?"
        + " `primer ref --list` lists them all."),
    BadRequest(
      testDescription: "unknown name, far from all", name: "transformer_everything",
      input: #"{"x": [[1]]}"#,
      message: "primer ref: no function named `transformer_everything`;"
        + " `primer ref --list` lists them all."),
    BadRequest(
      testDescription: "empty stdin", name: "relu", input: "",
      message: "primer ref relu: stdin is empty; expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "blank stdin", name: "linear", input: " \n\t\n",
      message: "primer ref linear: stdin is empty; expected one JSON object {\(linearArguments)}."),
    BadRequest(
      testDescription: "unterminated object", name: "relu", input: #"{"x": [[1]]"#,
      message: "primer ref relu: stdin is not valid JSON (expected ',' or '}' in an object at"
        + " byte 11); expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "trailing comma", name: "relu", input: #"{"x": [[1],]}"#,
      message: "primer ref relu: stdin is not valid JSON (unexpected character ']' at byte 11);"
        + " expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "single quotes", name: "relu", input: "{'x': [[1]]}",
      message: "primer ref relu: stdin is not valid JSON (expected a quoted key at byte 1);"
        + " expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "bare NaN", name: "relu", input: #"{"x": [[NaN]]}"#,
      message: "primer ref relu: stdin is not valid JSON (unexpected character 'N' at byte 8);"
        + " expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "two objects", name: "relu", input: #"{"x": [[1]]} {}"#,
      message: "primer ref relu: stdin is not valid JSON (unexpected text after the JSON value"
        + " at byte 13); expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "number too large", name: "relu", input: #"{"x": [[1e400]]}"#,
      message: "primer ref relu: stdin is not valid JSON (number 1e400 is too large for a Double"
        + " at byte 8); expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "duplicate key", name: "relu", input: #"{"x": [[1]], "x": [[2]]}"#,
      message: "primer ref relu: stdin is not valid JSON (duplicate key \"x\" at byte 13);"
        + " expected one JSON object {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "not an object", name: "relu", input: "[[1, -2]]",
      message: "primer ref relu: stdin holds an array; expected one JSON object"
        + " {x: matrix [n, m]}."),
    BadRequest(
      testDescription: "missing argument", name: "linear",
      input: #"{"x": [[1, 2]], "w": [[1], [2]]}"#,
      message: "primer ref linear: missing argument `b`; expected b: vector [out]."),
    BadRequest(
      testDescription: "extra argument", name: "relu", input: #"{"x": [[1]], "inplace": true}"#,
      message: "primer ref relu: unexpected argument `inplace`; relu takes `x`."),
    BadRequest(
      testDescription: "misspelt argument", name: "linear",
      input: #"{"x": [[1, 2]], "w": [[1], [2]], "bias": [0]}"#,
      message: "primer ref linear: unexpected argument `bias`; linear takes `x`, `w`, `b`."),
    BadRequest(
      testDescription: "close argument name", name: "cross_entropy",
      input: #"{"logits": [[1, 2]], "target": [0]}"#,
      message: "primer ref cross_entropy: unexpected argument `target` (did you mean `targets`?);"
        + " cross_entropy takes `logits`, `targets`."),
    BadRequest(
      testDescription: "inner dimensions differ", name: "linear",
      input: #"{"x": [[1, 2, 3]], "w": [[1], [2]], "b": [0]}"#,
      message: "primer ref linear: `w` has shape [2, 1]; expected w: matrix [in, out]"
        + " with in = 3 from `x`."),
    BadRequest(
      testDescription: "bias of the wrong length", name: "linear",
      input: #"{"x": [[1, 2]], "w": [[1, 0], [2, 0]], "b": [0, 0, 0]}"#,
      message: "primer ref linear: `b` has shape [3]; expected b: vector [out]"
        + " with out = 2 from `w`."),
    BadRequest(
      testDescription: "shapes differ", name: "mse_loss",
      input: #"{"prediction": [[1, 2]], "target": [[1], [2]]}"#,
      message: "primer ref mse_loss: `target` has shape [2, 1]; expected target: matrix [n, m]"
        + " with n = 1 from `prediction`, m = 2 from `prediction`."),
    BadRequest(
      testDescription: "ragged rows", name: "relu", input: #"{"x": [[1, 2], [3]]}"#,
      message: "primer ref relu: `x` has ragged rows: row 0 has 2 numbers, row 1 has 1;"
        + " every row of a matrix needs the same length."),
    BadRequest(
      testDescription: "string in a matrix", name: "relu", input: #"{"x": [[1, "two"]]}"#,
      message: "primer ref relu: `x[0][1]` is the string \"two\"; expected a number"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "boolean in a matrix", name: "relu", input: #"{"x": [[true]]}"#,
      message: "primer ref relu: `x[0][0]` is the boolean true; expected a number"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "null in a matrix", name: "relu", input: #"{"x": [[null]]}"#,
      message: "primer ref relu: `x[0][0]` is null; expected a number (x: matrix [n, m])."),
    BadRequest(
      testDescription: "vector where a matrix belongs", name: "relu", input: #"{"x": [1, 2]}"#,
      message: "primer ref relu: `x[0]` is the number 1; expected a row, an array of numbers"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "number where a matrix belongs", name: "relu", input: #"{"x": 3}"#,
      message: "primer ref relu: `x` is the number 3; expected an array of rows"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "empty matrix", name: "relu", input: #"{"x": []}"#,
      message: "primer ref relu: `x` is an empty array; expected at least one row"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "empty row", name: "softmax", input: #"{"x": [[]]}"#,
      message: "primer ref softmax: `x[0]` is an empty row; expected at least one column"
        + " (x: matrix [n, m])."),
    BadRequest(
      testDescription: "matrix where a vector belongs", name: "linear",
      input: #"{"x": [[1, 2]], "w": [[1], [2]], "b": [[0]]}"#,
      message: "primer ref linear: `b[0]` is an array; expected a number (b: vector [out])."),
    BadRequest(
      testDescription: "empty vector", name: "linear",
      input: #"{"x": [[1, 2]], "w": [[1], [2]], "b": []}"#,
      message: "primer ref linear: `b` is an empty array; expected b: vector [out]."),
    BadRequest(
      testDescription: "string where a number belongs", name: "sgd_step",
      input: #"{"w": [[1]], "grad": [[1]], "learning_rate": "0.1"}"#,
      message: "primer ref sgd_step: `learning_rate` is the string \"0.1\"; expected"
        + " learning_rate: number."),
    BadRequest(
      testDescription: "fractional class index", name: "cross_entropy",
      input: #"{"logits": [[1, 2], [3, 4]], "targets": [0, 1.5]}"#,
      message: "primer ref cross_entropy: `targets[1]` is the number 1.5; expected an integer in"
        + " 0..<2 (targets: [n] integers in 0..<c with c = 2 from `logits`)."),
    BadRequest(
      testDescription: "class index out of range", name: "cross_entropy",
      input: #"{"logits": [[1, 2], [3, 4]], "targets": [0, 2]}"#,
      message: "primer ref cross_entropy: `targets[1]` is the number 2; expected an integer in"
        + " 0..<2 (targets: [n] integers in 0..<c with c = 2 from `logits`)."),
    BadRequest(
      testDescription: "negative class index", name: "mlp_gradients",
      input:
        #"{"x": [[1]], "w1": [[1]], "b1": [0], "w2": [[1, 2]], "b2": [0, 0], "targets": [-1]}"#,
      message: "primer ref mlp_gradients: `targets[0]` is the number -1; expected an integer in"
        + " 0..<2 (targets: [n] integers in 0..<c with c = 2 from `w2`)."),
    BadRequest(
      testDescription: "one target per row", name: "cross_entropy",
      input: #"{"logits": [[1, 2], [3, 4]], "targets": [0]}"#,
      message: "primer ref cross_entropy: `targets` has shape [1]; expected targets: [n] integers"
        + " in 0..<c with n = 2 from `logits`."),
    BadRequest(
      testDescription: "step zero", name: "adam_step",
      input:
        #"{"w": [[1]], "grad": [[1]], "m": [[0]], "v": [[0]], "step": 0, "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}"#,
      message: "primer ref adam_step: `step` is the number 0; expected step: integer ≥ 1."),
    BadRequest(
      testDescription: "fractional step", name: "adam_step",
      input:
        #"{"w": [[1]], "grad": [[1]], "m": [[0]], "v": [[0]], "step": 1.5, "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}"#,
      message: "primer ref adam_step: `step` is the number 1.5; expected step: integer ≥ 1."),
    BadRequest(
      testDescription: "unknown option", name: "gelu",
      input: #"{"x": [[1]], "approximate": "fast"}"#,
      message: "primer ref gelu: `approximate` is the string \"fast\"; expected approximate:"
        + " \"none\" | \"tanh\" = \"none\"."),
    BadRequest(
      testDescription: "zero maximum norm", name: "clip_grad_norm",
      input: #"{"grads": [[[1]]], "max_norm": 0}"#,
      message: "primer ref clip_grad_norm: `max_norm` is the number 0; expected a number > 0."),
    BadRequest(
      testDescription: "NaN maximum norm", name: "clip_grad_norm",
      input: #"{"grads": [[[1]]], "max_norm": "NaN"}"#,
      message: "primer ref clip_grad_norm: `max_norm` is the number NaN; expected a number > 0."),
    BadRequest(
      testDescription: "ragged matrix in a list", name: "clip_grad_norm",
      input: #"{"grads": [[[1]], [[1, 2], [3]]], "max_norm": 1}"#,
      message: "primer ref clip_grad_norm: `grads[1]` has ragged rows: row 0 has 2 numbers,"
        + " row 1 has 1; every row of a matrix needs the same length."),
  ]

  @Test(arguments: requests)
  func isRefusedWithOneLine(request: BadRequest) {
    #expect(throws: ReferenceError.self) { try call(request.name, request.input) }
    do {
      _ = try call(request.name, request.input)
    } catch {
      #expect(error.description == request.message)
      #expect(!error.description.contains("\n"))
    }
  }

  /// Every prefix of every valid request, and every one-byte corruption of it, is answered or
  /// refused, never trapped (a trap would crash the test process).
  @Test func damagedRequestsNeverTrap() {
    var refusals = 0
    let requests =
      ReferenceCatalogTests.requests.map { ($0.name, $0.input) } + ModernEntriesTests.validRequests
    for (name, text) in requests {
      let bytes = Array(text.utf8)
      var damaged: [[UInt8]] = (0..<bytes.count).map { Array(bytes[..<$0]) }
      for position in bytes.indices {
        for replacement in Array("\"]-e9,0.".utf8) {
          var corrupted = bytes
          corrupted[position] = replacement
          damaged.append(corrupted)
        }
      }
      for input in damaged {
        do {
          _ = try ReferenceCatalog.call(name, input: input)
        } catch {
          refusals += 1
          #expect(!error.description.contains("\n"))
        }
      }
    }
    #expect(refusals > 0)
  }
}
