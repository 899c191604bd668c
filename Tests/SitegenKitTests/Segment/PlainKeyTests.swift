import Testing
@testable import SitegenKit

/// `Segmenter.PlainKey` compares and hashes as the bytes it holds.
@Suite struct PlainKeyTests {
    @Test func plainKeysAreEqualExactlyWhenTheirBytesAre() {
        let texts = Array(SegmentFastPathTests.inputs.prefix(400)) + ["", "a", "ab", "a b", "đại hội", "đại hội ", "dai hoi"]
        // Words of the texts, as substrings at different offsets of different strings.
        var words: [Substring] = []
        for text in texts { words += text.split(separator: " ", omittingEmptySubsequences: false) }
        words += texts.map { $0[...] }
        for (index, left) in words.enumerated() {
            for right in words[index...].prefix(40) {
                let same = Array(left.utf8) == Array(right.utf8)
                let leftKey = Segmenter.PlainKey(left.utf8), rightKey = Segmenter.PlainKey(right.utf8)
                #expect((leftKey == rightKey) == same, "\(left.debugDescription) \(right.debugDescription)")
                if same { #expect(leftKey.hashValue == rightKey.hashValue) }
            }
        }
    }
}
