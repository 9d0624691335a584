// Vietnamese. Words are syllables separated by spaces, so word boundaries hold. "chúng tôi" is the
// project speaking ("chúng ta" takes the reader in and promises nothing). People often type
// without diacritics ("Bao cao lo hong"): headings and phrases of several syllables match either
// way (loose). A short word stays exact, since without its marks it is a word of another
// language ("sẽ" / Spanish "se", "tôi" / French "toi", "sớm" / Swedish "som", "và" / French "va").

import type { LanguagePack } from '../pack';

/** A phrase that also matches without its diacritics: "báo cáo" → "b[áa]o c[áa]o". */
function loose(phrase: string): string {
  return [...phrase]
    .map((c) => {
      if (c === 'đ') return '[đd]';
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      return base !== c && base.length === 1 ? `[${c}${base}]` : c;
    })
    .join('');
}

/** The project speaking: "chúng tôi", not "cho chúng tôi" / "với chúng tôi" / "giúp chúng tôi" (us). */
const NOT_OBJECT = String.raw`(?<!(?<!\p{L})(?:cho|với|tới|đến|giúp|để|báo|gửi|biết|hỗ trợ) )`;

/** Verbs of handling after a passive "được": "được xử lý", "được vá". */
const HANDLED = [
  'xử lý',
  'sửa',
  'khắc phục',
  'vá',
  'phản hồi',
  'xác nhận',
  'công bố',
  'phát hành',
  'xem xét',
  'ghi nhận',
  'đánh giá',
  'kiểm tra',
  'trả lời',
  'thông báo',
  'giải quyết',
  'tiếp nhận',
  'cập nhật',
  'điều tra',
  'phân loại',
  'theo dõi',
].join('|');

