// The report's own header and its sections. Each case is a document and the fields expected;
// every span read is checked against the text it claims.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read } from '../../../server/src/core/extract/reading';

interface HeaderExpect {
  body: string | null;
  number: string | null;
  place: string | null;
  date: string | null;
  kind: string | null;
  subject: string | null;
  type?: 'tổng kết' | 'sơ kết' | null;
}

function check(text: string, e: HeaderExpect): void {
  const h = read(text).header;
  assert.deepEqual(
    {
      body: h.issuingBody?.text ?? null,
      number: h.number?.id ?? null,
      place: h.placeDate?.place ?? null,
      date: h.placeDate?.date.iso ?? null,
      kind: h.kind?.text ?? null,
      subject: h.subject?.text ?? null,
      ...(e.type !== undefined ? { type: h.reportType } : {}),
    },
    e,
  );
  // The span covers the number as written; the id is it without wraps, a space typed for the state hyphen made one.
  if (h.number) assert.equal(text.slice(h.number.span.start, h.number.span.end).replace(/(?<![-/]) (UBND)$/u, '-$1').replace(/\s+/g, ''), h.number.id);
  if (h.placeDate) assert.equal(text.slice(h.placeDate.span.start, h.placeDate.span.end).normalize('NFC'), h.placeDate.text);
  if (h.kind) assert.equal(text.slice(h.kind.span.start, h.kind.span.end).normalize('NFC').replace(/\s+/g, ' '), h.kind.text);
}

