/// One generated article: the raw page text an editor would paste, and the facts it states
/// (for the Hugo side of the benchmark, which gets them as ready-made front matter).
struct GeneratedArticle {
    var fileName: String
    var raw: String
    var title: String
    var titleEnglish: String
    var date: SimpleDate
    var time: String
    var lede: String
    var paragraphs: [String]
    var places: [String]
    var officials: [String]
    var themes: [String]
    var slug: String
}

/// A calendar day, enough for the corpus: dates over one year from 1 October 2024.
struct SimpleDate {
    var year: Int
    var month: Int
    var day: Int

    static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// Day `offset` (0...364) after 1 October 2024.
    init(offsetFromStart offset: Int) {
        var year = 2024, month = 10, day = 1 + offset
        while true {
            let length = Self.monthLengths[month - 1] + (month == 2 && year % 4 == 0 ? 1 : 0)
            if day <= length { break }
            day -= length
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    var iso: String { "\(year)-\(pad(month))-\(pad(day))" }
    /// Day of the week, "Thứ hai" … "Chủ nhật" (1 October 2024 was a Tuesday).
    func weekday(offset: Int) -> String {
        ["Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật", "Thứ hai"][offset % 7]
    }
}

func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

/// Writes article `index` of a corpus: a place, a day, an outlet's page layout, themes, officials
/// and figures, all drawn from a generator seeded by (seed, index, variant).
struct ArticleWriter {
    let world: World
    let seed: UInt64

    /// Theme paragraphs: each speaks of one theme in the words real reports use. `{u}` is the
    /// place ("phường Tân Phú"), `{p}` its province.
    static let themeParagraphs: [(theme: String, texts: [String])] = [
        ("Chuyển đổi số", [
            "Xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực then chốt, {u} tập trung xây dựng chính quyền số, kinh tế số và xã hội số; 100% hồ sơ thủ tục hành chính được số hóa, người dân tra cứu kết quả bằng mã QR.",
            "Một điểm nhấn của {u} là việc ứng dụng mạnh mẽ chuyển đổi số trong nhiều khâu: từ điểm danh đại biểu bằng mã QR, trình chiếu báo cáo chính trị bằng phóng sự trực quan, đến việc số hoá tài liệu và dữ liệu thảo luận, hướng tới đại hội không giấy.",
            "Thực hiện Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, {u} triển khai phong trào Bình dân học vụ số, phổ cập kỹ năng số cho người dân và hướng dẫn cài đặt VNeID.",
        ]),
        ("Chính quyền địa phương 2 cấp", [
            "Dù mới được thành lập và đi vào hoạt động chính thức từ ngày 1/7, toàn hệ thống chính trị {u} đã nhanh chóng ổn định tổ chức, vận hành thông suốt mô hình chính quyền địa phương 2 cấp, bảo đảm không gián đoạn công việc sau sắp xếp đơn vị hành chính.",
            "{U} được thành lập trên cơ sở sáp nhập ba đơn vị hành chính cấp xã; các lĩnh vực được phân cấp, phân quyền như quản lý đất đai, trật tự xây dựng, ngân sách được triển khai hiệu quả, tạo chuyển biến tích cực trong quản lý nhà nước ở cơ sở.",
        ]),
        ("Cải cách hành chính", [
            "Công tác cải cách hành chính được đẩy mạnh; Trung tâm phục vụ hành chính công của {u} tiếp nhận và giải quyết hàng nghìn hồ sơ, tỷ lệ giải quyết thủ tục hành chính đúng hạn đạt trên 98%, người dân không phải đi lại nhiều lần.",
            "Bộ phận một cửa của {u} đã tinh gọn quy trình, công khai thủ tục, tăng cường dịch vụ công trực tuyến toàn trình, giữ vững kỷ cương, kỷ luật hành chính và tinh thần phục vụ Nhân dân.",
        ]),
        ("Xây dựng Đảng", [
            "Công tác xây dựng Đảng và hệ thống chính trị đạt được nhiều kết quả quan trọng; công tác kiểm tra, giám sát được tăng cường, năng lực lãnh đạo và sức chiến đấu của tổ chức đảng, đội ngũ cán bộ, đảng viên được nâng lên rõ rệt.",
            "Đảng bộ {u} chú trọng công tác phát triển đảng viên, kiện toàn cấp ủy chi bộ, thực hiện nghiêm quy định về nêu gương gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        ]),
        ("Phát triển đô thị", [
            "Trong nhiệm kỳ tới, {u} tập trung chỉnh trang đô thị, hoàn thiện hạ tầng kỹ thuật và hạ tầng giao thông, quản lý chặt chẽ trật tự xây dựng, xây dựng đô thị văn minh, hiện đại gắn với quy hoạch chung của {p}.",
        ]),
        ("Môi trường", [
            "Phong trào xanh, sạch, đẹp được nhân rộng; {u} tổ chức ra quân tổng vệ sinh môi trường, thu gom rác thải, trồng thêm cây xanh và xử lý dứt điểm các điểm ô nhiễm, hướng tới phát triển bền vững.",
        ]),
        ("An ninh trật tự", [
            "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn {u} được giữ vững; lực lượng công an phối hợp chặt chẽ với các tổ bảo vệ an ninh, trật tự ở cơ sở, kiềm chế tội phạm và tai nạn giao thông.",
        ]),
        ("Văn hóa", [
            "Đời sống văn hóa, tinh thần của Nhân dân được nâng lên; {u} tổ chức nhiều hoạt động văn nghệ, thể thao quần chúng, bảo tồn và phát huy giá trị di tích, lễ hội truyền thống của địa phương.",
        ]),
    ]

    static let fillerParagraphs = [
        "Với phương châm “Đoàn kết - Dân chủ - Kỷ cương - Sáng tạo - Phát triển”, Đảng bộ {u} sẽ vận dụng sáng tạo chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước vào thực tiễn phát triển của địa phương.",
        "Kinh tế tiếp tục phát triển, thu ngân sách đạt kết quả tốt; đời sống vật chất và tinh thần của người dân ngày một nâng cao, các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời.",
        "Nhiệm kỳ qua, Đảng bộ, chính quyền và Nhân dân {u} đã nỗ lực thực hiện đồng bộ các nhiệm vụ, giải pháp, đưa Nghị quyết Đại hội vào cuộc sống và đạt được những kết quả toàn diện, nổi bật.",
        "Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ {p} và thông qua Nghị quyết Đại hội với sự nhất trí cao.",
    ]

    static let titlePatterns = [
        "{T}: tập trung xây dựng chính quyền số, kinh tế số và xã hội số",
        "Đại hội đại biểu Đảng bộ {u} lần thứ I, nhiệm kỳ 2025 - 2030",
        "{T} ra mắt mô hình chính quyền số phục vụ người dân",
        "{T}: Hiệu quả bước đầu từ mô hình chính quyền 2 cấp",
        "{T} quyết tâm tạo đột phá trong quản lý đô thị",
        "Sớm xây dựng {u} thành {k} thông minh",
        "{T} đẩy mạnh cải cách hành chính sau sắp xếp",
        "{T} tổ chức thành công Đại hội Đảng bộ lần thứ I",
    ]
    static let titlePatternsEnglish = [
        "{E}: building digital government, economy and society",
        "{E} holds its first Party congress for the 2025–2030 term",
        "{E} launches a digital government model",
        "{E}: first results of two-tier local government",
        "{E} aims for a breakthrough in urban management",
        "{E} to become a smart {k}",
        "{E} steps up administrative reform after the merger",
        "{E} holds a successful first Party congress",
    ]
    static let authors = ["Thu Trang", "Gia Hân", "Minh Anh", "Ngọc Hà", "Hoàng Nam", "Thanh Hương", "Đức Minh",
                          "Phương Thảo", "Quang Huy", "Lan Anh", "Việt Dũng", "Hải Yến"]
    static let sections = ["Chính trị", "Thời sự", "Xây dựng Đảng", "Chính quyền", "Địa phương", "Tin tức"]

    func article(_ index: Int, variant: Int = 0) -> GeneratedArticle {
        var random = SplitMix64(seed: seed, stream: UInt64(index) &* 2 &+ 1 &+ UInt64(variant) << 40)
        let place = world.places[random.skewed(world.places.count)]
        let province = world.provinces[place.province]
        let offset = random.below(365)
        let date = SimpleDate(offsetFromStart: offset)
        let published = random.chance(70) ? date : SimpleDate(offsetFromStart: min(364, offset + 1))
        let hour = random.within(6...21), minute = random.below(60)
        let time = "\(pad(hour)):\(pad(minute))"
        let unit = "\(place.kind) \(place.name)"
        let kindWord = place.kind
        let provinceRef = province.kind == "tỉnh" ? "tỉnh \(province.name)" : "thành phố \(province.name)"
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{U}", with: place.title)
                .replacingOccurrences(of: "{u}", with: unit)
                .replacingOccurrences(of: "{T}", with: place.title)
                .replacingOccurrences(of: "{E}", with: place.english)
                .replacingOccurrences(of: "{k}", with: kindWord)
                .replacingOccurrences(of: "{p}", with: provinceRef)
        }
        let titleIndex = random.below(Self.titlePatterns.count)
        let title = fill(Self.titlePatterns[titleIndex])
        let titleEnglish = fill(Self.titlePatternsEnglish[titleIndex]).replacingOccurrences(of: "{k}", with: place.kind == "xã" ? "commune" : "ward")
        let guest = random.pick(province.leaders)
        let author = random.pick(Self.authors)
        let dayWord = random.pick(["Ngày", "Sáng", "Chiều"])
        let delegates = random.within(90...350)
        let members = delegates * random.within(12...25)
        let committee = random.within(15...35)
        let standing = random.within(5...11)
        let tasks = random.within(3...8)
        let breakthroughs = random.within(2...4)

        // The lede, the figures, the officials.
        let lede = "\(dayWord) \(date.day)/\(date.month), Đảng bộ \(unit) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. \(guest.role) \(guest.name) dự và phát biểu chỉ đạo tại Đại hội."
        var paragraphs: [String] = []
        var captions: [String] = []
        paragraphs.append("Đại hội có \(delegates) đại biểu, đại diện cho trên \(members.formattedVietnamese) đảng viên của Đảng bộ \(kindWord) tham dự.")
        let themeCount = random.within(3...5)
        let chosen = random.sample(Array(Self.themeParagraphs.indices), themeCount)
        var themes: [String] = []
        for themeIndex in chosen {
            themes.append(Self.themeParagraphs[themeIndex].theme)
            for text in Self.themeParagraphs[themeIndex].texts where random.chance(80) {
                paragraphs.append(fill(text))
            }
        }
        let secretary = place.secretary, chair = place.chair
        paragraphs.append("Phát biểu khai mạc Đại hội, \(secretary.role) \(secretary.name) nhấn mạnh, Đại hội diễn ra trong bối cảnh cả nước thực hiện cuộc cách mạng về tinh gọn tổ chức bộ máy, gần dân, sát dân, phục vụ Nhân dân tốt hơn.")
        for filler in random.sample(Self.fillerParagraphs, random.within(2...4)) { paragraphs.append(fill(filler)) }
        paragraphs.append("Đại hội xác định \(tasks) nhiệm vụ trọng tâm, \(breakthroughs) khâu đột phá trong nhiệm kỳ 2025 - 2030.")
        var officials = [guest.name, secretary.name]
        if random.chance(60) {
            paragraphs.append("\(chair.role) \(chair.name) cho biết: “Chúng tôi bắt tay ngay vào việc cụ thể hóa Nghị quyết thành kế hoạch, nhiệm vụ cho từng năm và từng lĩnh vực, lấy sự hài lòng của người dân làm thước đo.”")
            officials.append(chair.name)
        }
        if random.chance(30) {
            let other = random.chance(50) ? place.viceChair : place.councilChair
            paragraphs.append("Cùng dự có \(other.role) \(other.name) và đại diện các ban, ngành, đoàn thể của \(provinceRef).")
            officials.append(other.name)
        }
        paragraphs.append("Đại hội đã bầu Ban Chấp hành Đảng bộ \(kindWord) gồm \(committee) đồng chí; Ban Thường vụ gồm \(standing) đồng chí. Đồng chí \(secretary.name) được bầu giữ chức Bí thư Đảng ủy \(kindWord) nhiệm kỳ 2025 - 2030.")
        captions.append("\(guest.role) \(guest.name) phát biểu chỉ đạo Đại hội.")
        captions.append("Toàn cảnh Đại hội đại biểu Đảng bộ \(unit).")

        let layout = random.below(7)
        let raw = Self.page(layout: layout, random: &random, title: title, lede: lede, paragraphs: paragraphs,
                            captions: captions, author: author, date: date, published: published, time: time,
                            offset: offset, province: province, section: random.pick(Self.sections))
        let slug = "bai-\(index)"
        let places = [place.title, province.kind == "tỉnh" ? "Tỉnh \(province.name)" : "Thành phố \(province.name)"]
        return GeneratedArticle(fileName: Self.fileName(index, seed: seed), raw: raw,
                                title: title, titleEnglish: titleEnglish, date: published, time: time, lede: lede,
                                paragraphs: paragraphs, places: places, officials: officials, themes: themes, slug: slug)
    }

    /// "00017_3f…": the index and a hash, like the seeds' names; the same for every variant.
    static func fileName(_ index: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed, stream: UInt64(index) &* 2)
        let hash = String(random.next(), radix: 16)
        return String(repeating: "0", count: max(0, 5 - String(index).count)) + "\(index)_"
            + String(repeating: "0", count: 16 - hash.count) + hash + ".txt"
    }

    /// The article as one outlet's page prints it, furniture and all.
    static func page(layout: Int, random: inout SplitMix64, title: String, lede: String, paragraphs: [String],
                     captions: [String], author: String, date: SimpleDate, published: SimpleDate, time: String,
                     offset: Int, province: World.Province, section: String) -> String {
        var lines: [String] = []
        var body: [String] = []
        // The body with captions (and an image file name now and then) between paragraphs.
        for (position, paragraph) in paragraphs.enumerated() {
            body.append(paragraph)
            if position == 1 || position == 4, let caption = captions[safe: position == 1 ? 0 : 1] {
                if random.chance(40) { body.append("h\(position).jpg") }
                body.append(layout == 4 ? caption + " - ẢNH: \(author.uppercased())" : caption)
            }
            if position == 3, random.chance(50) {
                body.append(random.pick(["Xác định nhiệm vụ trọng tâm, khâu đột phá", "Tạo bước chuyển mạnh mẽ trong nhiệm kỳ mới",
                                         "Đổi mới, sáng tạo vì Nhân dân phục vụ"]))
            }
        }
        let tailFurniture = ["Dòng sự kiện:", "Đọc nhiều", "BÌNH LUẬN (0)", "Tin liên quan",
                             "Xã Hòa Phong tổ chức Đại hội đại biểu lần thứ I",
                             "Ngày 10/8, Đảng bộ xã Hòa Phong tổ chức Đại hội với 120 đại biểu tham dự."]
        let slashDate = "\(pad(published.day))/\(pad(published.month))/\(published.year)"
        switch layout {
        case 0: // Kinh tế & Đô thị: site header, blank lines between blocks, outlet mark, tail furniture.
            lines = ["Logo", "Đăng ký ấn phẩm|Đăng nhập", "", title, ""]
            lines.append("Kinhtedothi – " + lede)
            for block in body { lines += ["", block] }
            lines += ["", author, ""] + tailFurniture
        case 1: // Hà Nội mới: section, author with time and date, image file names.
            lines = [section, "", title, "", "\(author) \(time) \(slashDate)", "", lede]
            for block in body { lines += ["", block] }
            lines += ["", author, ""] + tailFurniture
        case 2: // VnExpress: section, weekday date line, closing byline.
            lines = [section, "\(date.weekday(offset: offset)), \(published.day)/\(published.month)/\(published.year), \(time) (GMT+7)", title, lede]
            lines += body
            lines.append(author)
            lines += tailFurniture
        case 3: // Tuổi Trẻ: title, author in capitals, date line, TTO mark.
            lines = [title, author.uppercased(), "\(slashDate) \(time) GMT+7", "TTO - " + lede] + body
        case 4: // Báo Chính phủ: section, date with dashes, parenthesised mark, "Bài và ảnh".
            lines = [section, "\(date.weekday(offset: offset)), \(pad(published.day))-\(pad(published.month))-\(published.year), \(time)", title,
                     "(Chinhphu.vn) - " + lede] + body + ["Bài và ảnh: \(author.uppercased())"]
        case 5: // Author twice above a "time | date" line.
            lines = [author, "", author, "", "\(time) | \(slashDate)", lede]
            lines.insert(title, at: 4)
            for block in body { lines += ["", block] }
        default: // A date line and a source line after the text.
            lines = [title, lede] + body + ["Theo TTXVN", "\(slashDate) \(time)"]
        }
        _ = province
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Int {
    /// "5.500": thousands separated by dots, as Vietnamese writes them.
    var formattedVietnamese: String {
        let digits = String(self)
        var out = ""
        for (position, character) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return out
    }
}
