// Feature extraction: folded unigrams, bigrams, char n-grams, plus explicit cues that encode
// what a bag of words misses (who is affected, whether danger is happening now, question form).
import { tokenize } from './text.js';

const PERSON = '(?:toi|em|minh|tui|chung toi|chung em|gia dinh toi|nha toi|nha em|nha minh)';
const RELATION =
  '(?:con|con gai|con trai|vo|chong|em gai|em trai|anh trai|chi gai|anh|chi|chau|chau gai|chau trai|ban|ban gai|ban trai|me|bo|ba|co|di|cau|chu|bac|ong|ba ngoai|ba noi|ong noi|ong ngoai|nguoi yeu|em ho|anh ho|chi ho|dong nghiep|em|thang em|dua em|con be|thang be|chi dau|em dau|anh re|em re|con dau|con re|me chong|bo chong|me vo|bo vo|em chong|em vo|anh chong|chi chong|anh vo|chi vo)';

// Verbs of a false claim about oneself ("khai man", "giả vờ", "mạo nhận"): the pronoun after them is the claimant's.
const FALSE_CLAIM = 'khai man|khai gian|khai gia|noi doi|gia vo|gia lam|mao nhan|tu nhan';

// Patterns run on " tok tok tok " (folded, abbreviations expanded). A cue may have several patterns.
const CUES = [
  [
    'danger_now',
    /(?<! nghien| tim| tra| truy| giai| cap| duoc| da duoc) (?:cuu|help|sos)(?! tro | ho | nan | giup nan)(?: (?:toi|em|minh|con|chau|voi|chung toi|me|me voi|toi voi|em voi|voi a|giup))? /,
  ],
  [
    'danger_now',
    / dang bi (?:giu(?= )(?! (?:giay|ho chieu|luong|tien))|nhot|danh|ep|theo doi|de doa|doa|bat|khong che|canh|giam|tra tan|dua di|cho di|bat giu|ban|keo|luc soat|khoa|xich|trui) /,
  ],
  // The one doing it named in between: "đang bị bọn buôn người đe dọa", "đang bị chủ nhốt".
  [
    'danger_now',
    / dang bi (?:bon|chung|ke|nguoi ta|chu|ho|tui|nhom|duong day)(?: [a-z]+){0,3} (?:de doa|doa|danh|nhot|giam|giu lai|bat giu|khong che|tra tan|canh|xich|khoa) /,
  ],
  [
    'danger_now',
    / (?:bi nhot|bi giam|bi xich|bi khoa trai|giam long|bi canh gac|bi canh|nhot lai|khoa cua nhot|bi giu lai|bi giu|giu lai khong cho)(?= )(?! (?:giay|ho chieu|luong|tien|chung minh|can cuoc|cmnd|cccd|dien thoai))/,
  ],
  ['danger_now', / khong (?:the |tai nao )?(?:thoat|tron|chay)(?: ra)?(?: duoc)? /],
  ['danger_now', / (?:bat coc .*(?:doi|tien|giet|chuoc)|(?:doi tien|giet) .*bat coc|se giet|giet (?:no|toi|em|con|chau|chet)|ke bat coc) /],
  [
    'danger_soft',
    / khong cho (?:(?:toi|em|con|chau|no|chi|anh|minh|ai|co ay|chung toi|ho|nguoi ta) )?(?:ve|ra|di|lien lac|goi|dung dien thoai|ra ngoai|an) /,
  ],
  [
    'danger_now',
    / (?:danh dap|tra tan|danh dap|de doa giet|doa giet|doa ban|doa mo|doa cat|tien chuoc|doi chuoc|chuoc nguoi|doi tien moi tha|bi trui|bi troi|bi cong tay|chich dien|soc dien) /,
  ],
  [
    'danger_now',
    / (?:nhot (?:toi|em|minh|con|chau|chung toi|no|chi|anh|tao)|khoa trai|vua bat coc|vua bi bat|vua bi dua di|vua bi keo|vua bi bat coc|vua bi chuoc thuoc|dang tron|vua tron|tron ra duoc|ep len xe|keo len xe|day len xe|sap bi ban|sap bi dua|sap bi chuyen|dang bi dua|dang bi cho|dang duoi theo) /,
  ],
  [
    'danger_soft',
    / (?:khong (?:the )?ve duoc|(?:toi|em|con|minh|chau) (?:rat|dang|van|cung|that) so(?= (?:\||lam|qua|$))|(?:toi|em|con|minh|chau) so(?! bi (?:lua|du|gat)| nao| may(?= (?:\||$))| lieu| dien| tien| nha| ho| thu| luong| sanh| ke| tay| sach| do| duong| dt| tong dai| hotline| lien he| cua)|bi doa|doa neu|dang tren xe|tren xe tai|dang tren thuyen|dang tren tau|nem xuong|bat coc|bi bat di|luc nay dang|dang o tren xe|nguy hiem|so lam|so qua|hoang so|het pin|dien thoai sap) /,
  ],
  // A plea for a rescue ("ai cứu với", "cứu người bị nhốt … với"): someone calls for help, even with a question mark.
  // "Giải cứu", "cứu trợ", "cứu hộ" name a procedure or a service.
  ['plea', /(?<! giai) (?:ai cuu(?! tro| ho| nan)|cuu voi|cuu (?:[a-z]+ ){1,6}voi (?:\||$))/],
  ['urgency', / (?:ngay bay gio|ngay luc nay|khan cap|lam on|gap lam|giup voi|giup em|giup toi|toi nay|dem nay|ngay mai|gap) /],
  [
    'violence',
    / (?:dien giat|giat dien|bi dien|bi bong|bi thuong|bi cat|bi chich|(?:bon|chung|ho|no|tui|chu|bon chu|bon no|chung no|tui no) (?:danh|dap|chem|dam|tat|dot|chich dien|soc dien|hanh ha)|bi (?:danh|dap|chem|dam|hanh ha|cuong hiep|hiep dam)|danh (?:toi|em|tao|chau|con|no) |bam dap|gay tay|gay chan|cham dien|sot cao|chay mau) /,
  ],
  [
    'returned',
    /(?<! khong| chua| cho| muon| duoc) (?:da ve|ve roi|ve nuoc roi|(?<! ho )tro ve|tung bi|tung lam|truoc day|hoi truoc|da duoc giai cuu|duoc ve|vua ve|thoat ve|tron ve) /,
  ],
  // Wider "already back" phrasing: "về được hơn năm", "được trao trả", "đã ổn định", "người trở về".
  [
    'returned',
    /(?<! khong| chua| cho| muon| duoc) (?:ve duoc (?:\d+|mot|hai|ba|may|hon|gan|vai|nua)|ve (?:nuoc|que|nha) (?:roi|lau|tu|(?:duoc )?(?:\d+|mot|hai|ba|may|hon|gan|vai|nua|muoi)(?: chuc)? (?:nam|thang))|duoc trao tra|da on dinh|tai hoa nhap|hoi huong|sau khi ve|khi ve nuoc|nguoi tro ve|nguoi da ve|da ve nuoc) /,
  ],
  // Victim status already settled by the authorities: identified, certified or recognised as a victim, or holding the
  // paper that says so. Not "chưa được xác định" (not yet), nor the procedure named on its own ("thủ tục xác định").
  [
    'identified',
    /(?<! chua| khong) (?:duoc|da duoc|vua duoc|moi duoc|tung duoc) (?:[a-z0-9]+ ){0,4}(?:xac dinh|xac nhan|cong nhan) (?:chinh thuc |roi )?(?:la )?nan nhan /,
  ],
  [
    'identified',
    / (?:nan nhan (?:da duoc|duoc|da) (?:[a-z0-9]+ ){0,3}(?:xac dinh|xac nhan|cong nhan)|(?:co|da co|duoc cap|da duoc cap|da nhan) giay (?:xac nhan|chung nhan)) /,
  ],
  // "được công an xác nhận bị bán hồi 2023": the trafficking itself certified, in chat words.
  [
    'identified',
    /(?<! chua| khong) (?:duoc|da duoc|vua duoc|moi duoc|tung duoc) (?:[a-z0-9]+ ){0,3}(?:xac dinh|xac nhan|cong nhan) (?:la )?(?:da )?bi (?:mua ban|lua ban|ban) /,
  ],
  // "là nạn nhân … từ 2018, được công an xác định rồi": the status named, then settled.
  ['identified', / la nan nhan (?:[a-z0-9|]+ ){0,7}(?:duoc|da duoc) (?:[a-z0-9]+ ){0,3}(?:xac dinh|xac nhan|cong nhan) roi /],
  // Support already received ("đã được xã hỗ trợ năm 2021"): the authorities know the case.
  ['identified', / (?:da|tung) duoc (?:[a-z0-9]+ ){0,2}(?:ho tro|tiep nhan) (?!gi |chua |khong )/],
  // After a case: the exploiters are still at it ("vẫn đòi nợ", "lại gọi điện"), or the victim is going back.
  [
    'relapse',
    / (?:(?:van|cu|lai|tiep tuc|lien tuc|thuong xuyen)(?: con| dang| bi| hay)? (?:doi no|doi tien|giu|doa|de doa|ham doa|theo doi|quay ray|tim den|den nha|toi nha|goi dien|nhan tin|ru|du|ep)|(?:lai|quay)(?: doi| muon| dinh| bo| theo)?(?: quay)? (?:sang|qua|lai ben|ve ben)) /,
  ],
  // Threats again and again ("bị đe dọa nhiều lần", "nhắn tin dọa hoài", "mấy lần tới nhà hăm dọa"): the danger goes on.
  [
    'relapse',
    / (?:(?:de doa|ham doa|doa)(?: [a-z]+){0,4} (?:nhieu lan|may lan|bao lan|hoai|mai|lien tuc|hang ngay|moi ngay|suot)|(?:nhieu lan|may lan|lien tuc|ngay nao cung|dem nao cung)(?: [a-z]+){0,3} (?:de doa|ham doa|doa)) /,
  ],
  // A question relayed for someone else ("bạn ấy hỏi", "người ta hỏi tôi").
  [
    'relayed_question',
    / (?:(?:ban|chi|anh|em|co|chu|ba|ong|nguoi ta|ho|nguoi do|gia dinh ho|nha ho)(?: ay| do)? (?:hoi|muon hoi|nho (?:toi|em|minh) hoi)|hoi giup|hoi ho|hoi dum|hoi gium|co nguoi hoi|nguoi ta hoi|co hoi (?:toi|em|minh|chau|tui)|hoi (?:toi|em|minh|tui) (?:cho|ve|thu tuc|cach|cho nao|o dau|la|xem|rang)) /,
  ],
  // Requests for information or documents, which share "giúp em / cho mình xin … với" with pleas for help.
  [
    'info_request',
    / (?:phan biet|giai thich|cho (?:minh|em|toi|chau|tui) xin (?:thong tin|tai lieu|mau|danh sach|so|dia chi|link|van ban|bieu mau|file)|danh sach|tai lieu|bieu mau|van ban|lam ro|tom tat|so sanh|liet ke|dinh nghia|khai niem|tra cuu|tim hieu|can thong tin|dau hieu nhan biet|cach nhan biet|nhan dien|thu doan|bieu hien|cach phong tranh|phong tranh|kiem tra cong ty|cho (?:toi|em|minh|chau) biet|bao cao (?:6 thang|nam|dinh ky|so lieu)|so lieu) /,
  ],
  // Entitlements and services: what community members ask about for people already home.
  [
    'benefit',
    / (?:ho tro|che do|chinh sach|vay von|hoc nghe|mien phi|mien hoc phi|kham|giay khai sinh|chuong trinh|dang ky|hoc phi|tro cap|bao hiem|viec lam|tai hoa nhap|tu van|tro giup phap ly|giay to|can cuoc|ho khau) /,
  ],
  // The writer is the person it happened to ("tôi từng bị lừa sang…", "em mới trốn về…"), not "chồng tôi bị…" or "nhà em",
  // nor the one a false claim speaks of ("có người khai man mình bị bán": "mình" is the claimant), nor a group
  // spoken of ("mấy em / các em / những em bị bán trở về": other people; "bọn em", "tụi em" stay the writer's own).
  [
    'self_victim',
    new RegExp(
      `(?<! (?:${RELATION.slice(3, -1)}|nha|cua|xom|thon|xa|lang|phuong|lop|truong|ban|hang xom|nguoi quen|em|thang em|con be|thang be|may|cac|nhung|${FALSE_CLAIM})) (?:toi|em|minh|chau|tui) (?:da |vua |moi |tung |cung |nam ngoai |truoc day )?(?:bi (?:lua|du|ban|dua|bat|ep|giu|nhot|danh|de doa)(?: (?:sang|qua|di|ban|lam|o|tiep|cho|ve|lay))|bi (?:nhot|giu|ban|bat coc|de doa)|tron ve|thoat ve|duoc giai cuu|tu tro ve|tro ve tu|vua ve tu|moi ve tu|la nan nhan) `,
    ),
  ],
  // Hostage-taking phrased without "đang bị": "bọn chúng giữ chồng tôi…", "đòi tiền mới thả".
  [
    'danger_now',
    / (?:(?:bon chung|chung no|bon no|tui no|bon ho|bon chu|ke xau|bon buon nguoi) (?:dang |van |da )?(?:giu|nhot|bat|keo|troi|khoa)(?! (?:giay|ho chieu|luong|tien|can cuoc|cmnd|cccd|dien thoai))|moi tha|(?:doi|bat) (?:gia dinh |nha )?(?:chuyen|gui|nop) (?:tien|\d+|<num>)) /,
  ],
  // Confinement in plain words: "không ra khỏi phòng được", "khóa cửa từ bên ngoài", "trong cốp xe".
  [
    'danger_now',
    / (?:khong (?:the |duoc )?ra (?:khoi|ngoai|duoc)|khoa cua (?:tu )?(?:ben )?ngoai|khoa cua lai|bi khoa (?:trong|cua|lai)|khong co loi ra|trong cop xe|trong thung xe|co nguoi canh|bi canh|khong biet (?:ho |bon no |chung no )?(?:cho|dua|dem) (?:toi|em|minh|chau|con) di dau) /,
  ],
  [
    'danger_soft',
    / (?:khong (?:bao gio |he |duoc |cho )?ra ngoai|canh (?:truoc |ngoai |o )?(?:cua|cong|nha)|canh gac|khong cho ra ngoai|khong duoc ve|khong duoc dung dien thoai|thu mat dien thoai|lay mat dien thoai) /,
  ],
  ['danger_soft', / (?:bi ep|dang bi ep|ep) (?:tiep khach|ban dam|di khach|lam gai|quan he|ngu voi) /],
  // Not what is wished for: "để được đưa về", "muốn được giải cứu", "xin được đưa về".
  [
    'returned',
    /(?<! de| muon| mong| cho| xin| can| lam sao| cach nao) (?:duoc giai cuu|duoc cuu ve|duoc dua ve|(?:moi|da|vua) ve (?:tu|nuoc|que|viet nam|den nha|lai que)) /,
  ],
  // News, TV, films: commenting on them is not reporting.
  [
    'media',
    / (?:xem tivi|xem tv|tren tivi|tren tv|doc bao|tren bao|bao chi|bao dang|xem phim|bo phim|xem tin|thoi su|tin tuc|clip|video tren mang|tren facebook thay|luot mang|phong su) /,
  ],
  // How many cases were found, caught or rescued over a period or a place ("năm nay phát hiện mấy vụ rồi", "tháng này
  // xã có mấy ca", "bắt được bao nhiêu đối tượng"): a question about figures, which the documents do not hold.
  [
    'statistics',
    / (?:phat hien|bat|bat giu|xay ra|giai cuu|khoi to|xet xu|tiep nhan|ghi nhan|triet pha|xu ly|thong ke|tat ca|tong cong|nam nay|nam ngoai|nam qua|thang nay|quy nay|tu dau nam)(?: [a-z0-9]+){0,4}? (?:may|bao nhieu) (?:vu|ca|truong hop|doi tuong|nan nhan|duong day|bi can|bi cao) /,
  ],
  // Administrative changes ("tỉnh tôi sáp nhập chưa", "còn cấp huyện không", "giờ giấy tờ ghi là tỉnh gì"): questions
  // about the state, not about a person. A writer asking where they are ("đây là tỉnh nào") may be lost: not this.
  [
    'admin_change',
    / (?:sap nhap|nhap vao|nhap voi|hop nhat|doi ten|ten cu|ten moi|bo cap huyen|con cap huyen|khong con cap huyen|giai the|thuoc tinh nao|thuoc thanh pho nao|thanh tinh nao|thanh thanh pho nao|(?<!(?:day|cho nay|noi nay|o day) )(?:la|goi la|ghi la|ghi|doi thanh|thuoc) (?:tinh|thanh pho|huyen|xa|phuong) (?:gi|nao)) /,
  ],
  // Plans to go abroad ("định đi", "sắp sang"): usually a question about staying safe.
  ['plan', / (?:dinh|sap|muon|tinh|du dinh|chuan bi|dang tinh|co y dinh) (?:di|sang|qua|xuat canh|lam ho so) /],
  // Present tense markers that make a conditional sentence real rather than hypothetical.
  [
    'present',
    / (?:dang(?! ky | ki | (?:xem|doc|nghe|coi|luot|tim hieu) )|vua(?! (?:xem|doc|nghe|coi|luot|tim hieu) )|bay gio|luc nay|dem nay|toi nay|hien dang|ngay luc nay|van dang|van bi|van con bi|van con|con bi (?:doa|doi|ep|giu)) /,
  ],
  // "Hăm dọa" is how the south says "đe dọa".
  ['threat', / (?:se giet|giet|chet|se ban|se danh|thu tieu|ham doa|(?:goi|goi dien|nhan tin|den nha|lai) (?:de )?doa) /],
  // Threatened by someone named ("bị bọn chúng đe dọa", "người nhà kẻ buôn người đe dọa"), or again and again: not the
  // law's "bị đe dọa xâm hại" asked about in general.
  [
    'threat',
    / (?:(?:bon chung|chung no|bon no|tui no|bon ho|bon buon nguoi|ke buon nguoi|nguoi nha (?:ke|bon|chung|tui)(?: [a-z]+){0,2}|bi ho)(?: [a-z]+){0,3} (?:de doa|doa)|(?:de doa|doa)(?: [a-z]+){0,4} (?:nhieu lan|may lan|hoai|mai|lien tuc|hang ngay|moi ngay)|(?:nhieu lan|may lan|lien tuc) (?:bi )?(?:de doa|doa)) /,
  ],
  // The writer speaks for a support facility or centre ("trung tâm chúng tôi", "cơ sở hỗ trợ nạn nhân bên tôi"): its
  // licence, its head, its reports. Not a company, which may be where a worker is held.
  [
    'org_writer',
    / (?:co so|trung tam|don vi|to chuc|mai am|nha tam lanh) (?:ho tro nan nhan |bao tro xa hoi |cong tac xa hoi |tro giup xa hoi )?(?:cua |ben )?(?:chung toi|chung em|toi|em|minh)(?: |$)|(?:chung toi|chung em|ben toi|ben em) (?:la|thuoc) (?:co so|trung tam|don vi|to chuc|mai am|nha tam lanh) /,
  ],
  // The writer speaks as an official of a commune, a police or border post, a ward or an association ("tôi là cán bộ
  // xã", "tôi làm công an xã"), or as the body that received someone ("công an phường chúng tôi vừa tiếp nhận", a
  // clause opening with the body): what they ask is their body's procedure. Opening a clause, so that "đi xa tôi mới
  // nhận ra" (far) is no commune; received, so that "xã tôi vừa nhận tin" (news) is no receipt.
  [
    'official_writer',
    / (?:toi|em|minh|tui) (?:la|lam) (?:can bo|cong chuc|chu tich|pho chu tich|cong an|canh sat|chien si|bi thu|truong cong an|pho truong cong an|truong thon|truong ap)(?: [a-z]+){0,4} (?:xa|phuong|thi tran|ubnd|uy ban|cong an|bien phong|hoi|phong|so|don|thon|ap)(?= )|(?:^|\|) (?:xa|phuong|thi tran|ubnd xa|uy ban xa|cong an xa|cong an phuong|cong an huyen|don bien phong|don) (?:toi|chung toi|em|chung em|minh|tui) (?:vua |moi |da |hom qua |tuan truoc )?(?:tiep nhan|nhan ban giao|giai cuu) /,
  ],
  // Someone is in a body's hands: received, handed over, rescued, back.
  [
    'received',
    / (?:tiep nhan(?! (?:tin|thong tin|tin bao|don|trinh bao|phan anh|to giac|ho so|cuoc goi|cong van|bao cao))|nhan ban giao|ban giao|trao tra|giai cuu|duoc cuu|(?:tron|thoat)(?: [a-z]+){0,4} ve|tu ve|tu tro ve|da ve|vua ve|moi ve|ve toi|ve den) /,
  ],
  // Someone is still over there ("vẫn đang ở bên đó", "còn ở trong ổ"): not back, whatever else the message tells.
  [
    'still_away',
    / (?:(?:van|hien van|van dang|van con|hien con|hien dang|con dang) (?:dang )?(?:o|bi|lam|ket)|chua (?:ve|thoat|tron)|con(?: [a-z0-9<>]+){0,3} (?:nua )?o (?:trong|ben|do|lai)) /,
  ],
  // Harm the person may do to themselves ("muốn tự tử"): danger whatever else is asked.
  ['self_harm', / (?:tu tu|tu sat|muon chet|tim den cai chet|ket lieu) /],
  // A relative of the writer named with a qualifier ("cháu ruột tôi", "con gái lớn của tôi"), which 'relation' misses.
  ['kin_of_writer', / (?:con|chau|vo|chong|em|anh|me|bo|cha)(?: [a-z]+){1,2} (?:cua )?(?:toi|tui|minh) /],
  // A body changes its head, its premises or its name ("mới thay giám đốc", "vừa đổi người phụ trách", "chuyển trụ
  // sở"): the body's paperwork, not an event that puts a person in danger.
  [
    'org_change',
    / (?:doi|thay|thay doi|bo nhiem) (?:[a-z]+ ){0,1}(?:giam doc|pho giam doc|nguoi dung dau|nguoi phu trach|truong co so|truong trung tam)(?: moi)? |(?:doi|thay|thay doi|chuyen) (?:tru so|dia diem|dia chi tru so|ten goi|ten co so|ten trung tam) /,
  ],
  // Married abroad ("lấy chồng Đài Loan", "kết hôn với người Hàn"): a trafficking sign only beside one of 'sold'.
  [
    'married_abroad',
    / (?:lay chong|lay vo|ket hon|cuoi) (?:[a-z]+ ){0,3}(?:dai loan|han quoc|han|trung quoc|tau|nhat ban|nhat|nuoc ngoai|ngoai quoc|singapore|malaysia|uc|my|duc|campuchia|lao) /,
  ],
  // Signs of trafficking beside a marriage or a move: sold, deceived, brokered, held, cut off.
  [
    'sold',
    / (?:bi ban|ban sang|ban qua|ban cho|ban vao|mua ban|bi lua|lua ban|lua dao|bi du|du do|dan du|bi ep|cuong ep|bi nhot|bi giu|moi gioi|mai moi|gia ban|bi dua|bi bat|khong cho ve|mat lien lac|khong lien lac|tien chuoc|doi tien) /,
  ],
  // The writer only read or heard something ("mình đọc tin…", "tôi xem phim…").
  ['reader', / (?:toi|em|minh|tui|chau) (?:vua |moi |hay |cu |thuong )?(?:doc|xem|thay tin|coi|luot) /],
  // The writer says they want to report (not a question about how reporting works).
  [
    'report_stated',
    / (?:toi|em|minh|chau|tui|chung toi) (?:muon|can|xin|dinh|phai|den day de) (?:bao(?! cao)|to giac|to cao|trinh bao|phan anh|khai bao|bao tin) /,
  ],
  // Recent events: a relative "vừa được giải cứu" still needs a case; one back for years does not.
  // "luật mới", "quy định mới": a new text, not something that just happened; "moi gioi" is a broker (môi giới),
  // unless it introduces ("mới giới thiệu").
  [
    'fresh',
    / (?:vua|(?<! (?:luat|quy dinh|nghi dinh|thong tu|van ban|che do|chinh sach) )moi(?! gioi (?!thieu ))|tuan truoc|tuan nay|hom qua|hom nay|hom kia|may hom|may ngay|sang nay|toi qua|dem qua) /,
  ],
  ['escaped', / (?:tron ve|thoat ve|tron khoi|thoat khoi|tron duoc|thoat duoc|tron ra|thoat ra|tron thoat|chay thoat) /],
  // Someone already in the care of a support centre, a social protection facility or a border post.
  [
    'in_care',
    / (?:o|tai|ve|vao|trong|luu tru) (?:trung tam|co so) (?:bao tro|ho tro|cong tac xa hoi|tro giup)|(?:o|tai|ve) don(?: bien phong)? /,
  ],
  // A rescue or a receipt of people opening the message as the condition of what is asked ("biên phòng khi cứu được
  // người bị nhốt có lo chỗ ở không", "cảnh sát biển giải cứu người bị đánh đập thì…"): the harm words after it
  // describe whom an agency rescued. "Cứu" alone is a plea ("cứu người với"), so it counts only as "cứu được".
  [
    'rescue_condition',
    /^ (?:[a-z]+ ){0,5}(?:(?:khi|luc|neu)(?! nao)(?: [a-z]+){0,5} (?:giai cuu|cuu duoc|tiep nhan)(?: duoc)? (?:nguoi|nan nhan|cac|mot|nhung|nhieu|may|treem|phu nu|lao dong|ngu dan|thuyen vien) |(?:giai cuu|cuu duoc|tiep nhan)(?: duoc)? (?:nguoi|nan nhan|cac|mot|nhung|nhieu|may|treem|phu nu|lao dong|ngu dan|thuyen vien)(?: [a-z|]+){0,10} thi )/,
  ],
  // Illness and its costs: a fever in a support centre is a question about who pays, not violence.
  ['medical', / (?:om|benh|sot|vien phi|benh vien|nam vien|nhap vien|vao vien|chuyen vien|cap cuu|kham benh|chua benh|thuoc men) /],
  // Whether something is allowed by law: "có bị cấm không", "có vi phạm pháp luật không". Typed without accents,
  // "cam" reads as Campuchia (text.ts), but "bị Campuchia không" means nothing else than "bị cấm không".
  [
    'legality',
    / (?:bi cam|co cam|nghiem cam|(?:bi|co) campuchia (?:khong|chua|ha|a)|(?:cam|campuchia) (?:nhung |cac )?(?:hanh vi|viec)|hanh vi (?:bi )?(?:cam|campuchia)|vi pham (?:phap luat|luat|gi)|co vi pham|pham luat|pham (?:toi|toidanh)|co (?:toi|toidanh)|bi phat|bi xu ly|bi xu phat|hop phap|trai phap luat) /,
  ],
  // The punishment an act carries: prison ("tù", read apart from "từ" when typed with its accent), death, the range
  // of penalties, the crime it is ("bị tội gì").
  [
    'legality',
    / (?:phattu|tu hinh|(?:tu|an) chung than|hinh phat|muc an|lanh an|ket an|bi toidanh|toidanh (?:gi|nao)|truy cuu trach nhiem hinh su) /,
  ],
  // Generic crowds ("nhiều thanh niên", "các cô gái"): people in the news, not a neighbour the writer knows.
  [
    'generic_many',
    / (?:nhieu|cac|mot so|hang tram|hang nghin|hang ngan|rat nhieu|bao nhieu|nhung) (?:nguoi|thanh nien|co gai|phu nu|treem|lao dong|nan nhan|em|ban|chi em|chiem|gai) /,
  ],
  // Someone has gone missing: a community member who is not back is a report, not a benefits question.
  [
    'missing',
    / (?:khong gui tin|khong goi ve|khong nhan tin|khong gui gi|im lang|khong gui tien ve|khong nghe may|mat lien lac|mat tich|chua ve|khong ve|khong lien lac|bat tin|khong biet o dau|khong ai biet|chua thay ve|bien mat|tat may) /,
  ],
  ['past_done', / (?:da|tung|truoc day|hoi truoc|nam ngoai|nam truoc) (?:bi|duoc) /],
  [
    'hearsay',
    / (?:nghe noi|nghe bao|nghe dau|doc bao|tren bao|xem bao|xem tin|thay tin|doc tin|tren mang|tren tivi|tren tv|bao chi|nghe ke|thay bao) /,
  ],
  [
    'report_intent',
    / (?:muon bao(?! cao)|xin bao(?! cao)|can bao(?! cao)(?! (?:ai|cho ai|o dau|cho co quan|cho ben|cho don vi|nhung gi))|muon to giac|to giac|trinh bao|bao tin|bao cho can bo|cung cap thong tin|to cao|phan anh|nho can bo|nho cac anh|xin giup do|can giup do|xin huong dan|nho giup) /,
  ],
  // Not when prevented or denied: "để không bị lừa", "tránh bị dụ". "bo doi" is "bỏ đói", not "bộ đội biên phòng".
  [
    'harm',
    /(?<! khong| tranh| khoi) (?:gom (?:con nit|tre|tre con|treem|may dua|cac em)|bo doi(?! bien phong)|bat (?:di )?xin tien|di an xin|ban ve so|lam khong cong|khoa than|anh nong|anh nude|mau anh|gui anh|lam vo|gia ban|tiep vien|di khach|ngu voi|khong cho di hoc|bo hoc|lo gach|tau ca|tiep khach|ban dam|mai dam|gai goi|di khach|ep khach|kich duc|mang thai ho|ban than|ban noi tang|ban con|ban vo|dua di ban|dem di ban|bi dem ban|thu ho chieu|giu ho chieu|tich thu ho chieu|giu giay to|thu giay to|thu dien thoai|bi lua|lua dao|bi ban|ban sang|ban qua|ban cho|mat lien lac|mat tich|bat coc|bi du|du do|dan du|ru re|ru di|bi dua|dua sang|dua qua|bi ep|cuong ep|bi de doa|khong luong|viec nhe luong cao|luong cao|vuot bien|qua bien gioi|trot lot|lay chong|ket hon voi nguoi|mua ban|bo tron|khong ve|khong lien lac duoc|khong goi duoc|tat may|chan lien lac|no nan|gan no|tru luong|khong tra luong|dat coc|doi tien) /,
  ],
  [
    'suspect',
    / (?:(?:toi|em|minh|chung toi|tui) (?:nghi|ngo)|nghi ngo|nghi la|nghi rang|co ve|dang ngo|thay la|dang nghi|bat thuong|dau hieu|khong ro|moi di lam|tuyen nguoi|tuyen lao dong|tuyen (?:nhieu |gap )?(?:nu|con gai|nhan vien|lao dong|tiep vien|nguoi mau)|nguoi la|ke la|doi tuong|moi gioi|co nguoi|mot nhom|may nguoi|tu xung) /,
  ],
  ['first_person', new RegExp(`(?<! (?:${FALSE_CLAIM})) ${PERSON} `)],
  ['relation', new RegExp(` ${RELATION} (?:cua )?(?:toi|em|minh|tui|nha toi|nha em) `)],
  // Neighbours, and a place next to the writer's home ("đầu ngõ", "nhà đối diện"): what happens there, they witness.
  [
    'witness',
    / (?:hang xom|nguoi quen|nguoi trong xom|trong xom|trong thon|trong ban|cung thon|cung xom|lang toi|xom toi|thon toi|o xa toi|o xom|nha ben canh|canh nha|gan nha|sat nha|doi dien nha|dau ngo|cuoi ngo|dau hem|cuoi hem|ben kia duong|co be|co gai|thanh nien|mot chau|mot em|hai em|may em|mot ban) /,
  ],
  [
    'past_event',
    / (?:tu (?:khi|hom|thang|nam|tuan)|da (?:hon|duoc|may|gan)|hom qua|hom truoc|tuan truoc|thang truoc|nam ngoai|may hom nay|may ngay nay|vua moi|vua roi|roi|xong) /,
  ],
  // Folded, "ngày" (a date) reads as "ngay" (at once): "là ngày mấy", "trước ngày 15" name a date, not urgency.
  [
    'now',
    / (?:dang|bay gio|hien gio|hien tai|luc nay|toi nay|dem nay|(?<! (?:la|vao|truoc|tu|den|moi|hang|cac|so|trong|mot|may|nhung|ca) )ngay(?! (?:may|nao|thang|\d|<num>|toan dan|lam viec|ke tu|nay|mai|hom|le|quoc te))) /,
  ],
  // Someone else holds the person's papers ("công ty giữ hộ chiếu", "bị thu căn cước"): what keeps a worker from
  // leaving. Not the advice to keep one's own passport safe ("nên giữ hộ chiếu thế nào").
  [
    'papers_held',
    / (?:(?:cong ty|chu|ong chu|ba chu|chu nha|moi gioi|ben moi gioi|nguoi moi gioi|dai ly|nghiep doan|quan ly|ho|bon ho|bon no|chung no|nguoi ta|xuong|nha may|trang trai) (?:da |van |dang |con )?|bi (?:ho |chu |cong ty )?)(?:giu|thu|tich thu|lay|cam|giu lai|thu giu|khong tra|khong tra lai) (?:mat |luon |het |lai )?(?:ho chieu|giay to|can cuoc|cccd|cmnd|passport) /,
  ],
  // "gioihan da" is how tokenize() (LIMIT_WORD) reads "tối đa", and "toi da" before an amount asked.
  [
    'question_form',
    / (?:(?:phattu|tu hinh|hinh phat|lanh an|muc an) (?:[a-z]+ ){0,2}(?:may|bao nhieu|bao lau)|co dung khong|dung khong|that khong|phai khong|khong vay|khong nhi|khong a|thi (?:ai|gi|sao|lam gi|lam sao|co duoc|co phai|phai|o dau|lien he|bao|goi|xu ly|nen)|the nao|nhu the nao|la gi|nhung gi|gom nhung|(?:ngay|thang|nam) (?:may|nao)(?! nay)|(?:gioihan da|gioihan thieu|trong vong|trong|mat|het|la|phai|can|duoc|co) may (?:ngay|thang|nam|tuan|gio|lan)(?: (?:a|vay|nhi|ha|the))?(?= (?:\||$))|bao gom|bao nhieu|bao lau|khi nao|o dau|cho nao|co duoc khong|duoc khong|phai khong|hay khong|co phai|cach nao|ra sao|the nao la|thu tuc|ai (?:la|phu trach|chiu trach nhiem|co tham quyen|tra|chi tra|thanh toan|lo|chiu|xu ly|giai quyet|giai cuu|tiep nhan)|gi khong|gi a|gi vay|nao a|nao vay|muc nao|(?:co quan|don vi|luc luong|bo phan) nao|cho hoi|xin hoi|hoi ve|cho em hoi|cho toi hoi|cho minh hoi|muon hoi|muon biet) /,
  ],
  [
    'procedure',
    / (?:thu tuc|quy trinh|ho so|che do|quyen loi|trach nhiem|tham quyen|thoi han|quy dinh|theo luat|luat|nghi dinh|thong tu|quyet dinh|ke hoach|co quan nao|don vi nao|bieu mau|kinh phi|muc ho tro|muc chi|tiep nhan|xac minh|xac dinh|bao cao|thong ke|tuyen truyen|can bo|cap xa|cap huyen|cap tinh|duong day nong|tong dai|van ban|dieu|khoan|chinh sach|huong dan|phoi hop|so lieu|chi tieu|nhiem vu|giai doan|trien khai|tap huan|dinh ky|hang nam|6 thang) /,
  ],
  [
    'generic_subject',
    / (?:nan nhan|nguoi dan|mot nguoi|nguoi bi|truong hop|cac truong hop|nguoi nuoc ngoai|treem|tre em|phu nu|nguoi lao dong|doi tuong|cong dan|ai do|moi nguoi) /,
  ],
  ['conditional', / (?:neu|gia su|truong hop|khi phat hien|khi nao|lo nhu|phong khi|gap truong hop|khi co) /],
  ['greeting', / (?:xin chao|chao|alo|hello|chao ban|chao em|chao anh|chao chi|chao bot|buoi sang|buoi toi|chuc) /],
  ['thanks', / (?:cam on|ok|tam biet|hen gap|tot qua|hay qua|tuyet voi|duoc roi|haha|hihi|vang a) /],
  [
    'bot_chat',
    / (?:ban la ai|ban ten|ten gi|bot|tro ly|robot|ai tao ra|lam duoc gi|ban lam duoc nhung gi|biet gi|dang lam gi|an com chua|thoi tiet|dep trai|xinh gai|buon qua|chan qua) /,
  ],
] as const satisfies readonly (readonly [string, RegExp])[];