const cases: [string, string, HeaderExpect][] = [
  [
    // The rule under the issuer glued to the number by a copy (thirty-ninth session's probe 368: "Số: 41-QĐ/TW" was taken
    // for a citation of the Politburo's own decision, and the motto for part of the issuer).
    'a number glued to the rule of dashes above it',
    'BỘ CHÍNH TRỊ\n-------Số: 41-QĐ/TW\n\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n--------------Hà Nội, ngày 03 tháng 11 năm 2021\nQUY ĐỊNH\nVỀ VIỆC MIỄN NHIỆM, TỪ CHỨC ĐỐI VỚI CÁN BỘ\n',
    { body: 'BỘ CHÍNH TRỊ', number: '41-QĐ/TW', place: 'Hà Nội', date: '2021-11-03', kind: 'QUY ĐỊNH', subject: 'VỀ VIỆC MIỄN NHIỆM, TỪ CHỨC ĐỐI VỚI CÁN BỘ' },
  ],
  [
    // A template whose place is left as dots (two hundred and twenty-fifth outside probe: the report was judged as of today).
    'a date line whose place is a template\'s dots',
    'ỦY BAN NHÂN DÂN\nXÃ ..........\nSố:\n/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n.........., ngày 20 tháng 6 năm 2018\nBÁO CÁO\nTình hình phát triển kinh tế - xã hội',
    { body: 'ỦY BAN NHÂN DÂN XÃ ..........', number: null, place: '..........', date: '2018-06-20', kind: 'BÁO CÁO', subject: 'Tình hình phát triển kinh tế - xã hội' },
  ],
  [
    // A header a copy ran into one line (ninety-third and ninety-fourth outside probes: the date line was missed, and a
    // decision of 2011 was judged as of today).
    'a header run into one line: the number and the date line after the motto',
    'Quyết định số 22/2011/QĐ-UBND ppsx\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 22/2011/QĐ-UBND Hà Nội, ngày 18 tháng 07 năm 2011 QUYẾT ĐỊNH BAN HÀNH “QUY ĐỊNH VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG” ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;',
    { body: null, number: '22/2011/QĐ-UBND', place: 'Hà Nội', date: '2011-07-18', kind: null, subject: null },
  ],
  [
    // … with the rules of dashes under the columns between the motto and the number (fiftieth session's probe 469: a decision
    // of 2009 was judged as of today).
    'a header run into one line with the rules of dashes after the motto',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc ------- --------- Số: 17/2009/QĐ-UBND TP. Hồ Chí Minh, ngày 12 tháng 02 năm 2009 QUYẾT ĐỊNH BAN HÀNH QUY HOẠCH ĐỊNH HƯỚNG PHÁT TRIỂN HỆ THỐNG CHỢ\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
    { body: null, number: '17/2009/QĐ-UBND', place: 'TP. Hồ Chí Minh', date: '2009-02-12', kind: null, subject: null },
  ],
  [
    // A district by its number (fiftieth session's probe 472: the date was missed).
    'a date line whose place is a district by its number',
    'HỘI ĐỒNG NHÂN DÂN QUẬN 2 |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 01/2008/NQ-HĐND |\nQuận 2, ngày 11 tháng 01 năm 2008 |\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008',
    { body: 'HỘI ĐỒNG NHÂN DÂN QUẬN 2', number: '01/2008/NQ-HĐND', place: 'Quận 2', date: '2008-01-11', kind: null, subject: null },
  ],
  [
    // The same from a PDF whose extraction dropped the motto's dashes and left four spaces after it (two-hundredth outside
    // probe: a decision of 2021 was judged as of today, two laws told replaced).
    'a header run into one line with wide gaps after the motto',
    'Nội dung Text: Quyết định số 1973/2021/QĐ-TTg\n\n  1. THỦ TƯỚNG CHÍNH  CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM PHỦ Độc lập  Tự do  Hạnh phúc    Số: 1973/QĐTTg Hà Nội, ngày 23 tháng 11 năm 2021   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH QUỐC GIA THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    { body: null, number: '1973/QĐTTg', place: 'Hà Nội', date: '2021-11-23', kind: null, subject: null },
  ],
  [
    // A letter whose number is left blank until it is signed (seventy-eighth outside probe: no body was read, and the
    // date line's Hà Nội became the province of a ministry's letter).
    'a letter with its number left blank keeps its issuing body',
    'BỘ GIÁO DỤC VÀ ĐÀO TẠO  \n\nSố:        /BGDĐT-GDTrH \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\nĐộc lập - Tự do - Hạnh phúc \n\nHà Nội, ngày 5 tháng 02 năm 2021\n\nKính gửi: các Sở Giáo dục và Đào tạo',
    { body: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', number: null, place: 'Hà Nội', date: '2021-02-05', kind: null, subject: null },
  ],
  [
    // A page extracted without the blank line under a subject in capitals (seventy-seventh outside probe: "… ĐẾN NĂM
    // 2045 Tại phiên họp ngày" was the subject); a symbol's small letters ("QĐ-TTg") leave a line in capitals.
    'a subject in capitals ends where running text starts',
    'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 49-KL/TW\nHà Nội, ngày 28 tháng 02 năm 2023\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nVỀ ĐỊNH HƯỚNG PHÁT TRIỂN ĐƯỜNG SẮT THEO QUYẾT ĐỊNH 1468/QĐ-TTg\nTại phiên họp ngày\n08/02/2023, sau khi nghe …',
    { body: 'BAN CHẤP HÀNH TRUNG ƯƠNG', number: '49-KL/TW', place: 'Hà Nội', date: '2023-02-28', kind: 'KẾT LUẬN', subject: 'CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG PHÁT TRIỂN ĐƯỜNG SẮT THEO QUYẾT ĐỊNH 1468/QĐ-TTg' },
  ],
  [
    'a Party subject in running case under its issuer line in capitals goes on',
    'NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\nlên thành phố trực thuộc tỉnh vào năm 2025\n\nThực hiện Nghị quyết Đại hội',
    { body: null, number: null, place: null, date: null, kind: 'NGHỊ QUYẾT', subject: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025' },
  ],
  [
    // A legal database's page opens with the document's title in capitals (seventy-seventh outside probe: read as the
    // issuing body); the header itself follows on one line.
    'a title in capitals above a page is no issuing body',
    'QUYẾT ĐỊNH BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN ĐÔ THỊ TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2011-2015\n\nNội dung Text: Quyết định số 941/QĐ-UBND\n\nSố: 941/QĐ-UBND Quảng Ngãi, ngày 25 tháng 5 năm 2011\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;',
    { body: null, number: '941/QĐ-UBND', place: 'Quảng Ngãi', date: '2011-05-25', kind: null, subject: null },
  ],
  [
    'Party report, two columns',
    'ĐẢNG BỘ TỈNH HÀ TĨNH              ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN TỈNH ỦY\n*\nSố 45-BC/BDVTU                    Hà Tĩnh, ngày 25 tháng 8 năm 2023\n\nBÁO CÁO\nTổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW\n\nI. KẾT QUẢ',
    { body: 'ĐẢNG BỘ TỈNH HÀ TĨNH BAN DÂN VẬN TỈNH ỦY', number: '45-BC/BDVTU', place: 'Hà Tĩnh', date: '2023-08-25', kind: 'BÁO CÁO', subject: 'Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW', type: 'tổng kết' },
  ],
  [
    'Markdown draft with emphasis and headings',
    '**ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH**\n**BAN DÂN VẬN**\n\\*\nSố 12-BC/BDV\n\n*Hà Tĩnh, ngày 05 tháng 01 năm 2024*\n\n# BÁO CÁO\n## Sơ kết công tác dân vận năm 2023\n\nPHẦN THỨ NHẤT',
    { body: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH BAN DÂN VẬN', number: '12-BC/BDV', place: 'Hà Tĩnh', date: '2024-01-05', kind: 'BÁO CÁO', subject: 'Sơ kết công tác dân vận năm 2023', type: 'sơ kết' },
  ],
  [
    'state circular as the gazette prints it (running head first, number and date in two columns)',
    'CÔNG BÁO/Số 351 + 352/Ngày 08-02-2023\n7\n\nBỘ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 11/2023/TT-BNV        Hà Nội, ngày 30 tháng 11 năm 2023\n\nTHÔNG TƯ\nHướng dẫn về công tác văn thư\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;',
    { body: 'BỘ NỘI VỤ', number: '11/2023/TT-BNV', place: 'Hà Nội', date: '2023-11-30', kind: 'THÔNG TƯ', subject: 'Hướng dẫn về công tác văn thư' },
  ],
  [
    // The motto split after "XÃ" (thirty-seventh outside probe: "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    'a ministry circular with the quốc hiệu split after "XÃ"',
    'BỘ CÔNG AN\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 09/2024/TT-BCA\n|\nHà Nội, ngày 13 tháng 3 năm 2024\n\nTHÔNG TƯ\nQuy định về công tác dân vận\n',
    { body: 'BỘ CÔNG AN', number: '09/2024/TT-BCA', place: 'Hà Nội', date: '2024-03-13', kind: 'THÔNG TƯ', subject: 'Quy định về công tác dân vận' },
  ],
  [
    // The place wrapped by a narrow column (forty-seventh outside probe: read "Hóa").
    'a provincial decision with its place wrapped over two lines',
    'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 183/QĐ-UBND\n|\nThanh\nHóa, ngày 15 tháng 01 năm 2020\n|\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH CÔNG TÁC TƯ PHÁP NĂM 2020\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    { body: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', number: '183/QĐ-UBND', place: 'Thanh Hóa', date: '2020-01-15', kind: 'QUYẾT ĐỊNH', subject: 'VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH CÔNG TÁC TƯ PHÁP NĂM 2020' },
  ],
  [
    // A portal's table turned into Markdown (fifteenth outside probe): a body's last word wraps alone
    // ("PHỦ**"), the motto wraps in two lines; neither is lost nor glued on.
    'a table header in Markdown, the body and the motto wrapped inside the cells',
    '|\n**THỦ TƯỚNG CHÍNH\nPHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 2597/QĐ-TTg\n|\n*Hà Nội, ngày 27 tháng 11 năm 2025*\n|\n\n**QUYẾT ĐỊNH**\n\nPHÊ DUYỆT ĐỀ ÁN\n\nCăn cứ Luật Tổ chức Chính phủ;',
    { body: 'THỦ TƯỚNG CHÍNH PHỦ', number: '2597/QĐ-TTg', place: 'Hà Nội', date: '2025-11-27', kind: 'QUYẾT ĐỊNH', subject: 'PHÊ DUYỆT ĐỀ ÁN' },
  ],
  [
    // A council's resolution: the subject ends above the council's line and its session (thirty-seventh session's probe 327:
    // "… NĂM 2023 HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG KHÓA X - KỲ HỌP THỨ 7" was the subject).
    'a People\'s Council resolution with its council and session under the subject',
    'HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG\nSố: 37/NQ-HĐND\nTiền Giang, ngày 10 tháng 12 năm 2022\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2023\nHỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG\nKHÓA X - KỲ HỌP THỨ 7\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    { body: 'HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG', number: '37/NQ-HĐND', place: 'Tiền Giang', date: '2022-12-10', kind: 'NGHỊ QUYẾT', subject: 'VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2023' },
  ],
  [
    // … "KHOÁ XVI KỲ HỌP THỨ 2" with no mark between; a subject line that wraps onto "ỦY BAN NHÂN DÂN …" still goes on.
    'a council\'s session line without a separator',
    'NGHỊ QUYẾT\nVỀ THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2011\nHỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nKHOÁ XVI KỲ HỌP THỨ 2\n\nNội dung.',
    { body: null, number: null, place: null, date: null, kind: 'NGHỊ QUYẾT', subject: 'VỀ THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2011' },
  ],
  [
    'a subject wrapped onto a body\'s name goes on',
    'QUYẾT ĐỊNH\nVỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH\n\nNội dung.',
    { body: null, number: null, place: null, date: null, kind: 'QUYẾT ĐỊNH', subject: 'VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH' },
  ],
  [
    // The issuer, the number, the motto and the place-and-date run into one line (thirty-eighth session's probe 330: the
    // decision's number was taken for a citation and its date lost).
    'a header run into one line, the motto without its second line',
    'ỦY BAN NHÂN DÂN Số: 53/2017/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Đồng Tháp, ngày 21 tháng 12 năm 2017 |\n\nQUYẾT ĐỊNH\n\nCăn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;',
    { body: null, number: '53/2017/QĐ-UBND', place: 'Đồng Tháp', date: '2017-12-21', kind: 'QUYẾT ĐỊNH', subject: null },
  ],
  [
    // The hyphen typed as a space in the decision's own number (sixty-third outside probe: read as a citation,
    // told it was unknown and badly written).
    'a provincial decision whose own number has a space for the hyphen',
    'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc\nSố: 86/QĐ UBND\nBình Phước, ngày 12 tháng 01 năm 2012\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nCăn cứ Quyết định số 282/QĐ-TTg ngày 24/2/2011 của Thủ tướng Chính phủ;',
    { body: 'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC', number: '86/QĐ-UBND', place: 'Bình Phước', date: '2012-01-12', kind: 'QUYẾT ĐỊNH', subject: 'Về việc ban hành Kế hoạch' },
  ],
  [
    // A web copy's place and date in figures, alone on its line (sixteenth outside probe).
    'a place and a numeric date on their own line',
    'Kế hoạch "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"\nHà Nội, 10/05/2010\n\nThực hiện Kế hoạch số 20-KH/TU ngày 18/1/2007 của Thành ủy Hà Nội, …',
    { body: null, number: null, place: 'Hà Nội', date: '2010-05-10', kind: null, subject: null },
  ],
  [
    // Spaces left for the day to be written in (seventeenth outside probe).
    'a dateline padded around the day',
    'BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 26-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày   19    tháng 5 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội XIII của Đảng\n\nI. MỤC ĐÍCH',
    { body: 'BAN CHẤP HÀNH TRUNG ƯƠNG', number: '26-CTr/TWĐTN-VP', place: 'Hà Nội', date: '2021-05-19', kind: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', subject: 'thực hiện Nghị quyết Đại hội XIII của Đảng' },
  ],
  [
    // The day left blank for the signature: the month's last day (seventeenth outside probe).
    'a dateline whose day is blank',
    'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC\nSố      -/ĐU\nThái Nguyên, ngày       tháng 10 năm 2021\n\nQUYẾT ĐỊNH\nV/v ban hành Hướng dẫn\n\nCăn cứ Điều lệ Đảng;',
    { body: 'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC', number: null, place: 'Thái Nguyên', date: '2021-10-31', kind: 'QUYẾT ĐỊNH', subject: 'V/v ban hành Hướng dẫn' },
  ],
  [
    // The month blank too, a draft dated by its year: the year's last day (two-hundred-and-forty-seventh outside probe).
    'a dateline whose day and month are blank',
    'BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố:      /TTr-BTTTT\nHà Nội, ngày    tháng    năm 2020\n\nTỜ TRÌNH\nDự thảo Nghị định\n\nCăn cứ Luật Tổ chức Chính phủ;',
    { body: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG', number: null, place: 'Hà Nội', date: '2020-12-31', kind: 'TỜ TRÌNH', subject: 'Dự thảo Nghị định' },
  ],
  [
    // A cell's first word wrapped alone onto the line above, the body's and the motto's (twenty-first
    // outside probe: "PHÒNG CHÍNH PHỦ CỘNG HÒA …").
    'a table header whose first words wrapped alone',
    'VĂN\nPHÒNG CHÍNH PHỦ |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 213/TB-VPCP |\nHà Nội, ngày 19 tháng 06 năm 2019 |\n\nTHÔNG BÁO\nKết luận của Thủ tướng\n',
    { body: 'VĂN PHÒNG CHÍNH PHỦ', number: '213/TB-VPCP', place: 'Hà Nội', date: '2019-06-19', kind: 'THÔNG BÁO', subject: 'Kết luận của Thủ tướng' },
  ],
  [
    'a law: "Luật số:"',
    'QUỐC HỘI\n\nLuật số: 51/2024/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\nCăn cứ Hiến pháp;',
    { body: 'QUỐC HỘI', number: '51/2024/QH15', place: null, date: null, kind: 'LUẬT', subject: 'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ' },
  ],
  [
    'a joint circular whose symbol wraps after a hyphen',
    'BỘ NỘI VỤ - BỘ TÀI CHÍNH\n\nSố: 01/2022/TTLT-BNV-\nBTC-BLĐTBXH\nHà Nội, ngày 18 tháng 02 năm 2022\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp\n',
    { body: 'BỘ NỘI VỤ - BỘ TÀI CHÍNH', number: '01/2022/TTLT-BNV-BTC-BLĐTBXH', place: 'Hà Nội', date: '2022-02-18', kind: 'THÔNG TƯ LIÊN TỊCH', subject: 'Hướng dẫn phối hợp' },
  ],
  [
    'a web page: "Hôm nay, ngày …" is not a place and date line',
    'Hôm nay, ngày 22 tháng 1 năm 2019\nCỡ chữ: A+ A-\n\nTầm quan trọng của công tác dân vận',
    { body: null, number: null, place: null, date: null, kind: null, subject: null },
  ],
  [
    'a wrapped body line starting with "số" is not the header number',
    'Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế\nsố 25/2008/QH12 đã được sửa đổi.',
    { body: null, number: null, place: null, date: null, kind: null, subject: null },
  ],
  [
    'a place whose words a hyphen joins (outside probe: a 2007 Ninh Thuận decision)',
    'ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 55/2007/QĐ-UBND\n\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\n\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n',
    { body: 'ỦY BAN NHÂN DÂN TỈNH NINH THUẬN', number: '55/2007/QĐ-UBND', place: 'Phan Rang-Tháp Chàm', date: '2007-03-05', kind: 'QUYẾT ĐỊNH', subject: 'Về việc ban hành quy chế' },
  ],
  [
    'a place with a spaced hyphen, in the right-hand column',
    'UBND TỈNH BÀ RỊA - VŨNG TÀU\nSố: 12/KH-UBND          Bà Rịa - Vũng Tàu, ngày 9 tháng 4 năm 2024\n\nKẾ HOẠCH\nTriển khai công tác dân vận\n',
    { body: 'UBND TỈNH BÀ RỊA - VŨNG TÀU', number: '12/KH-UBND', place: 'Bà Rịa - Vũng Tàu', date: '2024-04-09', kind: 'KẾ HOẠCH', subject: 'Triển khai công tác dân vận' },
  ],
  [
    'a two-column header flattened into table lines (fourth outside probe: legal portals copy it so)',
    'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 30/2018/QĐ-UBND | Hải Phòng, ngày 09 tháng 10 năm 2018 |\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM\n',
    { body: 'ỦY BAN NHÂN DÂN', number: '30/2018/QĐ-UBND', place: 'Hải Phòng', date: '2018-10-09', kind: 'QUYẾT ĐỊNH', subject: 'BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM' },
  ],
  [
    'the number and the place-and-date on one line, one space between (seventh outside probe)',
    'CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 300/BC-CP Hà Nội, ngày 03 tháng 5 năm 2025\nBÁO CÁO\nVỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA\n',
    { body: 'CHÍNH PHỦ', number: '300/BC-CP', place: 'Hà Nội', date: '2025-05-03', kind: 'BÁO CÁO', subject: 'VỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA' },
  ],
  [
    'a letter\'s "V/v" run onto the number\'s line, a space before the slash (forty-eighth session\'s probe 454)',
    'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 9476 /BNNMT-CNTY V/v trả lời bổ sung kiến nghị của cử tri\nHà Nội, ngày 24 tháng 11 năm 2025\nKính gửi: Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh.\n',
    { body: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number: '9476/BNNMT-CNTY', place: 'Hà Nội', date: '2025-11-24', kind: null, subject: null },
  ],
  [
    'the number and the place-and-date on one line, no comma after the place (hundred-and-fourteenth outside probe)',
    'CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 114/NQ-CP Hà Nội ngày 29 tháng 4 năm 2025\nNGHỊ QUYẾT\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI\n',
    { body: 'CHÍNH PHỦ', number: '114/NQ-CP', place: 'Hà Nội', date: '2025-04-29', kind: 'NGHỊ QUYẾT', subject: 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI' },
  ],
  [
    'a law\'s number with its kind, and the place-and-date on one line (two hundred and tenth outside probe)',
    'QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: 65/2025/QH15 Hà Nội, ngày 19 tháng 02 năm 2025\nLUẬT\nTỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n',
    { body: 'QUỐC HỘI', number: '65/2025/QH15', place: 'Hà Nội', date: '2025-02-19', kind: 'LUẬT', subject: 'TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG' },
  ],
  [
    'the place and date glued to the rule of dashes that opens their line (two hundred and sixteenth outside probe)',
    'CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 92/2012/NĐ-CP\n-------------Hà Nội, ngày 08 tháng 11 năm 2012\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT VÀ BIỆN PHÁP THI HÀNH PHÁP LỆNH TÍN NGƯỠNG, TÔN GIÁO\n',
    { body: 'CHÍNH PHỦ', number: '92/2012/NĐ-CP', place: 'Hà Nội', date: '2012-11-08', kind: 'NGHỊ ĐỊNH', subject: 'QUY ĐỊNH CHI TIẾT VÀ BIỆN PHÁP THI HÀNH PHÁP LỆNH TÍN NGƯỠNG, TÔN GIÁO' },
  ],
  [
    'a space before the comma and a capital "Ngày" (hundred-and-forty-sixth outside probe: a law of 2005 was read as of today)',
    'QUỐC HỘI\nSố: 48/2005/QH11\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\no0o\nHà Nội , Ngày 29 tháng 11 năm 2005\nLUẬT\nTHỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ\n',
    { body: 'QUỐC HỘI', number: '48/2005/QH11', place: 'Hà Nội', date: '2005-11-29', kind: 'LUẬT', subject: 'THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ' },
  ],
  [
    'the day glued to "tháng" (two hundred and ninety-sixth outside probe: a women\'s union report of 2022 was read as of today)',
    'HỘI LHPN XÃ CHỈ ĐẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCHI HỘI PN THÔN ĐÔNG MAI Độc lập - Tự do - Hạnh phúc\n\nĐông Mai, ngày 22tháng 01 năm 2022\n\nBÁO CÁO THÀNH TÍCH\n',
    // FIXME: the kind "BÁO CÁO THÀNH TÍCH" under a header whose body line also holds the motto is not read.
    { body: null, number: null, place: 'Đông Mai', date: '2022-01-22', kind: null, subject: null },
  ],
  [
    'a header run into one line: the place and date right after the motto, no comma (hundred-and-forty-ninth outside probe)',
    'HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ Số 04 2013 NQ-HĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Phú Thọ ngày 15 tháng 7 năm 2013 NGHỊ QUYẾT QUY ĐỊNH MỨC HỖ TRỢ\n',
    { body: null, number: null, place: 'Phú Thọ', date: '2013-07-15', kind: null, subject: null },
  ],
  [
    'the place glued to the number ends it (120th outside probe), and a Government symbol with "TTg" is not cut',
    'CHÍNH PHỦ\nSố: 116/2021/NĐ-CPHà Nội, ngày 21 tháng 12 năm 2021\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU\n',
    { body: 'CHÍNH PHỦ', number: '116/2021/NĐ-CP', place: 'Hà Nội', date: '2021-12-21', kind: 'NGHỊ ĐỊNH', subject: 'QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU' },
  ],
  [
    'a Prime Minister\'s number one space before the place keeps its "TTg"',
    'THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/QĐ-TTg Hà Nội, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN\n',
    { body: 'THỦ TƯỚNG CHÍNH PHỦ', number: '12/QĐ-TTg', place: 'Hà Nội', date: '2024-01-05', kind: 'QUYẾT ĐỊNH', subject: 'PHÊ DUYỆT ĐỀ ÁN' },
  ],
  [
    'spaces inside the number before and after its hyphen (123rd outside probe: "QĐ--UBND")',
    'ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 53/ 2014/QĐ- UBND\nLong An, ngày 10 tháng 11 năm 2014\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ\n',
    { body: 'ỦY BAN NHÂN DÂN TỈNH LONG AN', number: '53/2014/QĐ-UBND', place: 'Long An', date: '2014-11-10', kind: 'QUYẾT ĐỊNH', subject: 'BAN HÀNH QUY CHẾ' },
  ],
  [
    'a place and date alone on their line, no comma',
    'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/KH-UBND\nNghệ An ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai công tác năm 2024\n',
    { body: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', number: '12/KH-UBND', place: 'Nghệ An', date: '2024-03-05', kind: 'KẾ HOẠCH', subject: 'Triển khai công tác năm 2024' },
  ],
  [
    'a subject before "ngày" in running text is no place, without the comma',
    'BÁO CÁO\nKết quả công tác quý I\n\nTỉnh ủy ngày 12 tháng 3 năm 2020 ban hành Kế hoạch số 5-KH/TU.\n',
    { body: null, number: null, place: null, date: null, kind: 'BÁO CÁO', subject: 'Kết quả công tác quý I' },
  ],
  [
    'CRLF and NFD',
    'BAN DÂN VẬN HUYỆN ỦY\r\nSố 07-BC/BDVHU\r\nCẩm Xuyên, ngày 15 tháng 3 năm 2022\r\n\r\nBÁO CÁO\r\nKết quả công tác quý I\r\n'.normalize('NFD'),
    { body: 'BAN DÂN VẬN HUYỆN ỦY', number: '07-BC/BDVHU', place: 'Cẩm Xuyên', date: '2022-03-15', kind: 'BÁO CÁO', subject: 'Kết quả công tác quý I' },
  ],
];
for (const [name, text, e] of cases) test(`header: ${name}`, () => check(text, e));

// Sections: "level label | title" per heading.
function checkSections(text: string, expected: string[]): void {
  const r = read(text);
  assert.deepEqual(r.sections.map((s) => `${s.level} ${s.label} | ${s.title}`), expected);
  for (const s of r.sections) {
    assert.ok(text.slice(s.span.start, s.span.end).includes(s.label), `span of ${s.label}`);
    assert.ok(s.range.start === s.span.start && s.range.end >= s.span.end, `range of ${s.label}`);
  }
}

const sectionCases: [string, string, string[]][] = [
  [
    'plain report',
    'PHẦN THỨ NHẤT\nKẾT QUẢ\n\nI. CÔNG TÁC LÃNH ĐẠO\n\n1. Quán triệt\n\n1.1. Ở cấp tỉnh\n\na) Hội nghị\n\nPHẦN THỨ HAI\nPHƯƠNG HƯỚNG',
    ['0 PHẦN THỨ NHẤT | ', '1 I. | CÔNG TÁC LÃNH ĐẠO', '2 1. | Quán triệt', '3 1.1. | Ở cấp tỉnh', '4 a) | Hội nghị', '0 PHẦN THỨ HAI | '],
  ],
  ['Markdown marks around headings', '## I. KẾT QUẢ\n\n**1. Công tác quán triệt**\n\n### Phần thứ hai: Nhiệm vụ', ['1 I. | KẾT QUẢ', '2 1. | Công tác quán triệt', '0 Phần thứ hai | Nhiệm vụ']],
  ['sentences that start like a heading are not headings', 'Phần lớn các địa phương đã làm tốt.\nIn tài liệu cho các chi bộ.\n2024 là năm bản lề.', []],
];
for (const [name, text, e] of sectionCases) test(`sections: ${name}`, () => checkSections(text, e));

test('a section\'s range runs to the next heading of the same or a higher level', () => {
  const text = 'I. MỘT\n1. a\n2. b\nII. HAI\n1. c';
  const r = read(text);
  const one = r.sections[0]!;
  assert.equal(text.slice(one.range.start, one.range.end), 'I. MỘT\n1. a\n2. b');
});

test('the report\'s province from a two-line issuing body, a one-line one, or the text', async () => {
  const { extractProvince } = await import('../../../server/src/core/extract/scope');
  const { read } = await import('../../../server/src/core/extract/reading');
  const table: [string, string | null][] = [
    ['ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN DÂN VẬN TỈNH ỦY\n*\nSố 45-BC/BDVTU\n\nBÁO CÁO\nTổng kết\n', 'Hà Tĩnh'],
    ['BAN DÂN VẬN TỈNH ỦY SƠN LA\nSố 45-BC/BDVTU\n\nBÁO CÁO\nTổng kết\n', 'Sơn La'],
    ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN THÀNH ỦY\nSố 12-BC/BDVTU\n\nBÁO CÁO\nSơ kết\n', 'Hà Nội'],
    ['Tỉnh ủy Nghệ An đã chỉ đạo; Tỉnh ủy Nghệ An tiếp tục; tỉnh Hà Tĩnh.', 'Nghệ An'],
    ['Báo cáo không nêu tỉnh nào.', null],
    // Officials after their position are people, not places (seed 004 took "Hoàng Trung Dũng").
    ['Bí thư Tỉnh ủy Hoàng Trung Dũng phát biểu. Bí thư Tỉnh ủy Hoàng Trung Dũng yêu cầu; Đảng bộ tỉnh Hà Tĩnh tổ chức.', 'Hà Tĩnh'],
    ['Chủ tịch UBND tỉnh Võ Trọng Hải, Trưởng ban Dân vận Tỉnh ủy Trương Thanh Huyền; Ban Dân vận Tỉnh ủy Hà Tĩnh.', 'Hà Tĩnh'],
    // With only such mentions, the most frequent still stands (no better guess).
    ['Bí thư Tỉnh ủy Nghệ An dự; Bí thư Tỉnh ủy Nghệ An phát biểu.', 'Nghệ An'],
    // The city by its official name, and its Party committee written in full.
    ['Thành ủy Thành phố Hồ Chí Minh chỉ đạo; UBND Thành phố Hồ Chí Minh triển khai.', 'Hồ Chí Minh'],
    // A district-level city of before 2025 is not the province.
    ['Tỉnh ủy Nghệ An chỉ đạo, thành phố Vinh và thành phố Vinh, thành phố Vinh triển khai.', 'Nghệ An'],
    // A province in a list of places is one of several the text deals with (fourteenth and
    // fifteenth outside probes: central texts took the first of the list); the name before a
    // body or a country is not a list.
    ['Trung ương Hội dự kiến giám sát tại 03 tỉnh Bắc Giang, Bình Định, Long An: làm việc với UBND.', null],
    ['Mỗi đơn vị tối đa 05 người (riêng Hà Nội, Thành phố Hồ Chí Minh, Thanh Hóa, Nghệ An: mỗi đơn vị tối đa 07 người).', null],
    ['Đoàn công tác làm việc tại tỉnh Sơn La, Lai Châu và Điện Biên.', null],
    ['Tỉnh ủy Hà Tĩnh, Ủy ban nhân dân tỉnh cùng chỉ đạo.', 'Hà Tĩnh'],
    ['Du khách đến tỉnh Sơn La, Việt Nam.', 'Sơn La'],
    ['Các Thành phố Hà Nội, Thành phố Hồ Chí Minh, Thành phố Đà Nẵng\ntriển khai.', null],
    ['Ngày 5/3, tại Hà Nội, Thành ủy Hà Nội tổ chức hội nghị.', 'Hà Nội'],
    // A Party committee after a town is no item of a list of places (twenty-seventh outside probe).
    ['Ngày 31/8, tại thành phố Nha Trang, Tỉnh ủy Khánh Hòa tổ chức sơ kết 10 năm.', 'Khánh Hòa'],
    // A text introducing its province (eighteenth outside probe).
    ['Trà Vinh là tỉnh có đông đồng bào Khmer sinh sống; các cấp ủy đã quán triệt Chỉ thị số 49-CT/TW.', 'Trà Vinh'],
    ['Gia Lai là một tỉnh miền núi, biên giới.', 'Gia Lai'],
    ['Đây là tỉnh có nhiều dân tộc.', null],
    // Two names joined by a dash are one province (sixteenth outside probe: "Bà Rịa").
    ['Kế hoạch 5 năm của tỉnh Bà Rịa - Vũng Tàu kèm theo Tờ trình số 158/TTr-UBND của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu.', 'Bà Rịa - Vũng Tàu'],
  ];
  for (const [text, want] of table) {
    const r = read(text);
    assert.equal(extractProvince(r.nt, r.header), want, text);
  }
});

test('with the corpus\'s provinces: a person is not a province, and a local body\'s date line names one', async () => {
  const { extractProvince } = await import('../../../server/src/core/extract/scope');
  const { bundledIndex } = await import('../../helpers/corpus');
  const isProvince = (await bundledIndex()).provinceTest();
  assert.ok(isProvince);
  // [text, without the corpus, with it]
  const table: [string, string | null, string | null][] = [
    // Outside probe (a 2026 Đồng Nai plan): only an official's name follows "tỉnh".
    ['Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành.', 'Lê Trường Sơn', null],
    ['Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký; Bí thư Tỉnh ủy Nghệ An dự.', 'Lê Trường Sơn', 'Nghệ An'],
    // A provincial body without its place (the page lost the header's second line).
    ['ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 444/KH-UBND\n\nHà Tĩnh, ngày 13 tháng 8 năm 2025\n\nKẾ HOẠCH\nTriển khai\n', null, 'Hà Tĩnh'],
    // Without the corpus the text's own "TP. Hồ Chí Minh" names the city too.
    ['ỦY BAN NHÂN DÂN\nSố: 5/QĐ-UBND\nTP. Hồ Chí Minh, ngày 1 tháng 2 năm 2024\n\nQUYẾT ĐỊNH\nVề việc\n', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    // A central body's date line names the capital, not the report's province.
    ['BỘ NỘI VỤ\n\nSố: 11/2023/TT-BNV\n\nHà Nội, ngày 30 tháng 11 năm 2023\n\nTHÔNG TƯ\nHướng dẫn\n', null, null],
    // A district's seat is not a province.
    ['ỦY BAN NHÂN DÂN\nHUYỆN CẨM XUYÊN\nSố: 12/KH-UBND\nCẩm Xuyên, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nTriển khai\n', null, null],
    // Fourth outside probe: a date line under no body, when the text names no province; a
    // centrally-run city in lower case; a text naming many provinces about as often is about none.
    ['Cổng thông tin điện tử thành phố Hải Phòng\nHải Phòng, ngày 10 tháng 12 năm 2019\nXem Thông tư liên tịch tại đây.', 'Hải Phòng', 'Hải Phòng'],
    ['Các cơ sở trên địa bàn thành phố Hà Nội triển khai; thành phố Hà Nội và thành phố Vinh.', 'Hà Nội', 'Hà Nội'],
    // Fifth outside probe: "TP HCM" as news writes it; a photo caption does not vote.
    ['Đảng ủy phường An Động, TP HCM tổ chức hội nghị.', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Bộ Chính trị ban hành Kết luận.\nĐồng chí Tổng Bí thư làm việc với Ban Thường vụ Thành ủy Đà Nẵng - Ảnh: TTXVN\nKết luận nêu rõ.', null, null],
    // Eighth outside probe: a former province or office says where someone was.
    ['Ủy ban MTTQ tỉnh tổ chức hội nghị. Trao Huân chương cho đồng chí nguyên Trưởng Ban Dân vận Tỉnh ủy Hòa Bình, nguyên Chủ tịch Ủy ban MTTQ tỉnh Hòa Bình (cũ). Bằng khen cho Ủy ban MTTQ tỉnh Phú Thọ.', 'Phú Thọ', 'Phú Thọ'],
    ['Thành lập Đảng bộ tỉnh An Giang trên cơ sở Đảng bộ tỉnh An Giang, tỉnh Kiên Giang; tỉnh Cà Mau, tỉnh Bạc Liêu; tỉnh Đồng Tháp, tỉnh Tiền Giang; tỉnh Tây Ninh, tỉnh Long An; tỉnh Gia Lai, tỉnh Bình Định.', null, null],
  ];
  for (const [text, without, withCorpus] of table) {
    const r = read(text);
    assert.equal(extractProvince(r.nt, r.header), without, text);
    assert.equal(extractProvince(r.nt, r.header, isProvince), withCorpus, text);
  }
});

test('a dateline at the top is the text\'s date when there is no place-and-date line', async () => {
  const { reportDateOf } = await import('../../../server/src/core/extract/header');
  // [text, the dateline's date, the report's date and its source with no option]
  const table: [string, string | null, string][] = [
    // News pages of the outside probe.
    ['Sơ kết 5 năm Nghị quyết 33\n\n16/05/2019 - 07:55\n\nSáng nay, tỉnh tổ chức hội nghị.', '2019-05-16', '2019-05-16 dateline'],
    // A legal database's title line, the document's own number and day (three hundred and fifty-ninth outside probe: dated
    // today); a headline that names a document without "của … Số" is not one.
    ['Nghị định của chính phủ Số 22/2005/NĐ-CP ngày 01 tháng 3 năm 2005 Hướng dẫn thi hành một số điều của Pháp lệnh tín ngưỡng, tôn giáo\n\nChính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;', '2005-03-01', '2005-03-01 dateline'],
    ['Nghị quyết số 68-NQ/TW ngày 4 tháng 5 năm 2025 về phát triển kinh tế tư nhân\n\nNội dung.', null, '2026-11-23 today'],
    ['Huyện ủy Bố Trạch sơ kết\n17:28, Thứ Hai, 30/09/2019 (GMT+7)\nHuyện ủy đã tổ chức.', '2019-09-30', '2019-09-30 dateline'],
    ['09:47, 15/03/2021\nCác địa phương triển khai.', '2021-03-15', '2021-03-15 dateline'],
    ['Thứ 6, 21/03/2025 | 15:45\nTin tức.', '2025-03-21', '2025-03-21 dateline'],
    ['Ngày đăng: 27/09/2024\n\nNgày 29/12/2023, Chính phủ đã ban hành Nghị định số 95/2023/NĐ-CP.', '2024-09-27', '2024-09-27 dateline'],
    // A legal database's field given twice, the same day (outside probe 415): the page's day.
    ['Ngày ban hành | 12/06/2025 |\nNghị định 149/2025/NĐ-CP hướng dẫn Điều 4 Luật 56/2024/QH15\nSố hiệu | 149/2025/NĐ-CP | Ngày ban hành | 12/06/2025 |', '2025-06-12', '2025-06-12 dateline'],
    // A site's clock on the first line, then a section's label and the title with blank lines between, then the article's
    // earlier stamp (two-hundred-and-forty-eighth outside probe: dated by the clock).
    ['Thứ năm 17/04/2025 - 02:36\n\nKhoáng sản\n\nNghị định số 23/2020/NĐ-CP sẽ góp phần ngăn chặn khai thác cát\n\nThứ Năm 28/05/2020 - 10:42\n\nNội dung.', '2020-05-28', '2020-05-28 dateline'],
    // A feed's English weekday, a byline set off by a bar (two-hundred-and-fifty-third and -second outside probes: dated today).
    ['Tin\n\nThu, 18/07/2019 - 09:28\n\nNội dung.', '2019-07-18', '2019-07-18 dateline'],
    ['Tin\n\nHương Ly| 30/08/2017 20:05\n\nNội dung.', '2017-08-30', '2017-08-30 dateline'],
    // "Nhập ngày:" with spaced slashes; a stamp glued to the title; a print link and the title after the counters; a
    // headline ending on its day in brackets; the writer and the photographer before the stamp (two hundred and fifty-sixth
    // to fifty-ninth outside probes: each dated today).
    ['Mời góp ý dự thảo\n\nNhập ngày: Thứ 6, Ngày 04 / 02 / 2022\n\nNội dung.', '2022-02-04', '2022-02-04 dateline'],
    // "View count" after the stamp, and "Ngày xuất bản:" (two hundred and eightieth outside probe: dated today).
    ['Thời cơ mới\n\nNgày đăng 13/05/2022 | 2:04 PM  | View count: 67\n\nNội dung.', '2022-05-13', '2022-05-13 dateline'],
    ['Khát vọng\n\nNgày xuất bản: 08/11/2022\n\nNội dung.', '2022-11-08', '2022-11-08 dateline'],
    ['27/06/2025 11:11Công đoàn, Đoàn Thanh niên trực thuộc Mặt trận\n\nSáng 27/6, Quốc hội thông qua.', '2025-06-27', '2025-06-27 dateline'],
    ['Chỉ thị số 35-CT/TW của Ban Bí thư\n02:59 PM 31/10/2015 | Lượt xem: 6436 In bài viết |Chỉ thị số 35-CT/TW của Ban Bí thư\nNội dung.', '2015-10-31', '2015-10-31 dateline'],
    ['Thủ tướng phê duyệt Đề án tổ chức Đại hội (27/08/2018)\n\n        Thủ tướng vừa ban hành Quyết định.', '2018-08-27', '2018-08-27 dateline'],
    ['Chính phủ - Mặt trận: Đồng hành vì dân\n\nDạ Yến Ảnh: Thành Trung 10/02/2017 11:30\n\nNgày 10/2, Thủ tướng phát biểu.', '2017-02-10', '2017-02-10 dateline'],
    ['Giáo dục mầm non sau 5 năm triển khai Nghị quyết 29\n\n09/10/2018 In bài viết\n\nSau 5 năm triển khai.', '2018-10-09', '2018-10-09 dateline'],
    // "Ngày Đăng" with a capital; a dash before the clock in a page's list of fields; a stamp month first, told by the lead
    // it stamps (two hundred and sixty-fifth and sixty-sixth outside probes). The lead that fits the stamp as written keeps it.
    ['Những điểm mới\n\nNgày Đăng: 26/11/2021 16:44 Lượt xem: 542\n\nNgày 3/11, Bộ Chính trị ban hành.', '2021-11-26', '2021-11-26 dateline'],
    ['Ban hành Kế hoạch\n- Pháp luật\n- 11:58 - 21/10/2023\n\nLuật Phòng thủ dân sự.', '2023-10-21', '2023-10-21 dateline'],
    ['Quảng Điền: Triển khai\n\nCập nhật lúc : 17:28 03/07/2025\n\nChiều 07/3, Ban Thường vụ Huyện ủy tổ chức Hội nghị.', '2025-03-07', '2025-03-07 dateline'],
    ['Quảng Điền: Triển khai\n\nCập nhật lúc : 17:28 03/07/2025\n\nChiều 03/7, Ban Thường vụ Huyện ủy tổ chức Hội nghị.', '2025-07-03', '2025-07-03 dateline'],
    // A news agency's dateline with its year (two hundred and seventy-eighth outside probe); without the year it is not one.
    ['Chỉ số cải cách hành chính\n\nHà Nội (TTXVN 18/4/2024) Trong năm 2023, 6/6 vùng kinh tế - xã hội đều có chỉ số tăng.', '2024-04-18', '2024-04-18 dateline'],
    ['Dân vận khéo\n\nHà Nội (TTXVN 8/10) 85 năm qua, nhờ làm tốt công tác dân vận.', null, '2026-11-23 today'],
    // Thirty-seventh session: a sentence's day with a comma and words after it is no date line (probe 324); "tháng" without
    // its tone mark is (315); a byline before the weekday (322).
    ['Bài viết\n\nNhư chúng ta đã biết, ngày 27 tháng 11 năm 2015, Bộ luật hình sự đã được thông qua.', null, '2026-11-23 today'],
    ['Số: 07-BC/DV\n\nVinh Hà, ngày 25 thang 11 năm 2022\n\nBÁO CÁO', null, '2022-11-25 header'],
    ['Chuyển đổi số\n\nNguyễn Hòa Thứ sáu, ngày 14/11/2025 06:49 GMT+7\n\nLàm việc với Hội Nông dân.', '2025-11-14', '2025-11-14 dateline'],
    // Thirty-eighth session: a byline glued to its date (323); a capital glued to a date is a code's end, no byline's.
    ['Thành lập Ban bầu cử\n\nĐức Quyền07/01/2026\n\nNgày 31/12/2025, Chủ tịch UBND xã ký quyết định.', '2026-01-07', '2026-01-07 dateline'],
    ['Thành lập Ban bầu cử\n\nQ07/01/2026\n\nNội dung.', null, '2026-11-23 today'],
    // A stamp month first with no month of its number, a time after a dash (probe 330); a stamp, a slash, a clock and the
    // part of the day in words (330); a list item's stamp with its share link (332).
    ['Quốc hội thông qua Luật Bảo vệ môi trường (sửa đổi)\n\n11/20/2020 - 12:00 AM\n\nNội dung.', '2020-11-20', '2020-11-20 dateline'],
    ['Quy định quản lý chất thải\n\nThứ Năm, 28-07-2022 / 11:13:43 Sáng\n\nNội dung.', '2022-07-28', '2022-07-28 dateline'],
    ['Chỉ thị số 04-CT/TW\n\nTriệt tiêu động cơ\n\n- Thứ Bảy, 26/06/2021, 05:56 - Chia sẻ\n\nNội dung.', '2021-06-26', '2021-06-26 dateline'],
    // An infobox's field above a Wikipedia article is no stamp of the text (fifty-fourth session's probe 511).
    ['Hội Nông dân Việt Nam\n\nThành lập 14/10/1930\nLiên kết Mặt trận Tổ quốc Việt Nam\n\nNội dung.', null, '2026-11-23 today'],
    // The count of views before its word (328).
    ['Chỉ thị 24\n\n20/12/2019 10:43 SA 1129 lượt xem\n\nNội dung.', '2019-12-20', '2019-12-20 dateline'],
    // The month in words (339, 335); a stamp in square brackets with its count (335); a stamp year first with slashes (334).
    ['Thứ Hai, 29 Tháng Tư, 2024\n\nGiới thiệu Luật\n\nNội dung.', '2024-04-29', '2024-04-29 banner'],
    ['Sơ kết 05 năm\n\n14 Tháng Tư 2020\n\nNội dung.', '2020-04-14', '2020-04-14 banner'],
    ['Phát triển văn hóa\n\n[ Cập nhật vào ngày (18/12/2020) ] - [ Số lần xem: 330 ]\n\nNội dung.', '2020-12-18', '2020-12-18 dateline'],
    ['Tin giáo dục\n\n2025/07/08 15:51\n\nNội dung.', '2025-07-08', '2025-07-08 dateline'],
    // A bare "Ngày …," opening an event held (329, 334); not one whose opening names later years (328), nor one that
    // tells a document issued.
    ['Ngày 30/5/2018, Hội Liên hiệp Phụ nữ Quận 5 đã tổ chức Hội nghị sơ kết 02 năm thực hiện Chỉ thị 05-CT/TW.', '2018-05-30', '2018-05-30 lead'],
    ['(QNO) - Ngày 16.2.1995, Bảo hiểm xã hội Việt Nam ra đời theo Nghị định số 19 của Chính phủ.\n\nTrong 25 năm qua (1995 - 2020), ngành đã đạt nhiều thành tựu.', null, '2026-11-23 today'],
    ['Ngày 30/5/2018, Hội Liên hiệp Phụ nữ Quận 5 đã tổ chức Hội nghị triển khai kế hoạch đến năm 2025.', '2018-05-30', '2018-05-30 lead'],
    ['Ngày 15/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.', null, '2026-11-23 today'],
    // A clause's opening word is no place: "Theo đó, ngày 27 tháng 10 năm 2021, Chính phủ …" is no date line.
    ['Một số điểm mới\n\nTheo đó, ngày 27 tháng 10 năm 2021, Chính phủ đã ban hành Nghị định số 93/2021/NĐ-CP.', null, '2026-11-23 today'],
    // Nor a signer's "Thay mặt …" (two hundred and ninety-ninth outside probe).
    ['Tọa đàm: Đột phá phát triển giáo dục\n\nThay mặt Bộ Chính trị, ngày 22 tháng 8 năm 2025, Tổng Bí thư đã ký ban hành Nghị quyết số 71-NQ/TW.', null, '2026-11-23 today'],
    // Not a headline's day: a date in brackets in a later line, or one inside the headline's words.
    ['Hội nghị tổng kết\n\nThực hiện Quyết định (27/08/2018) của Ủy ban.', null, '2026-11-23 today'],
    ['Hội nghị (27/08/2018) tổng kết công tác của tỉnh\n\nNội dung.', null, '2026-11-23 today'],
    // A banner's weekday capitalised is no place; "Ngày phát hành:" dates the article (two-hundred-and-fifty-second).
    ['Chủ Nhật, ngày 24 tháng 11 năm 2024\n\nNgọn nguồn sức mạnh của Đảng\n\nNgày phát hành: 19/01/2020 Lượt xem 3696\n\nNăm 2020 là dấu mốc.', '2020-01-19', '2020-01-19 dateline'],
    // "Xuất bản:" glued, an ISO stamp with its zone, "Được đăng:" before a date with the month's word (two-hundred-and-forty-
    // ninth and -thirty-sixth outside probes: dated today, and by the lead's day).
    ['Tin\n\nXuất bản:Thứ bảy, 14/08/2021 21:43\n\nNội dung.', '2021-08-14', '2021-08-14 dateline'],
    ['Tin\n\n2023-12-19T03:04:15-05:00\n\nNội dung.', '2023-12-19', '2023-12-19 dateline'],
    ['Nghị quyết số 68-NQ/TW - động lực mới\n\nĐược đăng: Thứ bảy, 10 Tháng 5 2025 22:25\n\nNgày 4/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW.', '2025-05-10', '2025-05-10 dateline'],
    // "Ngày đăng bài" (two-hundred-and-forty-seventh outside probe: dated today).
    ['Chuyển đổi số\n\nNgày đăng bài: 09/10/2019\n\nTỉnh triển khai Nghị quyết 52-NQ/TW.', '2019-10-09', '2019-10-09 dateline'],
    // The fifth probe's pages: "Cập nhật," with a comma, a byline before the time stamp.
    ['Hội nghị biểu dương\nCập nhật, 16:16, Thứ Năm, 13/02/2020 (GMT+7)\nSáng nay, Hội tổ chức.', '2020-02-13', '2020-02-13 dateline'],
    ['Tổng kết phong trào\nBùi Ánh - 14:20 28/09/2023 GMT+7\nCác cấp hội đã triển khai.', '2023-09-28', '2023-09-28 dateline'],
    // The author's footnote mark after the name (two-hundred-and-forty-second outside probe: dated today).
    ['Phát triển kinh tế hộ\n\nTrần Quốc Dân(*) - 07:02 08/06/2024 GMT+7\n\nHộ nông dân là lực lượng sản xuất.', '2024-06-08', '2024-06-08 dateline'],
    // The second probe's pages.
    ['Đẩy mạnh công tác dân vận\n\nCập nhật ngày: 19/04/2018 | 09:11 GMT+7\n\nUBND tỉnh vừa có Công văn.', '2018-04-19', '2018-04-19 dateline'],
    ['Luật số 72/2025/QH15.\n\nNgày: 06/08/2025\n\nNgày 16/6/2025, Quốc hội thông qua Luật.', '2025-08-06', '2025-08-06 dateline'],
    // A page's first line, the document's title with its date in brackets, above the day it was posted: the document's
    // date (hundred-and-sixty-seventh probe). Not a later date in brackets, nor a title that is not the first line.
    ['Nghị định 42/2010/NĐ-CP (15/04/2010)\n26/02/2016\nChính phủ quy định chi tiết.', '2010-04-15', '2010-04-15 dateline'],
    ['Nghị định 42/2010/NĐ-CP (15/04/2017)\n26/02/2016\nChính phủ quy định chi tiết.', '2016-02-26', '2016-02-26 dateline'],
    ['Tin mới\nNghị định 42/2010/NĐ-CP (15/04/2010)\n26/02/2016\nChính phủ quy định chi tiết.', '2016-02-26', '2016-02-26 dateline'],
    // The seventh probe's portal: hyphens with spaces, read in a dateline only (never a bad date).
    ['Đề cương tuyên truyền\n\nĐăng ngày 17 - 05 - 2024\nLượt xem: 400\n\nCăn cứ Nghị quyết.', '2024-05-17', '2024-05-17 dateline'],
    ['Đăng ngày 31 - 02 - 2024\nTin.', null, '2026-11-23 today'],
    // The eighth probe's pages: a weekday banner is no place-and-date line, a byline of initials, a
    // date in parentheses under the title.
    ['Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nDấu ấn từ những chỉ đạo\n\nPV - 10:56, 18/12/2020\n\nGần 1 năm trước.', '2020-12-18', '2020-12-18 dateline'],
    ['Nâng cao chất lượng công tác dân vận chính quyền\n(26/05/2022)\nThực hiện Quyết định số 402-QĐ/TU.', '2022-05-26', '2022-05-26 dateline'],
    // The tenth probe's written-out time stamp; a news item's opening on a time of day and a date dates it as
    // its lead (thirty-eighth and thirty-ninth probes), a draft's "Ngày …, Ban Thường vụ …" does not.
    ['Hoạt động của Liên đoàn Lao động tỉnh\nCập nhật lúc Thứ Sáu, ngày 28 tháng 11 năm 2025 - 13:47 (GMT+7)\nTổng Liên đoàn thẩm định hồ sơ.', '2025-11-28', '2025-11-28 dateline'],
    ['Tin tức\nSáng ngày 28 tháng 11 năm 2025, Tổng Liên đoàn thẩm định hồ sơ.', '2025-11-28', '2025-11-28 lead'],
    ['Tin tức\nNgày 28 tháng 11 năm 2025, Tổng Liên đoàn thẩm định hồ sơ.', null, '2026-11-23 today'],
    // The older title with the document's own number and date (hundred-and-fifty-second probe); a plan's title naming
    // another document's number and date does not date the plan.
    ['THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 67/2005/TT-BTC NGÀY 24 THÁNG 8 NĂM 2005 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 169/2005/QĐ-TTG\nCăn cứ Nghị định số 60/2003/NĐ-CP;', '2005-08-24', '2005-08-24 dateline'],
    ['KẾ HOẠCH\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 290-QĐ/TW NGÀY 25 THÁNG 2 NĂM 2010 CỦA BỘ CHÍNH TRỊ\nCác cấp ủy.', null, '2026-11-23 today'],
    // After a news agency's tag (seventy-ninth outside probe: a 2018 item was dated today).
    ['(BL-MN) Sáng 29/1/2018, Ban chỉ đạo 138/CP tổ chức hội nghị.', '2018-01-29', '2018-01-29 lead'],
    ['Hội nghị phổ biến Đề án 01-ĐA/TW\n(TUFO) – Sáng ngày 24/11/2023, Ban Đối ngoại Trung ương tổ chức Hội nghị.', '2023-11-24', '2023-11-24 lead'],
    // Without the comma, the body that held the event right after (hundred-and-ninetieth probe); other words do not.
    ['Tân Thạnh triển khai nhiệm vụ\n\nSáng ngày 24/11/2023 UBND phường Tân Thạnh tổ chức hội nghị tổng kết.', '2023-11-24', '2023-11-24 lead'],
    ['Tin\n\nSáng ngày 24/11/2023 trời mưa to.', null, '2026-11-23 today'],
    // With the day of the week (probe 428).
    ['Bệnh viện chào cờ\nSáng thứ 2, ngày 06/10/2025, Bệnh viện đa khoa tỉnh tổ chức sinh hoạt chính trị.', '2025-10-06', '2025-10-06 lead'],
    ['Hội nghị\nChiều thứ Năm, 12/3/2026, Đảng ủy xã tổ chức hội nghị.', '2026-03-12', '2026-03-12 lead'],
    // After an emoji, as a social page writes it; a bare "Ngày …" with no comma before the body holding the event (probe 440).
    ['🌟 HỘI NGHỊ TỔNG KẾT NĂM 2025\n📅 Chiều ngày 15/01/2026, tại hội trường, Ủy ban MTTQ Việt Nam xã tổ chức hội nghị.', '2026-01-15', '2026-01-15 lead'],
    ['Tin\nNgày 30/12/2025 Ủy ban nhân dân phường Tô Châu tổ chức Hội nghị tổng kết năm 2025.', '2025-12-30', '2025-12-30 lead'],
    ['Tin\nNgày 30/12/2025 trời mưa to, hội nghị được hoãn.', null, '2026-11-23 today'],
    // A stored page's metadata before its title (thirty-third and thirty-eighth probes).
    [' date 2025-08-08 Sáng 8-8, Đảng bộ đặc khu Côn Đảo tổ chức Đại hội.', '2025-08-08', '2025-08-08 dateline'],
    // "Cập nhật lúc" glued to the time, as a portal prints it (seventeenth-probe round).
    ['Tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 (khóa X)\nCập nhật lúc06:17, Thứ Hai, 23/07/2018 (GMT+7)\n\nNgày 20-7-2018, Ban TVTU tổ chức hội nghị.', '2018-07-23', '2018-07-23 dateline'],
    // A weekday and a date alone may be the site's banner of the day it was read (thirteenth probe):
    // the text's date still, but a 'banner' one (findings resting on it are information); with a
    // time it is the article's own stamp.
    ['Thứ sáu,  12/08/2022\n\nHội nghị toàn quốc tổng kết 5 năm\n\nSáng 16-5, Ban Bí thư tổ chức.', '2022-08-12', '2022-08-12 banner'],
    ['Chủ nhật, 02/11/2025\nTin.', '2025-11-02', '2025-11-02 banner'],
    ['Thứ Hai, 23/07/2018 06:17\nTin.', '2018-07-23', '2018-07-23 dateline'],
    // The twenty-third probe's pages: a section before "Ngày đăng" with a space before the colon; a byline
    // in capitals with its role and no dash. A section or a capitalised sentence without them is none.
    ['Đoàn kiểm tra làm việc với Thành ủy\nChính trị - Ngày đăng : 14:36, 17/09/2016\nĐoàn kiểm tra do đồng chí làm Trưởng đoàn.', '2016-09-17', '2016-09-17 dateline'],
    ['Dân vận khéo\nẢnh minh họa.\nNGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09\nHội nghị.', '2018-10-10', '2018-10-10 dateline'],
    ['Chính trị - Thời sự 17/09/2016\nTin.', null, '2026-11-23 today'],
    // A section with no dash right before the date (hundred-and-thirty-second probe); a sentence running on past it is none.
    ['Tuyên truyền quy định mới về iuu\n\nKinh tế 31-05-2024\n\nTuyên truyền phòng chống khai thác hải sản.', '2024-05-31', '2024-05-31 dateline'],
    ['Kinh tế 31-05-2024 tăng trưởng khá\nTin.', null, '2026-11-23 today'],
    // A byline in capitals before the time stamp (hundred-and-thirty-fifth probe); without the time it is none.
    ['Mặt trận làm tốt công tác giám sát\n\nN.NGHĨA 06:14, 11/12/2023\n\nỦy ban MTTQ tỉnh đã chỉ đạo.', '2023-12-11', '2023-12-11 dateline'],
    ['Mặt trận làm tốt công tác giám sát\n\nHỘI NGHỊ 11/12/2023\n\nỦy ban MTTQ tỉnh đã chỉ đạo.', null, '2026-11-23 today'],
    // A site's stamp with seconds glued to the title (hundred-and-thirty-ninth probe); a time without seconds in a
    // sentence is none.
    ['Tuyên truyền luật tố cáoNgày 17/10/2024 14:54:26 Tố cáo hành vi vi phạm pháp luật của cơ quan.', '2024-10-17', '2024-10-17 dateline'],
    ['Hội nghị khai mạc lúc 17/10/2024 14:54 tại hội trường.', null, '2026-11-23 today'],
    ['Chào mừng Đại hội Đoàn các cấp\n10/8/2017 12:00:00 AM  -\nĐẩy mạnh các hoạt động tuyên truyền.', null, '2026-11-23 today'],
    // Counters after the stamp, and a stamp whose time lost its last digit (forty-seventh and fifty-first probes).
    ['Hội nghị toàn quốc về chuyển đổi số\n\n12:40, Thứ Hai, 13-1-2025 34 0\n\nSáng 13/1, Bộ Chính trị tổ chức.', '2025-01-13', '2025-01-13 dateline'],
    // The weekday shortened (two-hundred-and-sixth outside probe).
    ['Hướng dẫn bổ sung thực hiện Quy định 1913-QĐ/TU\nTh 6, 19/06/2020 | 16:51 CH\nNgày 15/6/2020, Ban Thường vụ Tỉnh ủy có Kết luận.', '2020-06-19', '2020-06-19 dateline'],
    // Spaces left after the stamp (two hundred and thirteenth outside probe).
    ['Tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ\n\n29/05/2025 09:31           \n\nUBND tỉnh ban hành kế hoạch.', '2025-05-29', '2025-05-29 dateline'],
    // A legal database's issue-date field (two hundred and thirteenth outside probe), in its forms; a page listing several
    // documents, each with its field, has no date of its own, nor has a field explained in words.
    ['Nghị quyết 139/NQ-CP 2017\nSố hiệu:139/NQ-CP\nLoại văn bản:Nghị quyết\nNgười ký:Nguyễn Xuân Phúc\nNgày ban hành:31/12/2017\nNgày hết hiệu lực:Đang cập nhật\nNội dung.', '2017-12-31', '2017-12-31 dateline'],
    ['Quyết định 28/2015/QĐ-TTg\nSố hiệu: 28/2015/QĐ-TTg Loại văn bản: Quyết định Người ký: Nguyễn Tấn Dũng Ngày ban hành: 21/07/2015 Lĩnh vực: Ngân hàng\nNội dung.', '2015-07-21', '2015-07-21 dateline'],
    ['| Số hiệu: | 48/2015/QH13 |\n| Ngày ban hành: | 23/11/2015 | Ngày hiệu lực: | 01/07/2016 |\nNội dung.', '2015-11-23', '2015-11-23 dateline'],
    ['| Cơ quan ban hành: | Quốc hội |\n| Ngày ban hành : ngày 25 tháng 6 năm 2025 |\nNội dung.', '2025-06-25', '2025-06-25 dateline'],
    ['Luật Thư viện\nNgày ban hành9 tháng 4 năm 2016\nTỷ lệ tán thành 92%', '2016-04-09', '2016-04-09 dateline'],
    ['Văn bản mới\nNgày ban hành: 29/01/2016\nCơ quan ban hành: Hội đồng\nNgày ban hành: 18/01/2016\nCơ quan ban hành: Ủy ban', null, '2026-11-23 today'],
    ['Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được ký ngày 12/3/2020.', null, '2026-11-23 today'],
    // An icon's name glued before the stamp (two-hundred-and-third outside probe).
    ['ClockThứ Tư, 30/01/2019 09:52\n\nĐể Việt Nam trở thành quốc gia mạnh về biển.', '2019-01-30', '2019-01-30 dateline'],
    // "lúc" before the time (two-hundred-and-first outside probe).
    ['07/01/2026 lúc 13:06 (GMT+7)\nBreaking News\n\nHội thảo.', '2026-01-07', '2026-01-07 dateline'],
    ['Tổng kết 10 năm Chỉ thị 05\n\nChủ nhật - 03/08/2025 22:57 15 0\nNgày 24-7-2025, tại Hà Nội.', '2025-08-03', '2025-08-03 dateline'],
    ['Thông tin chuyên đề\nĐăng ngày: 07/05/2025 - Lượt xem: 51\nĐề cương tuyên truyền.', '2025-05-07', '2025-05-07 dateline'],
    // "Số lượt xem" too (eighty-eighth outside probe).
    ['Đảng ủy Khối quán triệt Chỉ thị số 35\n\n10/11/2019 19:54 Số lượt xem: 2470\nNgày 9-11, Đảng ủy Khối tổ chức hội nghị.', '2019-11-10', '2019-11-10 dateline'],
    // "Đã xem" (hundred-and-ninety-eighth outside probe: the item was dated today).
    ['Quy chế công tác dân vận của hệ thống chính trị tỉnh Tuyên Quang\n\nThứ Sáu, ngày 19 tháng 11 năm 2021 - 15:55 Đã xem: 358\n\nNgày 28/10/2021, Ban Thường vụ Tỉnh ủy ký Quyết định.', '2021-11-19', '2021-11-19 dateline'],
    ['Hội nghị quán triệt Nghị quyết 52-NQ/TW\nThứ Sáu, 03/01/2020 - 12:0\nSáng ngày 03/01, tại Hà Nội.', '2020-01-03', '2020-01-03 dateline'],
    // Two counters, a minute mark before the time zone, an agency's tag before "Ngày" (outside probes 218 and 219).
    ['Tổng kết 10 năm Nghị quyết 29\nThứ năm, 11/05/2023 | Đã xem: 963 | Nhận xét: 10\nNgày 10/5, huyện tổ chức hội nghị.', '2023-05-11', '2023-05-11 dateline'],
    ["Thứ Sáu, 22/11/2024\nY tế - Dân số\nChủ Nhật, 12/4/2020 21:16'(GMT+7)\n\nTuyên truyền thực thi Nghị định 09 của Chính phủ.", '2020-04-12', '2020-04-12 dateline'],
    ['TCCS – Ngày 3-7-2023, Tỉnh ủy Bắc Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW.', '2023-07-03', '2023-07-03 lead'],
    // A poster's name, "Đăng lúc", a bullet (outside probes 226 and 228).
    ['Quy định 232-QĐ/TW có gì mới\nĐăng bởi: Admin Ngày đăng:10-04-2025\nQuy định số 232-QĐ/TW của Ban Chấp hành Trung ương.', '2025-04-10', '2025-04-10 dateline'],
    // A portal's fields before "Ngày đăng", "Số lần xem" after it (fortieth session's probe 376: dated today).
    ['BẢO HIỂM XÃ HỘI VIỆT NAM\n\nChuyên mục: Thông tin Kinh tế - Xã hội, Thông tin cần biết | Người đăng: Nguyễn Tiến Lâm | Ngày đăng: 04/03/2024 | Số lần xem: 603\n\nNăm 2023, cả nước có 18,26 triệu người tham gia.', '2024-03-04', '2024-03-04 dateline'],
    // The counter in brackets (probe 386: dated today).
    ['Giảm thuế giá trị gia tăng\nCập nhật ngày: 30/10/2023 08:29 (Lượt xem: 961)\n\nChính phủ ban hành Nghị định.', '2023-10-30', '2023-10-30 dateline'],
    ['Học tập và làm theo Bác\nĐăng lúc: 11:00:00 15/06/2021 (GMT+7)\nSáng ngày 12/6/2021, Huyện ủy tổ chức hội nghị.', '2021-06-15', '2021-06-15 dateline'],
    ['Dân vận khéo\n  • Cập nhật: 02/03/2022\nNăm 2021, các cấp ủy triển khai.', '2022-03-02', '2022-03-02 dateline'],
    // A byline in mixed case before the time (probe 234), or before the date with the time after it (forty-third session's
    // probe 426); a section and a dash before the stamp (probe 427). A name and a date in a sentence's opening are no stamp.
    ['Hội thi viết về bảo vệ nền tảng tư tưởng của Đảng\nThu Huyền 17:49, 30/10/2023\nNăm 2023, Ban Tuyên giáo tổ chức hội thi.', '2023-10-30', '2023-10-30 dateline'],
    ['Nghĩa Văn 05/01/2024 16:43\nKiểm tra công tác kê khai tài sản\nNăm 2023, Thanh tra tỉnh đã kiểm tra.', '2024-01-05', '2024-01-05 dateline'],
    ['Thời sự - 03/04/2023 16:53\nTừ nay đến 2030 phấn đấu có ít nhất 1 triệu căn hộ nhà ở xã hội\nPhó Thủ tướng đã ký Quyết định.', '2023-04-03', '2023-04-03 dateline'],
    ['Nghĩa Văn 05/01/2024 về dự hội nghị tổng kết.\nTin.', null, '2026-11-23 today'],
    // Forty-fourth session: a government portal's label before the clock (probe 435); a byline with the writer's unit in
    // brackets, and an agency's tag with its dash glued to the weekday (probe 436).
    ['Ngày giờ đăng bài viết gốc: 12:40 19/5/2025\nToàn văn Kết luận số 155-KL/TW của Bộ Chính trị.', '2025-05-19', '2025-05-19 dateline'],
    ['Khương Quang (Quân khu 1) 16:09, 27/02/2023\nNâng cao chất lượng công tác Đảng.', '2023-02-27', '2023-02-27 dateline'],
    ['QPTD -Thứ Hai, 14/09/2020, 09:10 (GMT+7)\nXây dựng khu vực phòng thủ tỉnh.', '2020-09-14', '2020-09-14 dateline'],
    // Fifty-first session: the posting stamp a copied page keeps at its foot (probe 475); not a date in the last paragraph's words.
    ['Thông qua Dự thảo báo cáo kết quả kiểm tra\nQuân ủy Trung ương đã quán triệt Nghị quyết số 18.\nTheo Cổng thông tin điện tử Bộ Quốc phòng\nhttps://www.mod.gov.vn/vn/chi-tiet/sa-ttsk\nNgày đăng bài viết gốc: 14:30 17/03/2025', '2025-03-17', '2025-03-17 dateline'],
    ['Thông qua Dự thảo báo cáo kết quả kiểm tra\nQuân ủy Trung ương đã quán triệt Nghị quyết số 18.\nHội nghị kết thúc ngày 17/03/2025.', null, '2026-11-23 today'],
    // … and the closing line of a resolution copied without its header (probe 478); not a line that tells of another's passing.
    ['Điều 3. Tổ chức thực hiện\nNghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Giang khoá XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.', '2017-07-13', '2017-07-13 dateline'],
    ['Tỉnh đã triển khai Nghị quyết số 12/2017/NQ-HĐND được Hội đồng nhân dân tỉnh thông qua ngày 13 tháng 7 năm 2017.', null, '2026-11-23 today'],
    // … and the text's own title on its first line, over its căn cứ (fifty-fifth session's probe 518); a headline over a news
    // item, with no căn cứ right under it, dates nothing.
    ['Quy định số 110-QĐ/TW ngày 06/7/2023 của Ban Bí thư về luân chuyển cán bộ trong ngành Kiểm tra Đảng\n\n- Căn cứ Điều lệ Đảng;\n\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khoá XIII;', '2023-07-06', '2023-07-06 dateline'],
    ['Quyết định số 12/QĐ-UBND ngày 3/1/2024 của Ủy ban nhân dân tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;', '2024-01-03', '2024-01-03 dateline'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương\n\nSau 5 năm thực hiện, các cấp ủy đã quán triệt.\n\nHai là, đổi mới.\nCăn cứ tình hình thực tế, tỉnh đã ban hành kế hoạch.', null, '2026-11-23 today'],
    // A stamp earlier than the day the item opens with is a site's clock: kept, as a banner (probe 224).
    ['Thứ 5 Ngày 14/5/2020, 10:13:21 AM\n\nNgày 22/4/2022, Thủ tướng Chính phủ ký ban hành Quyết định số 505/QĐ-TTg.', '2020-05-14', '2020-05-14 banner'],
    // … and a stamp months after the day-and-month the item opens with (probe 306); days after it, or over the new year, the item's own.
    ['Thứ Hai, 16/03/2026, 23:32 (GMT+7)\n\nChiều 13/1, Đại tướng Phan Văn Giang chủ trì Hội nghị.', '2026-03-16', '2026-03-16 banner'],
    ['Thứ Năm, 15/01/2026, 23:32 (GMT+7)\n\nChiều 13/1, Đại tướng Phan Văn Giang chủ trì Hội nghị.', '2026-01-15', '2026-01-15 dateline'],
    ['Thứ Sáu, 02/01/2026, 08:10 (GMT+7)\n\nNgày 30/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '2026-01-02', '2026-01-02 dateline'],
    ['Thứ 5 Ngày 14/5/2020, 10:13:21 AM\n\nNgày 12/5/2020, Thủ tướng Chính phủ ký ban hành Quyết định số 505/QĐ-TTg.', '2020-05-14', '2020-05-14 dateline'],
    // Without a tag, an opening "Ngày …," that tells an event held dates the item since the thirty-eighth session (probes 329
    // and 334: news items dated today); one that tells a document issued stays undated (a draft may be written long after).
    ['Ngày 3-7-2023, Tỉnh ủy Bắc Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW.', '2023-07-03', '2023-07-03 lead'],
    ['Ngày 13/1/2025 có 34 0\nTin.', null, '2026-11-23 today'],
    // A portal's stamp in ISO form alone on its line (twenty-fifth probe); not inside a sentence.
    ['Hội nghị Công bố Quyết định về công tác cán bộ xã\n2025-07-14 14:43:00.0\nNgày 01/07/2025, tại hội trường UBND xã.', '2025-07-14', '2025-07-14 dateline'],
    ['Tin ngày 2025-07-14 14:43, hội nghị.', null, '2026-11-23 today'],
    // The month as a word between day and year, as provincial portals stamp an article (twenty-seventh
    // probe); without a time, perhaps the site's banner; inside a sentence, none.
    ['Trang chủ    Thực tiễn    Năng lực của cán bộ xã\nThứ ba, 18 Tháng 8 2015 16:06\n2189 Lượt xem\n\nNăng lực của cán bộ.', '2015-08-18', '2015-08-18 dateline'],
    ['Thứ Hai, 05 Tháng 10 2020\nTin.', '2020-10-05', '2020-10-05 banner'],
    ['Hội nghị ngày 18 Tháng 8 2015 đã thông qua.', null, '2026-11-23 today'],
    // "ngày" between the weekday and the date (twenty-eighth probe).
    ['Tin tức\nThứ Tư, ngày 30/03/2022, 10:21\nSáng nay, hội nghị.', '2022-03-30', '2022-03-30 dateline'],
    // A banner of the day ("ngày" or not) above the article's own time stamp: the stamp.
    ['Thứ hai, ngày 17/6/2024\n\nBí thư Tỉnh ủy dự hội nghị\n\nThứ Tư 19/01/2022 21:26\n\nSáng ngày 19/01/2022, hội nghị.', '2022-01-19', '2022-01-19 dateline'],
    ['Thứ hai, ngày 17/6/2024\nTin.', '2024-06-17', '2024-06-17 banner'],
    // A site's clock with its time on the first line, then the title and the article's own earlier stamp: the stamp
    // (hundred-and-ninety-eighth outside probe). A later stamp, or one far below, leaves the first.
    ['Thứ Năm, 02/05/2024 07:03 SA\nHướng dẫn kỷ niệm 92 năm ngày truyền thống Công tác dân vận của Đảng\nChủ Nhật, 02/10/2022 06:00 SA\n\nHướng tới kỷ niệm.', '2022-10-02', '2022-10-02 dateline'],
    ['Thứ Năm, 02/05/2024 07:03 SA\nHướng dẫn kỷ niệm\nThứ Sáu, 03/05/2024 06:00 SA\n\nHướng tới kỷ niệm.', '2024-05-02', '2024-05-02 dateline'],
    ['Thứ Năm, 02/05/2024 07:03 SA\nHướng dẫn kỷ niệm\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\nChủ Nhật, 02/10/2022 06:00 SA\n', '2024-05-02', '2024-05-02 dateline'],
    // A date inside a sentence, or a date without a year, is no dateline.
    ['Ngày 29/12/2023, Chính phủ đã ban hành Nghị định số 95/2023/NĐ-CP.', null, '2026-11-23 today'],
    ['Tin ngày 16/05\nSáng nay hội nghị.', null, '2026-11-23 today'],
    // A header flattened into one line: the place and date after the motto (fourteenth outside probe).
    ['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM ĐOÀN CHỦ TỊCH Số 23/HD ĐCT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Hà Nội, ngày 04 tháng 5 năm 2018 HƯỚNG DẪN Thực hiện giám sát', null, '2018-05-04 header'],
    ['TỈNH ỦY HÀ TĨNH * Số 12-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Hà Tĩnh, ngày 5 tháng 1 năm 2024 BÁO CÁO', null, '2024-01-05 header'],
    // With the rules of dashes a portal prints under the body and the motto (thirty-fifth outside probe).
    ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2018 |\nQUYẾT ĐỊNH', null, '2018-09-05 header'],
    // The place-and-date line wins.
    ['UBND TỈNH HÀ TĨNH\nHà Tĩnh, ngày 5 tháng 1 năm 2024\n\n16/05/2019 - 07:55', null, '2024-01-05 header'],
  ];
  for (const [text, dateline, report] of table) {
    const h = read(text).header;
    assert.equal(h.dateline?.date.iso ?? null, dateline, text);
    const r = reportDateOf(h, null, '2026-11-23');
    assert.equal(`${r.date} ${r.source}`, report, text);
  }
  // A configured report date wins over a dateline, not over a place-and-date line.
  assert.equal(reportDateOf(read('16/05/2019 - 07:55\nTin.').header, '2020-01-01', '2026-11-23').source, 'option');
  assert.deepEqual(reportDateOf(read('Hà Nội, ngày    tháng    năm 2020\n\nTin.').header, null, '2026-11-23'), { date: '2020-12-31', source: 'header-year' });
  // The same in the right-hand column, the month written (two hundred and seventy-fifth outside probe: dated today).
  assert.equal(read('ĐẢNG ỦY KHỐI DOANH NGHIỆP                                                Cần Thơ, ngày   tháng 9 năm 2015\n\nQUY CHẾ').header.placeDate?.date.iso, '2015-09-30');
});

test('header: a document\'s own number and date in parentheses under its title is its number and date line (123rd outside probe)', () => {
  const text = 'Quy định về sự phối hợp giữa các cơ quan\n\nQuyết định\n\nban hành Quy định về sự phối hợp\n\n(Quyết định số 283-QĐ/TW ngày 26-1-2010\n\n của Ban Bí thư Trung ương Đảng)\n\n- Căn cứ Điều lệ Đảng;\n';
  const h = read(text).header;
  assert.equal(h.number?.id, '283-QĐ/TW');
  assert.equal(h.dateline?.date.iso, '2010-01-26');
  // Further down a text, a parenthesised citation is a citation, not the text's own line.
  const later = `${'Báo cáo kết quả công tác năm. '.repeat(40)}\n(Quyết định số 283-QĐ/TW ngày 26-1-2010 của Ban Bí thư)\n`;
  assert.equal(read(later).header.dateline, null);
  // Under a quotation, the quotation's source (two-hundred-and-fourth outside probe): a citation, not the page's own line.
  const quoted = '20 năm Ngày Gia đình Việt Nam\n“Xây dựng gia đình hạnh phúc chính là tạo nền tảng để xây dựng xã hội hạnh phúc”\n(Chỉ thị số 06-CT/TW ngày 24/6/2021về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng gia đình trong tình hình mới)\n';
  const q = read(quoted);
  assert.deepEqual([q.header.dateline, q.header.number, q.citations.map((c) => c.id)], [null, null, ['06-CT/TW']]);
});
