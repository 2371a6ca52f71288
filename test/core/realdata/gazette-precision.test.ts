// Optional check on real text: the 402 gazette documents of ../shared/realdata/congbao, checked
// against a corpus made of themselves. Real documents are almost always right about their own
// citations, so an error raised on them is most likely a false alarm — unless it is one of the
// mistakes below, each read in the source and confirmed. Warnings may only come from the classes
// reviewed by hand, and no more of them than when they were reviewed (a ratchet: lower the cap
// when precision improves). When shared/ is absent the test says so and is skipped.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze, resolveOptions, RULE_CODES } from '../../../server/src/core/index';
import { loadCorpus } from '../../../server/src/host/corpus-loader';
import { BUNDLED, ROOT } from '../../helpers/corpus';

const DOCS = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');

// Errors that are real mistakes in the gazette texts (file, 1-based line, code).
const KNOWN_ERRORS = [
  // "Thông tư số 06/2024/NĐ-CP": a circular given a decree's symbol, twice in each consolidated text.
  ['van-ban-hop-nhat-so-6659-vbhn-bldtbxh-43761.txt', 23, 'citation-type-mismatch'],
  ['van-ban-hop-nhat-so-6659-vbhn-bldtbxh-43761.txt', 535, 'citation-type-mismatch'],
  ['van-ban-hop-nhat-so-6660-vbhn-bldtbxh-43755.txt', 21, 'citation-type-mismatch'],
  ['van-ban-hop-nhat-so-6660-vbhn-bldtbxh-43755.txt', 383, 'citation-type-mismatch'],
  // … and at its first mention, dated "30 tháng 7 năm 2024", told the decree 06/2024/NĐ-CP is of 25/1/2024 once corpus round
  // 185 gave that decree (on inland waterways) its record: the number written is not the circular's.
  ['van-ban-hop-nhat-so-6659-vbhn-bldtbxh-43761.txt', 23, 'citation-date-mismatch'],
  ['van-ban-hop-nhat-so-6660-vbhn-bldtbxh-43755.txt', 21, 'citation-date-mismatch'],
  // "Chỉ thị số 49-NQ/TW của Ban Bí thư": a resolution's symbol under the word Chỉ thị.
  ['nghi-quyet-so-100-nq-cp-469357.txt', 279, 'citation-type-mismatch'],
  ['nghi-quyet-so-100-nq-cp-469357.txt', 282, 'citation-type-mismatch'],
  // "Nghị quyết số 59-NQ/TW ngày 24 tháng 01 năm 2024": the same text dates it 24/01/2025 twice,
  // as does Nghị quyết 109/NQ-CP; caught once the corpus had 59-NQ/TW (corpus 2026.12.01).
  ['quyet-dinh-so-892-qd-ttg-469579.txt', 89, 'citation-date-mismatch'],
  // "Luật thống kê số 85/2015/QH13 ngày 23 tháng 11 năm 2015": 85/2015/QH13 is the election law of
  // 25/6/2015 (the statistics law of that day is another number); caught once the corpus had
  // 85/2015/QH13 (laws added 2026-12-01).
  ['van-ban-hop-nhat-so-04-vbhn-byt-26289.txt', 38, 'citation-date-mismatch'],
  ['van-ban-hop-nhat-so-06-vbhn-byt-26324.txt', 38, 'citation-date-mismatch'],
  // "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, … Luật Xử lý vi phạm hành chính ngày 19 tháng 11 năm 2024":
  // that law, 56/2024/QH15, is of 29/11/2024 (four gazette texts date it so); caught once round 123 gave its record the
  // title two gazette texts write before its number (2026-12-04).
  ['van-ban-hop-nhat-so-06-vbhn-btc-469375.txt', 88, 'citation-date-mismatch'],
  // "36/2018/QĐ-TTg ngày 29/7/2017 Về việc thành lập Khu kinh tế Thái Bình": the decision of 2017 on that zone was numbered
  // 36/2017 (news of 31/7/2017), 36/2018/QĐ-TTg is of 24/8/2018 on international agreements; the message offers both
  // readings (corpus round 135).
  ['quyet-dinh-so-1205-qd-bkhdt-41976.txt', 3007, 'citation-date-mismatch'],
  // "Nghị định số 125/2024/NĐ-CP ngày 05/10/2025": the decree on education investment is of 5/10/2024, as the same text
  // writes it further on; a warning on the number's year before corpus round 155 gave the decree its record (2026-12-06).
  ['nghi-quyet-so-6616-2026-nq-cp-469362.txt', 2967, 'citation-date-mismatch'],
  // "Nghị định số 95/2010/NĐ-CP ngày 22/8/2013" (a labour circular of 2022 on the decree's Điều 35): the decree of 22/8/2013
  // on labour fines is 95/2013/NĐ-CP; 95/2010/NĐ-CP is of 16/9/2010 on search and rescue. A warning on the number's year
  // before corpus round 178 gave 95/2010 its record; the message offers both readings (2026-12-07).
  ['thong-tu-so-18-2022-tt-bldtbxh-37982.txt', 182, 'citation-date-mismatch'],
  // "Nghị định số 113/2013/NĐ-CP ngày 01 tháng 10 năm 2013 của Chính phủ về hoạt động mỹ thuật": the decree is of 2/10/2013
  // (its implementing circular 01/2018/TT-BVHTTDL on vbpl.vn, VietnamPlus); caught once corpus round 183 gave it a record.
  ['nghi-quyet-so-18-2026-nq-cp-469465.txt', 502, 'citation-date-mismatch'],
].map((x) => x.join(':'));

