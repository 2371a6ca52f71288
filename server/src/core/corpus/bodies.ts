// The two systems of issuing bodies, told by the start of a folded name (corpus-index's foldName): a
// Party document is never issued by a state body, nor a state document by a Party committee, and a
// local Party committee never issues a central document. One place for the resolver and the rules.

// The Government, the National Assembly and its office, ministries, People's Committees and Councils, the courts and
// the procuracy.
const STATE_BODY = /^(?:chinh phu|thu tuong|quoc hoi|uy ban thuong vu quoc hoi|ubtvqh|van phong chinh phu|van phong quoc hoi|bo (?!chinh tri)|bo truong|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|toa an nhan dan|vien kiem sat nhan dan)/u;
// Party bodies, central and local.
const PARTY_BODY = /^(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|bch trung uong|tinh uy|thanh uy|huyen uy|quan uy|dang uy|ban thuong vu|btv|ban dan van|ban tuyen giao|ban to chuc)/u;
// Provincial, city, district and grassroots Party committees and their standing boards.
const LOCAL_PARTY_COMMITTEE = /^(?:ban thuong vu |btv )?(?:tinh|thanh|huyen|quan|thi) uy|^(?:ban chap hanh|bch) dang bo (?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)/u;

// Any body of a province, district or commune, Party or state: a committee, its standing board, a
// People's Committee or Council ("Đảng ủy xã Nghĩa Tá", "UBND huyện", "Hội đồng nhân dân tỉnh").
const LOCAL_BODY = /^(?:(?:ban thuong vu |btv )?(?:tinh|thanh|huyen|quan|thi) uy|(?:ban thuong vu |btv )?dang uy (?:xa|phuong|thi tran|dac khu)|ban chap hanh dang bo (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)|(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu))(?![a-z])/u;

/** Whether a folded name is a state body's. */
export function isStateBody(folded: string): boolean {
  return STATE_BODY.test(folded);
}

/** Whether a folded name is a Party body's. */
export function isPartyBody(folded: string): boolean {
  return PARTY_BODY.test(folded);
}

/** Whether a folded name is a local Party committee's (or its standing board's). */
export function isLocalPartyCommittee(folded: string): boolean {
  return LOCAL_PARTY_COMMITTEE.test(folded);
}

/** Whether a folded name is a local body's (a province's, a district's or a commune's; Party or state). */
export function isLocalBody(folded: string): boolean {
  return LOCAL_BODY.test(folded);
}