/** Cues that analyse() derives from pattern cues and the shape of the message. */
const DERIVED_CUES = [
  'implicit_self',
  'personal',
  'personal_harm',
  'personal_danger',
  'affected_other',
  'impersonal_question',
  'procedure_question',
  'asks',
  'hypothetical',
] as const;

/** Every cue name: a misspelt name in a rule is a type error, not a rule that never fires. */
export type Cue = (typeof CUES)[number][0] | (typeof DERIVED_CUES)[number];

export interface Analysis {
  tokens: string[];
  cues: Set<Cue>;
  hasQuestionMark: boolean;
}

/** Triage and then the first reply's reading of the situation analyse the same text: the last one is kept. */
let last: { text: string; analysis: Analysis } | undefined;

/** The text's tokens and cues; the result is shared with the next caller asking about the same text, so it is only read. */
export function analyse(text: string): Analysis {
  if (last && last.text === text) return last.analysis;
  const analysis = analyseText(text);
  if (typeof text === 'string') last = { text, analysis };
  return analysis;
}

// The writer owning the kin term before it: "hỏi chị tôi", "nhờ anh mình".
const OWNER_AFTER = /^ (?:toi|minh|tui)(?= )/;

function analyseText(text: string): Analysis {
  const tokens = tokenize(text);
  // "trẻ em"/"anh em" are not the pronoun "em"; glue them so person cues do not fire on them.
  // "Chào anh chị, mình…" / "cảm ơn chị, tôi…": the address term is the reader, not "chị mình" (my sister). A kin term
  // that goes on as one ("em gái", "anh họ"), or that the writer owns after "hỏi / nhờ" ("mẹ tôi hỏi chị tôi …"), is a
  // relative spoken of.
  const joined = ` ${clauseTokens(text)} `
    .replace(
      / (?:(xin chao|chao|cam on|thua|kinh gui|gui)|(hoi|nho)) (?:cac |hai )?(?:anh chi|co chu|anh|chi|em|ban|co|chu|bac|ong|ba|can bo|moi nguoi)(?= )(?! (?:gai|trai|ruot|ho|dau|re)(?= ))/g,
      (address, greets: string | undefined, asks: string | undefined, at: number, all: string) =>
        asks && OWNER_AFTER.test(all.slice(at + address.length)) ? address : ` ${greets ?? asks} xungho`,
    )
    .replace(/ (tre|anh|chi) em(?= )/g, ' $1em')
    // "có người đến báo là mình bị bán": "mình" is the person reporting, spoken of by the writer, not the writer.
    .replace(/ (nguoi|ai do|nan nhan)((?: [a-z]+){0,6}?) (bao|noi|khai|trinh bao|keu|ke|xung) (la |rang )?minh(?= )/g, ' $1$2 $3 $4ho');
  const cues = new Set<Cue>();
  const hasQuestionMark = typeof text === 'string' && /[?？]/.test(text);
  for (const [name, re] of CUES) if (!cues.has(name) && re.test(joined)) cues.add(name);
  // Structural combinations: the person affected is the writer or someone they know, and something happened.
  // Chat often drops the subject: "bị bắt cóc rồi", "đang bị giữ" speak about the writer.
  // A question like "Bị đánh đập thì có được coi là nạn nhân không?" is generic, so only statements count.
  // A question word may be followed by the reader's name or a particle: "có bị đi tù không anh", "làm sao chị ơi".
  const endsAsQuestion =
    hasQuestionMark || / (?:khong|chua|gi|nao|sao|a|nhi|vay|dau|nhieu|ai)(?: (?:anh|chi|em|ban|ad|admin|a|oi|nhi|ha))* $/.test(joined);
  if (!endsAsQuestion && /^ (?:bi|dang bi|vua bi|da bi|cuu|giup|dang o|dang tron|khong thoat) /.test(joined)) cues.add('implicit_self');
  const personal = cues.has('first_person') || cues.has('relation') || cues.has('witness') || cues.has('implicit_self');
  if (personal) cues.add('personal');
  if (personal && cues.has('harm')) cues.add('personal_harm');
  if (personal && cues.has('danger_now')) cues.add('personal_danger');
  if (cues.has('relation') || cues.has('witness')) cues.add('affected_other');
  if ((cues.has('question_form') || hasQuestionMark) && !personal) cues.add('impersonal_question');
  if (cues.has('procedure') && (cues.has('question_form') || hasQuestionMark)) cues.add('procedure_question');
  if (cues.has('question_form') || endsAsQuestion) cues.add('asks');
  // "Nếu / giả sử / lỡ mà / khi … thì …" opening a clause (after any greeting): a hypothetical, not the writer's
  // situation. A "nếu" inside a clause ("dọa nếu kêu thì ném xuống") is a threat and does not count.
  if (isHypotheticalText(text)) cues.add('hypothetical');
  if (holdsOwnPapersNow(cues)) cues.add('self_victim');
  return { tokens, cues, hasQuestionMark };
}

