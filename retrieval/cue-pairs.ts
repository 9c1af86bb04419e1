// Everyday words whose legal meaning depends on another word of the same question. "giữ" beside "hộ chiếu" is papers
// held abroad (the documents' "giấy thông hành"), beside "bắt làm" it is forced labour; "không có giấy tờ" beside
// "cửa khẩu" is an identity check, beside "đi học" the civil-status papers: the thesaurus, which reads one wording at a
// time, cannot tell them apart. A cue pair names the words that must all occur in the question and the documents'
// phrases for what they mean together, which the ranker adds like a thesaurus expansion. Written from the bundled
// documents' own terms (a test checks that every `legal` phrase occurs in them) and from how people ask, never from
// evaluation questions.
import { TRAFFICKING_COUNTRIES } from './countries.js';
import type { Expansion } from './expand.js';
import { CRIMINAL_RECORD } from './thesaurus.js';
import { analyze, containsSeq, foldableSyllables, foldToken, matchesAt, seqOf, type Wording, wordingOf } from './text.js';

export interface CuePair {
  /**
   * Groups of cue wordings (lowercase, with diacritics); the pair applies when every group has one of its wordings in
   * the question as whole syllables, and the legal phrases stand for all of them together. As in the thesaurus, a
   * syllable typed without diacritics matches by its folded form only inside a wording of two syllables or more:
   * alone, `cho` may be cho or chỗ, `gia` gia or giả.
   */
  all: string[][];
  /**
   * Further groups that must occur too, naming who or where in the documents' own words (biên phòng, cơ sở): they
   * pick the sense, but a passage saying the legal phrase is not taken to say them.
   */
  context?: string[][];
  /** The documents' phrases for what the cues mean together. */
  legal: string[];
}

// Wordings that several pairs share: claiming to be a victim, a place that takes victims in, checking on a business.
const FAKING = [
  'giả',
  'giả làm',
  'giả vờ',
  'mạo nhận',
  'khai gian',
  'khai láo',
  'nhận bừa',
  'khai man',
  'bịa chuyện',
  'bịa',
  'dựng chuyện',
];
// Bodies named in full: a bare 'hội', 'sở' or 'bộ' is also the syllable of 'xã hội', 'cơ sở', 'cán bộ'.
const RESPONSIBLE_BODIES = [
  'các bộ',
  'bộ công an',
  'bộ quốc phòng',
  'bộ y tế',
  'bộ ngoại giao',
  'bộ tư pháp',
  'bộ giáo dục',
  'bộ lao động',
  'bộ văn hóa',
  'bộ thông tin',
  'sở lao động',
  'sở y tế',
  'sở ngoại vụ',
  'ủy ban',
  'ủy ban xã',
  'ủy ban nhân dân',
  'mặt trận',
  'hội phụ nữ',
  'hội liên hiệp',
  'đoàn thanh niên',
  'viện kiểm sát',
  'tòa án',
  'công an',
  'công an xã',
  'biên phòng',
];
// What a victim's story is made of, when it is told to others.
const WHAT_IS_TOLD = ['chuyện', 'thông tin', 'tên', 'hình', 'ảnh', 'clip', 'video', 'địa chỉ', 'hoàn cảnh'];
const SHELTER = ['cơ sở', 'trung tâm', 'nhà tạm lánh', 'mái ấm', 'nhà mở'];
// Those who give money: donors at home or abroad, however people name them.
const DONORS = ['tài trợ', 'ủng hộ', 'quyên góp', 'viện trợ', 'mạnh thường quân', 'nhà hảo tâm', 'nhà tài trợ'];
const INSPECTING = ['kiểm tra', 'thanh tra', 'giám sát', 'kiểm soát'];
// Abroad as a family names it: the country, "over there", a foreign land.
const ABROAD = [
  ...TRAFFICKING_COUNTRIES,
  'bên đó',
  'bên kia',
  'bên ấy',
  'bên nớ',
  'nước ngoài',
  'xứ người',
  'đất khách',
  'nước người ta',
  'ngoại quốc',
];
// A foreign national in Vietnam, by nationality or as "someone from another country".
const FOREIGNER = [
  'người nước ngoài',
  'người nước khác',
  'dân nước khác',
  'người ngoại quốc',
  'ngoại kiều',
  ...TRAFFICKING_COUNTRIES.flatMap((c) => [`người ${c}`, `dân ${c}`]),
  'người myanmar',
  'người miến điện',
];
// A child, as a carer calls one.
const CHILD = [
  'trẻ',
  'cháu',
  'con nít',
  'đứa nhỏ',
  'thằng nhỏ',
  'thằng bé',
  'con nhỏ',
  'con bé',
  'bé',
  'trẻ em',
  'trẻ con',
  'đứa trẻ',
  'chưa đủ tuổi',
  'chưa đủ 18',
  'nhỏ tuổi',
  'còn nhỏ',
  'vị thành niên',
  'chưa thành niên',
];
// A hearing: the court, the trial.
const COURT = ['tòa', 'phiên tòa', 'ra tòa', 'phiên xử', 'xét xử'];
// Held behind closed doors, as a victim asks it.
const CLOSED_DOORS = ['kín', 'không công khai', 'không cho ai vào', 'không cho người ngoài', 'đóng cửa'];
// The public of a hearing: who would sit and listen, whom the victim would face.
const COURT_AUDIENCE = [
  'người ngoài',
  'đông người',
  'người lạ',
  'ai vào',
  'ai vô',
  'ngồi nghe',
  'vào nghe',
  'vô nghe',
  'gặp mặt',
  'mặt đối mặt',
];
// Neighbours and local businesses, whom a commune calls on to help a returnee.
const NEIGHBOURS = ['hàng xóm', 'lối xóm', 'bà con'];
const BUSINESSES = ['tiệm', 'cửa hàng', 'doanh nghiệp', 'công ty', 'cơ sở làm ăn', 'cơ sở sản xuất', 'mạnh thường quân'];
const HELPING = ['giúp', 'giúp đỡ', 'phụ giúp', 'đỡ đần', 'cưu mang', 'chung tay', 'hỗ trợ'];

// Living somewhere else than before: another province, district or commune, a new home.
const MOVED_AWAY = [
  'tỉnh khác',
  'huyện khác',
  'xã khác',
  'nơi ở khác',
  'chỗ khác',
  'địa phương khác',
  'ngoài địa bàn',
  'ngoài tỉnh',
  'nơi ở mới',
  'chỗ ở mới',
  'dọn đi',
  'dọn về',
  'dọn nhà',
  'chuyển nhà',
  'chuyển chỗ ở',
  'chuyển đi nơi khác',
  'chuyển ra',
  'chuyển vô',
  'dọn ra',
  'dọn vô',
  'cư trú khác',
];
// A paper kept from others, or seen by anyone.
const LEAKED_OR_KEPT = [
  'kín',
  'giữ kín',
  'bí mật',
  'mật',
  'lộ',
  'bị lộ',
  'lộ ra',
  'để lộ',
  'công khai',
  'coi được',
  'xem được',
  'ai cũng coi',
  'ai cũng xem',
  'ai được coi',
  'ai được xem',
  'người ngoài',
];

// Who sends workers abroad for a living, as people name them.
const LABOUR_EXPORT = [
  'xuất khẩu lao động',
  'xklđ',
  'đưa người đi làm',
  'đưa người đi lao động',
  'đưa lao động',
  'môi giới việc làm',
  'công ty môi giới',
  'cò lao động',
  'công ty xuất khẩu',
];
// Doing one thing under the cover of another: a marriage, a job abroad, a shelter used as a front.
const FRONT = [
  'lợi dụng',
  'núp bóng',
  'đội lốt',
  'mượn danh',
  'giả danh',
  'lấy cớ',
  'trá hình',
  'thật ra là',
  'thực chất là',
  'lấy danh nghĩa',
];
// Keeping an eye on someone (with a criminal record, thesaurus.ts CRIMINAL_RECORD, the documents watch them).
const WATCHING = ['canh chừng', 'trông chừng', 'để mắt', 'để ý', 'theo dõi', 'quản lý', 'răn đe', 'giám sát'];

