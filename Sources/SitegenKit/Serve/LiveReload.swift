import Foundation

/// The live reload of `sitegen serve`: a small script added to every HTML page as it is served
/// (never to the files in the output folder) that asks the server for the build number once a
/// second and reloads the page when it changed.
public enum LiveReload {
    /// The server's endpoint that answers with the current build number, as plain text.
    public static let endpoint = "/__sitegen/build"

    /// The marker the script carries, so that tests can tell a served page from a written one.
    public static let marker = "sitegen-live-reload"

    /// The script for a page served while build `generation` was current.
    public static func script(generation: Int) -> String {
        """
        <script id="\(marker)">/* Added by sitegen serve, not part of the site: reloads the page after a rebuild. */
        (function () {
          var shown = "\(generation)";
          function poll() {
            fetch("\(endpoint)", { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) {
                if (text.trim() !== shown) { window.location.reload(); return; }
                setTimeout(poll, 1000);
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 1000);
        })();
        </script>

        """
    }

    /// `html` with the script inserted before its last `</body>` (or at its end when it has none).
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == closing[0], Array(html[index..<index + closing.count]).lowercasedASCII == closing {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }
}

private extension Array where Element == UInt8 {
    var lowercasedASCII: [UInt8] { map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
}