// Warning classes reviewed on this corpus, with the count at review. citation-inconsistent: one
// document cited with two dates in one text ("132/2008/NĐ-CP ngày 31/12/2018" beside "31/12/2008",
// "94/2022/NĐ-CP ngày 01/7/2016" beside "07/11/2022"); citation-date-mismatch: "Thông tư số
// 02/2025/TT-BLĐTBXH ngày 10/01/2024" in that circular's own annex, and state numbers whose year
// differs from the written date's ("Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002": 24
// such, each read in the source); citation-format: "297/TT-TW", and a normative number written
// without its year, real slips each (thirty-sixth outside probe's round): "Thông tư số 29/TT-BLĐTBXH ngày 28
// tháng 12 năm 2022" in that circular's own annex headings (three places), and with the layer also "Nghị định
// số 09/NĐ-CP ngày 23 tháng 01 năm 1998" (09/1998/NĐ-CP) and "Thông tư số 86/TT-BTC ngày 23/12/2024"
// (86/2024/TT-BTC). Since the seventeenth session also a law's year slipped with its day and month kept,
// "Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2014" (hd_khoan/thong-tu-so-23-2022-tt-bldtbxh) for the law of
// 25/6/2015, read in the source: 27. Since December 2026, when a year followed by a footnote's mark is read as the year
// ("… năm 20216", "… năm 20218"), two more: "Quyết định số 33/2016/QĐ-TTg ngày 19 tháng 8 năm 2021⁶" and "Nghị định số
// 49/2018/NĐ-CP ngày 30 tháng 3 năm 2021⁸", each read in the source: 29. citation-format since the ministries' codes are
// known glued to a type code (hundred-and-eighth outside probe): "Thông tư số 27/2016/TTBLĐTBXH ngày 01/9/2016" in four
// places of bhxh/quyet-dinh-so-169-qd-bldtbxh (lines 197, 222, 669–670, 713), the hyphen lost, read in the source: 9.
// Since corpus round 89 (the Luật Doanh nghiệp of 26/11/2014) also "Căn cứ Luật doanh nghiệp ngày 08 tháng 12 năm 2014" in
// two consolidated texts of the labour ministry (hd_khoan/van-ban-hop-nhat-so-2091, cong_doan/van-ban-hop-nhat-so-5640),
// twelve days after the passing: perhaps the promulgation day, so a warning that says so, not an error: 31. Since corpus
// round 114 (215/2013/NĐ-CP of 23/12/2013, as three gazette texts write it) also "Nghị định số 215/2013/NĐ-CP ngày 13 tháng
// 12 năm 2013" in bhxh/van-ban-hop-nhat-so-22-vbhn-btc, the one text that gives the 13th (kept as a one-source conflict,
// told as a warning), read in the source: 32. Since corpus round 139 (thirty-seventh session: decree 17/2013/NĐ-CP is of
// 19/2/2013 by its own header on two pages) also "Nghị định số 17/2013/NĐ-CP ngày 19 tháng 12 năm 2013" in four circulars
// of 2022–2023 (thong-tu-so-26-2022-tt-bldtbxh, -30-2022-tt-bldtbxh, -07-2023-tt-bldtbxh, -08-2023-tt-bkhdt), read in the
// source: 36.
const WARNING_CAPS: Record<string, number> = {
  'citation-inconsistent': 35,
  'citation-date-mismatch': 36,
  // Plus "Nghị định số 64//2023/NĐ-CP" in a consolidated text of the labour ministry (cong_doan/van-ban-hop-nhat-so-1166),
  // two slashes read and told since the twenty-seventh session: 10. Since the forty-fourth session a circular without its
  // year is told as a decree is, so "Thông tư số 86/TT-BTC ngày 23/12/2024" (86/2024/TT-BTC), told before only with the
  // layer, is told without it too: 11. Since the fifty-first session the resolver fills in the Assembly's term left off, so
  // "Pháp lệnh số 02/2020/UBTVQH ngày 09 tháng 12 năm 2020" (cong_doan/van-ban-hop-nhat-so-5162, read in the source; the
  // ordinance is 02/2020/UBTVQH14) is told its missing term: 12.
  'citation-format': 12,
  // "Bộ Lao dộng - Thương binh và Xã hội" in consolidated text 1547/VBHN-BLĐTBXH (cong_doan/van-ban-hop-nhat-so-1547, line
  // 337): "dộng" for "động", a real slip read in the source, told since the forty-fourth session. And "Quyết dịnh số
  // 23/2021/QĐ-TTg" in consolidated text 4496/VBHN-BLĐTBXH (hd_khoan/van-ban-hop-nhat-so-4496, line 25): the kind's mark
  // wrong, told since the forty-sixth session's kind check: 2.
  'name-misspelt': 2,
  // "nghị quyết số 424/NQ-CP ngày 30 tháng 12 năm 2025 của Quốc hội phê duyệt chủ trương đầu tư …"
  // (hd_kinh_te/nghi-quyet-so-122-nq-cp): the Government's resolution credited to the National
  // Assembly, whose 257/2025/QH15 it carries out — a real slip, raised once the corpus had 424/NQ-CP.
  // "Trên cơ sở nội dung Chỉ thị số 49-NQ/TW của Ban Bí thư" (chinh_sach_dn/nghi-quyet-so-100-nq-cp, Mục III.1): the
  // programme carries out Chỉ thị 49-CT/TW of 28/6/2025 of the Ban Bí thư, as its title and every other mention
  // write it — a real slip in the id, raised as an issuer warning once the corpus had 49-NQ/TW of 2005 (the
  // Politburo's; forty-fourth round).
  // "Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Thủ tướng Chính phủ" (hdld/thong-tu-so-44-2022-tt-btc, line
  // of "Chi làm đêm, thêm giờ"): a decree is the Government's — a real slip, raised once the status rounds of December
  // 2026 gave the decree a hand-kept record (the gazette layer's issuer is a label, not judged).
  'citation-issuer-mismatch': 3,
  // A National Assembly number whose year is outside its own term, both real slips read in the sources:
  // "Luật Xuất bản số 10/2022/QH14" (chinh_sach_dn/nghi-quyet-so-6616-2026-nq-cp; the law is 19/2012/QH13)
  // and "Luật số 26/2012/QH12" (thue_tncn/thong-tu-so-41-2026-tt-btc; the 2012 amendment of the personal
  // income tax law is 26/2012/QH13).
  'citation-term-mismatch': 2,
  // "Căn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014" in Nghị quyết 175/NQ-CP of 30/10/2023 (bhxh/nghi-quyet-so-175-
  // nq-cp): the law of 2014 ended on 1/1/2020 (Điều 100 of Luật 39/2019/QH14, whose transitions concern projects, not
  // a resolution's basis) — a real slip, raised once the corpus had 39/2019/QH14 (twenty-ninth round).
  'citation-superseded': 1,
  // "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 ngày 14 tháng 6 năm 2025 của Quốc hội, có hiệu lực kể từ ngày 01
  // tháng 10 năm 2026" in the heading note of consolidated text 113/VBHN-VPQH (chinh_sach_dn/van-ban-hop-nhat-so-113): the
  // law's own Điều 19, quoted in the same text, gives 1/10/2025 — a real slip, raised once corpus round 149 gave the law
  // its effective day (forty-first session).
  'citation-effective-mismatch': 1,
  // "tháng" typed for "năm" in a cited decree's day, both read in the sources and told since the forty-ninth session:
  // "Nghị định số 289/2025/NĐ-CP ngày 06 tháng 11 tháng 2025" (thue_tncn/thong-tu-so-148-2025-tt-btc, line 16) and
  // "Nghị định số 104/2026/NĐ-CP ngày 31 tháng 3 tháng 2026" (nghi-dinh-so-129-2026-nd-cp, line 250). Since the fifty-first
  // session "ngày" typed for "tháng" too, both read in the sources: "Nghị định số 82/2023/NĐ-CP ngày 28 ngày 11 năm 2023"
  // (thue_tncn/thong-tu-so-157-2025-tt-btc, line 32) and "… ngày 19 ngày 9 năm 1997" (bhxh/van-ban-hop-nhat-so-06-vbhn-byt,
  // line 631): 4.
  'date-invalid': 4,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.txt') ? [p] : [];
  });
}