export const CUE_PAIRS: readonly CuePair[] = [
  // Papers: who holds them, what is missing and what for.
  {
    all: [
      ['hộ chiếu', 'passport'],
      ['giữ', 'lấy', 'mất', 'thu', 'tịch thu', 'cầm', 'giấu'],
    ],
    legal: ['giấy thông hành', 'giấy tờ xuất nhập cảnh'],
  },
  {
    all: [
      ['giấy tờ', 'giấy má', 'giấy tờ tùy thân', 'giấy tùy thân', 'giấy tờ cá nhân', 'căn cước'],
      // Bare "mất" is also the cost of a step ("làm giấy tờ có mất tiền không"): only the papers gone.
      [
        'giữ',
        'lấy',
        'bị mất',
        'làm mất',
        'đánh mất',
        'mất hết',
        'mất rồi',
        'mất giấy',
        'thu',
        'tịch thu',
        'không có',
        'không còn',
        'trộm',
        'bị trộm',
        'bị cướp',
        'bị móc túi',
      ],
      ['về nước', 'sứ quán', 'đại sứ quán', 'lãnh sự', 'nước ngoài', 'bên đó', 'bên kia', 'bên ấy', 'bên nớ'],
    ],
    legal: ['giấy thông hành'],
  },
  {
    all: [
      ['giấy tờ', 'giấy má', 'giấy tờ tùy thân', 'căn cước', 'chứng minh nhân dân', 'cccd', 'cmnd'],
      ['không có', 'không còn', 'mất', 'chưa có', 'thiếu'],
    ],
    context: [['biên phòng', 'cửa khẩu', 'vượt biên', 'đồn biên phòng', 'qua biên giới']],
    legal: ['giấy tờ có liên quan đến nhân thân, quốc tịch', 'xác minh lý lịch'],
  },
  {
    all: [
      ['giấy khai sinh', 'khai sinh', 'hộ khẩu', 'giấy tờ', 'hộ tịch'],
      ['không có', 'không còn', 'mất', 'chưa có', 'làm lại', 'thiếu'],
      ['đi học', 'nhập học', 'trường học', 'đến trường', 'tới trường', 'vào lớp', 'học lại'],
    ],
    legal: ['đăng ký hộ khẩu, hộ tịch', 'trợ giúp pháp lý'],
  },
  {
    all: [
      ['giấy tờ', 'giấy', 'chứng nhận', 'xác nhận', 'bằng chứng', 'chứng cứ'],
      ['không có', 'chưa có', 'thiếu', 'chưa được', 'không còn', 'mất hết'],
      [
        'công nhận',
        'coi là',
        'được tính là',
        'xác định là',
        'là nạn nhân',
        'chứng minh bị',
        'chứng minh là',
        'chứng minh mình',
        'xét sao',
        'xét thế nào',
      ],
    ],
    legal: [
      'giấy tờ, tài liệu chứng nhận nạn nhân',
      'không chứng minh được',
      'căn cứ để xác định nạn nhân',
      'xem xét các căn cứ sau để xác nhận họ là nạn nhân',
    ],
  },
  // Held: by traffickers to work; kept secret: what a victim says, where they live.
  {
    all: [
      [
        'bắt làm',
        'làm không công',
        'không trả lương',
        'không trả tiền',
        'không trả đồng',
        'làm quần quật',
        'làm cực',
        'đánh đập',
        'bắt đi làm',
        'làm nô lệ',
      ],
      ['giữ', 'nhốt', 'giam', 'canh', 'không cho về', 'không cho đi', 'không cho ra'],
    ],
    legal: ['cưỡng bức lao động'],
  },
  {
    all: [
      [
        'bắt làm',
        'làm quần quật',
        'làm suốt',
        'làm liên tục',
        'làm cả ngày',
        'làm cả đêm',
        'làm ngày làm đêm',
        'không nghỉ',
        'không được nghỉ',
        'không cho nghỉ',
      ],
      ['đánh', 'đập', 'đánh đập', 'đánh đòn', 'ăn đòn', 'hành hạ', 'bạt tai'],
    ],
    legal: ['cưỡng bức lao động', 'dùng vũ lực', 'lao động trái ý muốn'],
  },
  {
    all: [
      ['kể', 'nói', 'lộ', 'để lộ', 'tiết lộ', 'đăng', 'tung', 'loan'],
      WHAT_IS_TOLD,
      ['người ngoài', 'nói ra ngoài', 'người khác', 'hàng xóm', 'báo chí', 'nhà báo', 'lên mạng', 'cả xóm', 'cả làng', 'ai biết'],
    ],
    legal: ['tiết lộ thông tin', 'giữ bí mật các thông tin'],
  },
  // Bare 'ra ngoài' is also going out ("không cho ra ngoài, không cho nói chuyện với người thân"): it is disclosure
  // only after telling or letting slip ('kể', 'lộ'), not after talking ('nói chuyện').
  {
    all: [['kể', 'lộ', 'tung'], WHAT_IS_TOLD, ['ra ngoài']],
    legal: ['tiết lộ thông tin', 'giữ bí mật các thông tin'],
  },
  {
    all: [
      ['chỗ ở', 'địa chỉ', 'nơi ở', 'chỗ làm', 'nhà mới', 'chỗ học'],
      ['giữ', 'che', 'giấu', 'không cho', 'đừng cho', 'sợ'],
      ['bí mật', 'kín', 'biết', 'dò', 'tìm ra', 'tìm tới', 'lần ra'],
    ],
    legal: ['giữ bí mật về nơi cư trú', 'nơi cư trú, làm việc, học tập'],
  },
  // Showing people how not to be tricked into a job: the plans' guidance against job fraud.
  {
    all: [
      [
        'dạy',
        'chỉ cách',
        'chỉ cho dân',
        'chỉ cho bà con',
        'chỉ cho người dân',
        'chỉ dẫn',
        'hướng dẫn',
        'mở lớp',
        'cho dân biết',
        'tập huấn',
      ],
      ['lừa đi làm', 'dụ đi làm', 'rủ đi làm', 'lừa việc làm', 'lừa đảo việc làm', 'việc nhẹ lương cao', 'dụ dỗ đi làm'],
    ],
    legal: ['hướng dẫn người dân các biện pháp phòng, chống lừa đảo việc làm'],
  },
  // The internet: where jobs are offered, where crimes are reported, where the plans publish.
  {
    all: [
      ['tuyển', 'tuyển người', 'việc làm', 'đi làm', 'xuất khẩu lao động', 'việc nhẹ'],
      ['lên mạng', 'trên mạng', 'facebook', 'zalo', 'tiktok', 'mạng xã hội', 'đăng tin', 'đăng bài'],
    ],
    legal: ['giới thiệu việc làm', 'lừa đảo việc làm', 'đưa người việt nam đi lao động'],
  },
  {
    all: [
      ['tố', 'tố cáo', 'báo', 'báo tin', 'phản ánh', 'tố giác'],
      ['lên mạng', 'trên mạng', 'facebook', 'zalo', 'nhắn tin', 'qua mạng', 'online'],
    ],
    legal: ['tố giác, tố cáo', 'tin báo', 'có nghĩa vụ tố giác'],
  },
  {
    all: [
      ['lên mạng', 'trên mạng', 'facebook', 'zalo', 'trang mạng', 'fanpage', 'website', 'trang web'],
      ['tuyên truyền', 'bài viết', 'cảnh báo', 'chia sẻ', 'hướng dẫn', 'đưa tin', 'phổ biến'],
    ],
    legal: ['mạng xã hội', 'trang thông tin điện tử', 'ứng dụng công nghệ thông tin'],
  },
  // Businesses that traffickers use: what they sign, who inspects them.
  {
    all: [
      ['cam kết', 'ký cam kết', 'giấy cam kết', 'cam đoan'],
      [
        'quán',
        'tiệm',
        'công ty',
        'doanh nghiệp',
        'cơ sở kinh doanh',
        'dịch vụ',
        'karaoke',
        'nhà nghỉ',
        'khách sạn',
        'massage',
        'nhân viên',
        'văn phòng',
        'làm mai',
        'mai mối',
        'môi giới',
      ],
    ],
    legal: [
      'cam kết chấp hành quy định của pháp luật về phòng, chống mua bán người',
      'ký cam kết không vi phạm pháp luật về phòng, chống mua bán người',
    ],
  },
  {
    all: [INSPECTING, ['làm mai', 'mai mối', 'môi giới hôn nhân', 'lấy chồng nước ngoài', 'lấy chồng ngoại', 'kết hôn']],
    legal: ['kiểm tra, thanh tra hoạt động hỗ trợ kết hôn'],
  },
  {
    all: [[...new Set([...INSPECTING, ...WATCHING]), 'coi chừng', 'ngó ngàng', 'để mắt tới'], LABOUR_EXPORT],
    legal: [
      'giám sát chặt chẽ các hoạt động đưa người đi lao động ở nước ngoài',
      'giám sát, thanh tra, kiểm tra đối với các tổ chức, cá nhân hoạt động môi giới',
    ],
  },
  // Licences: of a business that sends people, of a support facility, to leave the country.
  {
    all: [
      ['môi giới', 'xuất khẩu lao động', 'giới thiệu việc làm', 'đưa người đi làm', 'tuyển người', 'mai mối', 'làm mai'],
      ['công ty', 'doanh nghiệp', 'trung tâm', 'văn phòng'],
      [
        'phải làm gì',
        'phải làm những gì',
        'trách nhiệm',
        'bắt buộc',
        'nghĩa vụ',
        'hợp đồng',
        'cam kết',
        'phải ký',
        'ký giấy',
        'ký giấy tờ',
        'ký kết',
        'ký gì',
        'giấy tờ gì',
      ],
    ],
    legal: ['ký hợp đồng lao động bằng văn bản', 'giới thiệu việc làm'],
  },
  {
    all: [['rút', 'tước', 'thu hồi', 'lấy lại'], ['giấy phép']],
    legal: ['thu hồi giấy phép thành lập'],
  },
  // A licensed facility left idle: the documents take the licence back after six months without activity.
  {
    all: [
      [
        'để đó',
        'để không',
        'bỏ không',
        'bỏ đó',
        'không làm gì',
        'chưa làm gì',
        'không hoạt động',
        'chưa hoạt động',
        'không mở cửa',
        'ngưng làm',
        'nghỉ làm',
      ],
      ['giấy phép', 'cấp phép', 'được phép', 'mở cơ sở', 'lập cơ sở', 'cơ sở hỗ trợ'],
    ],
    legal: ['không hoạt động trong thời gian', 'ngừng hoạt động', 'thu hồi giấy phép thành lập'],
  },
  // Telling ahead of closing a facility: the notice the documents require before its activity ends.
  {
    all: [
      ['báo trước', 'thông báo trước', 'báo cho sở', 'báo cho ai', 'báo ai'],
      ['dẹp', 'đóng cửa', 'giải thể', 'nghỉ hẳn', 'ngưng hẳn', 'thôi hoạt động', 'ngừng hoạt động', 'chấm dứt hoạt động'],
    ],
    legal: ['trước ngày dự kiến chấm dứt hoạt động', 'gửi văn bản thông báo'],
  },
  // What a licence says: the documents list its main contents.
  {
    all: [
      ['ghi những gì', 'ghi gì', 'ghi cái gì', 'ghi những cái gì', 'có những gì', 'có nội dung gì', 'nội dung gì', 'nội dung ra sao'],
      ['giấy phép', 'trong giấy phép', 'tờ giấy phép'],
    ],
    legal: ['gồm các nội dung chính'],
  },
  {
    all: [
      ['giấy', 'giấy phép', 'phép', 'thủ tục', 'visa', 'xe', 'phương tiện'],
      ['xuất cảnh', 'ra khỏi nước', 'rời nước', 'qua cửa khẩu'],
    ],
    legal: ['thị thực xuất cảnh', 'giấy tờ xuất nhập cảnh hợp lệ'],
  },
  {
    all: [
      ['xin giấy phép', 'xin phép', 'cấp phép', 'xin cấp phép'],
      ['nộp những gì', 'cần những gì', 'giấy tờ gì', 'hồ sơ gồm', 'nộp gì', 'cần gì', 'gồm những gì', 'hồ sơ gì'],
    ],
    legal: ['hồ sơ đề nghị cấp giấy phép thành lập'],
  },
  {
    all: [
      [
        'người nước ngoài',
        'tổ chức nước ngoài',
        'cá nhân nước ngoài',
        'công ty nước ngoài',
        'ông tây',
        'bà tây',
        'người tây',
        'ngoại quốc',
        'nước ngoài',
        ...TRAFFICKING_COUNTRIES.map((c) => `người ${c}`),
      ],
      [
        'mở',
        'mở trung tâm',
        'mở cơ sở',
        'mở mái ấm',
        'mở nhà',
        'thành lập',
        'xin lập',
        'được lập',
        'lập ra',
        'lập nhà',
        'lập trung tâm',
        'lập cơ sở',
        'cấp phép',
        'giấy phép',
        'xin phép',
      ],
      SHELTER,
    ],
    legal: ['các trường hợp không cấp giấy phép thành lập', 'tổ chức, cá nhân nước ngoài'],
  },
  {
    all: [['không cấp phép', 'không cấp giấy phép', 'không cho phép', 'từ chối cấp', 'bị từ chối', 'không duyệt', 'không cho mở'], SHELTER],
    legal: ['các trường hợp không cấp giấy phép thành lập'],
  },
  // A written request: for protection, to be recognised as a victim.
  {
    all: [
      ['viết đơn', 'làm đơn', 'đơn', 'nộp đơn', 'gửi đơn', 'giấy đề nghị', 'xin', 'nhờ', 'yêu cầu'],
      ['bảo vệ', 'che chở', 'canh giữ'],
      // How it is asked for: "xin bảo vệ … cơ quan nào" asks who decides, not the request.
      ['làm sao', 'thế nào', 'ra sao', 'thủ tục', 'làm gì', 'những gì', 'ghi gì', 'được không', 'cách nào'],
    ],
    legal: ['văn bản đề nghị áp dụng biện pháp bảo vệ', 'đề nghị bảo vệ'],
  },
  {
    all: [
      ['gấp', 'gấp quá', 'gấp lắm', 'rất gấp', 'khẩn', 'khẩn cấp', 'không kịp', 'cấp bách'],
      ['gọi điện', 'điện thoại', 'gọi', 'nhắn'],
      ['bảo vệ', 'đơn', 'đề nghị'],
    ],
    legal: ['trường hợp khẩn cấp', 'qua điện thoại'],
  },
  // In a hurry, before any paper is issued ("gấp quá, chưa có giấy quyết định thì có ai tới bảo vệ liền không"): the
  // urgent case, in which protection comes before the decision.
  {
    all: [
      ['gấp', 'gấp quá', 'khẩn', 'khẩn cấp', 'không kịp', 'chưa kịp', 'liền', 'ngay'],
      ['chưa có giấy', 'chưa kịp có giấy', 'chưa có quyết định', 'chưa ra quyết định', 'chưa có giấy tờ', 'chưa làm giấy tờ'],
    ],
    context: [['bảo vệ', 'canh', 'đe dọa', 'bị dọa', 'dọa', 'trả thù', 'an toàn']],
    legal: ['trước khi ra quyết định áp dụng biện pháp bảo vệ', 'điều động lực lượng, phương tiện'],
  },
  {
    all: [
      ['viết đơn', 'làm đơn', 'điền đơn', 'điền giấy', 'khai giấy', 'điền tờ khai'],
      ['nạn nhân', 'bị bán', 'bị lừa bán', 'xác nhận', 'công nhận'],
    ],
    legal: ['tờ khai', 'kê khai'],
  },
  {
    all: [
      ['có quyền', 'được quyền', 'quyền gì', 'quyền lợi'],
      ['bảo vệ', 'che chở'],
      ['mình', 'bản thân', 'người nhà', 'gia đình', 'người thân'],
    ],
    legal: ['quyền và nghĩa vụ của nạn nhân'],
  },
  // Board and lodging: by the force that rescued, at a facility, while waiting abroad.
  {
    all: [['ăn ở', 'ăn ngủ', 'chỗ ngủ', 'chỗ ở', 'cơm nước', 'chỗ ăn', 'ngủ', 'ở tạm', 'cơm']],
    context: [['biên phòng', 'bộ đội', 'công an', 'cảnh sát biển', 'đồn biên phòng', 'cửa khẩu', 'biên giới']],
    legal: ['bố trí chỗ ở tạm thời', 'nhu cầu thiết yếu'],
  },
  {
    all: [['ăn ở', 'ăn ngủ', 'chỗ ngủ', 'chỗ ở', 'cơm nước', 'ăn uống', 'quần áo', 'ăn mặc']],
    context: [['cơ sở', 'trung tâm', 'nhà tạm lánh', 'mái ấm']],
    legal: ['lưu trú tại cơ sở', 'tiền ăn trong thời gian tạm trú', 'bố trí nơi lưu trú'],
  },
  {
    all: [
      [
        'tự về',
        'tự đi về',
        'tự tìm về',
        'tự bắt xe về',
        'tự mò về',
        'trốn khỏi',
        'chạy bộ về',
        'đi bộ về',
        'trốn về',
        'chạy về',
        'thoát về',
        'trốn thoát về',
        'vượt biên về',
        'tìm đường về',
        'lội suối về',
        'băng rừng về',
      ],
      ['cửa khẩu', 'đồn biên phòng', 'trạm biên phòng', 'biên phòng', 'bộ đội', 'biên giới', 'cảnh sát biển'],
    ],
    legal: ['nạn nhân từ nước ngoài tự trở về', 'đến trình báo tại đồn biên phòng'],
  },
  {
    all: [
      ['biên phòng', 'đồn biên phòng', 'bộ đội biên phòng', 'cảnh sát biển'],
      ['phối hợp', 'báo cho', 'làm việc với', 'bàn giao', 'giao cho', 'chuyển cho', 'với ai'],
      ['tự về', 'trốn về', 'chạy về', 'thoát về', 'tự trở về', 'tìm đường về', 'tự tìm về', 'về được'],
    ],
    legal: [
      'ủy ban nhân dân cấp xã nơi nạn nhân tự trở về',
      'cơ quan quản lý xuất nhập cảnh công an cấp tỉnh nơi có cửa khẩu',
      'bàn giao nạn nhân cho ủy ban nhân dân cấp xã gần nhất',
    ],
  },
  {
    all: [['không có chỗ', 'không có điều kiện', 'không đủ chỗ', 'không lo được', 'hết chỗ', 'không có phòng']],
    context: [['xã', 'công an', 'biên phòng', 'đồn']],
    legal: ['không có điều kiện bố trí ăn, ở'],
  },
  {
    all: [
      ['ăn ở', 'chỗ ở', 'tiền ăn', 'ở tạm', 'ăn uống'],
      ['sứ quán', 'đại sứ quán', 'lãnh sự', 'chờ về', 'thu xếp', 'chờ ngày về'],
    ],
    legal: ['tiền ăn, chỗ ở tạm thời', 'chờ thu xếp về nước'],
  },
  // Someone to stand in: for a child, or to pay.
  {
    all: [['đứng ra', 'thay mặt', 'đại diện', 'ký thay', 'làm thay', 'đi cùng'], CHILD],
    legal: ['người giám hộ', 'cử người giám hộ', 'người đại diện hợp pháp'],
  },
  {
    all: [
      ['đứng ra', 'ai lo', 'ai chi', 'ai trả', 'ai chịu', 'ai bao'],
      ['tiền xe', 'tiền tàu xe', 'vé xe', 'tiền đi đường', 'chi phí đi lại', 'tiền về quê', 'tiền về'],
    ],
    legal: ['cơ quan chịu trách nhiệm hỗ trợ tiền tàu xe', 'tiền tàu xe và tiền ăn trong thời gian đi đường'],
  },
  {
    all: [['đưa', 'dẫn', 'chở', 'đón', 'dắt'], CHILD, ['về nhà', 'về quê', 'về địa phương', 'về với gia đình', 'về với bố mẹ']],
    legal: ['thông báo cho người thân thích đến nhận', 'bố trí người đưa'],
  },
  {
    all: [['tiền xe', 'vé xe', 'tiền đi đường', 'tiền tàu xe', 'tiền về quê']],
    context: [['cửa khẩu', 'biên phòng', 'trao trả', 'bộ đội']],
    legal: ['tiền tàu xe, tiền ăn trong thời gian đi đường'],
  },
  // After coming home: school, work, loans, neighbours.
  {
    all: [
      ['nhà trường', 'trường học', 'thầy cô', 'cô giáo', 'thầy giáo', 'giáo viên'],
      ['bị bán', 'bị lừa bán', 'buôn người', 'nạn nhân', 'bị dụ'],
    ],
    legal: ['học sinh, sinh viên, học viên là nạn nhân', 'nhà trường và các cơ sở giáo dục'],
  },
  {
    all: [
      ['kiếm việc', 'việc làm', 'tìm việc', 'có việc', 'công ăn việc làm', 'học nghề'],
      ['trở về', 'về rồi', 'mới về', 'được về', 'về quê', 'về nhà'],
    ],
    legal: ['giải quyết việc làm', 'dạy nghề', 'tái hòa nhập cộng đồng'],
  },
  {
    all: [
      ['hàng xóm', 'bà con', 'người dân', 'doanh nghiệp', 'công ty', 'cơ sở làm ăn', 'chủ doanh nghiệp', 'nhà hảo tâm'],
      ['giúp', 'giúp đỡ', 'đỡ đần', 'hỗ trợ', 'nhận vào làm', 'cưu mang'],
      ['mới về', 'trở về', 'về rồi', 'người về', 'hòa nhập', 'bị bán về'],
    ],
    legal: [
      'tạo việc làm và các hoạt động hỗ trợ khác giúp nạn nhân hòa nhập cộng đồng',
      'sự tham gia tích cực của các cấp, các ngành, cá nhân, tổ chức và toàn xã hội',
    ],
  },
  {
    all: [
      ['vay', 'mượn'],
      ['tiền', 'vốn'],
      ['làm ăn', 'buôn bán', 'chăn nuôi', 'sinh sống', 'làm lại từ đầu', 'kiếm sống'],
    ],
    legal: ['vay vốn', 'ngân hàng chính sách xã hội'],
  },
  {
    all: [
      ['nói xấu', 'dè bỉu', 'xa lánh', 'chê', 'coi thường', 'khinh', 'xì xào', 'bàn tán', 'chửi', 'miệt thị'],
      ['nạn nhân', 'bị bán', 'mới về', 'trở về', 'người bị'],
    ],
    legal: ['kỳ thị, phân biệt đối xử', 'xóa bỏ mặc cảm'],
  },
  {
    all: [
      ['bồi thường', 'đền', 'đền bù', 'đền tiền'],
      ['đòi', 'bắt', 'kiện'],
    ],
    legal: ['đòi bồi thường thiệt hại', 'trợ giúp pháp lý'],
  },
  // Places and trades that traffickers use.
  {
    all: [
      ['quán net', 'nhà nghỉ', 'khách sạn', 'karaoke', 'quán bar', 'massage', 'nhà hàng'],
      ['kiểm tra', 'quản lý', 'theo dõi', 'để ý', 'kiểm soát', 'giám sát'],
    ],
    legal: ['quản lý các hoạt động kinh doanh, dịch vụ', 'dịch vụ internet', 'cơ sở lưu trú du lịch'],
  },
  {
    all: [
      ['lấy chồng', 'lấy vợ', 'cưới', 'mai mối', 'làm dâu'],
      ['nước ngoài', 'đài loan', 'hàn quốc', 'trung quốc', 'người tây', 'ngoại quốc'],
    ],
    legal: ['kết hôn giữa công dân việt nam với người nước ngoài', 'kết hôn với nước ngoài'],
  },
  // Forced into something: what for.
  {
    all: [
      ['ép', 'bắt', 'buộc'],
      ['lấy chồng', 'lấy vợ', 'làm vợ', 'cưới', 'làm dâu'],
    ],
    legal: ['ép buộc làm vợ hoặc chồng'],
  },
  {
    all: [
      ['ép', 'bắt', 'buộc'],
      ['ăn xin', 'xin ăn', 'đi xin', 'xin tiền'],
    ],
    legal: ['ép buộc đi ăn xin'],
  },
  {
    all: [
      ['ép', 'bắt', 'buộc'],
      ['đẻ', 'sinh con', 'đẻ thuê', 'mang thai', 'đẻ mướn', 'có con'],
    ],
    legal: ['ép buộc đẻ con'],
  },
  {
    all: [
      ['ép', 'bắt', 'buộc'],
      ['lừa đảo', 'đánh bạc', 'chở ma túy', 'vận chuyển ma túy', 'trộm', 'phạm pháp', 'làm bậy', 'lừa người'],
    ],
    legal: ['ép buộc thực hiện hành vi vi phạm pháp luật'],
  },
  {
    all: [
      ['ép', 'bắt', 'buộc'],
      ['bán dâm', 'tiếp khách', 'đi khách', 'làm gái', 'bán thân'],
    ],
    legal: ['ép buộc bán dâm', 'bóc lột tình dục'],
  },
  {
    all: [
      ['mua', 'bán', 'đặt cọc', 'thỏa thuận', 'hứa bán', 'đặt mua'],
      ['bào thai', 'trong bụng', 'chưa sinh', 'chưa đẻ', 'mang bầu', 'có bầu', 'có thai'],
    ],
    legal: ['từ khi còn đang là bào thai'],
  },
  {
    all: [
      ['thận', 'nội tạng', 'giác mạc', 'lá gan'],
      ['bán', 'lấy', 'mổ', 'cắt'],
    ],
    legal: ['lấy các bộ phận cơ thể', 'bộ phận cơ thể người'],
  },
  // Threats, fakes and profiteers around a case.
  {
    all: [FAKING, ['nạn nhân', 'bị bán', 'bị lừa bán']],
    legal: ['giả mạo là nạn nhân'],
  },
  {
    all: [FAKING, ['tiền', 'trợ cấp', 'hỗ trợ', 'trả lại', 'lãnh', 'ăn tiền']],
    legal: ['hoàn trả khoản kinh phí hỗ trợ đã nhận'],
  },
  {
    all: [
      ['thật ra không', 'thực ra không', 'hóa ra không', 'té ra không'],
      ['tiền', 'trợ cấp', 'hỗ trợ', 'lãnh'],
    ],
    legal: ['giả mạo là nạn nhân', 'hoàn trả khoản kinh phí hỗ trợ đã nhận'],
  },
  {
    all: [
      ['lợi dụng', 'ăn chặn', 'trục lợi', 'kiếm chác', 'ăn bớt', 'bỏ túi'],
      ['hỗ trợ', 'tiền hỗ trợ', 'chương trình', 'phòng chống', 'dự án'],
    ],
    legal: ['lợi dụng hoạt động phòng, chống mua bán người', 'trục lợi'],
  },
  // Who checks that the money is spent as it should be ("ai kiểm tra tiền hỗ trợ có bị xài sai không").
  {
    all: [
      ['kiểm tra', 'thanh tra', 'giám sát', 'theo dõi', 'coi lại', 'soát lại'],
      ['xài sai', 'xài bậy', 'tiêu sai', 'dùng sai', 'sai mục đích', 'đúng mục đích'],
      ['tiền', 'kinh phí', 'ngân sách', 'khoản hỗ trợ'],
    ],
    legal: ['thanh tra, kiểm tra việc quản lý, sử dụng kinh phí', 'quản lý, sử dụng kinh phí'],
  },
  {
    all: [
      ['không đồng ý', 'không muốn', 'không chịu', 'không cần', 'từ chối', 'không nhận', 'khước từ'],
      ['bảo vệ', 'canh giữ', 'canh gác', 'kè kè'],
      ['công an', 'cảnh sát', 'biên phòng', 'người bảo vệ', 'ai', 'được không', 'có sao'],
    ],
    legal: ['từ chối biện pháp bảo vệ', 'tự chịu trách nhiệm về an toàn của bản thân'],
  },
  // Protection: abroad, moving, staying in, a closed hearing, others found together.
  {
    all: [
      ['dọa', 'đe dọa', 'hăm dọa', 'dọa giết', 'đòi giết', 'trả thù', 'truy sát', 'khủng bố', 'uy hiếp'],
      ['bên đó', 'bên kia', 'bên ấy', 'nước ngoài', 'xứ người', 'sứ quán', 'đại sứ quán', 'lãnh sự'],
    ],
    legal: ['cơ quan đại diện việt nam ở nước ngoài áp dụng các biện pháp bảo vệ', 'thẩm quyền áp dụng biện pháp bảo vệ'],
  },
  {
    all: [
      ['chuyển', 'đổi', 'dời', 'dọn'],
      ['chỗ ở', 'nhà', 'nơi ở', 'chỗ làm', 'trường'],
      ['an toàn', 'sợ', 'bảo vệ', 'dọa', 'trả thù', 'tìm tới'],
    ],
    legal: ['bố trí nơi ở, nơi làm việc, học tập mới', 'nơi tạm lánh'],
  },
  {
    all: [['xử', ...COURT], CLOSED_DOORS],
    legal: ['xét xử kín'],
  },
  // A victim who asks for it, or cannot face the public in court: the hearing held behind closed doors. A court word
  // with the public alone ("phiên tòa lưu động đông người") or with fear alone ("sợ ra tòa làm chứng") is not it.
  {
    all: [
      COURT,
      [...CLOSED_DOORS, ...COURT_AUDIENCE],
      ['xin', 'muốn', 'không muốn', 'yêu cầu', 'đề nghị', 'nhờ', 'ngại', 'sợ', 'xấu hổ', 'mắc cỡ'],
    ],
    legal: ['xét xử kín', 'quyết định việc xét xử kín đối với vụ án mua bán người theo yêu cầu của nạn nhân'],
  },
  {
    all: [
      ['cứu', 'giải cứu', 'được cứu', 'tìm thấy', 'phát hiện'],
      ['cùng', 'chung', 'ở chung', 'sống chung', 'một lượt'],
      ['nạn nhân khác', 'người khác', 'mấy người', 'cả nhóm', 'những người'],
    ],
    legal: ['giải cứu cùng với nạn nhân khác', 'chung sống cùng với nạn nhân'],
  },
  {
    all: [
      ['mất tích', 'mất liên lạc', 'không liên lạc được', 'biệt tăm', 'bặt tin', 'không thấy về'],
      ['báo', 'trình báo', 'khai', 'đi báo'],
    ],
    legal: ['bị mất tích', 'trình báo cơ quan chức năng'],
  },
  // The crime, the courts, prevention and local help, in chat words.
  // Hostesses passed on between bars ("sang tay", "chuyền tay"), prostitution in disguise ("trá hình", "núp bóng"):
  // only beside a bar, a hostess or sex; alone they may be a motorbike sold on or a company posing as a recruiter.
  {
    all: [['chuyền tay', 'sang tay', 'trá hình', 'núp bóng', 'đội lốt']],
    context: [
      [
        'quán',
        'quán bia',
        'quán nhậu',
        'quán hát',
        'karaoke',
        'bar',
        'nhà hàng',
        'massage',
        'mát xa',
        'nhà nghỉ',
        'tiếp viên',
        'gái',
        'tiếp khách',
        'bán dâm',
        'mại dâm',
      ],
    ],
    legal: ['chuyển nhượng tiếp viên nữ', 'mại dâm trá hình'],
  },
  // A minor who agreed to go: under 18, no force or deceit is needed for it to be trafficking. An adult's consent
  // is another matter: a word for a child must be there.
  {
    all: [
      [
        'tự chịu đi',
        'chịu đi',
        'ưng đi',
        'tự ưng',
        'tự muốn đi',
        'tự xin đi',
        'đồng ý đi',
        'tình nguyện đi',
        'không bị dụ',
        'không bị dụ dỗ',
        'không ai dụ',
        'không ai lừa',
      ],
      [...CHILD, 'học sinh', 'dưới 18', 'chưa 18'],
    ],
    legal: ['ngay cả khi không dùng vũ lực', 'không dùng vũ lực'],
  },
  // Counting the cases nationwide: the supreme procuracy keeps the crime statistics, the police ministry the reports.
  {
    all: [
      ['thống kê', 'số liệu', 'đếm', 'con số', 'bao nhiêu vụ', 'tổng số vụ'],
      ['cả nước', 'toàn quốc', 'trung ương', 'quốc gia', 'toàn ngành'],
    ],
    legal: ['viện kiểm sát nhân dân tối cao', 'thống kê tội phạm mua bán người', 'chế độ báo cáo thống kê'],
  },
  {
    all: [
      ['thống kê', 'số liệu', 'đếm', 'con số'],
      ['vụ án', 'tội phạm', 'vụ buôn người', 'vụ mua bán người', 'bao nhiêu vụ', 'số vụ'],
    ],
    legal: ['thống kê tội phạm mua bán người'],
  },
  // What the traffickers said or handed over: one of the grounds the 2024 law names for identifying a victim.
  {
    all: [
      ['lời khai', 'khai', 'khai ra', 'tài liệu', 'giấy tờ', 'giao nộp', 'nộp', 'cung cấp', 'thú nhận', 'nhận tội'],
      [
        'buôn người',
        'bọn buôn người',
        'kẻ buôn người',
        'tụi buôn người',
        'mua bán người',
        'kẻ mua bán người',
        'môi giới',
        'kẻ bán',
        'người bán',
        'đối tượng',
        'bị can',
        'bị cáo',
      ],
      ['nạn nhân', 'xác định', 'công nhận', 'căn cứ', 'chứng minh'],
    ],
    legal: ['lời khai, tài liệu do người thực hiện hành vi mua bán người cung cấp'],
  },
  // "Exploited" said of work: forced labour, not the sexual exploitation the word alone is read as.
  {
    all: [
      ['bóc lột', 'bị bóc lột'],
      ['làm việc', 'bắt làm', 'ép làm', 'làm thuê', 'làm quần quật', 'lao động', 'không cho nghỉ', 'không cho về', 'làm không công'],
    ],
    legal: ['ép buộc nạn nhân phải lao động trái ý muốn', 'cưỡng bức lao động'],
  },
  // Neighbours and local businesses called on to help a returnee. Asking one's family or the commune for help
  // ("nhờ gia đình", "người dân nhờ xã hỗ trợ") calls on nobody.
  {
    all: [['kêu gọi', 'vận động', 'huy động', 'phát động'], HELPING, [...NEIGHBOURS, ...BUSINESSES, 'người dân', 'gia đình']],
    legal: ['phát động cá nhân, gia đình, đơn vị kinh tế tại địa phương', 'tái hòa nhập cộng đồng'],
  },
  {
    all: [['nhờ'], HELPING, [...NEIGHBOURS, ...BUSINESSES]],
    legal: ['phát động cá nhân, gia đình, đơn vị kinh tế tại địa phương', 'tái hòa nhập cộng đồng'],
  },
  // Going abroad, being held there and coming home: papers to travel on, protection by the mission, a child's
  // guardian on the way home, a foreign victim taken to the border, a stay with a health check on return.
  {
    all: [
      ['giấy tờ', 'giấy má', 'giấy tờ tùy thân', 'giấy tùy thân', 'căn cước', 'chứng minh', 'hộ chiếu', 'passport'],
      [
        'giữ',
        'giữ hết',
        'bị giữ',
        'giữ luôn',
        'thu',
        'thu hết',
        'giấu',
        'đốt',
        'xé',
        'bị lấy',
        'bị trộm',
        'trộm mất',
        'trộm hết',
        'bị cướp',
        'bị móc túi',
        'lấy mất',
        'lấy hết',
        'bị mất',
        'mất hết',
        'làm mất',
        'đánh mất',
        'không có',
        'không còn',
      ],
      [...ABROAD, 'về việt nam', 'về vn', 'về nước'],
    ],
    legal: ['cấp giấy thông hành cho nạn nhân về nước'],
  },
  {
    all: [
      [
        'kẹt',
        'kẹt bên',
        'bị kẹt',
        'còn kẹt',
        'kẹt lại',
        'kẹt ở',
        'mắc kẹt',
        'bị giữ',
        'bị nhốt',
        'bị giam',
        'chưa về được',
        'không về được',
        'chưa thoát',
        'còn ở',
        'đang ở',
      ],
      ABROAD,
      ['bảo vệ', 'bảo hộ', 'che chở', 'can thiệp', 'bênh vực', 'che chắn'],
    ],
    legal: ['bộ ngoại giao chỉ đạo cơ quan đại diện việt nam ở nước ngoài áp dụng các biện pháp bảo vệ nạn nhân', 'bảo hộ công dân'],
  },
  {
    all: [
      ['đi cùng', 'đi theo', 'theo nó', 'kèm', 'đi kèm', 'trông', 'trông nom', 'coi sóc', 'ở cạnh', 'giám hộ', 'đứng ra'],
      CHILD,
      ['thủ tục', 'làm giấy', 'giấy tờ', 'về nhà', 'về quê', 'trở về', 'về với gia đình', 'nơi cư trú'],
    ],
    legal: ['cử người giám hộ trong suốt quá trình', 'thủ tục pháp lý để trở về nơi cư trú'],
  },
  // Stuck, kept or locked up in another country, as a family says it ("kẹt bên Lào", "bị nhốt bên kia"); "bị nhốt bên
  // trong" is inside, anywhere.
  {
    all: [['kẹt', 'bị kẹt', 'mắc kẹt', 'bị giữ', 'bị nhốt', 'bị giam'], ABROAD],
    legal: ['đang ở nước ngoài', 'bảo hộ công dân', 'cơ quan đại diện việt nam ở nước ngoài'],
  },
  {
    all: [FOREIGNER, ['cửa khẩu', 'biên giới', 'đường bộ', 'về nước', 'hồi hương']],
    legal: ['đưa nạn nhân tới cửa khẩu', 'trao trả nạn nhân cho phía nước ngoài', 'đưa nạn nhân về nước'],
  },
  {
    all: [
      ['ở lại', 'ăn ở', 'ăn ngủ', 'ăn uống', 'ăn nghỉ', 'nghỉ ngơi', 'tá túc', 'ở tạm', 'lưu trú', 'chỗ ở', 'nghỉ lại'],
      ['khám sức khỏe', 'khám bệnh', 'kiểm tra sức khỏe', 'đi khám', 'khám'],
    ],
    legal: ['lưu trú ăn, nghĩ, khám sức khỏe'],
  },
  {
    all: [
      [
        'chưa được cứu',
        'chưa cứu',
        'chưa ai cứu',
        'chưa được giải cứu',
        'chưa giải cứu',
        'chưa thoát',
        'chưa trốn được',
        'cứu ra',
        'cứu giúp',
      ],
      ['sứ quán', 'đại sứ quán', 'lãnh sự', 'lãnh sự quán', 'cơ quan đại diện'],
    ],
    legal: ['thông báo ngay cho cơ quan có thẩm quyền của nước sở tại để phối hợp kiểm tra, xác minh và tổ chức giải cứu'],
  },

  // Protection, return, identification and the family, as a chat tells them.
  // A protected person living elsewhere: the body that decided entrusts the measures to its peer where they live.
  {
    all: [['bảo vệ', 'che chở', 'canh giữ'], MOVED_AWAY],
    legal: [
      'không thuộc địa phận của cơ quan có thẩm quyền áp dụng biện pháp bảo vệ',
      'ủy thác việc tiến hành các biện pháp bảo vệ',
      'cơ quan cùng cấp tương đương thuộc địa phận nơi người được bảo vệ cư trú',
    ],
  },
  // Whether the protection file can leak: it is kept under the regime of confidential documents.
  {
    all: [['hồ sơ', 'sổ sách', 'giấy tờ', 'giấy má'], LEAKED_OR_KEPT],
    context: [['bảo vệ']],
    legal: ['hồ sơ bảo vệ theo chế độ tài liệu mật', 'lập, quản lý, lưu trữ và khai thác hồ sơ bảo vệ'],
  },
  // Bringing a foreign victim to the gate is the facility's task, on the order of the department holding them.
  {
    all: [
      ['đưa', 'chở', 'dẫn', 'đem', 'đưa họ', 'chở họ', 'dẫn họ', 'đưa nó', 'chở nó', 'dẫn nó'],
      ['ra cửa khẩu', 'tới cửa khẩu', 'đến cửa khẩu', 'ra biên giới', 'tới biên giới', 'đến biên giới'],
    ],
    legal: ['đưa nạn nhân tới cửa khẩu và phối hợp với các cơ quan liên quan', 'nơi lưu giữ nạn nhân chỉ đạo cơ sở bảo trợ xã hội'],
  },
  // A report brought to the border guard or the coast guard: they take it and verify it.
  {
    all: [
      ['báo', 'báo tin', 'trình báo', 'tố giác', 'tố cáo', 'báo án', 'khai báo', 'tin báo', 'báo vụ', 'báo cho', 'báo với'],
      [
        'kiểm tra',
        'xác minh',
        'làm rõ',
        'điều tra',
        'xử lý',
        'thụ lý',
        'giải quyết',
        'tiếp nhận',
        'có nhận',
        'nhận không',
        'nhận rồi',
        'nhận tin',
      ],
    ],
    context: [['biên phòng', 'đồn biên phòng', 'bộ đội biên phòng', 'cảnh sát biển']],
    legal: ['tiếp nhận, xác minh các thông tin, tài liệu, tin báo tố giác tội phạm mua bán người'],
  },
  // A child just brought back: the plans link the child to a child-protection service where it is received.
  {
    all: [
      CHILD,
      ['chăm sóc', 'bảo vệ', 'trông nom', 'coi sóc', 'lo cho', 'chỗ nào', 'nơi nào', 'ở đâu', 'gửi đâu', 'gửi ở đâu'],
      ['mới về', 'vừa về', 'đưa về', 'được đưa về', 'nhận về', 'tiếp nhận', 'giải cứu', 'cứu về', 'trở về', 'mới được'],
    ],
    legal: ['cơ sở cung cấp dịch vụ bảo vệ trẻ em tại nơi trẻ em được tiếp nhận'],
  },
  // Signs on the body and the mind: a ground for recognising a victim nobody could prove to be one.
  {
    all: [
      ['dấu hiệu', 'biểu hiện', 'dấu vết', 'nhận ra', 'nhìn ra', 'nhìn thấy'],
      ['trên người', 'trên cơ thể', 'trên mình', 'cơ thể', 'thân thể', 'thể chất', 'tinh thần', 'tâm lý', 'thần kinh'],
    ],
    legal: ['biểu hiện về thể chất và tinh thần', 'có dấu hiệu bị bóc lột tình dục, cưỡng bức lao động'],
  },
  // The family of someone back home: the law asks it to care for them and help them settle back.
  {
    all: [
      [
        'gia đình',
        'nhà mình',
        'nhà tôi',
        'nhà em',
        'người nhà',
        'ba má',
        'bố mẹ',
        'cha mẹ',
        'người thân trong nhà',
        'anh chị em',
        'cả nhà',
      ],
      ['làm gì', 'cần làm', 'nên làm', 'phải làm', 'giúp', 'giúp đỡ', 'lo cho', 'chăm sóc', 'đối xử', 'trách nhiệm'],
      ['trở về', 'về nhà', 'mới về', 'đã về', 'về rồi', 'quay về', 'hòa nhập', 'được cứu về', 'được trả về'],
    ],
    legal: ['chăm sóc, giúp đỡ nạn nhân là thành viên của gia đình', 'hòa nhập cuộc sống gia đình và cộng đồng'],
  },
  // Prevention as people talk about it: working with the countries across the border, marriage or adoption used as
  // a cover, being talked out of crossing the border on one's own, what to do when something seems wrong.
  {
    all: [
      ['phối hợp', 'hợp tác', 'trao đổi', 'bắt tay', 'liên kết', 'làm việc với', 'liên lạc với'],
      [
        'nước bạn',
        'bên nước bạn',
        'nước láng giềng',
        'nước lân cận',
        'nước giáp ranh',
        'nước giáp biên',
        'nước bên cạnh',
        'nước sát bên',
        'nước chung biên giới',
        'phía bạn',
        'biên phòng bạn',
        'công an bạn',
        'lào',
        'campuchia',
        'cam bốt',
        'trung quốc',
      ],
    ],
    legal: ['các nước có chung đường biên giới', 'hợp tác với cơ quan chức năng'],
  },
  {
    all: [
      FRONT,
      [
        'lấy chồng',
        'lấy vợ',
        'kết hôn',
        'cưới',
        'mai mối',
        'làm mai',
        'môi giới hôn nhân',
        'con nuôi',
        'xuất khẩu lao động',
        'đi lao động',
      ],
    ],
    legal: ['lợi dụng kẽ hở của pháp luật để hoạt động mua bán người', 'dễ bị lợi dụng'],
  },
  {
    all: [
      ['khuyên', 'khuyên nhủ', 'khuyên răn', 'can ngăn', 'vận động', 'nhắc nhở', 'dặn', 'đừng', 'không được'],
      [
        'vượt biên',
        'đi chui',
        'đi lậu',
        'trốn qua biên giới',
        'trốn qua',
        'trốn sang',
        'lén qua',
        'lén sang',
        'tự ý qua',
        'tự ý sang',
        'tự ý xuất cảnh',
        'tự đi qua biên giới',
        'qua biên giới trái phép',
      ],
    ],
    legal: ['tuyên truyền vận động không tự ý xuất cảnh trái phép'],
  },
  {
    all: [
      ['nghi', 'nghi ngờ', 'thấy nghi', 'nghi nghi', 'thấy lạ', 'sợ bị lừa', 'sợ là lừa', 'dấu hiệu bị', 'dấu hiệu lừa'],
      ['cách xử trí', 'cách ứng xử', 'cách phản ứng', 'ứng xử', 'xử trí', 'phản ứng', 'cách đối phó', 'xử sự', 'cư xử', 'đối phó'],
    ],
    legal: ['kỹ năng ứng xử trong trường hợp có nghi ngờ về việc mua bán người'],
  },
  // Asking for advice on an offer that looks like a trap: what the documents teach people to do.
  {
    all: [
      ['lương cao', 'việc nhẹ lương cao', 'người lạ', 'hứa cho', 'hứa hẹn', 'rủ đi làm', 'dụ đi làm', 'dụ dỗ'],
      ['nên làm gì', 'nên làm sao', 'nên ứng xử', 'có ai chỉ', 'ai chỉ cho', 'chỉ cách', 'dạy cách', 'có ai hướng dẫn'],
    ],
    legal: ['kỹ năng ứng xử trong trường hợp có nghi ngờ về việc mua bán người', 'thông tin về thủ đoạn mua bán người'],
  },
  // A department's own page: what it posts there is its communication work, not a victim's story spread online.
  {
    all: [
      ['đăng', 'đăng lên', 'đưa lên', 'đăng tin', 'đăng bài', 'đưa tin', 'cập nhật', 'đăng tải', 'chia sẻ'],
      ['facebook', 'face', 'fb', 'zalo', 'fanpage', 'trang mạng', 'mạng xã hội', 'trang web'],
      ['của sở', 'các sở', 'sở ngành', 'của ngành', 'của huyện', 'của xã', 'của tỉnh', 'cơ quan', 'sở', 'ủy ban', 'ubnd'],
    ],
    legal: ['đăng tải, cập nhật', 'trang mạng xã hội'],
  },
  // Whom traffickers go for: the group a plan's prevention is aimed at.
  {
    all: [
      ['bọn buôn người', 'kẻ buôn người', 'tụi buôn người', 'bọn xấu', 'kẻ xấu', 'bọn lừa đảo', 'tội phạm'],
      ['nhắm tới', 'nhắm đến', 'nhắm vào', 'để ý tới', 'hay chọn', 'hay dụ', 'hay lừa'],
    ],
    legal: ['nhóm nguy cơ cao', 'có nguy cơ cao'],
  },
  // Someone with a trafficking record back home: watched by the police and, in border areas, by the border guard.
  {
    all: [WATCHING, CRIMINAL_RECORD],
    legal: ['giám sát các đối tượng có tiền án, tiền sự'],
  },
  {
    all: [WATCHING, CRIMINAL_RECORD],
    context: [['biên giới', 'sát biên', 'vùng biên', 'giáp biên', 'biên phòng', 'cửa khẩu']],
    legal: ['quản lý, giáo dục, răn đe người phạm tội'],
  },
  // A licence burnt, torn or lost: the decree re-issues it. 'Mất' alone is also the time a step takes ("mất mấy ngày").
  {
    all: [
      ['giấy phép'],
      [
        'cháy',
        'bị cháy',
        'cháy mất',
        'rách',
        'bị rách',
        'bị mất',
        'làm mất',
        'đánh mất',
        'mất rồi',
        'thất lạc',
        'bị hư',
        'bị ướt',
        'tiêu hủy',
      ],
    ],
    legal: ['bị mất, bị rách hoặc bị tiêu hủy', 'cấp lại giấy phép thành lập'],
  },
  // Waiting over there for papers to come home: the mission pays the stay. Typed without marks, 'chờ' is also 'cho'
  // ("có làm giấy cho về không"), so the wait is read only from a syllable typed with its marks.
  {
    all: [
      ABROAD,
      ['chờ', 'đợi'],
      ['làm giấy', 'giấy tờ', 'giấy về', 'làm thủ tục', 'thủ tục', 'về nước', 'sứ quán', 'lãnh sự', 'đại sứ quán'],
    ],
    legal: ['thời gian chờ thu xếp về nước'],
  },
  // Whom telling people about trafficking should reach first: the plans' groups at high risk.
  {
    all: [
      ['tuyên truyền', 'truyền thông', 'nói chuyện', 'phổ biến', 'vận động'],
      ['ưu tiên ai', 'ưu tiên đối tượng nào', 'ưu tiên nhóm nào', 'tập trung vào ai', 'chú trọng ai', 'ai trước'],
    ],
    legal: ['nhóm nguy cơ cao', 'nhóm có nguy cơ cao'],
  },
  // Proving that someone found abroad is Vietnamese: the papers that prove nationality.
  {
    all: [
      ['chứng minh', 'xác minh', 'xác định', 'làm sao biết'],
      ['người việt', 'dân việt', 'quốc tịch việt', 'quốc tịch'],
    ],
    legal: ['giấy tờ chứng minh quốc tịch việt nam'],
  },
  // A family urging its member who was sold to tell the authorities what happened.
  {
    all: [
      ['khuyên', 'khuyên nhủ', 'khuyên nó', 'khuyên con', 'khuyên em', 'động viên', 'thuyết phục'],
      ['khai báo', 'khai với', 'ra khai', 'hợp tác', 'làm chứng'],
    ],
    legal: ['động viên nạn nhân là thành viên của gia đình hợp tác với các cơ quan có thẩm quyền'],
  },
  // Found, once checked, not to have been sold: "không bị bán" alone is also how not to be ("để không bị bán").
  {
    all: [
      ['hóa ra', 'ra là', 'rốt cuộc', 'té ra', 'xác minh ra', 'điều tra ra', 'kết luận'],
      ['không bị bán', 'chưa bị bán', 'không bị lừa bán'],
    ],
    legal: ['không phải là nạn nhân'],
  },
  // A support facility used as a front: its licence is withdrawn.
  {
    all: [FRONT, ['giúp nạn nhân', 'hỗ trợ nạn nhân', 'nhà tạm lánh', 'mái ấm', 'cơ sở hỗ trợ', 'cơ sở bảo trợ', 'trung tâm']],
    legal: ['lợi dụng hoạt động hỗ trợ nạn nhân để mua bán người', 'thu hồi giấy phép thành lập'],
  },
  // Whether guarding a victim costs the family: the state budget pays for protection. Bare "bảo vệ" is also "báo về"
  // typed without marks, and a lawyer's "bảo vệ quyền lợi": only the guarding itself.
  {
    all: [
      ['tốn tiền', 'bỏ tiền', 'bỏ ra', 'trả tiền', 'mất tiền', 'đóng tiền', 'chịu tiền', 'tốn kém', 'chi trả', 'phải trả'],
      ['được bảo vệ', 'bảo vệ an toàn', 'người bảo vệ', 'công an bảo vệ', 'canh giữ', 'giữ an toàn', 'người canh'],
    ],
    legal: ['do ngân sách nhà nước bảo đảm', 'kinh phí thực hiện việc bảo vệ an toàn'],
  },
  // A support facility raising money from donors at home or abroad.
  {
    all: [SHELTER, DONORS],
    legal: ['huy động các nguồn tài trợ trong nước và ngoài nước'],
  },
  // How donors' money is spent on victims ("tiền mạnh thường quân cho thì chi theo mức nào"): by the donor's agreement,
  // else at the rates the regulation sets.
  {
    all: [DONORS, ['mức chi', 'chi theo', 'mức nào', 'chi bao nhiêu', 'chi thế nào', 'chi ra sao', 'tính sao', 'tính thế nào']],
    legal: ['nguồn hỗ trợ của các tổ chức, cá nhân trong và ngoài nước', 'thỏa thuận về mức chi'],
  },
  // What the office is paid for making up one victim's file: a fixed sum per file (not what papers cost a person).
  {
    all: [
      ['làm hồ sơ', 'lập hồ sơ', 'làm sổ sách'],
      ['được chi', 'chi bao nhiêu', 'chi tiền', 'mức chi'],
    ],
    legal: ['chi lập hồ sơ nạn nhân', 'mức chi 100.000 đồng/01 hồ sơ'],
  },
  // Made to hand over what one knows: the documents let the forces require information and papers of anyone. Only
  // the forces: a broker demanding papers is no such power, and 'bắt' is also the syllable of 'bắt buộc'.
  {
    all: [
      ['bắt', 'buộc', 'đòi', 'ép'],
      ['đưa thông tin', 'khai thông tin', 'cung cấp thông tin', 'nộp tài liệu', 'đưa tài liệu', 'giao tài liệu', 'nộp giấy tờ'],
    ],
    context: [['công an', 'biên phòng', 'bộ đội', 'cảnh sát', 'điều tra viên', 'cơ quan điều tra', 'chính quyền']],
    legal: ['yêu cầu cơ quan, tổ chức, cá nhân cung cấp thông tin', 'cung cấp thông tin, tài liệu'],
  },
  // Keeping an eye on who is away from home: the documents' management of residents and temporary absence.
  {
    all: [
      ['theo dõi', 'quản lý', 'nắm', 'để ý', 'kiểm tra'],
      ['đi vắng', 'vắng nhà', 'tạm vắng', 'đi khỏi địa phương'],
    ],
    legal: ['theo dõi nhân khẩu, hộ khẩu', 'tạm trú, lưu trú, tạm vắng', 'quản lý cư trú'],
  },
  // Bound to obey while protected: the victim's duty under protection, not the rules of a shelter nor the protector's
  // power to require it ("có được bắt … nghe theo"). Asked as a question ('có phải nghe'), of someone protected: a bare
  // 'phải nghe lời' is often what an abuser demands, and 'bảo vệ' alone may be a guard ('cán bộ bảo vệ').
  {
    all: [['có phải nghe', 'có phải làm theo', 'có phải tuân theo', 'có phải chấp hành']],
    context: [['được bảo vệ', 'được công an bảo vệ', 'được biên phòng bảo vệ']],
    legal: ['nghĩa vụ', 'chấp hành đầy đủ các yêu cầu'],
  },
  // What the talks to villagers say: the documents list the content of information and teaching.
  {
    all: [
      ['tuyên truyền', 'nói cho dân', 'nói với dân', 'phổ biến', 'dạy dân', 'nói chuyện với dân'],
      ['những gì', 'nội dung gì', 'nói gì', 'về cái gì', 'dạy gì', 'nói những gì'],
    ],
    legal: ['nội dung thông tin, tuyên truyền, giáo dục', 'cung cấp kiến thức pháp luật', 'thông tin về thủ đoạn mua bán người'],
  },
  // What a body "lo" (sees to): the documents' article on that body's responsibility. The body stands right before
  // it: "đã báo công an, tôi còn phải lo gì" asks what the writer should do.
  {
    all: [
      RESPONSIBLE_BODIES.flatMap((body) => [`${body} lo`, `${body} phải lo`]),
      ['lo gì', 'lo những gì', 'lo việc gì', 'lo những việc gì', 'lo chuyện gì'],
    ],
    legal: ['trách nhiệm của'],
  },
  // What a protection file holds: the documents' list of its papers, not how the file is kept.
  {
    all: [
      ['hồ sơ bảo vệ', 'giấy tờ bảo vệ'],
      // Not a bare 'những gì': "phải giữ bí mật những gì" asks what is kept secret, not what the file holds.
      ['gồm', 'giấy tờ gì', 'cần những gì'],
    ],
    legal: ['hồ sơ áp dụng biện pháp bảo vệ bao gồm'],
  },
  // Putting the fight into other programmes: the documents' word for folding one into another.
  // What is put in is the fight or its content: a victim 'đưa vào chương trình dạy nghề' is enrolled.
  {
    all: [
      ['đưa', 'gắn', 'kết hợp', 'lồng', 'nhét'],
      ['nội dung', 'phòng chống', 'chống buôn người', 'chống mua bán người', 'phòng ngừa'],
      ['vô chương trình', 'vào chương trình', 'vô các chương trình', 'vào các chương trình', 'vô kế hoạch', 'vào kế hoạch'],
    ],
    legal: ['lồng ghép', 'lồng ghép nội dung'],
  },
];

