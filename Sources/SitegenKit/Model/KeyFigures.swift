/// The numbers a congress report states, each with the sentence it came from.
public struct KeyFigures: Sendable, Hashable {
    /// One stated number.
    public struct Figure: Sendable, Hashable {
        public var value: Int
        public var evidence: Evidence

        public init(value: Int, evidence: Evidence) {
            self.value = value
            self.evidence = evidence
        }
    }

    /// What a figure counts. The raw values are the JSON field names of the extracted records.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case delegates
        case partyMembers = "party_members"
        case partyOrganizations = "party_organizations"
        case committeeMembers = "committee_members"
        case standingCommitteeMembers = "standing_committee_members"
        case keyTasks = "key_tasks"
        case breakthroughs
    }

    public var values: [Kind: Figure]

    public init(values: [Kind: Figure] = [:]) {
        self.values = values
    }

    public subscript(kind: Kind) -> Figure? {
        get { values[kind] }
        set { values[kind] = newValue }
    }
}
