/// The invented country a corpus reports on: provinces, the wards and communes in them, and the
/// officials who hold office there. Built from the seed alone, so every article of a corpus
/// (and every corpus of the same seed, whatever its size) names the same places and people.
struct World {
    struct Province {
        var name: String
        /// "thành phố" or "tỉnh".
        var kind: String
        /// The party committee word: "Thành ủy" or "Tỉnh ủy".
        var committee: String
        var outletMark: String?
        var leaders: [Official]
    }

    struct Place {
        /// "phường" or "xã".
        var kind: String
        var name: String
        var province: Int
        var secretary: Official
        var chair: Official
        var viceChair: Official
        var councilChair: Official

        var title: String { kind == "xã" ? "Xã \(name)" : "Phường \(name)" }
        var english: String { kind == "xã" ? "\(name) Commune" : "\(name) Ward" }
        var officials: [Official] { [secretary, chair, viceChair, councilChair] }
    }

    struct Official: Hashable {
        var name: String
        /// The role as an article names it before the name: "Bí thư Đảng ủy phường Tân Phú".
        var role: String
        /// The head of the role alone, for sentences that name the body separately.
        var head: String
    }

    var provinces: [Province]
    var places: [Place]

    static let provinceList: [(String, String, String?)] = [
        ("Hà Nội", "thành phố", "Kinhtedothi"), ("Hồ Chí Minh", "thành phố", "SGGP"), ("Hải Phòng", "thành phố", "HPO"),
        ("Đà Nẵng", "thành phố", "ĐNO"), ("Cần Thơ", "thành phố", "CTO"), ("Huế", "thành phố", nil),
        ("Lai Châu", "tỉnh", nil), ("Điện Biên", "tỉnh", nil), ("Sơn La", "tỉnh", nil), ("Lạng Sơn", "tỉnh", nil),
        ("Quảng Ninh", "tỉnh", "QNO"), ("Thanh Hóa", "tỉnh", nil), ("Nghệ An", "tỉnh", "BNA"), ("Hà Tĩnh", "tỉnh", nil),
        ("Cao Bằng", "tỉnh", nil), ("Tuyên Quang", "tỉnh", nil), ("Lào Cai", "tỉnh", nil), ("Thái Nguyên", "tỉnh", nil),
        ("Phú Thọ", "tỉnh", nil), ("Bắc Ninh", "tỉnh", nil), ("Hưng Yên", "tỉnh", nil), ("Ninh Bình", "tỉnh", nil),
        ("Quảng Trị", "tỉnh", nil), ("Quảng Ngãi", "tỉnh", nil), ("Gia Lai", "tỉnh", nil), ("Khánh Hòa", "tỉnh", nil),
        ("Lâm Đồng", "tỉnh", nil), ("Đắk Lắk", "tỉnh", nil), ("Đồng Nai", "tỉnh", nil), ("Tây Ninh", "tỉnh", nil),
        ("Vĩnh Long", "tỉnh", nil), ("Đồng Tháp", "tỉnh", nil), ("Cà Mau", "tỉnh", nil), ("An Giang", "tỉnh", nil),
    ]