/**
 * "Mình đang ở Campuchia, công ty giữ hộ chiếu": the writer is there now and someone else holds their papers, so it
 * is happening to them, even when they go on to ask what victims are entitled to. Not a relative's or a
 * neighbour's situation, a plan to leave, or a hypothetical.
 */
function holdsOwnPapersNow(cues: Set<Cue>): boolean {
  const now = cues.has('present') || cues.has('now');
  const someoneElse = cues.has('relation') || cues.has('witness');
  return cues.has('papers_held') && cues.has('first_person') && now && !someoneElse && !cues.has('plan') && !cues.has('hypothetical');
}

const LEAD =
  /^ (?:(?:xin chao|chao|alo|da|vang|thua|kinh gui|kinh thua|em chao|chau chao|toi chao|cho (?:em|toi|minh|chau|tui) hoi|xin hoi|toi muon hoi|em muon hoi|hoi|oi|a|anh|chi|em|ban|bot|ad|admin|can bo|cac|moi nguoi|anhchi|chiem|anhem|co|chu|bac|ong|ba|ho tro vien|tong dai) )+/;
const HYPO =
  /^ (?:neu|gia su|gia nhu|lo nhu|lo ma|lo|nho ma|nho nhu|nho|phong khi|truong hop|trong truong hop|khi|moi khi|mot khi|hoac khi|ai (?:bi|ma|duoc|da|tung)|(?:nguoi|nan nhan) (?:nao )?(?:bi|da bi|dang bi|tung bi)) .* thi /;