// The bundled gazette layer (corpus/gazette/) was derived from these very documents: checking
// them against it is circular, and would hide the question this test asks (does vanban call a
// correct real citation wrong?). The main test therefore loads the bundled corpus without it, as
// before the layer existed; the second test loads it and holds what it may add: no error (its
// facts cap at warning), and date warnings only where a document's date differs from the date
// two or more other gazette documents agree on.
function run(index: import('../../../server/src/core/index').CorpusIndex) {
  const { options } = resolveOptions(undefined, RULE_CODES);
  const errors: string[] = [];
  const warnings: Record<string, number> = {};
  for (const f of files(DOCS)) {
    const text = readFileSync(f, 'utf8');
    const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
    for (const x of analyze(text, index, options, '2026-11-23').findings) {
      // A mistake repeated is one finding with the other places related: count every place.
      const places = [x.span, ...(x.related ?? []).filter((r) => r.repeat).map((r) => r.span)];
      if (x.severity === 'error') for (const p of places) errors.push(`${path.basename(f)}:${lineOf(p.start)}:${x.code}`);
      if (x.severity === 'warning') warnings[x.code] = (warnings[x.code] ?? 0) + places.length;
    }
  }
  return { errors, warnings };
}

// citation-date-mismatch with the layer: the 27 above plus 10 citations whose date differs from
// the one two or more other gazette documents give, each read in the gazette texts (e.g.
// "Nghị định số 75/2021/NĐ-CP ngày 24/7/2023", "Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm
// 2024"; day slips such as 86/2017/NĐ-CP "26" against "25 tháng 7 năm 2017" in the others). The
// same slips were citation-inconsistent warnings without the layer (35 then, 8 now).
// With the two above, counted with the layer: 38; with the two promulgation days of round 89: 40; with 215/2013's 13th: 41;
// with 17/2013's four of round 139: 45.
// citation-format with the layer: one more than without it, and the ordinance above: 13.
const WITH_LAYER_CAPS: Record<string, number> = { ...WARNING_CAPS, 'citation-date-mismatch': 45, 'citation-format': 13 };

