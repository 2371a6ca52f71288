// Names of laws, codes and ordinances, the words after "Luật", "Bộ luật" or "Pháp lệnh": where a
// name runs on past a comma, "và" or a word that usually ends a name ("Luật Thi đua, khen thưởng",
// "Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật Trách nhiệm bồi thường của Nhà nước"), the reader
// needs to know the name. Each was read in the gazette folder (shared/realdata/congbao), written
// there right before its number ("Luật Đầu tư số 61/2020/QH14") or in full in the body of a gazette
// document, or (the last group) in documents from other sources. This is vocabulary for finding where a name ends; the laws
// themselves (numbers, dates, replacements) are records in corpus/.

export const LAW_NAMES: readonly string[] = [
  // Before their numbers in the gazette folder.
  'An ninh mạng', 'An toàn thông tin mạng', 'An toàn thực phẩm', 'An toàn, vệ sinh lao động',
  'Ban hành văn bản quy phạm pháp luật', 'Biên giới quốc gia', 'Báo chí', 'Bảo hiểm tiền gửi',
  'Bảo hiểm xã hội', 'Bảo hiểm y tế', 'Bảo vệ bí mật nhà nước', 'Bảo vệ dữ liệu cá nhân',
  'Bảo vệ môi trường', 'Bảo vệ quyền lợi người tiêu dùng', 'Bảo vệ và kiểm dịch thực vật',
  'Chuyển giao công nghệ', 'Chuyển giao người đang chấp hành án phạt tù', 'Chăn nuôi',
  'Chất lượng sản phẩm, hàng hóa', 'Chứng khoán', 'Các tổ chức tín dụng', 'Công an xã',
  'Công nghệ cao', 'Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài',
  'Cư trú', 'Doanh nghiệp', 'Du lịch', 'Dân số', 'Dân sự', 'Dạy nghề', 'Dẫn độ', 'Dữ liệu',
  'Giao dịch điện tử', 'Giao thông đường thủy nội địa', 'Giá', 'Giám định tư pháp', 'Giáo dục',
  'Giáo dục nghề nghiệp', 'Giáo dục quốc phòng và an ninh', 'Giáo dục đại học', 'Hàng hải Việt Nam',
  'Hàng không dân dụng Việt Nam', 'Hải quan', 'Hỗ trợ doanh nghiệp nhỏ và vừa', 'Hộ tịch',
  'Hợp tác xã', 'Khiếu nại', 'Khoa học, công nghệ và đổi mới sáng tạo', 'Khoáng sản',
  'Khám bệnh, chữa bệnh', 'Khí tượng thủy văn', 'Kinh doanh bất động sản', 'Kiến trúc',
  'Kiểm toán độc lập', 'Kế toán', 'Lao động', 'Luật sư', 'Lâm nghiệp', 'Lưu trữ',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở', 'Ngoại hối', 'Ngân hàng Nhà nước Việt Nam',
  'Ngân sách nhà nước', 'Người cao tuổi', 'Người khuyết tật', 'Người lao động Việt Nam đi làm việc tại nước ngoài',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Nhà giáo', 'Nhà ở',
  'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', 'Năng lượng nguyên tử',
  'Phá sản', 'Phí và lệ phí', 'Phòng bệnh', 'Phòng, chống bệnh truyền nhiễm', 'Phòng, chống khủng bố',
  'Phòng, chống rửa tiền', 'Phòng, chống tham nhũng', 'Phục hồi, phá sản', 'Quy hoạch', 'Quy hoạch đô thị',
  'Quản lý ngoại thương', 'Quản lý nợ công', 'Quản lý thuế', 'Quản lý, sử dụng tài sản công',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Quảng cáo',
  'Sở hữu trí tuệ', 'Thanh tra', 'Thi hành án dân sự', 'Thi hành án hình sự', 'Thuế giá trị gia tăng',
  'Thuế thu nhập cá nhân', 'Thuế thu nhập doanh nghiệp', 'Thuế tiêu thụ đặc biệt',
  'Thuế xuất khẩu, thuế nhập khẩu', 'Thủy lợi', 'Thủy sản', 'Thú y', 'Thương mại', 'Thống kê',
  'Thực hiện dân chủ ở cơ sở', 'Thực hành tiết kiệm, chống lãng phí', 'Tiêu chuẩn và quy chuẩn kỹ thuật',
  'Trách nhiệm bồi thường của Nhà nước', 'Trí tuệ nhân tạo', 'Trẻ em', 'Trồng trọt', 'Trợ giúp pháp lý',
  'Tài nguyên nước', 'Tài nguyên, môi trường biển và hải đảo', 'Tư pháp người chưa thành niên',
  'Tương trợ tư pháp về dân sự', 'Tương trợ tư pháp về hình sự', 'Tần số vô tuyến điện', 'Tố cáo',
  'Tố tụng dân sự', 'Tố tụng hình sự', 'Tổ chức Chính phủ', 'Tổ chức Quốc hội',
  'Tổ chức chính quyền địa phương', 'Viên chức', 'Viễn thông', 'Việc làm', 'Xuất bản', 'Xây dựng',
  'Xử lý vi phạm hành chính', 'Án phí, lệ phí tòa án', 'Đa dạng sinh học', 'Điều ước quốc tế',
  'Điện lực', 'Điện ảnh', 'Đo lường', 'Đo đạc và bản đồ', 'Đê điều', 'Đường sắt', 'Đất đai',
  'Đấu giá tài sản', 'Đấu thầu', 'Đầu tư', 'Đầu tư công', 'Đầu tư theo phương thức đối tác công tư',
  'Địa chất và khoáng sản', 'Ưu đãi người có công với cách mạng',
  // In the body of gazette documents.
  'Cán bộ, công chức', 'Thi đua, khen thưởng', 'Hôn nhân và gia đình', 'Công đoàn', 'Tín ngưỡng, tôn giáo',
  'Phòng, chống mua bán người', 'Phòng, chống ma túy', 'Hình sự',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', 'Trật tự, an toàn giao thông đường bộ',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  // In the căn cứ of provincial documents of an outside probe (2007–2017; not in the gazette folder).
  'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', 'Tổ chức HĐND và UBND', 'Phổ biến, giáo dục pháp luật',
  'Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân',
  // With "và" (sixteenth outside probe: cut at "pháp luật", it became the law of 2015).
  'Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân',
  // In the căn cứ and bodies of the fourth outside probe (2011–2026): names that run past "và" or a
  // comma, or that a line break splits ("Luật Mặt trận\nTổ quốc Việt Nam": a known name is walked
  // across a line break, an unknown one is not).
  'Mặt trận Tổ quốc Việt Nam', 'Tổ chức Hội đồng nhân dân, Ủy ban nhân dân',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', 'Bầu cử đại biểu Quốc hội và đại biểu HĐND',
  // Without the second "đại biểu", as news writes it (eighty-first outside probe: cut at "và Hội").
  'Bầu cử đại biểu Quốc hội và Hội đồng nhân dân',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', 'Quản lý tài sản công',
  // Of the fifth outside probe (Front and mass-organisation reports).
  'Phòng, chống bạo lực gia đình', 'Bình đẳng giới', 'Thanh niên',
  // Of the twelfth outside probe (a provincial decision's căn cứ, PDF lines broken inside the names),
  // then the corpus's own law names that a word of STOP had cut ("Giao thông đường bộ" read "Giao"),
  // and other laws' names with such a word ("Tiếp công dân", "… của rượu, bia").
  'Công nghệ thông tin', 'Tiếp cận thông tin', 'Giao thông đường bộ', 'Quản lý và đầu tư vốn nhà nước tại doanh nghiệp',
  'Tiếp công dân', 'Hòa giải, đối thoại tại Tòa án', 'Kinh doanh bảo hiểm', 'Bảo vệ và phát triển rừng',
  'Bảo vệ sức khỏe nhân dân', 'Phòng, chống tác hại của rượu, bia', 'Phòng, chống tác hại của thuốc lá',
  'Thi hành tạm giữ, tạm giam',
  // Of the thirty-first outside probe: the short name writers give the law of 2022 (Sở Nội vụ Hà Nam's page).
  'Thực hiện dân chủ cơ sở',
  // Names a word of STOP cut ("Luật Chuyển đổi" for "… số", "Luật Sĩ" for "… quan …"; twelfth session, a list
  // of laws tried against the reader): each read in the gazette folder after "Luật", and the first four also
  // records of the corpus's thirty-first round.
  'Khoa học và công nghệ', 'Chuyển đổi số', 'Sĩ quan Quân đội nhân dân Việt Nam', 'Thể dục, thể thao',
  'Di sản văn hóa', 'Xuất cảnh, nhập cảnh của công dân Việt Nam', 'Bưu chính', 'Công nghiệp công nghệ số',
  'Công nghiệp quốc phòng, an ninh và động viên công nghiệp', 'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác',
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người',
  // The law of 1998 that the 2011 laws on complaints and on denunciations replaced, a record of the corpus's
  // thirty-fourth round (forty-first outside probe: cut at its comma, it had become the 2011 Luật Khiếu nại).
  'Khiếu nại, tố cáo',
  // Of the seventy-fifth outside probe: the law of 2024 replacing Luật Quy hoạch đô thị (cut at "và", it had become the
  // 2009 law); and a corpus law with a comma.
  'Quy hoạch đô thị và nông thôn', 'Phòng, chống thiên tai',
  // The law of 2025 replacing Luật Thực hành tiết kiệm, chống lãng phí (corpus round 54), with its comma.
  'Tiết kiệm, chống lãng phí',
  // Of the eighty-third and eighty-fourth outside probes (fire prevention, children): cut at "và" and at the comma.
  'Phòng cháy và chữa cháy', 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Bảo vệ, chăm sóc và giáo dục trẻ em',
  // The ordinances the corpus names since the ninety-fifth outside probe.
  'Thực hiện dân chủ ở xã, phường, thị trấn',
  // Defence laws of the corpus's sixty-second round (hundred-and-fifth outside probe: the list of the eleven laws
  // 98/2025/QH15 amends was read "Luật Phòng", "Luật Lực lượng dự", "Luật Quản lý").
  'Phòng không nhân dân', 'Lực lượng dự bị động viên', 'Quản lý, bảo vệ công trình quốc phòng và khu quân sự',
  // Laws of the corpus's seventy-fifth round (hundred-and-twenty-second and -fourth outside probes): cut at "dụng" and at
  // "và", the energy law was read "Luật Sử" and left unknown.
  'Sử dụng năng lượng tiết kiệm và hiệu quả', 'Trưng mua, trưng dụng tài sản', 'Hoạt động chữ thập đỏ', 'Giao dịch điện tử',
  'Khai thác và bảo vệ công trình thủy lợi',
  // The 2004 law's name with the two councils in the other order, as a provincial resolution of 2010 writes it ("Luật
  // Ban hành văn bản quy phạm pháp luật\ncủa UBND, HĐND ngày 03 tháng 12 năm 2004"; hundred-and-twenty-ninth outside
  // probe: cut at "pháp luật", its date lost, it had become the law of 2008).
  'Ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân, Hội đồng nhân dân',
  // The election law of 2003, a record of the corpus's eighty-fifth round ("đồng", a word of STOP, had cut it at "Hội").
  'Bầu cử đại biểu Hội đồng nhân dân',
  // Of the hundred-and-forty-first outside probe (courts and procuracies): cut at "quan" and at "hành", words of STOP.
  'Tổ chức cơ quan điều tra hình sự', 'Tố tụng hành chính',
  // The treaty law of 2005, a record of the corpus's hundred-and-sixth round (cut at its comma, read "Luật Ký kết").
  'Ký kết, gia nhập và thực hiện điều ước quốc tế',
  // The health law's short name with its comma, "Luật Khám, chữa bệnh năm 2023" (cut at the comma to "Luật Khám"); the
  // corpus holds "Luật Khám chữa bệnh" as an alias of the laws of 2009 and 2023.
  'Khám, chữa bệnh',
  // The ordinance of 2007 on international agreements, a record of the corpus's hundred-and-twenty-seventh round (cut at
  // "và", read "Pháp lệnh Ký kết"; two hundred and sixty-first outside probe).
  'Ký kết và thực hiện thỏa thuận quốc tế',
  // The civil defence law of 2023: unknown here, its name ran on into the sentence ("Luật Phòng thủ dân sự kịp thời";
  // two hundred and sixty-fifth outside probe).
  'Phòng thủ dân sự',
  // The flood and storm ordinance of 1993, a record of the corpus's hundred-and-twenty-eighth round (cut at its comma, read
  // "Pháp lệnh Phòng"; two hundred and sixty-fifth outside probe).
  'Phòng, chống lụt, bão',
  // The bundled corpus's other laws and ordinances (corpus/laws/core.json, thirty-seventh session): a one-word name in small
  // letters is read only when known ("Căn cứ Luật dược ngày 14/6/2005" in ministries' circulars of 2005–2010; probe 325:
  // not read), and a known name is walked across a line break.
  'Hòa giải ở cơ sở', 'Cơ yếu', 'Thủ đô', 'Dự trữ quốc gia', 'Dân quân tự vệ', 'Công an nhân dân', 'Nghĩa vụ quân sự',
  'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân', 'Biên phòng Việt Nam', 'An ninh quốc gia', 'Quốc phòng',
  'Trưng cầu ý dân', 'Thư viện', 'Căn cước công dân', 'Biển Việt Nam', 'Cảnh sát biển Việt Nam', 'Dược', 'Nuôi con nuôi',
  'Quản lý, sử dụng tài sản nhà nước', 'Đường bộ', 'Kiểm toán nhà nước', 'Căn cước', 'Các công cụ chuyển nhượng',
  'Thỏa thuận quốc tế', 'Quốc tịch Việt Nam', 'Thủ đô Hà Nội', 'Bộ đội biên phòng', 'Hoạt động giám sát của Quốc hội',
  // A law of December 2025 whose name extends a known one (forty-first session's probe 394: "Luật Thương mại điện tử, …
  // có hiệu lực từ ngày 1/7/2026" was read "Luật Thương mại", the law of 2005, and told its effective day was wrong); the
  // gazette folder writes it in small letters.
  'Thương mại điện tử',
  // The export and import tax law with its second "thuế" left out, an alias of 107/2016/QH13 ("Luật sửa đổi, bổ sung một số
  // điều Luật Thuế xuất khẩu, nhập khẩu"; forty-ninth session's probe 459: cut at the comma, read "Luật Thuế xuất khẩu").
  'Thuế xuất khẩu, nhập khẩu',
  // The land-use tax laws: "dụng" ends a name ("áp dụng"), so "Luật Thuế sử dụng đất phi nông nghiệp 2010" was read "Luật
  // Thuế sử" (forty-ninth session's probe 466). The second is 48/2010/QH12 in corpus/laws/core.json.
  'Thuế sử dụng đất nông nghiệp', 'Thuế sử dụng đất phi nông nghiệp',
  // The ordinance of 2022 on obstructing proceedings, a record of the corpus's hundred-and-seventy-sixth round (cut at "hành",
  // a word of STOP: read "Pháp lệnh Xử phạt vi phạm").
  'Xử phạt vi phạm hành chính đối với hành vi cản trở hoạt động tố tụng',
  // Laws of the corpus's hundred-and-eightieth round: "tư" and "tham gia" end names too often ("Luật Lý lịch tư" and "Luật
  // Tham gia" were read).
  'Lý lịch tư pháp', 'Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc',
  // Laws of 1987–2003 whose names extend a known one, in a timeline of Đổi Mới (fifty-fourth session's probe 504: "Luật đầu tư
  // nước ngoài tại Việt Nam" of 1987 was read "Luật đầu tư", the law of 2025, and "Luật doanh nghiệp tư nhân" of 1990 the
  // Luật Doanh nghiệp of 2020; "ngoài" is a word of STOP and a known name is never run on).
  'Đầu tư nước ngoài tại Việt Nam', 'Doanh nghiệp tư nhân', 'Doanh nghiệp nhà nước',
  // The 2004 law on the councils' documents without its "của", as a provincial text of 2008 abbreviates it ("Luật ban hành
  // văn bản QPPL HĐND và UBND năm 2004"; fifty-fourth session's probe 505: cut at "pháp luật", it became the law of 2008).
  'Ban hành văn bản quy phạm pháp luật Hội đồng nhân dân và Ủy ban nhân dân',
];