type Cue = Wording;

interface CompiledPair {
  groups: Cue[][];
  context: Cue[][];
  legal: { phrase: string; folded: string[] }[];
}

/** Reads the cue pairs a question holds, as expansions of its cue words. */
export type CuePairReader = (query: string) => Expansion[];

/**
 * Where each cue the question holds first starts, read as the thesaurus reads its wordings (matchesAt): cues are
 * looked up by their first folded syllable at each of the question's syllables.
 */
function cuesAt(byFirst: Map<string, Cue[]>, tokens: string[]): Map<Cue, number> {
  const folded = tokens.map(foldToken);
  const plain = foldableSyllables(tokens);
  const at = new Map<Cue, number>();
  for (let i = 0; i < tokens.length; i++)
    for (const cue of byFirst.get(folded[i]) ?? []) if (!at.has(cue) && matchesAt(cue, tokens, folded, plain, i)) at.set(cue, i);
  return at;
}

interface FoundCue {
  at: number;
  syllables: readonly string[];
}

/** The group's first cue the question holds, with where it starts. */
function firstCueOf(group: Cue[], at: Map<Cue, number>): FoundCue | undefined {
  for (const c of group) {
    const i = at.get(c);
    if (i !== undefined) return { at: i, syllables: c.folded };
  }
  return undefined;
}

