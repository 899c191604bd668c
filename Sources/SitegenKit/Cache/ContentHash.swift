import Foundation

/// A fast 128-bit hash of bytes for the build cache: not cryptographic, but wide enough that
/// two different inputs of one site never meet by accident. Eight bytes at a time, two lanes.
struct ContentHash: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    init() {}

    mutating func combine(_ buffer: UnsafeRawBufferPointer) {
        var index = 0
        let count = buffer.count
        while index + 8 <= count {
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            mix(word)
            index += 8
        }
        if index < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                word |= UInt64(buffer[index]) << shift
                shift += 8
                index += 1
            }
            mix(word ^ 0x80)
        }
        length &+= UInt64(count)
        // The length ends each part, so ("ab", "c") and ("a", "bc") differ.
        mix(UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
    }

    mutating func combine(_ bytes: [UInt8]) { bytes.withUnsafeBytes { combine($0) } }

    mutating func combine(_ data: Data) { data.withUnsafeBytes { combine($0) } }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9FB2_1C65_1E98_DF25
        a ^= a >> 29
        b = (b &+ word) &* 0xC2B2_AE3D_27D4_EB4F
        b = (b << 31) | (b >> 33)
    }

    /// The hash as 32 hexadecimal digits.
    var hex: String {
        var x = a ^ length, y = b ^ (length << 1)
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        y = (y ^ (y >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        y ^= y >> 33
        x ^= y
        y ^= x >> 7
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(x) + digits(y)
    }
}