/**
 * Abbreviations writers use inside a law's name ("Luật Bầu cử ĐBQH và đại biểu HĐND"; seventh
 * outside probe): a name is read, and matched to its record, as if written out.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ĐBQH: 'đại biểu Quốc hội',
  // "Luật Hoạt động giám sát của QH và HĐND năm 2025", "Luật Tổ chức QH năm 2014" (forty-first session's probe 407: cut short,
  // unresolved).
  QH: 'Quốc hội',
  HĐND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  VBQPPL: 'văn bản quy phạm pháp luật',
  // "Luật ban hành văn bản QPPL ngày 10/7/2015" (ninety-sixth outside probe: not read as the law, its wrong day untold).
  QPPL: 'quy phạm pháp luật',
  // "Luật PCCC và CNCH" (ninety-third outside probe: cut to "Luật PCCC", it had become the law of 2001, not 55/2024/QH15).
  PCCC: 'phòng cháy, chữa cháy',
  CNCH: 'cứu nạn, cứu hộ',
  MTTQ: 'Mặt trận Tổ quốc',
  // "Luật Ban hành VB QPPL", "Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở" (two hundred and sixteenth outside probe: the
  // first not found, the second cut at "ở").
  VB: 'văn bản',
  ANTT: 'an ninh, trật tự',
  // "Luật KH&CN", "Luật KHCN" (three hundred and forty-sixth outside probe: left unmatched though the year and the Assembly's
  // term were read). "&" joins two words as "và" (extract/citations/laws.ts).
  KH: 'khoa học',
  CN: 'công nghệ',
  KHCN: 'khoa học và công nghệ',
  // The tax and insurance laws by their initials: "Luật Thuế GTGT", "Luật thuế TNDN" (fifty-first session's probe 473: not
  // resolved, though the same text resolved the names written out).
  GTGT: 'giá trị gia tăng',
  TNDN: 'thu nhập doanh nghiệp',
  TNCN: 'thu nhập cá nhân',
  TTĐB: 'tiêu thụ đặc biệt',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  NSNN: 'ngân sách nhà nước',
};
