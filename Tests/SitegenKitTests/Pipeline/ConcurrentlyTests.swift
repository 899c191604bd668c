import Testing
@testable import SitegenKit

/// Two parts run at once give what they give one after the other.
@Suite struct ConcurrentlyTests {
    @Test(arguments: [1, 2, 4])
    func bothResultsComeBackInTheirPlaces(jobs: Int) {
        let numbers = Array(0..<10_000)
        let (sum, text) = concurrently(jobs: jobs, { numbers.reduce(0, +) }, { numbers.prefix(3).map(String.init).joined(separator: ",") })
        #expect(sum == 49_995_000)
        #expect(text == "0,1,2")
        // Nested, as the plan runs its four parts.
        let (a, (b, c)) = concurrently(jobs: jobs, { "a" }, { concurrently(jobs: jobs, { [1] }, { Optional<Int>.none }) })
        #expect(a == "a" && b == [1] && c == nil)
    }
}