// Where one clause ends and the next begins; a dot or comma between digits ("15.000") is part of a number.
const CLAUSE_END = /[;!?\n…]+|[,.:](?!\d)/;

/**
 * The message's tokens with a `|` between clauses, so that two words either side of a comma never read as one
 * phrase: "thủ tục trình báo, chị gái tôi…" holds no "báo chí".
 */
function clauseTokens(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .split(CLAUSE_END)
    .map((cl) => tokenize(cl).join(' '))
    .filter(Boolean)
    .join(' | ');
}

function isHypotheticalText(text: string): boolean {
  const clauses = typeof text === 'string' ? text.split(/[,.;:!?\n…]+/).slice(0, 20) : [];
  return clauses.some((cl) => {
    const j = ` ${tokenize(cl).join(' ')} `.replace(/ (tre|anh|chi) em(?= )/g, ' $1em');
    const body = j.replace(LEAD, ' ');
    // The "thì" may sit in the next clause: "Nếu con tôi bị giữ, thì gọi ai?"
    return (
      HYPO.test(body) ||
      (/^ (?:neu|gia su|gia nhu|lo ma|nho ma|phong khi|truong hop|trong truong hop) /.test(body) &&
        / thi /.test(` ${tokenize(text).join(' ')} `))
    );
  });
}