/** The pair's cues the question holds, one per group in the question's order; undefined when a group has none. */
function cuesFound(pair: CompiledPair, at: Map<Cue, number>): FoundCue[] | undefined {
  if (!pair.context.every((group) => group.some((c) => at.has(c)))) return undefined;
  const found: FoundCue[] = [];
  for (const group of pair.groups) {
    const hit = firstCueOf(group, at);
    if (!hit) return undefined;
    found.push(hit);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Compiled once: per question, the cues it holds are found in one pass and each pair checked against them. */
export function createCuePairReader(pairs: readonly CuePair[] = CUE_PAIRS): CuePairReader {
  const compiled: CompiledPair[] = pairs.map((p) => ({
    groups: p.all.map((group) => group.map(wordingOf)),
    context: (p.context ?? []).map((group) => group.map(wordingOf)),
    legal: p.legal.map((phrase) => ({ phrase, folded: seqOf(phrase).map(foldToken) })),
  }));
  const byFirst = new Map<string, Cue[]>();
  for (const cue of compiled.flatMap((p) => [...p.groups, ...p.context].flat())) {
    const list = byFirst.get(cue.folded[0]);
    if (list) list.push(cue);
    else byFirst.set(cue.folded[0], [cue]);
  }
  return (query) => {
    if (!compiled.length) return [];
    const tokens = analyze(query).seq;
    const at = cuesAt(byFirst, tokens);
    const said = tokens.map(foldToken);
    const out: Expansion[] = [];
    for (const pair of compiled) {
      const cues = cuesFound(pair, at);
      if (!cues) continue;
      // A phrase the question already says adds nothing.
      const phrases = pair.legal.filter((l) => !containsSeq(said, l.folded)).map((l) => l.phrase);
      // In the question's order, so that the pairs of adjacent words the ranker reads are the question's own.
      if (phrases.length) out.push({ words: cues.flatMap((c) => c.syllables), phrases });
    }
    return out;
  };
}
