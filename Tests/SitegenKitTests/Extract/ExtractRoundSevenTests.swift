import Foundation
import Testing
@testable import SitegenKit

/// The shortcuts of the seventh round, held to the code they replace: punctuation compared on
/// bytes (`Token.isText(_:)`) and roles completed on the tokens they were analysed with.
@Suite struct ExtractRoundSevenTests {
    /// `isText` answers `text == mark` for every text of one scalar (the only texts that could
    /// be canonically equal to a one-scalar mark besides the mark itself), and `isSemicolon`
    /// answers `text == ";"`, which U+037E GREEK QUESTION MARK also is.
    @Test func marksAreEqualOnlyToTheirOwnBytes() {
        let marks = Token.marks.map { $0.withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
        #expect(marks.count == Token.marks.count)
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let token = Token(text: text, kind: .punctuation, range: text.startIndex..<text.endIndex)
            for (index, mark) in marks.enumerated() {
                #expect(token.isText(Token.marks[index]) == (text == mark), "\(value)")
            }
            #expect(token.isSemicolon == (text == ";"), "\(value)")
        }
    }

    /// On the tokens of real lines (the seeds, in NFD too, and the edge cases), and on texts
    /// that join a mark with combining marks or repeat it.
    @Test func marksAnswerAsStringsDoOnTokens() throws {
        let marks = Token.marks.map { $0.withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
        var texts = try ExtractFastPathTests.lines()
        for mark in marks + [";"] {
            texts += ["\(mark)\u{0301}", "\u{0301}\(mark)", "a\(mark)b", "\(mark)\(mark)", "(\(mark))", "Ông A\(mark) B"]
        }
        var checked = 0
        for text in texts {
            for token in Tokenizer.tokens(text) {
                for (index, mark) in marks.enumerated() {
                    #expect(token.isText(Token.marks[index]) == (token.text == mark), "\(token.text.debugDescription)")
                }
                #expect(token.isSemicolon == (token.text == ";"))
                #expect(OfficialExtractor.isRoleSeparator(token) == [",", "-", "–", "—"].contains(token.text))
                #expect(OfficialExtractor.closesRoles(token)
                    == [".", ";", ":", ")", "(", "\"", "“", "”", "!", "?", "..."].contains(token.text))
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    // MARK: - Completing roles

    /// `OfficialExtractor.analyse` as it was: the text tokenized again, a body found by its
    /// keys joined.
    static func plainAnalyse(_ extractor: OfficialExtractor, _ text: String) -> OfficialExtractor.RoleShape {
        let tokens = Tokenizer.tokens(text, vocabulary: extractor.vocabulary)
        var shape = OfficialExtractor.RoleShape()
        var k = 0
        while k < tokens.count {
            if let body = extractor.bodies.match(tokens, at: k), let entry = extractor.bodyOfKey[body.keys.joined(separator: " ")] {
                shape.body = entry
                k += body.keys.count
                if entry.attach == .name, k < tokens.count, tokens[k].isNameSyllable, let kind = entry.kind {
                    let name = tokens[k...].prefix { $0.isNameSyllable }.map(\.text).joined(separator: " ")
                    shape.unit = (kind, name, name)
                }
                continue
            }
            if let (kind, length) = extractor.kinds.kindWord(tokens, at: k) {
                shape.hasKindWord = true
                let nameStart = k + length
                let run = tokens[nameStart...].prefix { $0.isNameSyllable || $0.kind == .number && $0.text.count <= 2 }
                if let last = run.last {
                    let name = run.map(\.text).joined(separator: " ")
                    let phrase = String(text[tokens[k].range.lowerBound..<last.range.upperBound])
                    shape.unit = (kind, name, phrase)
                }
                k = nameStart + run.count
                continue
            }
            k += 1
        }
        return shape
    }

    /// `OfficialExtractor.complete` as it was: each role analysed, then tokenized again whole.
    static func plainComplete(_ extractor: OfficialExtractor, _ texts: [String], primary: AdministrativeUnit?) -> [String] {
        let analysed = texts.map { plainAnalyse(extractor, $0) }
        var result: [String] = []
        for (index, role) in analysed.enumerated() {
            var text = texts[index]
            if role.unit == nil, !role.hasKindWord, let body = role.body {
                let donor = analysed[(index + 1)...].first { $0.unit != nil && $0.hasKindWord }?.unit
                switch body.attach {
                case .unit:
                    if let donor {
                        text += " " + donor.phrase
                    } else if let primary, primary.kind.level == 2 {
                        text += " " + primary.kind.rawValue + " " + primary.name
                    }
                case .name:
                    if let donor, donor.kind == body.kind { text += " " + donor.name }
                case .none:
                    break
                }
            }
            let tokens = Tokenizer.tokens(text, vocabulary: extractor.vocabulary)
            result.append(extractor.heads.match(tokens, at: 0) != nil ? OfficialExtractor.capitalizingFirst(text) : text)
        }
        return result
    }

    static func describe(_ shape: OfficialExtractor.RoleShape) -> String {
        "\(shape.body?.name ?? "-")|\(shape.hasKindWord)|\(shape.unit.map { "\($0.kind)|\($0.name)|\($0.phrase)" } ?? "-")"
    }

    /// Roles to complete: those the extractor finds in the seeds, in NFD, in lower and upper
    /// case, without their unit, and the bodies of the word lists alone and with a unit.
    static func roleTexts() throws -> [String] {
        let lexicon = try TestSupport.lexicon()
        var roles: [String] = []
        for file in try TestSupport.seedFiles() {
            for record in try TestSupport.records(try String(contentsOfFile: file, encoding: .utf8)) {
                roles += record.officials.flatMap { $0.roles.map(\.text) }
            }
        }
        let bodies = lexicon.roles.bodies.map(\.name)
        roles += bodies + bodies.map { "Bí thư \($0)" } + bodies.map { "phó chủ tịch \($0) phường Tân An" }
            + bodies.map { "Chủ tịch \($0) Hoàn Kiếm" } + ["", " ", "Bí thư", "bí thư Đảng ủy", "Phó Bí thư Quận ủy quận 5 (cũ)"]
        roles += roles.map(\.decomposedStringWithCanonicalMapping) + roles.map { $0.lowercased() } + roles.map { $0.uppercased() }
        return roles
    }

    @Test func rolesAreAnalysedAsBefore() throws {
        let lexicon = try TestSupport.lexicon()
        let extractor = OfficialExtractor(lexicon: lexicon)
        let roles = try Self.roleTexts()
        #expect(roles.count > 200)
        var withBody = 0
        for role in roles {
            let shape = extractor.analyse(role)
            #expect(Self.describe(shape) == Self.describe(Self.plainAnalyse(extractor, role)), "\(role.debugDescription)")
            if shape.body != nil { withBody += 1 }
        }
        #expect(withBody > 50)
    }

    /// Lists of roles completed with the tokens of their analysis give what completing them
    /// with the texts tokenized again gave, with and without the article's ward or commune.
    @Test func rolesAreCompletedAsBefore() throws {
        let lexicon = try TestSupport.lexicon()
        let extractor = OfficialExtractor(lexicon: lexicon)
        let roles = try Self.roleTexts()
        let primaries: [AdministrativeUnit?] = [
            nil,
            AdministrativeUnit(name: "Tân An", kind: .phuong, parent: nil, primary: true, former: false,
                               evidence: Evidence(sentence: "", line: 1)),
            AdministrativeUnit(name: "Hà Nội", kind: .thanhPho, parent: nil, primary: true, former: false,
                               evidence: Evidence(sentence: "", line: 1)),
        ]
        var changed = 0
        for primary in primaries {
            for start in stride(from: 0, to: roles.count, by: 3) {
                let list = Array(roles[start..<min(roles.count, start + 3)])
                let completed = extractor.complete(list, primary: primary)
                #expect(completed == Self.plainComplete(extractor, list, primary: primary), "\(list)")
                changed += zip(completed, list).filter { $0 != $1 }.count
            }
        }
        #expect(changed > 50)
    }

    /// Merging roles with their keys kept beside the list keeps the list that merging them by
    /// recomputing every key keeps, on the roles of the seeds in many orders, fuller and
    /// shorter wordings among them.
    @Test func rolesMergeAsBefore() throws {
        var roles = try Self.roleTexts()
        roles += roles.map { $0 + " Hà Nội" } + roles.map { $0 + " của Thành ủy" }
        var merged = 0
        for step in [1, 2, 3, 5, 7, 11] {
            var plain: [RoleTitle] = []
            var fast: [RoleTitle] = []
            var keys: [String] = []
            var index = 0
            for _ in 0..<min(roles.count, 400) {
                index = (index + step * 37) % roles.count
                let role = RoleTitle(text: roles[index], evidence: Evidence(sentence: roles[index], line: index))
                OfficialExtractor.merge(role, into: &plain)
                OfficialExtractor.merge(role, into: &fast, keys: &keys)
                #expect(fast == plain)
                #expect(keys == fast.map(\.key))
            }
            merged += plain.count
        }
        #expect(merged > 100)
    }

    // MARK: - Trimming

    /// Text kept whole when it has nothing to trim is what trimming it character by character
    /// gives: on the seeds' lines, every scalar below U+10000 at either end (next to letters,
    /// spaces, combining marks and Prepend scalars), white space and empty text.
    @Test func trimmingKeepsWhatTheCharactersKeep() throws {
        func expectSame(_ text: String) {
            #expect(text.trimmed == text.generalTrimmed, "\(text.unicodeScalars.map(\.value))")
            #expect(text.trimmed.utf8.elementsEqual(text.generalTrimmed.utf8), "\(text.unicodeScalars.map(\.value))")
            let sub = text[...]
            #expect(sub.trimmed.utf8.elementsEqual(sub.generalTrimmed.utf8))
        }
        for line in try ExtractFastPathTests.lines() {
            expectSame(line)
            expectSame(" \(line) ")
        }
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "a\(scalar)", "\(scalar)a", " \(scalar)", "\(scalar) ", "\u{600}\(scalar)", "ộ\(scalar)\u{301}",
                         "\(scalar)\u{301}", "x \u{301}\(scalar)", "\r\n\(scalar)"] {
                expectSame(text)
            }
        }
        for text in ["", " ", "\r\n", " \u{301}", "a \u{301}", "\u{600} ", "\u{600}a", "Hà Nội\u{2003}", "\u{00A0}Hà Nội", "Nội\u{200D}"] {
            expectSame(text)
        }
    }
}
