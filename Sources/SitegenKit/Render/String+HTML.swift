extension String {
    /// The text escaped for HTML and XML text and attribute values: `&`, `<`, `>`, `"` and `'`
    /// as entities, on bytes (`HTMLEscape`, the rule the template engine escapes `{{…}}` with).
    public var htmlEscaped: String {
        // Most labels, names and addresses have nothing to escape: the text itself.
        guard HTMLEscape.needsEscaping(self) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        HTMLEscape.append(self, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text with its first letter in upper case: "phường Cầu Giấy" → "Phường Cầu Giấy".
    public var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