test('gazette with the gazette-derived layer: no new error; date warnings only where other gazette documents agree on another date', { skip: existsSync(DOCS) ? false : `${DOCS} is absent (a clone without shared/)` }, async () => {
  const { index, problems } = await loadCorpus({ bundledDir: BUNDLED, userDirs: [DOCS] });
  assert.deepEqual(problems, []);
  const { errors, warnings } = run(index);
  assert.deepEqual(errors.sort(), [...KNOWN_ERRORS].sort());
  for (const [code, n] of Object.entries(warnings)) {
    assert.ok(code in WITH_LAYER_CAPS, `a new class of warnings on real text: ${code} (${n})`);
    assert.ok(n <= WITH_LAYER_CAPS[code]!, `${code}: ${n} warnings, more than the ${WITH_LAYER_CAPS[code]} reviewed`);
  }
});

test('gazette: errors are exactly the known real mistakes; warnings stay within the reviewed classes', { skip: existsSync(DOCS) ? false : `${DOCS} is absent (a clone without shared/)` }, async () => {
  const { index, problems } = await loadCorpus({ bundledDir: BUNDLED, userDirs: [DOCS], gazette: false });
  assert.deepEqual(problems, []);
  const { errors, warnings } = run(index);
  assert.deepEqual(errors.sort(), [...KNOWN_ERRORS].sort());
  for (const [code, n] of Object.entries(warnings)) {
    assert.ok(code in WARNING_CAPS, `a new class of warnings on real text: ${code} (${n})`);
    assert.ok(n <= WARNING_CAPS[code]!, `${code}: ${n} warnings, more than the ${WARNING_CAPS[code]} reviewed`);
  }
});