export const vi: LanguagePack = {
  tag: 'vi',
  spaced: true,
  headings: {
    reporting: [
      loose('báo cáo'),
      loose('báo lỗi'),
      loose('liên hệ'),
      loose('phát hiện lỗ hổng'),
      String.raw`${loose('cách')} (?:${loose('gửi')}|${loose('thông báo')})`,
    ],
    'supported-versions': [
      loose('phiên bản'),
      String.raw`(?:${loose('phạm vi')}|${loose('chính sách')}|${loose('thời gian')}|${loose('vòng đời')}|${loose('chu kỳ')}|${loose('ngừng')}) ${loose('hỗ trợ')}`,
      loose('cập nhật bảo mật'),
      loose('bản vá bảo mật'),
    ],
    response: [
      loose('phản hồi'),
      loose('quy trình'),
      loose('xử lý'),
      loose('mốc thời gian'),
      loose('cam kết'),
      loose('mong đợi'),
      loose('tiến trình'),
    ],
    disclosure: [
      loose('công bố'),
      loose('tiết lộ'),
      String.raw`${loose('công khai')} (?:${loose('thông tin')}|${loose('lỗ hổng')})`,
      String.raw`(?:${loose('thông báo')}|${loose('khuyến cáo')}|${loose('cảnh báo')}|${loose('bản tin')}) ${loose('bảo mật')}`,
    ],
    scope: [loose('phạm vi')],
    'safe-harbor': [loose('pháp lý'), loose('miễn trừ')],
    encryption: [
      String.raw`${loose('mã')} (?:${loose('hóa')}|${loose('hoá')})`,
      String.raw`(?:${loose('khóa')}|${loose('khoá')}) ${loose('công khai')}`,
    ],
    acknowledgments: [String.raw`(?:${loose('cảm')}|${loose('cám')}) ${loose('ơn')}`, loose('vinh danh'), loose('ghi nhận')],
    hiring: [loose('tuyển dụng')],
  },
  versionHeader: [loose('phiên bản')],
  vague: {
    asap: [
      String.raw`(?:${loose('trong')}|${loose('với')}) ${loose('thời gian')} (?:${loose('sớm')}|${loose('nhanh')}) ${loose('nhất')}(?: ${loose('có thể')})?`,
      String.raw`(?:${loose('sớm')}|${loose('nhanh')}|${loose('nhanh chóng')}) ${loose('nhất có thể')}`,
      String.raw`${loose('càng')} (?:${loose('sớm')}|${loose('nhanh')}) ${loose('càng tốt')}`,
      String.raw`${loose('ngay khi')} (?:(?:${loose('chúng tôi')}|${loose('tôi')}|${loose('mình')}) )?${loose('có thể')}`,
    ],
    quickly: [String.raw`(?:${loose('một cách')} )?${loose('nhanh chóng')}`, loose('khẩn trương'), loose('mau chóng'), 'nhanh'],
    timely: [
      String.raw`(?:${loose('một cách')} )?${loose('kịp thời')}`,
      loose('đúng lúc'),
      String.raw`${loose('vào')} (?:${loose('thời điểm')}|${loose('lúc')}) (?:${loose('thích hợp')}|${loose('phù hợp')})`,
    ],
    soon: [
      // "sớm", but not "sớm nhất có thể" (as soon as possible) nor "sớm hơn" read apart.
      'sớm',
      String.raw`${loose('trong')} (?:${loose('thời gian')}|${loose('tương lai')}) (?:${loose('tới')}|${loose('gần')})`,
      loose('sắp tới'),
      loose('không lâu nữa'),
    ],
    reasonable: [
      String.raw`(?:${loose('trong')} )?(?:${loose('một')} )?(?:${loose('khoảng')} )?(?:${loose('thời gian')}|${loose('thời hạn')}) ${loose('hợp lý')}`,
    ],
    'without-delay': [
      String.raw`(?:mà )?${loose('không')} (?:${loose('có')} )?(?:${loose('sự')} )?(?:${loose('chậm trễ')}|${loose('trì hoãn')})(?: (?:${loose('không cần thiết')}|${loose('không đáng có')}|${loose('quá mức')}))?`,
    ],
    'best-effort': [
      String.raw`(?:${loose('cố gắng')}|${loose('nỗ lực')}) (?:${loose('hết sức')}|${loose('tối đa')}|${loose('hết mình')})`,
      String.raw`(?:${loose('trong')}|${loose('theo')}|(?:tùy|tuỳ|tuy)(?: ${loose('theo')})?) ${loose('khả năng')}(?: (?:${loose('của')} (?:${loose('chúng tôi')}|${loose('mình')})|${loose('cho phép')}))?`,
      String.raw`${loose('khi')} (?:${loose('có thể')}|${loose('có thời gian')}|${loose('điều kiện cho phép')}|${loose('rảnh')})`,
      String.raw`(?:${loose('trong')}|${loose('vào')}) ${loose('thời gian rảnh')}`,
    ],
  },
  promise: {
    firstPerson: [
      String.raw`${NOT_OBJECT}(?:${loose('chúng tôi')}|${loose('chúng mình')}|${loose('bọn mình')}|${loose('tụi mình')}|${loose('bên mình')})`,
      // "tôi" alone, not inside "chúng tôi" (which the source above judges).
      String.raw`${NOT_OBJECT}(?<!${loose('chúng')} )tôi`,
      'mình',
    ],
    possessive: [String.raw`${loose('của')} (?:${loose('chúng tôi')}|tôi|mình)`],
    team: [
      loose('đội ngũ'),
      'nhóm',
      String.raw`${loose('người')} (?:${loose('bảo trì')}|${loose('duy trì')}|${loose('quản lý')})`,
      String.raw`${loose('nhà')} (?:${loose('phát triển')}|${loose('duy trì')}|${loose('bảo trì')})`,
      String.raw`${loose('chủ')} (?:${loose('dự án')}|repo(?:sitory)?|${loose('sở hữu')})`,
      loose('ban quản trị'),
      loose('quản trị viên'),
      loose('tác giả'),
      loose('dự án'),
    ],
    intent: [
      'sẽ',
      loose('cam kết'),
      loose('cố gắng'),
      loose('nỗ lực'),
      loose('đảm bảo'),
      loose('dự kiến'),
      String.raw`(?:${loose('lên')}|${loose('có')}) ${loose('kế hoạch')}`,
      String.raw`${loose('mục tiêu')}(?: ${loose('của')} (?:${loose('chúng tôi')}|tôi))? ${loose('là')}`,
      loose('hướng tới'),
      loose('phấn đấu'),
      loose('ưu tiên'),
      'hứa',
    ],
    passive: [String.raw`(?:sẽ )?${loose('được')} (?:\p{L}+ ){0,2}(?:${loose(HANDLED)})`],
    youReceive: [
      String.raw`(?:${loose('bạn')}|${loose('quý vị')}|${loose('người báo cáo')})(?: sẽ| ${loose('có thể')})? (?:${loose('nhận được')}|${loose('được')} (?:${loose('thông báo')}|${loose('phản hồi')}|${loose('liên hệ')}|${loose('cập nhật')}|${loose('ghi nhận')})|${loose('mong đợi')})`,
    ],
  },
  request: [
    String.raw`(?:xin )?${loose('vui lòng')}`,
    loose('làm ơn'),
    'hãy',
    'xin',
    'đừng',
    String.raw`${loose('không nên')}`,
    String.raw`(?:${loose('bạn')}|${loose('quý vị')}|${loose('người')} (?:${loose('dùng')}|${loose('sử dụng')}|${loose('báo cáo')})|${loose('nhà nghiên cứu')}) (?:${loose('nên')}|${loose('cần')}|${loose('phải')})`,
    String.raw`${loose('chúng tôi')} (?:${loose('yêu cầu')}|${loose('đề nghị')}|${loose('khuyến khích')}|${loose('khuyến nghị')}|${loose('mong')} (?:${loose('bạn')}|${loose('quý vị')}))`,
    String.raw`cho (?:${loose('chúng tôi')}|tôi|mình|nhóm|${loose('đội ngũ')})(?: ${loose('một')})?(?: ${loose('khoảng')})? ${loose('thời gian')}`,
    // Purpose, not promise: "để chúng tôi có thể phản hồi nhanh chóng", "giúp chúng tôi".
    String.raw`${loose('để')} (?:${loose('chúng tôi')}|tôi|mình|nhóm)(?: ${loose('có thể')})?`,
    String.raw`${loose('giúp')} (?:${loose('chúng tôi')}|tôi|mình|nhóm)`,
    String.raw`${loose('nếu')} (?:${loose('bạn')} )?${loose('không nhận được')}`,
    String.raw`${loose('khuyến')} (?:${loose('nghị')}|${loose('cáo')})`,
  ],
  imperative: [
    'gửi',
    // "báo cáo" is also the noun: "Báo cáo sẽ được xử lý" is no instruction.
    String.raw`${loose('báo cáo')}(?! (?:sẽ|${loose('được')}|${loose('của')}|${loose('đã')}|${loose('này')}|${loose('phải')}|${loose('chi tiết')}|${loose('cần')}|${loose('nên')}))`,
    loose('liên hệ'),
    String.raw`${loose('không')} (?:mở|đăng|tạo|${loose('công khai')}|${loose('chia sẻ')}|${loose('tiết lộ')}|gửi|đưa)`,
    'đừng',
    'hãy',
    loose('vui lòng'),
    loose('cung cấp'),
    loose('bao gồm'),
    loose('mô tả'),
    loose('đính kèm'),
    loose('sử dụng'),
    'dùng',
    loose('nâng cấp'),
    loose('cập nhật lên'),
    'tránh',
    loose('kiểm tra'),
    'chờ',
    'đợi',
    'giữ',
    String.raw`${loose('mã')} (?:${loose('hóa')}|${loose('hoá')})`,
    'tạo',
    'mở',
    'xem',
  ],
  noPromise: [
    String.raw`(?:${loose('cảm')}|${loose('cám')}) ${loose('ơn')}`,
    loose('hoan nghênh'),
    loose('trân trọng'),
    loose('đánh giá cao'),
    loose('biết ơn'),
    loose('chào đón'),
    loose('khuyến khích'),
  ],
  condition: [
    String.raw`(?:${loose('nếu')}|khi|${loose('một khi')}|${loose('sau khi')}|${loose('trước khi')}|${loose('cho đến khi')}|${loose('ngay khi')}|${loose('trong trường hợp')}) (?:${loose('bạn')}|${loose('quý vị')})`,
    String.raw`${loose('nếu')} (?:${loose('phát hiện')}|${loose('tìm thấy')})`,
    loose('trong trường hợp'),
  ],
  conjunction: ['và', 'nhưng', 'hoặc', String.raw`sau ${loose('đó')}`, 'rồi', loose('đồng thời'), loose('tuy nhiên')],
  leadInCondition: [
    'mà',
    String.raw`(?:${loose('nếu')}|khi) ${loose('bạn')}`,
    String.raw`${loose('bạn')} (?:${loose('nên')}|${loose('cần')}|${loose('phải')})`,
    loose('vui lòng'),
    'hãy',
    String.raw`(?:${loose('nên')}|${loose('cần')}|${loose('phải')}) (?:${loose('có')}|${loose('bao gồm')}|${loose('gồm')})`,
  ],
  responseContext: [
    loose('phản hồi'),
    loose('trả lời'),
    loose('hồi âm'),
    loose('xác nhận'),
    loose('ghi nhận'),
    loose('tiếp nhận'),
    loose('xử lý'),
    loose('đánh giá'),
    loose('phân tích'),
    loose('phân loại'),
    loose('điều tra'),
    loose('xem xét'),
    loose('kiểm tra'),
    loose('xác minh'),
    loose('thông báo'),
    String.raw`${loose('liên hệ')} (?:${loose('lại')}|${loose('với bạn')})`,
    String.raw`${loose('cho bạn')} ${loose('biết')}`,
    loose('theo dõi'),
    loose('tiến độ'),
    // A status update to the reporter, not a software update.
    String.raw`${loose('cập nhật')} (?:${loose('cho bạn')}|${loose('tình hình')}|${loose('tình trạng')}|${loose('tiến độ')})`,
  ],
  fix: [
    loose('khắc phục'),
    'sửa',
    'vá',
    loose('giải quyết'),
    loose('giảm thiểu'),
    loose('hiệu chỉnh'),
    String.raw`${loose('biện pháp')} ${loose('tạm thời')}`,
  ],
  // Not bare "hỗ trợ" (help): "chúng tôi sẽ hỗ trợ bạn trong 48 giờ" is a response time.
  supportPeriod: [
    String.raw`(?:${loose('được')}|${loose('đang')}|${loose('ngừng')}|${loose('thời gian')}|${loose('chính sách')}|${loose('vòng đời')}) ${loose('hỗ trợ')}`,
    String.raw`${loose('hỗ trợ')} (?:${loose('phiên bản')}|${loose('đến')}|${loose('tới')}|${loose('cho đến')})`,
    loose('bảo trì'),
    loose('vòng đời'),
  ],
  disclosure: [
    String.raw`${loose('công bố')}(?! (?:${loose('một')} )?(?:${loose('kênh')}|email))`,
    loose('tiết lộ'),
    String.raw`(?:${loose('công khai')}|${loose('thông báo')}) (?:${loose('lỗ hổng')}|${loose('thông tin')} (?:${loose('lỗ hổng')}|${loose('chi tiết')})|${loose('chi tiết')})`,
    String.raw`(?:${loose('thông báo')}|${loose('khuyến cáo')}|${loose('cảnh báo')}|${loose('bản tin')}) ${loose('bảo mật')}`,
  ],
  // To be written: the compliance-profile words of this language.
  compliance: {
    scope: [],
    noLegalAction: [],
    authorized: [],
    antiCircumvention: [],
    termsWaiver: [],
    goodFaith: [],
    reportContents: [],
    supportEnd: [],
    advisoryChannel: [],
    acknowledge: [],
    personalData: [],
    anonymous: [],
    mandatory: [],
    optional: [],
    negation: [],
    prohibition: [],
    testingMethod: [],
    permission: [],
    indefinite: [],
    timeLimit: [],
  },
};
