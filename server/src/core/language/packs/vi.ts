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

/**
 * What a reporter sends as a message: email, thư (not "thư viện", "thư mục"), tin nhắn, câu hỏi,
 * thắc mắc; not "báo cáo" nor "lỗi", which may be the flaw or its report.
 */
const MESSAGE = String.raw`(?:e-?mail|${loose('thư điện tử')}|thư(?! (?:viện|mục|ký))|${loose('tin nhắn')}|${loose('câu hỏi')}|${loose('thắc mắc')})`;
/** No word of the gap after the message is the flaw (lỗ hổng, lỗi, sự cố): it would be what is attended to. */
const NOT_FLAW = String.raw`(?!${loose('lỗ hổng')}|${loose('lỗi')}|${loose('sự cố')})`;

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
    // A message attended to ("xử lý", "phản hồi" count already): "câu hỏi sẽ được giải đáp trong
    // vòng 3 ngày", "email sẽ được xem trong 2 ngày làm việc"; not the flaw ("lỗ hổng sẽ được
    // giải quyết" is a fix).
    String.raw`${MESSAGE}(?: ${NOT_FLAW}[^\s;]+){0,6} (?:${loose('giải đáp')}|được (?:xem|đọc|${loose('giải quyết')}))`,
    String.raw`(?:${loose('giải đáp')}|${loose('giải quyết')})(?: \p{L}+){0,2} ${MESSAGE}`,
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
  // Phrases of several syllables match with or without their diacritics (loose); a short word that
  // without its marks is another word ("cấm"/"cam", "đừng"/"dùng", "chưa"/"chua") stays exact.
  compliance: {
    scope: [
      loose(String.raw`(?:chính sách|chương trình|tài liệu|quy định)(?: bảo mật)?(?: này)? (?:chỉ )?(?:được )?áp dụng (?:cho|với|đối với)`),
      loose(String.raw`(?:nằm trong|nằm ngoài|không thuộc|vượt ngoài|thuộc|trong|ngoài) phạm vi`),
      loose(String.raw`phạm vi (?:áp dụng|của chính sách|của chương trình|kiểm thử|thử nghiệm)`),
      loose(String.raw`(?:chính sách|chương trình)(?: này)? (?:bao gồm|bao quát|bao trùm)`),
    ],
    noLegalAction: [
      loose(String.raw`(?:không|không bao giờ)(?: \p{L}+){0,3} (?:khởi kiện|kiện|truy tố|truy cứu|tố cáo|tố giác)`),
      loose(
        String.raw`(?:không|không bao giờ)(?: \p{L}+){0,3} (?:thực hiện|tiến hành|áp dụng|có|đưa ra) (?:bất kỳ |bất cứ |mọi )?(?:hành động|biện pháp|hình thức xử lý|thủ tục|hành vi) pháp lý`,
      ),
      loose(
        String.raw`không(?: \p{L}+){0,3} (?:báo|trình báo|thông báo) (?:với|cho|tới|đến) (?:cơ quan (?:chức năng|chức trách|thực thi pháp luật|công an)|công an|cảnh sát|nhà chức trách)`,
      ),
      loose(String.raw`(?:hành động|biện pháp) pháp lý (?:nào )?(?:sẽ không|không) (?:được|bị)`),
    ],
    authorized: [
      loose(
        String.raw`(?:coi|xem|công nhận|xác định)(?: \p{L}+){0,5} (?:là|như) (?:(?:hoạt động|hành vi|truy cập) )?(?:được phép|được ủy quyền|được uỷ quyền|hợp pháp|hợp lệ)`,
      ),
      loose(String.raw`(?:hoạt động|hành vi|nghiên cứu|truy cập|kiểm thử) (?:được phép|được ủy quyền|được uỷ quyền|hợp pháp)`),
      loose(String.raw`luật (?:an ninh mạng|an toàn thông tin mạng|chống (?:hack|tấn công mạng|xâm nhập))`),
    ],
    antiCircumvention: [
      'dmca',
      loose(String.raw`đạo luật bản quyền thiên niên kỷ kỹ thuật số`),
      loose(
        String.raw`(?:vượt qua|vô hiệu hóa|vô hiệu hoá|né tránh|phá|bẻ khóa|bẻ khoá)(?: \p{L}+){0,3} (?:biện pháp|cơ chế) (?:kỹ thuật|công nghệ|bảo vệ)`,
      ),
      loose(String.raw`biện pháp (?:công nghệ|kỹ thuật) (?:để )?bảo vệ`),
      loose(String.raw`chống (?:vượt qua|né tránh)`),
    ],
    termsWaiver: [
      loose(String.raw`điều khoản (?:dịch vụ|sử dụng)`),
      loose(String.raw`điều khoản và điều kiện`),
      loose(String.raw`chính sách sử dụng (?:chấp nhận được|hợp lệ|hợp lý)`),
      loose(
        String.raw`thỏa thuận (?:người dùng|cấp phép người dùng cuối|sử dụng)|thoả thuận (?:người dùng|cấp phép người dùng cuối|sử dụng)`,
      ),
      String.raw`tos|eula`,
    ],
    goodFaith: [loose('thiện chí'), loose('thiện ý'), loose(String.raw`(?:với|có) ý định tốt`)],
    reportContents: [
      loose(String.raw`(?:các )?bước (?:để |nhằm )?(?:tái hiện|tái tạo|tái lập|mô phỏng lại)`),
      loose(String.raw`cách (?:tái hiện|tái tạo|tái lập)`),
      loose(String.raw`bằng chứng (?:khái niệm|về khái niệm)|mã khai thác(?: mẫu)?|proofs? of concept`),
      String.raw`pocs?`,
      loose(String.raw`(?:phiên bản|thành phần|sản phẩm|tệp|tập tin|url|điểm cuối|endpoint|chức năng)(?: \p{L}+){0,1} bị ảnh hưởng`),
      loose(
        String.raw`(?:mức độ |những |các )?(?:ảnh hưởng|tác động)(?: (?:tiềm ẩn|tiềm tàng|có thể có|có thể xảy ra|của lỗ hổng|của vấn đề))?`,
      ),
      loose(String.raw`stack ?traces?|dấu vết ngăn xếp|nhật ký (?:lỗi|sự cố)|log lỗi|thông báo lỗi`),
      loose(String.raw`mô tả (?:chi tiết |ngắn gọn |rõ ràng )?(?:về )?(?:lỗ hổng|vấn đề|lỗi)`),
      loose(String.raw`(?:loại|kiểu|dạng) (?:lỗ hổng|lỗi)`),
      loose(String.raw`ảnh chụp màn hình|video (?:minh họa|minh hoạ|quay màn hình)`),
      loose(String.raw`(?:thông tin|tệp|tập tin) (?:cấu hình|môi trường)`),
      loose(String.raw`(?:đề xuất|gợi ý|hướng) (?:khắc phục|sửa lỗi|giảm thiểu)`),
    ],
    supportEnd: [
      loose(String.raw`(?:kết thúc|ngừng|chấm dứt|dừng)(?: \p{L}+){0,1} (?:hỗ trợ|bảo trì|cập nhật)`),
      loose(String.raw`hết (?:hạn )?hỗ trợ`),
      String.raw`eol`,
      loose(
        String.raw`(?:hỗ trợ|bảo trì|cập nhật bảo mật|bản vá bảo mật|bản sửa lỗi bảo mật)(?: \p{L}+){0,3} (?:cho đến|cho tới|đến hết|đến|tới)`,
      ),
      loose(String.raw`thời (?:gian|hạn) hỗ trợ`),
      loose(String.raw`(?:phiên bản|bản cập nhật|bản vá|bản phát hành) (?:bảo mật )?cuối cùng`),
      loose(String.raw`(?:được )?hỗ trợ trong(?: vòng)?`),
      loose(String.raw`(?:cập nhật|bản vá|bản sửa lỗi) bảo mật (?:trong|suốt)(?: vòng)? [\p{N}\p{L}]{1,6} (?:tháng|năm)`),
    ],
    advisoryChannel: [
      loose(String.raw`(?:thông báo|khuyến cáo|cảnh báo|bản tin|tư vấn) (?:bảo mật|an ninh)`),
      String.raw`(?:github )?security advisor(?:y|ies)`,
      String.raw`cve(?: id)?|ghsa|nvd|osv|vncert`,
      loose(String.raw`ghi chú (?:phát hành|phiên bản)|nhật ký thay đổi|lịch sử thay đổi`),
      String.raw`release notes?|change ?logs?`,
      loose(String.raw`danh sách (?:thư|email|gửi thư)`),
      String.raw`mailing lists?`,
      loose(String.raw`trang (?:thông báo|tin tức)`),
      String.raw`blog`,
    ],
    acknowledge: [
      loose(String.raw`xác nhận (?:việc |đã )?(?:nhận|tiếp nhận)(?: được)?`),
      loose(String.raw`(?:thông báo|phản hồi) (?:đã )?(?:nhận được|tiếp nhận)`),
      loose(String.raw`(?:phản hồi|trả lời|hồi âm|liên hệ) (?:đầu tiên|ban đầu|sơ bộ)`),
    ],
    personalData: [
      loose(String.raw`họ (?:và )?tên(?: đầy đủ)?|tên (?:đầy đủ|thật)`),
      loose(String.raw`số điện thoại|số di động`),
      String.raw`sđt`,
      loose(String.raw`địa chỉ (?:nhà riêng|nhà|bưu điện|gửi thư|thường trú|cư trú|nơi ở)`),
      loose(
        String.raw`hộ chiếu|chứng minh (?:nhân dân|thư)|căn cước(?: công dân)?|giấy tờ tùy thân|giấy tờ tuỳ thân|bằng lái xe|giấy phép lái xe`,
      ),
      String.raw`cmnd|cccd`,
      loose(String.raw`ngày(?:,)? tháng(?:,)? năm sinh|ngày sinh`),
    ],
    anonymous: [loose('ẩn danh'), loose(String.raw`giấu (?:tên|danh tính)`), loose(String.raw`bí danh|biệt danh`)],
    mandatory: [
      String.raw`(?<!(?:không|chẳng|cần) )phải`,
      loose(String.raw`(?<!không )bắt buộc`),
      loose(String.raw`(?<!không )cần (?:phải )?(?:cung cấp|ghi|nêu|điền|gửi|kèm theo|đính kèm|có)`),
      loose(String.raw`yêu cầu (?:bạn|quý vị|người báo cáo|phải)`),
      loose(String.raw`chỉ (?:chấp nhận|tiếp nhận|xử lý|xem xét) (?:các |những )?báo cáo`),
    ],
    optional: [
      loose(String.raw`không bắt buộc|tùy chọn|tuỳ chọn`),
      loose(String.raw`(?:nếu|khi) (?:bạn|quý vị) (?:muốn|mong muốn|thích|đồng ý|sẵn lòng)`),
      loose(String.raw`không (?:cần|nhất thiết)(?: phải)?`),
      loose(String.raw`tự nguyện`),
      loose(String.raw`(?:tùy|tuỳ) (?:bạn|quý vị|ý)`),
      loose(String.raw`có thể (?:bỏ qua|để trống)`),
    ],
    negation: [loose('không'), 'chẳng', 'chưa', 'đừng', 'chớ', loose('không bao giờ')],
    prohibition: [
      loose(String.raw`(?:không|chẳng|chưa) (?:được|nên|cho phép)`),
      'đừng',
      'cấm',
      loose('nghiêm cấm'),
      loose(String.raw`bị cấm`),
      'tránh',
      loose(String.raw`(?:tuyệt đối )?không (?:thực hiện|tiến hành|sử dụng|tấn công|kiểm thử|thử nghiệm|công khai|tiết lộ|chia sẻ)`),
      loose(String.raw`(?:nằm ngoài|không thuộc|ngoài) phạm vi`),
    ],
    testingMethod: [
      loose(String.raw`từ chối dịch vụ(?: phân tán)?`),
      String.raw`d?dos`,
      loose(String.raw`phi kỹ thuật|kỹ thuật xã hội`),
      String.raw`social engineering|phishing|spam(?:ming)?`,
      loose(String.raw`lừa đảo (?:qua mạng|trực tuyến|qua email|giả mạo)|giả mạo email|thư rác`),
      loose(String.raw`(?:kiểm thử|tấn công|xâm nhập|truy cập) vật lý`),
      loose(String.raw`(?:dò|đoán|vét cạn) mật khẩu|vét cạn`),
      String.raw`brute[- ]?forc\p{L}*`,
      loose(String.raw`(?:quét|kiểm thử|công cụ|máy quét) tự động|(?:lượng lớn|số lượng lớn|hàng loạt) (?:yêu cầu|request)`),
      loose(String.raw`kiểm thử (?:tải|hiệu năng|chịu tải)`),
      loose(String.raw`(?:xóa|xoá|sửa đổi|thay đổi|phá hủy|phá huỷ|đánh cắp|trích xuất|tải xuống)(?: \p{L}+){0,2} dữ liệu`),
      loose(String.raw`(?:dữ liệu|tài khoản) (?:của )?(?:người dùng khác|người khác|khách hàng|bên thứ ba)`),
      loose(String.raw`(?:làm gián đoạn|gián đoạn|làm chậm|làm sập|phá hoại)(?: \p{L}+){0,2} (?:dịch vụ|hệ thống|hoạt động)`),
    ],
    permission: [
      loose(String.raw`(?:mà )?không (?:có )?(?:sự )?(?:cho phép|đồng ý|chấp thuận|phê duyệt|ủy quyền|uỷ quyền)`),
      loose(String.raw`(?:khi )?chưa (?:có|được|nhận được) (?:sự )?(?:cho phép|đồng ý|chấp thuận|phê duyệt)`),
      loose(
        String.raw`(?:chỉ )?(?:khi|sau khi|nếu|cho đến khi|đến khi|tới khi|trước khi) (?:có|được|nhận được) (?:sự )?(?:cho phép|đồng ý|chấp thuận|phê duyệt)`,
      ),
      loose(String.raw`trừ khi (?:được|có) (?:sự )?(?:cho phép|đồng ý|chấp thuận|phê duyệt)`),
    ],
    indefinite: [
      loose('không bao giờ'),
      loose(String.raw`(?:bất kỳ|bất cứ) (?:lúc|khi) nào`),
      loose(String.raw`(?:trong|dưới) (?:bất kỳ|bất cứ|mọi) (?:trường hợp|hình thức|hoàn cảnh)(?: nào)?`),
      loose(String.raw`vĩnh viễn|mãi mãi|vô thời hạn|tuyệt đối`),
    ],
    timeLimit: [
      loose(String.raw`(?:cho )?(?:đến|tới) khi(?! (?:có|được|nhận được)(?: sự)? (?:cho phép|đồng ý|chấp thuận|phê duyệt))`),
      loose(String.raw`trước (?:khi(?! (?:có|được|nhận được)(?: sự)? (?:cho phép|đồng ý|chấp thuận|phê duyệt))|ngày|thời điểm)`),
      loose(String.raw`sau khi (?:bản vá|bản sửa|bản phát hành|lỗ hổng|vấn đề|có bản|phát hành|khắc phục)`),
      loose(String.raw`thời (?:gian|hạn) (?:cấm công bố|giữ kín|bảo mật thông tin)`),
      String.raw`embargo\p{L}*`,
      loose(String.raw`(?<!vô )thời hạn|hạn chót`),
    ],
    privately: [
      // Not "khóa riêng tư" / "khóa bí mật" (a private or secret key).
      loose(String.raw`(?<!khóa )riêng tư`),
      loose(String.raw`(?<!khóa )bí mật`),
      loose('không công khai'),
      loose(String.raw`giữ kín|kín đáo`),
      loose(String.raw`(?:gửi|báo cáo|liên hệ|trao đổi|thông báo) riêng`),
    ],
  },
};