    static let formerProvinces: Set<String> = [
        "Hà Giang", "Yên Bái", "Bắc Kạn", "Vĩnh Phúc", "Hòa Bình", "Bắc Giang", "Hải Dương", "Thái Bình", "Hà Nam",
        "Nam Định", "Quảng Bình", "Thừa Thiên Huế", "Quảng Nam", "Kon Tum", "Bình Định", "Phú Yên", "Ninh Thuận",
        "Đắk Nông", "Bình Phước", "Bình Dương", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Sóc Trăng",
        "Hậu Giang", "Kiên Giang", "Bạc Liêu", "Bình Thuận", "Tây Ninh", "An Giang", "Vĩnh Long", "Ninh Bình",
    ]
    static let firstSyllables = [
        "Tân", "Phú", "An", "Bình", "Long", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng", "Phước", "Vĩnh",
        "Quang", "Minh", "Thành", "Hiệp", "Lộc", "Thuận", "Hòa", "Mỹ", "Kim", "Ngọc", "Đức", "Thiện", "Phong", "Xuân",
        "Hải", "Sơn", "Thủy", "Cẩm", "Định", "Nghĩa", "Quảng", "Thái", "Tiên", "Vân", "Yên", "Châu",
    ]
    static let secondSyllables = [
        "Phú", "An", "Bình", "Lợi", "Thạnh", "Hưng", "Lộc", "Hòa", "Sơn", "Thủy", "Xuân", "Thịnh", "Phát", "Mỹ",
        "Khánh", "Tiến", "Thành", "Lâm", "Hiệp", "Trung", "Định", "Quý", "Hải", "Phong", "Điền", "Hậu", "Long",
        "Tường", "Nghĩa", "Đông", "Tây", "Cường", "Hội", "Thọ", "Vinh", "Ninh", "Giang", "Tín", "Lạc", "Quang",
    ]
    static let surnames = [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trịnh", "Đinh", "Lâm", "Mai", "Trương",
        "Hà", "Cao", "Lương", "Tạ", "Lưu", "Chu", "Châu", "Nông", "Lò",
    ]
    static let middleNames = [
        "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Hoàng", "Xuân", "Kim", "Thu", "Hồng", "Công",
        "Trọng", "Việt", "Anh", "Thành", "Tiến", "Mạnh", "Thế", "Bá", "Đình", "Huyền",
    ]
    static let givenNames = [
        "Hùng", "Dũng", "Hoa", "Lan", "Mai", "Tuấn", "Nam", "Long", "Phương", "Hương", "Hải", "Sơn", "Thắng", "Trung",
        "Dung", "Hạnh", "Quân", "Khánh", "Linh", "Tâm", "Hiếu", "Thảo", "Vinh", "Cường", "Tùng", "Yến", "Bình",
        "Đông", "Hà", "Nga", "Nhung", "Quý", "Thủy", "Toàn", "Tú", "Vân", "Chiến", "Định", "Giang", "Hiền", "Huy",
        "Kiên", "Lực", "Minh", "Ngân", "Oanh", "Phúc", "Quang", "Sang", "Thịnh", "Trang", "Uyên", "Việt", "Xuyến",
    ]

    /// About `placeCount` wards and communes spread over the provinces.
    init(seed: UInt64, placeCount: Int = 600) {
        var random = SplitMix64(seed: seed, stream: 0xC0FFEE)
        var usedNames: Set<String> = []
        func person() -> String {
            while true {
                let given = random.pick(Self.givenNames)
                let name = random.chance(75)
                    ? "\(random.pick(Self.surnames)) \(random.pick(Self.middleNames)) \(given)"
                    : "\(random.pick(Self.surnames)) \(given)"
                if usedNames.insert(name).inserted { return name }
            }
        }
        provinces = Self.provinceList.map { name, kind, mark in
            let body = kind == "tỉnh" ? "tỉnh" : "thành phố"
            let committee = kind == "tỉnh" ? "Tỉnh ủy" : "Thành ủy"
            let leaders = [
                Official(name: person(), role: "Bí thư \(committee) \(name)", head: "Bí thư \(committee)"),
                Official(name: person(), role: "Chủ tịch UBND \(body) \(name)", head: "Chủ tịch UBND \(body)"),
                Official(name: person(), role: "Phó Chủ tịch UBND \(body) \(name)", head: "Phó Chủ tịch UBND \(body)"),
                Official(name: person(), role: "Phó Chủ tịch Thường trực HĐND \(body) \(name)", head: "Phó Chủ tịch Thường trực HĐND \(body)"),
            ]
            return Province(name: name, kind: kind, committee: committee, outletMark: mark, leaders: leaders)
        }
        var combos: [String] = []
        // Not the name of any province, new or old: a place named "Thái Bình" would read as one.
        let provinceNames = Set(Self.provinceList.map(\.0)).union(Self.formerProvinces)
        for first in Self.firstSyllables {
            for second in Self.secondSyllables where first != second {
                let name = "\(first) \(second)"
                if !provinceNames.contains(name) { combos.append(name) }
            }
        }
        let names = random.sample(combos, min(placeCount, combos.count))
        places = names.enumerated().map { index, name in
            let kind = random.chance(55) ? "phường" : "xã"
            let province = index % Self.provinceList.count
            return Place(
                kind: kind, name: name, province: province,
                secretary: Official(name: person(), role: "Bí thư Đảng ủy \(kind) \(name)", head: "Bí thư Đảng ủy"),
                chair: Official(name: person(), role: "Chủ tịch UBND \(kind) \(name)", head: "Chủ tịch UBND"),
                viceChair: Official(name: person(), role: "Phó Chủ tịch UBND \(kind) \(name)", head: "Phó Chủ tịch UBND"),
                councilChair: Official(name: person(), role: "Phó Bí thư Đảng ủy, Chủ tịch HĐND \(kind) \(name)", head: "Chủ tịch HĐND"))
        }
    }

    var officialCount: Int { provinces.count * 4 + places.count * 4 }
}