/**
 * Cues only the hand rules read. Who writes (an official) says nothing of danger on its own, and the training data
 * has too few officials for the model to learn it: the rule that reads it keeps its exceptions instead.
 */
const RULE_ONLY_CUES: ReadonlySet<Cue> = new Set<Cue>(['official_writer', 'received', 'still_away', 'self_harm', 'kin_of_writer']);

/** Sparse binary features of a message. */
export function featurize(a: Analysis): string[] {
  const f = new Set<string>();
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    f.add(`w:${t[i]}`);
    if (i + 1 < t.length) f.add(`b:${t[i]}_${t[i + 1]}`);
  }
  // Char n-grams over the joined folded text absorb typos and spacing variants ("hochieu", "bi lua dao").
  const s = ` ${t.join(' ')} `;
  for (let i = 0; i + 4 <= s.length; i++) f.add(`c:${s.slice(i, i + 4)}`);
  for (const c of a.cues) if (!RULE_ONLY_CUES.has(c)) f.add(`cue:${c}`);
  if (a.hasQuestionMark) f.add('cue:qmark');
  const n = t.length;
  f.add(n <= 3 ? 'len:short' : n <= 8 ? 'len:mid' : n <= 25 ? 'len:long' : 'len:vlong');
  f.add('bias');
  return [...f];
}
