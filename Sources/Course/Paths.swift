/// `name` inside the folder `directory`, as Foundation's `appendingPathComponent` writes it
/// for a plain file name: one slash between them.
func joinPath(_ directory: String, _ name: String) -> String {
  if directory.isEmpty { return name }
  return directory.hasSuffix("/") ? directory + name : directory + "/" + name
}
